import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { FulfilmentQueueQuery, FulfilmentStage } from '../../../gql/graphql';
import {
  DateText,
  EmptyState,
  ErrorState,
  firstPage,
  hasPreviousPage,
  LoadingSkeleton,
  Money,
  nextPage,
  PageHeader,
  pageNumber,
  Pager,
  previousPage,
  ScrollX,
  type CursorPosition,
} from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { safeTrackingUrl } from '../../orders/components/OrderShipments';
import { OrderStatusBadge } from '../../orders/components/OrderStatusBadge';
import { MarkDeliveredDialog } from '../components/MarkDeliveredDialog';
import { fulfilOrderPath, stageFromParam, stageParam } from '../fulfilment-paths';

const PAGE_SIZE = 20;

const FulfilmentQueueQuery = graphql(`
  query FulfilmentQueue($first: Int!, $after: String, $search: String, $stage: FulfilmentStage!) {
    ordersToFulfil(first: $first, after: $after, search: $search, stage: $stage) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          status
          placedAt
          poNumber
          lineCount
          account {
            id
            name
            number
          }
          total {
            amount
            currency
          }
          deliveryGroups {
            id
            desiredDate
            status
          }
          shipments {
            id
            carrier
            trackingNumber
            trackingUrl
            shippedAt
          }
        }
      }
    }
  }
`);

// How many orders each stage holds (for the search typed, if any), shown on the stage switch.
const FulfilmentStageCountsQuery = graphql(`
  query FulfilmentStageCounts($search: String) {
    toShip: ordersToFulfil(first: 1, search: $search, stage: TO_SHIP) {
      totalCount
    }
    inTransit: ordersToFulfil(first: 1, search: $search, stage: IN_TRANSIT) {
      totalCount
    }
  }
`);

type QueuedOrder = FulfilmentQueueQuery['ordersToFulfil']['edges'][number]['node'];
type Shipment = QueuedOrder['shipments'][number];

interface PagerState {
  previous: Array<string | null>;
}

/** The earliest date a part still to ship is wanted by (YYYY-MM-DD), if any. */
function wantedBy(order: QueuedOrder): string | null {
  const dates = order.deliveryGroups
    .filter((g) => g.status === 'PENDING' || g.status === 'PARTLY_SHIPPED')
    .map((g) => g.desiredDate)
    .sort();
  return dates[0] ?? null;
}

/** The order's most recent shipment, if any. */
function lastShipment(order: QueuedOrder): Shipment | null {
  return order.shipments.reduce<Shipment | null>(
    (last, s) => (!last || s.shippedAt > last.shippedAt ? s : last),
    null,
  );
}

/** The queue's search parameters: the stage (left out for the default) and the search. */
function queueParams(stage: FulfilmentStage, q: string): Record<string, string> {
  const param = stageParam(stage);
  return { ...(param ? { stage: param } : {}), ...(q ? { q } : {}) };
}

/**
 * `/:siteCode/admin/fulfilment?stage=&q=&after=`: the site's orders to ship (the default), or shipped
 * orders waiting to be confirmed delivered (`stage=in-transit`); oldest first.
 */
export function FulfilmentPage() {
  const { t } = useI18n();
  const { number } = useFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const stage = stageFromParam(params.get('stage'));

  // Search as you type: the box is local, the URL follows after a short pause.
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 300);
  const pushed = useRef(q);
  useEffect(() => {
    if (q !== pushed.current) {
      pushed.current = q;
      setText(q);
    }
  }, [q]);
  function search(term: string) {
    pushed.current = term;
    setParams(queueParams(stage, term), { replace: true });
  }
  useEffect(() => {
    const term = debounced.trim();
    if (term !== pushed.current.trim()) search(term);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed text settles
  }, [debounced]);
  const chooseStage = (next: FulfilmentStage) => setParams(queueParams(next, q.trim()), { replace: true });

  const counts = useQuery(FulfilmentStageCountsQuery, { variables: { search: q.trim() || null } });
  const countData = counts.data ?? counts.previousData;
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t('{stage} ({count})', { stage: label, count: number(count) });
  const toShip = countData?.toShip.totalCount;
  const inTransit = countData?.inTransit.totalCount;

  return (
    <>
      <PageHeader
        title={t('Fulfilment')}
        description={t(
          'Orders of every account, oldest first: goods to ship, then shipped orders to confirm delivered.',
        )}
      />
      <Stack gap="sm" mb="md">
        <SegmentedControl
          aria-label={t('Orders')}
          value={stage}
          onChange={(value) => chooseStage(value as FulfilmentStage)}
          data={[
            { value: 'TO_SHIP', label: withCount(t('To ship'), toShip) },
            { value: 'IN_TRANSIT', label: withCount(t('Awaiting delivery'), inTransit) },
          ]}
          w={{ base: '100%', xs: 'auto' }}
          style={{ alignSelf: 'flex-start' }}
        />
        <Box
          component="form"
          role="search"
          aria-label={stage === 'TO_SHIP' ? t('Orders to ship') : t('Orders awaiting delivery')}
          onSubmit={(e) => {
            e.preventDefault();
            search(text.trim());
          }}
        >
          <TextInput
            type="search"
            label={stage === 'TO_SHIP' ? t('Search orders to ship') : t('Search orders awaiting delivery')}
            placeholder={t('Order number, PO number, account, SKU or product')}
            maxLength={200}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maw={560}
          />
        </Box>
      </Stack>
      <QueueResults
        key={`${stage}|${q.trim()}`}
        q={q.trim()}
        stage={stage}
        elsewhere={stage === 'TO_SHIP' ? inTransit : toShip}
        onStage={chooseStage}
      />
    </>
  );
}

