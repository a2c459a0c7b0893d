import { useQuery } from '@apollo/client/react';
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
import { ShipmentForm, type ShipmentRecorded } from '../components/ShipmentForm';
import { fulfilmentPath } from '../fulfilment-paths';
import { useFulfilment } from '../hooks/use-fulfilment';

// The seller reads orders across the site only through the queue: the order is found by its number.
const FulfilOrderPageQuery = graphql(`
  query FulfilOrderPage($search: String!) {
    ordersToFulfil(first: 3, search: $search) {
      edges {
        node {
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
      }
    }
  }
`);

/** `/:siteCode/admin/fulfilment/:orderNumber`: one order waiting to ship, its shipments and the shipment form. */
export function FulfilOrderPage() {
  const { siteCode } = useShell();
  const { orderNumber = '' } = useParams();
  const { t, plural } = useI18n();
  const { number, day } = useFormat();
  const { data, loading, error, refetch } = useQuery(FulfilOrderPageQuery, {
    variables: { search: orderNumber },
    notifyOnNetworkStatusChange: true,
  });
  const { markDelivered, delivering } = useFulfilment();
  const [recorded, setRecorded] = useState<ShipmentRecorded | null>(null);
  const [delivered, setDelivered] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const back = (
    <Anchor component={Link} to={fulfilmentPath(siteCode)} size="sm">
      ← {t('Orders to ship')}
    </Anchor>
  );

  if (!data) {
    if (error) {
      return (
        <>
          <PageHeader title={t('Order {number}', { number: orderNumber })} above={back} />
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
  const order = data.ordersToFulfil.edges.map((e) => e.node).find((o) => o.number === orderNumber);
  if (!order) {
    return (
      <>
        <PageHeader title={t('Order {number}', { number: orderNumber })} above={back} />
        <EmptyState
          title={t('This order isn’t waiting to ship')}
          description={t(
            'It may have shipped in full, been cancelled, or still wait for approval. Search the queue for another order.',
          )}
          action={
            <Anchor component={Link} to={fulfilmentPath(siteCode)}>
              {t('Go to the orders to ship')}
            </Anchor>
          }
        />
      </>
    );
  }

  async function deliver() {
    if (!order) return;
    setProblem(null);
    const outcome = await markDelivered(order.id);
    if (outcome.kind === 'delivered') setDelivered(true);
    else setProblem(outcome.message);
  }

  return (
    <>
      <PageHeader
        above={back}
        title={t('Ship order {number}', { number: order.number })}
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
            <Text size="sm">
              {t('Order {number} is delivered; the buyers have been notified.', { number: order.number })}
            </Text>
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
            {order.status === 'SHIPPED' ? (
              delivered ? null : (
                <Card withBorder radius="md" padding="md">
                  <Group justify="space-between" wrap="wrap" gap="sm">
                    <Text size="sm">
                      {t('Everything on this order has shipped. Mark it delivered once the buyer has it.')}
                    </Text>
                    <Button onClick={() => void deliver()} loading={delivering}>
                      {t('Mark delivered')}
                    </Button>
                  </Group>
                  {problem ? (
                    <Alert color="red" variant="light" role="alert" mt="sm" title={t('Nothing was changed')}>
                      {problem}
                    </Alert>
                  ) : null}
                </Card>
              )
            ) : order.status === 'DELIVERED' ? null : (
              <ShipmentForm order={order} onRecorded={setRecorded} />
            )}
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
    </>
  );
}
