import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import {
  EmptyState,
  ErrorState,
  firstPage,
  hasPreviousPage,
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
import { OrderListFilters } from '../components/OrderListFilters';
import {
  emptyOrderList,
  orderExportHref,
  orderFilterCount,
  orderListParams,
  orderListVariables,
  parseOrderList,
  type OrderListState,
} from '../components/order-params';
import { OrdersTable } from '../components/OrdersTable';

interface PagerState {
  previous: Array<string | null>;
}

const PAGE_SIZE = 20;

const OrdersPageQuery = graphql(`
  query OrdersPage($first: Int!, $after: String, $filter: OrderFilter, $search: String, $sort: OrderSort) {
    orders(first: $first, after: $after, filter: $filter, search: $search, sort: $sort) {
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

/**
 * `/:siteCode/orders?q=&status=&from=&to=&by=&shipTo=&sort=&after=` (order-params.ts): the effective
 * account's order history, searchable, filterable and sortable, with a CSV export of what it shows.
 */
export function OrdersPage() {
  const { siteCode, viewer } = useShell();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const state = parseOrderList(params);
  const t = useT();

  // The router applies a navigation in a transition, a moment later: a change made before it has (a
  // sort picked right after the search was pushed) builds on the one asked for, not on the URL this
  // render still shows. Read when called, not when rendered.
  const requested = useRef<{ from: string; state: OrderListState } | null>(null);
  function update(change: Partial<OrderListState>) {
    const base = requested.current?.from === location.search ? requested.current.state : state;
    const next = { ...base, ...change };
    requested.current = { from: location.search, state: next };
    // Replace, not push: Back leaves the list rather than undoing each keystroke or filter.
    setParams(orderListParams(next), { replace: true });
  }

  const hasFilters = orderFilterCount(state) > 0 || !!state.q;
  const resultsKey = orderListParams(state).toString();
  const account = viewer.effectiveAccount;

  return (
    <>
      <PageHeader
        title={t('Orders')}
        description={account ? t('Order history of {account}', { account: account.name }) : undefined}
        actions={
          account ? (
            <Button
              component="a"
              href={orderExportHref(state)}
              download
              variant="default"
              title={t('Every order matching the search and filters, as a spreadsheet file')}
            >
              {t('Export CSV')}
            </Button>
          ) : undefined
        }
      />
      {!account ? (
        <ChooseAccountPrompt />
      ) : (
        <>
          <OrderListFilters
            state={state}
            onChange={update}
            onClear={() => {
              requested.current = null;
              setParams(orderListParams({ ...emptyOrderList, sort: state.sort }), { replace: true });
            }}
          />
          {/* A new search, filter or sort starts again at the first page. */}
          <OrdersResults key={resultsKey} siteCode={siteCode} state={state} hasFilters={hasFilters} />
        </>
      )}
    </>
  );
}

function OrdersResults({
  siteCode,
  state,
  hasFilters,
}: {
  siteCode: string;
  state: OrderListState;
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
  // The component is keyed by the state: computed once, so a re-render never asks again.
  const [variables] = useState(() => orderListVariables(state));
  const { data, loading, error, refetch } = useQuery(OrdersPageQuery, {
    variables: { first: PAGE_SIZE, after: position.after, ...variables },
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
            ? state.q
              ? t('Check the order number or SKU, or try fewer filters.')
              : t('Try other statuses or a wider date range.')
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