function QueueResults({
  q,
  stage,
  elsewhere,
  onStage,
}: {
  q: string;
  stage: FulfilmentStage;
  /** How many orders match in the other stage, when known. */
  elsewhere: number | undefined;
  onStage: (stage: FulfilmentStage) => void;
}) {
  const { siteCode } = useShell();
  const { t, plural } = useI18n();
  const { number, day } = useFormat();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [delivering, setDelivering] = useState<QueuedOrder | null>(null);
  const [delivered, setDelivered] = useState<string | null>(null);
  const after = params.get('after') || null;
  const position: CursorPosition = after
    ? { after, previous: (location.state as PagerState | null)?.previous ?? [] }
    : firstPage;
  function setPosition(next: CursorPosition) {
    const p = new URLSearchParams(params);
    if (next.after) p.set('after', next.after);
    else p.delete('after');
    setParams(p, { state: next.after ? ({ previous: [...next.previous] } satisfies PagerState) : null });
  }
  const { data, loading, error, refetch } = useQuery(FulfilmentQueueQuery, {
    variables: { first: PAGE_SIZE, after: position.after, search: q || null, stage },
    notifyOnNetworkStatusChange: true,
  });
  const toShip = stage === 'TO_SHIP';

  const notice = delivered ? (
    <Alert
      color="green"
      variant="light"
      role="status"
      mb="md"
      withCloseButton
      closeButtonLabel={t('Dismiss')}
      onClose={() => setDelivered(null)}
      title={t('Marked delivered')}
    >
      <Text size="sm">
        {t('Order {number} is delivered; the buyers have been notified.', { number: delivered })}
      </Text>
    </Alert>
  ) : null;
  const dialog = delivering ? (
    <MarkDeliveredDialog
      orderId={delivering.id}
      number={delivering.number}
      accountName={delivering.account.name}
      onClose={() => setDelivering(null)}
      onDelivered={() => {
        setDelivered(delivering.number);
        setDelivering(null);
      }}
    />
  ) : null;

  if (!data) {
    if (error)
      return (
        <ErrorState
          title={
            toShip
              ? t('We couldn’t load the orders to ship')
              : t('We couldn’t load the orders awaiting delivery')
          }
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    return <LoadingSkeleton label={t('Loading orders…')} count={8} />;
  }
  const { ordersToFulfil: queue } = data;
  if (!queue.edges.length) {
    const other: FulfilmentStage = toShip ? 'IN_TRANSIT' : 'TO_SHIP';
    return (
      <div aria-live="polite">
        {notice}
        <EmptyState
          title={
            q
              ? toShip
                ? t('No orders to ship match “{q}”', { q })
                : t('No orders awaiting delivery match “{q}”', { q })
              : toShip
                ? t('Nothing to ship')
                : t('Nothing awaiting delivery')
          }
          description={
            q
              ? t('Check the order number, or search by account, SKU or product.')
              : toShip
                ? t('Every placed and approved order has shipped. New orders show up here.')
                : t('Orders shipped in full show up here until you mark them delivered.')
          }
          action={
            elsewhere ? (
              <Button variant="light" onClick={() => onStage(other)}>
                {toShip
                  ? t('See the orders awaiting delivery ({count})', { count: number(elsewhere) })
                  : t('See the orders to ship ({count})', { count: number(elsewhere) })}
              </Button>
            ) : null
          }
        />
        {dialog}
      </div>
    );
  }
  const orders = queue.edges.map((e) => e.node);
  const caption = toShip
    ? plural(
        queue.totalCount,
        t('{count} order to ship', { count: number(queue.totalCount) }),
        t('{count} orders to ship', { count: number(queue.totalCount) }),
      )
    : plural(
        queue.totalCount,
        t('{count} order awaiting delivery', { count: number(queue.totalCount) }),
        t('{count} orders awaiting delivery', { count: number(queue.totalCount) }),
      );
  const page = pageNumber(position);
  const action = (order: QueuedOrder) =>
    toShip ? (
      <Button
        component={Link}
        to={fulfilOrderPath(siteCode, order.number)}
        size="xs"
        variant="light"
        aria-label={t('Ship order {number}', { number: order.number })}
      >
        {t('Ship…')}
      </Button>
    ) : (
      <Button
        size="xs"
        variant="light"
        onClick={() => setDelivering(order)}
        aria-label={t('Mark order {number} delivered…', { number: order.number })}
      >
        {t('Mark delivered…')}
      </Button>
    );
  const tracking = (order: QueuedOrder) => {
    const last = lastShipment(order);
    if (!last) return <Text size="sm">—</Text>;
    const link = safeTrackingUrl(last.trackingUrl);
    const more = order.shipments.length - 1;
    return (
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {last.carrier}{' '}
          {link ? (
            <Anchor
              href={link}
              target="_blank"
              rel="noopener noreferrer"
              ff="monospace"
              inherit
              aria-label={t('Track {carrier} parcel {tracking} (opens in a new tab)', {
                carrier: last.carrier,
                tracking: last.trackingNumber,
              })}
            >
              {last.trackingNumber}
            </Anchor>
          ) : (
            <Text span ff="monospace" inherit>
              {last.trackingNumber}
            </Text>
          )}
        </Text>
        {more > 0 ? (
          <Text size="xs" c="dimmed">
            {plural(
              more,
              t('and {count} earlier shipment', { count: number(more) }),
              t('and {count} earlier shipments', { count: number(more) }),
            )}
          </Text>
        ) : null}
      </Stack>
    );
  };

  return (
    <>
      <div aria-live="polite">{notice}</div>
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <Box hiddenFrom="sm">
        <Text size="sm" c="dimmed" mb="xs">
          {caption}
        </Text>
        <Stack
          component="ul"
          gap="xs"
          aria-label={caption}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {orders.map((order) => {
            const wanted = wantedBy(order);
            const shipped = lastShipment(order);
            return (
              <Paper component="li" key={order.id} withBorder radius="md" p="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Anchor component={Link} to={fulfilOrderPath(siteCode, order.number)} fw={600}>
                        {order.number}
                      </Anchor>
                      {toShip ? <OrderStatusBadge status={order.status} /> : null}
                    </Group>
                    <Text size="sm" truncate="end">
                      {order.account.name}
                    </Text>
                    {toShip ? (
                      <Text size="xs" c="dimmed">
                        <DateText value={order.placedAt} />
                        {wanted ? ` · ${t('Wanted by {date}', { date: day(wanted) })}` : ''}
                      </Text>
                    ) : (
                      <>
                        <Text size="xs" c="dimmed">
                          {withNodes(t('Shipped {date}'), {
                            date: <DateText value={shipped?.shippedAt} />,
                          })}
                        </Text>
                        {tracking(order)}
                      </>
                    )}
                  </Stack>
                  <Stack gap={6} align="flex-end">
                    <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                      <Money value={order.total} />
                    </Text>
                    {action(order)}
                  </Stack>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      </Box>
      <Box visibleFrom="sm">
        <ScrollX minWidth={820} label={caption}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              <Text span size="sm" c="dimmed">
                {caption}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('Order')}</Table.Th>
                <Table.Th scope="col">{t('Account')}</Table.Th>
                <Table.Th scope="col">{t('date column|Placed')}</Table.Th>
                {toShip ? (
                  <>
                    <Table.Th scope="col">{t('Wanted by')}</Table.Th>
                    <Table.Th scope="col">{t('Status')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('Lines')}
                    </Table.Th>
                  </>
                ) : (
                  <>
                    <Table.Th scope="col">{t('date column|Shipped')}</Table.Th>
                    <Table.Th scope="col">{t('Tracking')}</Table.Th>
                  </>
                )}
                <Table.Th scope="col" ta="right">
                  {t('Total')}
                </Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('Actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orders.map((order) => {
                const wanted = wantedBy(order);
                return (
                  <Table.Tr key={order.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={fulfilOrderPath(siteCode, order.number)}
                        fw={600}
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {order.number}
                      </Anchor>
                      {order.poNumber ? (
                        <Text size="xs" c="dimmed">
                          {t('PO {number}', { number: order.poNumber })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{order.account.name}</Text>
                      <Text size="xs" c="dimmed">
                        {order.account.number}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <DateText value={order.placedAt} />
                    </Table.Td>
                    {toShip ? (
                      <>
                        <Table.Td>{wanted ? day(wanted) : '—'}</Table.Td>
                        <Table.Td>
                          <OrderStatusBadge status={order.status} />
                        </Table.Td>
                        <Table.Td ta="right">{number(order.lineCount)}</Table.Td>
                      </>
                    ) : (
                      <>
                        <Table.Td>
                          <DateText value={lastShipment(order)?.shippedAt} />
                        </Table.Td>
                        <Table.Td maw={260}>{tracking(order)}</Table.Td>
                      </>
                    )}
                    <Table.Td ta="right">
                      <Money value={order.total} />
                    </Table.Td>
                    <Table.Td>{action(order)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollX>
      </Box>
      <Pager
        label={t('Pages of orders')}
        hasPrevious={hasPreviousPage(position)}
        hasNext={queue.pageInfo.hasNextPage && !!queue.pageInfo.endCursor}
        onPrevious={() => setPosition(previousPage(position))}
        onNext={() => queue.pageInfo.endCursor && setPosition(nextPage(position, queue.pageInfo.endCursor))}
        pageLabel={
          page
            ? t('Page {page} of {pages}', {
                page,
                pages: Math.max(1, Math.ceil(queue.totalCount / PAGE_SIZE)),
              })
            : null
        }
        loading={loading}
      />
      {dialog}
    </>
  );
}
