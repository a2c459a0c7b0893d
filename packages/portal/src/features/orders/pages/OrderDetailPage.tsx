import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Blockquote,
  Button,
  Card,
  Divider,
  Grid,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes, type TFunction } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { OrderDetailQuery, PaymentMethod } from '../../../gql/graphql';
import { DateText, EmptyState, ErrorState, LoadingSkeleton, LoadMore, Money, PageHeader } from '../../../ui';
import { isPositiveAmount } from '../../catalog/components/values';
import { useFormat } from '../../catalog/components/format';
import { OrderPlacedBanner } from '../../checkout/components/OrderPlacedBanner';
import { ApprovalDialog, type ApprovalDecision } from '../components/ApprovalDialog';
import { CancelOrderDialog } from '../components/CancelOrderDialog';
import { LinesAddedNotice } from '../components/LinesAddedNotice';
import { OrderDeliveryGroups } from '../components/OrderDeliveryGroups';
import { OrderFulfilmentPanel } from '../../fulfilment/components/OrderFulfilmentPanel';
import { OrderLinesTable } from '../components/OrderLinesTable';
import { OrderShipments } from '../components/OrderShipments';
import { OrderStatusBadge } from '../components/OrderStatusBadge';
import { OrderTimeline } from '../components/OrderTimeline';
import { useReorder, type LinesAddedOutcome } from '../hooks/use-reorder';
import { RelatedCases } from '../../cases/components/RelatedCases';
import { OrderInvoices } from '../../invoices/components/OrderInvoices';

const LINES_PAGE = 50;

const OrderDetailQuery = graphql(`
  query OrderDetail($id: ID!, $first: Int!, $after: String) {
    order(id: $id) {
      id
      number
      status
      placedAt
      poNumber
      currency
      lineCount
      canCancel
      paymentMethod
      paymentCard {
        brand
        last4
      }
      paymentTermsDays
      paymentDueDate
      offerSummary
      notes
      placedBy {
        name
        onBehalf
      }
      onBehalfOf {
        name
      }
      approval {
        decidedBy {
          name
        }
        decidedAt
        comment
      }
      account {
        id
        name
        number
      }
      shipTo {
        id
        label
        line1
        line2
        city
        region
        postalCode
        country
      }
      subtotal {
        amount
        currency
      }
      discountTotal {
        amount
        currency
      }
      shippingTotal {
        amount
        currency
      }
      taxTotal {
        amount
        currency
      }
      total {
        amount
        currency
      }
      timeline {
        status
      }
      deliveryGroups {
        id
        ...OrderDeliveryGroup_group
      }
      invoices {
        id
        ...OrderInvoice_invoice
      }
      shipments {
        id
        ...OrderShipment_shipment
      }
      ...OrderTimeline_order
      lines(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...OrderLineRow_line
          }
        }
      }
    }
  }
`);

type Order = NonNullable<OrderDetailQuery['order']>;

function paymentMethodLabel(method: PaymentMethod, t: TFunction): string {
  switch (method) {
    case 'CARD':
      return t('Card');
    case 'PURCHASE_ORDER':
      return t('Purchase order');
  }
}

