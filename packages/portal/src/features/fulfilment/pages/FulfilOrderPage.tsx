import { useFragment as useCachedFragment, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { DateText, EmptyState, ErrorState, LoadingSkeleton, Money, PageHeader } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { deliveryStatusLabel, shippingMethodLabel } from '../../orders/components/delivery-labels';
import { OrderShipments } from '../../orders/components/OrderShipments';
import { OrderStatusBadge } from '../../orders/components/OrderStatusBadge';
import { MarkDeliveredDialog } from '../components/MarkDeliveredDialog';
import { ShipmentForm, type ShipmentRecorded } from '../components/ShipmentForm';
import { fulfilmentPath } from '../fulfilment-paths';
import { STAGE_STATUSES } from '../hooks/fulfilment-cache';

export const FulfilOrderPageFragment = graphql(`
  fragment FulfilOrderPage_order on Order {
    id
    number
    status
    placedAt
    poNumber
    notes
    account {
      id
      name
      number
    }
    placedBy {
      name
    }
    total {
      amount
      currency
    }
    deliveryGroups {
      id
      position
      addressLabel
      addressText
      desiredDate
      shippingMethod
      status
    }
    shipments {
      id
      ...OrderShipment_shipment
    }
    ...FulfilOrder_order
  }
`);

// The seller reads orders across the site only through the queue: the order is found by its number, in
// either stage (to ship, or shipped and awaiting delivery). Two candidates a stage keep the operation
// well under the cost limit; the page keeps only the exact number.
const FulfilOrderPageQuery = graphql(`
  query FulfilOrderPage($search: String!) {
    toShip: ordersToFulfil(first: 2, search: $search, stage: TO_SHIP) {
      edges {
        node {
          id
          number
          ...FulfilOrderPage_order
        }
      }
    }
    inTransit: ordersToFulfil(first: 2, search: $search, stage: IN_TRANSIT) {
      edges {
        node {
          id
          number
          ...FulfilOrderPage_order
        }
      }
    }
  }
`);

/**
 * `/:siteCode/admin/fulfilment/:orderNumber`: one order of the queue: while goods remain to ship, its
 * shipments and the shipment form; once shipped in full, "Mark delivered". The order stays on the page
 * after it leaves the queue (delivered), read from the cache by its ID.
 */
export function FulfilOrderPage() {
  const { siteCode } = useShell();
  const { orderNumber = '' } = useParams();
  const { t, plural } = useI18n();
  const { number, day } = useFormat();
  const { data, loading, error, refetch } = useQuery(FulfilOrderPageQuery, {
    variables: { search: orderNumber },
    notifyOnNetworkStatusChange: true,
  });
  const found = data
    ? [...data.toShip.edges, ...data.inTransit.edges].map((e) => e.node).find((o) => o.number === orderNumber)
    : undefined;
  // Once found, the order is shown by its ID: a shipment or a delivery moves it between or out of the
  // queue's lists, and it stays on the page with what just happened.
  const [seen, setSeen] = useState<{ number: string; id: string } | null>(null);
  if (found && (seen?.id !== found.id || seen.number !== orderNumber))
    setSeen({ number: orderNumber, id: found.id });
  const orderId = found?.id ?? (seen?.number === orderNumber ? seen.id : null);
  const cached = useCachedFragment({
    fragment: FulfilOrderPageFragment,
    fragmentName: 'FulfilOrderPage_order',
    from: orderId ? { __typename: 'Order', id: orderId } : null,
  });
  const order = orderId && cached.complete ? cached.data : null;

  const [recorded, setRecorded] = useState<ShipmentRecorded | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [delivered, setDelivered] = useState(false);
  const queueLink = (stage: 'TO_SHIP' | 'IN_TRANSIT' | null) => (
    <Anchor component={Link} to={fulfilmentPath(siteCode, stage ?? 'TO_SHIP')} size="sm">
      ←{' '}
      {stage === 'TO_SHIP'
        ? t('Orders to ship')
        : stage === 'IN_TRANSIT'
          ? t('Orders awaiting delivery')
          : t('Fulfilment')}
    </Anchor>
  );

  if (!order) {
    if (!data) {
      if (error) {
        return (
          <>
            <PageHeader title={t('Order {number}', { number: orderNumber })} above={queueLink(null)} />
            <ErrorState
              title={t('We couldn’t load this order')}
              message={describeError(error, t)}
              onRetry={() => void refetch()}
              retrying={loading}
            />
          </>
        );
      }
      return <LoadingSkeleton label={t('Loading order…')} count={10} />;
    }
    return (
      <>
        <PageHeader title={t('Order {number}', { number: orderNumber })} above={queueLink(null)} />
        <EmptyState
          title={t('This order isn’t in the fulfilment queue')}
          description={t(
            'It may have been delivered or cancelled, or still wait for approval. Search the queue for another order.',
          )}
          action={
            <Anchor component={Link} to={fulfilmentPath(siteCode)}>
              {t('Go to the fulfilment queue')}
            </Anchor>
          }
        />
      </>
    );
  }

  const toShip = STAGE_STATUSES.TO_SHIP.includes(order.status);
  const stage = toShip ? 'TO_SHIP' : 'IN_TRANSIT';

  return (
    <>
      <PageHeader
        above={queueLink(stage)}
        title={
          toShip
            ? t('Ship order {number}', { number: order.number })
            : t('Order {number}', { number: order.number })
        }
        description={withNodes(t('Placed {date} for {account} ({accountNumber})'), {
          date: <DateText value={order.placedAt} withTime />,
          account: order.account.name,
          accountNumber: order.account.number,
        })}
        actions={<OrderStatusBadge status={order.status} />}
      />
      <div aria-live="polite">
        {recorded ? (
          <Alert
            color="green"
            variant="light"
            role="status"
            mb="lg"
            withCloseButton
            closeButtonLabel={t('Dismiss')}
            onClose={() => setRecorded(null)}
            title={t('Shipment recorded: {carrier} {tracking}', {
              carrier: recorded.carrier,
              tracking: recorded.trackingNumber,
            })}
          >
            <Text size="sm">
              {plural(
                recorded.units,
                t('{count} unit is on its way; the buyers have been notified.', {
                  count: number(recorded.units),
                }),
                t('{count} units are on their way; the buyers have been notified.', {
                  count: number(recorded.units),
                }),
              )}
            </Text>
          </Alert>
        ) : null}
        {delivered ? (
          <Alert color="green" variant="light" role="status" mb="lg" title={t('Marked delivered')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {t('Order {number} is delivered; the buyers have been notified.', { number: order.number })}
              </Text>
              <Anchor component={Link} to={fulfilmentPath(siteCode, 'IN_TRANSIT')} size="sm">
                {t('Back to the orders awaiting delivery')}
              </Anchor>
            </Stack>
          </Alert>
        ) : null}
      </div>

      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={{ base: 'xs', sm: 'md' }} mb="lg">
        <Card withBorder radius="md" padding="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            {t('Placed by')}
          </Text>
          <Text fw={600}>{order.placedBy.name}</Text>
        </Card>
        <Card withBorder radius="md" padding="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            {t('PO number')}
          </Text>
          <Text fw={600}>{order.poNumber ?? '—'}</Text>
        </Card>
        <Card withBorder radius="md" padding="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            {t('Total')}
          </Text>
          <Text fw={600}>
            <Money value={order.total} />
          </Text>
        </Card>
      </SimpleGrid>
      {order.notes ? (
        <Alert color="blue" variant="light" mb="lg" title={t('Note from the buyer')}>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {order.notes}
          </Text>
        </Alert>
      ) : null}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {toShip ? (
              <ShipmentForm order={order} onRecorded={setRecorded} />
            ) : order.status === 'SHIPPED' ? (
              <Card withBorder radius="md" padding="md" component="section" aria-labelledby="fulfil-delivery">
                <Title order={2} fz="lg" id="fulfil-delivery" mb="xs">
                  {t('Confirm delivery')}
                </Title>
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Text size="sm" maw={520}>
                    {t('Everything on this order has shipped. Mark it delivered once the buyer has it.')}
                  </Text>
                  <Button onClick={() => setConfirming(true)}>{t('Mark delivered…')}</Button>
                </Group>
              </Card>
            ) : order.status === 'DELIVERED' && !delivered ? (
              <Alert color="gray" variant="light">
                <Text size="sm">{t('This order has been delivered: nothing is left to do here.')}</Text>
              </Alert>
            ) : null}
            <OrderShipments shipments={order.shipments} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <section aria-labelledby="fulfil-deliveries">
            <Title order={2} fz="lg" id="fulfil-deliveries" mb="sm">
              {t('Deliveries')}
            </Title>
            <Stack gap="sm">
              {order.deliveryGroups.map((g) => (
                <Card key={g.id} withBorder radius="md" padding="sm">
                  <Text fw={600} size="sm">
                    {t('Delivery {number} · {place}', { number: g.position, place: g.addressLabel })}
                  </Text>
                  <Text size="sm">{g.addressText}</Text>
                  <Text size="xs" c="dimmed">
                    {t('Wanted by {date} · {method}', {
                      date: day(g.desiredDate),
                      method: shippingMethodLabel(g.shippingMethod, t),
                    })}
                  </Text>
                  <Text size="xs" fw={600} mt={4}>
                    {deliveryStatusLabel(g.status, t)}
                  </Text>
                </Card>
              ))}
              {order.deliveryGroups.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('No delivery details were kept for this older order.')}
                </Text>
              ) : null}
            </Stack>
          </section>
        </Grid.Col>
      </Grid>
      {confirming ? (
        <MarkDeliveredDialog
          orderId={order.id}
          number={order.number}
          accountName={order.account.name}
          onClose={() => setConfirming(false)}
          onDelivered={() => {
            setConfirming(false);
            setRecorded(null);
            setDelivered(true);
          }}
        />
      ) : null}
    </>
  );
}
