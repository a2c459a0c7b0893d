import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Box,
  Button,
  Group,
  Paper,
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
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { FulfilmentQueueQuery } from '../../../gql/graphql';
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
import { OrderStatusBadge } from '../../orders/components/OrderStatusBadge';
import { fulfilOrderPath } from '../fulfilment-paths';

const PAGE_SIZE = 20;

const FulfilmentQueueQuery = graphql(`
  query FulfilmentQueue($first: Int!, $after: String, $search: String) {
    ordersToFulfil(first: $first, after: $after, search: $search) {
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
        }
      }
    }
  }
`);

type QueuedOrder = FulfilmentQueueQuery['ordersToFulfil']['edges'][number]['node'];

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

/** `/:siteCode/admin/fulfilment?q=&after=`: the site's orders waiting to ship, oldest first. */
export function FulfilmentPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';

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
    setParams(term ? { q: term } : {}, { replace: true });
  }
  useEffect(() => {
    const term = debounced.trim();
    if (term !== pushed.current.trim()) search(term);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed text settles
  }, [debounced]);

  return (
    <>
      <PageHeader
        title={t('Orders to ship')}
        description={t('Orders of every account waiting to ship, oldest first.')}
      />
      <Box
        component="form"
        role="search"
        aria-label={t('Orders to ship')}
        mb="md"
        onSubmit={(e) => {
          e.preventDefault();
          search(text.trim());
        }}
      >
        <TextInput
          type="search"
          label={t('Search orders to ship')}
          placeholder={t('Order number, PO number, account, SKU or product')}
          maxLength={200}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maw={560}
        />
      </Box>
      <QueueResults key={q.trim()} q={q.trim()} />
    </>
  );
}

function QueueResults({ q }: { q: string }) {
  const { siteCode } = useShell();
  const { t, plural } = useI18n();
  const { number, day } = useFormat();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
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
    variables: { first: PAGE_SIZE, after: position.after, search: q || null },
    notifyOnNetworkStatusChange: true,
  });

  if (!data) {
    if (error)
      return (
        <ErrorState
          title={t('We couldn’t load the orders to ship')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    return <LoadingSkeleton label={t('Loading orders…')} count={8} />;
  }
  const { ordersToFulfil: queue } = data;
  if (!queue.edges.length) {
    return (
      <EmptyState
        title={q ? t('No orders to ship match “{q}”', { q }) : t('Nothing to ship')}
        description={
          q
            ? t('Check the order number, or search by account, SKU or product.')
            : t('Every placed and approved order has shipped. New orders show up here.')
        }
      />
    );
  }
  const orders = queue.edges.map((e) => e.node);
  const caption = plural(
    queue.totalCount,
    t('{count} order to ship', { count: number(queue.totalCount) }),
    t('{count} orders to ship', { count: number(queue.totalCount) }),
  );
  const page = pageNumber(position);
  const shipLink = (order: QueuedOrder) => (
    <Button
      component={Link}
      to={fulfilOrderPath(siteCode, order.number)}
      size="xs"
      variant="light"
      aria-label={t('Ship order {number}', { number: order.number })}
    >
      {t('Ship…')}
    </Button>
  );

  return (
    <>
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
            return (
              <Paper component="li" key={order.id} withBorder radius="md" p="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Anchor component={Link} to={fulfilOrderPath(siteCode, order.number)} fw={600}>
                        {order.number}
                      </Anchor>
                      <OrderStatusBadge status={order.status} />
                    </Group>
                    <Text size="sm" truncate="end">
                      {order.account.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <DateText value={order.placedAt} />
                      {wanted ? ` · ${t('Wanted by {date}', { date: day(wanted) })}` : ''}
                    </Text>
                  </Stack>
                  <Stack gap={6} align="flex-end">
                    <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                      <Money value={order.total} />
                    </Text>
                    {shipLink(order)}
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
                <Table.Th scope="col">{t('Wanted by')}</Table.Th>
                <Table.Th scope="col">{t('Status')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('Lines')}
                </Table.Th>
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
                      <Anchor component={Link} to={fulfilOrderPath(siteCode, order.number)} fw={600}>
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
                    <Table.Td>{wanted ? day(wanted) : '—'}</Table.Td>
                    <Table.Td>
                      <OrderStatusBadge status={order.status} />
                    </Table.Td>
                    <Table.Td ta="right">{number(order.lineCount)}</Table.Td>
                    <Table.Td ta="right">
                      <Money value={order.total} />
                    </Table.Td>
                    <Table.Td>{shipLink(order)}</Table.Td>
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
    </>
  );
}