/** `/:siteCode/orders/:orderId`: one order of the effective account, or "Order not found". */
export function OrderDetailPage() {
  const { siteCode } = useShell();
  const { orderId = '' } = useParams();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const { t } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(OrderDetailQuery, {
    variables: { id: orderId, first: LINES_PAGE, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const back = (
    <Anchor component={Link} to={`/${siteCode}/orders`} size="sm">
      ← {t('All orders')}
    </Anchor>
  );

  // Another order than the one asked for is the previous page's, still shown while this one loads.
  const order = data?.order && data.order.id !== orderId ? undefined : data?.order;
  if (order === undefined) {
    if (error) {
      return (
        <>
          <PageHeader title={t('Order')} above={back} />
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

  if (!order) {
    return (
      <>
        <PageHeader title={t('Order not found')} above={back} />
        <EmptyState
          title={t('We can’t show this order')}
          description={t('It doesn’t exist, or it belongs to an account you aren’t acting for.')}
          action={
            <Anchor component={Link} to={`/${siteCode}/orders`}>
              {t('Go to your orders')}
            </Anchor>
          }
        />
      </>
    );
  }

  async function loadMore() {
    if (!order?.lines.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after: order.lines.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const prevOrder = previous.order;
          const nextOrder = fetchMoreResult.order;
          if (!prevOrder || !nextOrder) return previous as typeof fetchMoreResult;
          return {
            ...previous,
            order: {
              ...prevOrder,
              lines: {
                ...nextOrder.lines,
                edges: [...prevOrder.lines.edges, ...nextOrder.lines.edges],
              },
            },
          } as typeof fetchMoreResult;
        },
      });
    } catch (err) {
      setMoreError(describeError(err, t));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <OrderView
      key={order.id}
      order={order}
      back={back}
      onReload={() => void refetch()}
      lines={{ loadingMore, moreError, loadMore: () => void loadMore() }}
    />
  );
}

function OrderView({
  order,
  back,
  onReload,
  lines,
}: {
  order: Order;
  back: ReactNode;
  onReload: () => void;
  lines: { loadingMore: boolean; moreError: string | null; loadMore: () => void };
}) {
  const { siteCode, viewer } = useShell();
  const { t, plural } = useI18n();
  const { day } = useFormat();
  const { reorder, reordering } = useReorder();
  const [, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<'cancel' | ApprovalDecision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [added, setAdded] = useState<LinesAddedOutcome | null>(null);
  const isBuyerAdmin = !viewer.isSellerSide && viewer.roles.includes('BUYER_ADMIN');
  const awaiting = order.status === 'AWAITING_APPROVAL';
  // An approval decision followed by a cancellation with no approval event was a rejection.
  const rejected = !!order.approval && !order.timeline.some((e) => e.status === 'APPROVED');
  const buyerName = order.onBehalfOf?.name ?? order.placedBy.name;
  const shown = order.lines.edges.length;

  async function onReorder() {
    setAdded(null);
    setNotice(null);
    setAdded(await reorder(order.id));
  }

  return (
    <>
      <PageHeader
        above={back}
        title={t('Order {number}', { number: order.number })}
        description={withNodes(t('Placed {date} for {account} ({accountNumber})'), {
          date: <DateText value={order.placedAt} withTime />,
          account: order.account.name,
          accountNumber: order.account.number,
        })}
        actions={
          <>
            <Button variant="default" onClick={() => void onReorder()} loading={reordering}>
              {t('Reorder')}
            </Button>
            {!viewer.isSellerSide ? (
              <Button
                variant="default"
                component={Link}
                to={`/${siteCode}/cases/new?orderId=${encodeURIComponent(order.id)}`}
              >
                {t('Open a case')}
              </Button>
            ) : null}
            {order.canCancel ? (
              <Button variant="outline" color="red" onClick={() => setDialog('cancel')}>
                {t('Cancel order…')}
              </Button>
            ) : null}
          </>
        }
      />
      <OrderPlacedBanner number={order.number} status={order.status} />
      <div aria-live="polite">
        {notice ? (
          <Alert
            color="green"
            variant="light"
            role="status"
            mb="lg"
            withCloseButton
            closeButtonLabel={t('Dismiss')}
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        ) : null}
        {added ? (
          <LinesAddedNotice siteCode={siteCode} outcome={added} onClose={() => setAdded(null)} />
        ) : null}
      </div>

      {awaiting ? (
        <Alert
          color="yellow"
          variant="light"
          mb="lg"
          title={isBuyerAdmin ? t('This order waits for your approval') : t('Waiting for approval')}
        >
          <Stack gap="sm">
            <Text size="sm">
              {isBuyerAdmin
                ? t(
                    'It is above the order limit of {name}. Approve it to send it to the supplier, or reject it to cancel it.',
                    {
                      name: buyerName,
                    },
                  )
                : t(
                    'It is above the buyer’s order limit, so a buyer admin of the account decides whether it goes ahead.',
                  )}
            </Text>
            {isBuyerAdmin ? (
              <Group gap="sm">
                <Button color="green" onClick={() => setDialog('approve')}>
                  {t('Approve…')}
                </Button>
                <Button variant="outline" color="red" onClick={() => setDialog('reject')}>
                  {t('Reject…')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      {order.approval ? (
        <Alert
          color={rejected ? 'gray' : 'teal'}
          variant="light"
          mb="lg"
          title={withNodes(rejected ? t('Rejected by {name} on {date}') : t('Approved by {name} on {date}'), {
            name: order.approval.decidedBy?.name ?? t('a buyer admin'),
            date: <DateText value={order.approval.decidedAt} withTime />,
          })}
        >
          {order.approval.comment ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {order.approval.comment}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('No comment.')}
            </Text>
          )}
        </Alert>
      ) : null}
      <OrderFulfilmentPanel orderId={order.id} number={order.number} status={order.status} />

      <SimpleGrid cols={{ base: 2, md: 4 }} spacing={{ base: 'xs', sm: 'md' }} mb="lg">
        <Fact label={t('Status')}>
          <OrderStatusBadge status={order.status} />
        </Fact>
        <Fact label={t('Placed by')}>
          <Text fw={600}>{order.placedBy.name}</Text>
          {order.placedBy.onBehalf ? (
            <Badge size="xs" variant="outline" color="gray" radius="sm">
              {t('On your behalf')}
            </Badge>
          ) : null}
          {order.onBehalfOf ? (
            <Text size="sm" c="dimmed">
              {t('For {name}', { name: order.onBehalfOf.name })}
            </Text>
          ) : null}
        </Fact>
        <Fact label={t('Payment')}>
          {order.paymentMethod ? (
            <>
              <Text fw={600}>{paymentMethodLabel(order.paymentMethod, t)}</Text>
              {order.paymentCard ? (
                <Text size="sm">
                  {t('{brand} ending in {last4}', {
                    brand: order.paymentCard.brand,
                    last4: order.paymentCard.last4,
                  })}
                </Text>
              ) : null}
              {order.paymentTermsDays ? (
                <Text size="sm">{t('Net {days}', { days: order.paymentTermsDays })}</Text>
              ) : null}
              {order.paymentDueDate ? (
                <Text size="sm" c="dimmed">
                  {t('Due {date}', { date: day(order.paymentDueDate) })}
                </Text>
              ) : null}
            </>
          ) : (
            <Text c="dimmed">—</Text>
          )}
        </Fact>
        <Fact label={t('PO number')}>
          <Text fw={600}>{order.poNumber ?? '—'}</Text>
        </Fact>
      </SimpleGrid>

      {order.offerSummary || order.notes ? (
        <SimpleGrid cols={{ base: 1, md: order.offerSummary && order.notes ? 2 : 1 }} spacing="md" mb="lg">
          {order.offerSummary ? (
            <Card withBorder radius="md" padding="md" component="section" aria-labelledby="order-offers">
              <Title order={2} fz="md" id="order-offers" mb={4}>
                {t('Offers from your supplier')}
              </Title>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {order.offerSummary}
              </Text>
            </Card>
          ) : null}
          {order.notes ? (
            <Card withBorder radius="md" padding="md" component="section" aria-labelledby="order-notes">
              <Title order={2} fz="md" id="order-notes" mb={4}>
                {t('Note for the supplier')}
              </Title>
              <Blockquote p="xs" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} fz="sm">
                {order.notes}
              </Blockquote>
            </Card>
          ) : null}
        </SimpleGrid>
      ) : null}

      <Grid gap="lg" mb="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {order.deliveryGroups.length ? (
              <OrderDeliveryGroups groups={order.deliveryGroups} />
            ) : (
              <Fact label={t('Ship to')}>
                {order.shipTo ? (
                  <Text size="sm" component="address" style={{ fontStyle: 'normal' }}>
                    <strong>{order.shipTo.label}</strong>
                    <br />
                    {order.shipTo.line1}
                    {order.shipTo.line2 ? (
                      <>
                        <br />
                        {order.shipTo.line2}
                      </>
                    ) : null}
                    <br />
                    {order.shipTo.city}, {order.shipTo.region} {order.shipTo.postalCode}
                    <br />
                    {order.shipTo.country}
                  </Text>
                ) : (
                  <Text c="dimmed">—</Text>
                )}
              </Fact>
            )}
            <OrderShipments shipments={order.shipments} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card withBorder radius="md" padding="md">
              <OrderTimeline order={order} />
            </Card>
            <OrderInvoices siteCode={siteCode} invoices={order.invoices} />
            <RelatedCases orderId={order.id} />
          </Stack>
        </Grid.Col>
      </Grid>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="order-lines">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="lg" id="order-lines">
            {t('Lines')}
          </Title>
          <Text size="sm" c="dimmed">
            {order.lineCount > shown
              ? t('Showing {shown} of {count} lines', { shown, count: order.lineCount })
              : plural(
                  order.lineCount,
                  t('{count} line', { count: order.lineCount }),
                  t('{count} lines', { count: order.lineCount }),
                )}
          </Text>
        </Group>
        {shown === 0 ? (
          <Text c="dimmed">{t('This order has no lines.')}</Text>
        ) : (
          <OrderLinesTable siteCode={siteCode} lines={order.lines.edges.map((e) => e.node)} />
        )}
        {lines.moreError ? <ErrorState message={lines.moreError} onRetry={lines.loadMore} /> : null}
        <LoadMore
          hasMore={order.lines.pageInfo.hasNextPage}
          loading={lines.loadingMore}
          onLoadMore={lines.loadMore}
          label={t('Load more lines ({count} more)', { count: Math.max(0, order.lineCount - shown) })}
        />
        <Divider my="md" />
        <Stack gap={4} maw={360} ml="auto">
          <TotalRow label={t('Subtotal')}>
            <Money value={order.subtotal} />
          </TotalRow>
          {isPositiveAmount(order.discountTotal.amount) ? (
            <TotalRow label={t('Savings against list prices (included)')} color="green.8">
              <Money value={order.discountTotal} />
            </TotalRow>
          ) : null}
          <TotalRow label={t('Shipping')}>
            <Money value={order.shippingTotal} />
          </TotalRow>
          <TotalRow label={t('Tax')}>
            <Money value={order.taxTotal} />
          </TotalRow>
          <Group justify="space-between" gap="xl" wrap="nowrap">
            <Text fw={700}>{t('Total')}</Text>
            <Text fw={700} span>
              <Money value={order.total} />
            </Text>
          </Group>
        </Stack>
      </Card>

      {dialog === 'cancel' ? (
        <CancelOrderDialog
          orderId={order.id}
          number={order.number}
          onClose={() => setDialog(null)}
          onCancelled={() => {
            setDialog(null);
            // The "Order placed" banner of a just-placed order no longer applies.
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                next.delete('placed');
                return next;
              },
              { replace: true },
            );
            setNotice(t('Order {number} was cancelled.', { number: order.number }));
          }}
          onRefused={onReload}
        />
      ) : dialog ? (
        <ApprovalDialog
          decision={dialog}
          orderId={order.id}
          number={order.number}
          buyerName={buyerName}
          onClose={() => setDialog(null)}
          onDecided={(message) => {
            setDialog(null);
            setNotice(message);
          }}
          onRefused={onReload}
        />
      ) : null}
    </>
  );
}

function TotalRow({ label, children, color }: { label: string; children: ReactNode; color?: string }) {
  return (
    <Group justify="space-between" gap="xl" wrap="nowrap">
      <Text c={color ?? 'dimmed'} size="sm">
        {label}
      </Text>
      <Text size="sm" c={color} span>
        {children}
      </Text>
    </Group>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {label}
      </Text>
      {children}
    </Card>
  );
}
