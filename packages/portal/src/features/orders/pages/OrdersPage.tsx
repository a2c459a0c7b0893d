import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';

interface PagerState {
  previous: Array<string | null>;
}
import { describeError } from '../../../app/errors';
import { useI18n, useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { OrderStatus } from '../../../gql/graphql';
import {
  dayRangeToInstants,
  EmptyState,
  ErrorState,
  firstPage,
  hasPreviousPage,
  isDay,
  LoadingSkeleton,
  nextPage,
  useLocale,
  PageHeader,
  pageNumber,
  Pager,
  previousPage,
  type CursorPosition,
} from '../../../ui';
import { ChooseAccountPrompt } from '../../home/components/ChooseAccountPrompt';
import { OrdersTable } from '../components/OrdersTable';
import { orderStatuses, orderStatusLabel, parseStatuses } from '../components/order-status';

const PAGE_SIZE = 20;

const OrdersPageQuery = graphql(`
  query OrdersPage($first: Int!, $after: String, $filter: OrderFilter) {
    orders(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...OrderRow_order
        }
      }
    }
  }
`);

/** `/:siteCode/orders?status=&from=&to=`: the effective account's order history. */
export function OrdersPage() {
  const { siteCode, viewer } = useShell();
  const [params, setParams] = useSearchParams();
  const statuses = parseStatuses(params.getAll('status'));
  const from = isDay(params.get('from')) ? params.get('from')! : '';
  const to = isDay(params.get('to')) ? params.get('to')! : '';
  const filterKey = `${statuses.join(',')}|${from}|${to}`;

  function update(next: { statuses?: OrderStatus[]; from?: string; to?: string }) {
    const p = new URLSearchParams(params);
    const s = next.statuses ?? statuses;
    const f = next.from ?? from;
    const until = next.to ?? to;
    p.delete('status');
    p.delete('after'); // a new filter starts again at the first page
    if (s.length) p.set('status', s.join(','));
    if (f) p.set('from', f);
    else p.delete('from');
    if (until) p.set('to', until);
    else p.delete('to');
    setParams(p, { replace: true });
  }

  const hasFilters = statuses.length > 0 || !!from || !!to;
  const t = useT();

  return (
    <>
      <PageHeader
        title={t('Orders')}
        description={
          viewer.effectiveAccount
            ? t('Order history of {account}', { account: viewer.effectiveAccount.name })
            : undefined
        }
      />
      {!viewer.effectiveAccount ? (
        <ChooseAccountPrompt />
      ) : (
        <>
          <Paper
            withBorder
            radius="md"
            p="md"
            mb="md"
            component="form"
            role="search"
            aria-label={t('Filter orders')}
            onSubmit={(e) => e.preventDefault()}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <MultiSelect
                label={t('Status')}
                placeholder={statuses.length ? undefined : t('Any status')}
                data={orderStatuses.map((s) => ({ value: s, label: orderStatusLabel(s, t) }))}
                value={statuses}
                onChange={(values) => update({ statuses: parseStatuses(values) })}
                clearable
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput
                type="date"
                label={t('Placed from')}
                value={from}
                max={to || undefined}
                onChange={(e) => update({ from: isDay(e.currentTarget.value) ? e.currentTarget.value : '' })}
              />
              <TextInput
                type="date"
                label={t('Placed to')}
                value={to}
                min={from || undefined}
                onChange={(e) => update({ to: isDay(e.currentTarget.value) ? e.currentTarget.value : '' })}
              />
            </SimpleGrid>
            {hasFilters ? (
              <Group mt="sm">
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => setParams(new URLSearchParams(), { replace: true })}
                >
                  {t('Clear filters')}
                </Button>
              </Group>
            ) : null}
          </Paper>
          {/* A new filter starts again at the first page. */}
          <OrdersResults
            key={filterKey}
            siteCode={siteCode}
            statuses={statuses}
            from={from}
            to={to}
            hasFilters={hasFilters}
          />
        </>
      )}
    </>
  );
}

function OrdersResults({
  siteCode,
  statuses,
  from,
  to,
  hasFilters,
}: {
  siteCode: string;
  statuses: OrderStatus[];
  from: string;
  to: string;
  hasFilters: boolean;
}) {
  // The page lives in the URL (`after`, with earlier cursors in history state), so Back from an order
  // returns to the same page.
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
  const filter = useMemo(
    () => ({ ...(statuses.length ? { statuses } : {}), ...dayRangeToInstants(from, to) }),
    [statuses, from, to],
  );
  const { data, loading, error, refetch } = useQuery(OrdersPageQuery, {
    variables: { first: PAGE_SIZE, after: position.after, filter },
    notifyOnNetworkStatusChange: true,
  });
  const { t, plural } = useI18n();
  const locale = useLocale();

  if (!data) {
    if (error) {
      return (
        <ErrorState
          title={t('We couldn’t load your orders')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    }
    return <LoadingSkeleton label={t('Loading orders…')} count={8} />;
  }
  const { orders } = data;
  if (orders.totalCount === 0 || orders.edges.length === 0) {
    return (
      <EmptyState
        title={hasFilters ? t('No orders match these filters') : t('No orders yet')}
        description={
          hasFilters
            ? t('Try other statuses or a wider date range.')
            : t('Orders placed for this account will show up here.')
        }
      />
    );
  }
  const page = pageNumber(position);
  const count = orders.totalCount.toLocaleString(locale);
  return (
    <>
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <OrdersTable
        siteCode={siteCode}
        orders={orders.edges.map((e) => e.node)}
        caption={plural(orders.totalCount, t('{count} order', { count }), t('{count} orders', { count }))}
      />
      <Pager
        label={t('Pages of orders')}
        hasPrevious={hasPreviousPage(position)}
        hasNext={orders.pageInfo.hasNextPage && !!orders.pageInfo.endCursor}
        onPrevious={() => setPosition(previousPage(position))}
        onNext={() => orders.pageInfo.endCursor && setPosition(nextPage(position, orders.pageInfo.endCursor))}
        pageLabel={
          page
            ? t('Page {page} of {pages}', {
                page,
                pages: Math.max(1, Math.ceil(orders.totalCount / PAGE_SIZE)),
              })
            : null
        }
        loading={loading}
      />
    </>
  );
}
