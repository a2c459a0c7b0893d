import type { OrderFilter, OrderSort, OrderStatus } from '../../../gql/graphql';
import { dayRangeToInstants, isDay } from '../../../ui';
import { parseStatuses } from './order-status';

/*
 * The order history's state in the URL: `?q=&status=A,B&from=&to=&by=&shipTo=&sort=&after=`. Days are
 * YYYY-MM-DD in the viewer's time zone; `by` is a user ID and `shipTo` an address ID; `sort` one of the
 * keys below (newest first when absent). `after` is the page; any other change starts at the first one.
 */

export const orderSortKeys = [
  'newest',
  'oldest',
  'total-desc',
  'total-asc',
  'number-desc',
  'number-asc',
] as const;
export type OrderSortKey = (typeof orderSortKeys)[number];

export const DEFAULT_ORDER_SORT: OrderSortKey = 'newest';

const SORTS: Record<OrderSortKey, OrderSort> = {
  newest: { field: 'PLACED_AT', direction: 'DESC' },
  oldest: { field: 'PLACED_AT', direction: 'ASC' },
  'total-desc': { field: 'TOTAL', direction: 'DESC' },
  'total-asc': { field: 'TOTAL', direction: 'ASC' },
  'number-desc': { field: 'NUMBER', direction: 'DESC' },
  'number-asc': { field: 'NUMBER', direction: 'ASC' },
};

export function isOrderSortKey(value: string | null | undefined): value is OrderSortKey {
  return !!value && (orderSortKeys as readonly string[]).includes(value);
}

/** Longest search the API takes. */
export const MAX_ORDER_SEARCH = 200;

export interface OrderListState {
  q: string;
  statuses: OrderStatus[];
  from: string;
  to: string;
  /** A user ID: orders this user placed, or that were placed for them. */
  by: string;
  /** An address ID. */
  shipTo: string;
  sort: OrderSortKey;
}

export const emptyOrderList: OrderListState = {
  q: '',
  statuses: [],
  from: '',
  to: '',
  by: '',
  shipTo: '',
  sort: DEFAULT_ORDER_SORT,
};

/** Opaque IDs are base64url-ish text; anything else in the URL is ignored rather than sent. */
const ID = /^[A-Za-z0-9_=+/-]{1,200}$/;

export function parseOrderList(params: URLSearchParams): OrderListState {
  const day = (name: string) => {
    const value = params.get(name);
    return isDay(value) ? value : '';
  };
  const id = (name: string) => {
    const value = params.get(name) ?? '';
    return ID.test(value) ? value : '';
  };
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_ORDER_SEARCH),
    statuses: parseStatuses(params.getAll('status')),
    from: day('from'),
    to: day('to'),
    by: id('by'),
    shipTo: id('shipTo'),
    sort: isOrderSortKey(sort) ? sort : DEFAULT_ORDER_SORT,
  };
}

/** The query string of a state (without `after`): only what differs from the defaults. */
export function orderListParams(state: OrderListState): URLSearchParams {
  const p = new URLSearchParams();
  const q = state.q.trim();
  if (q) p.set('q', q);
  if (state.statuses.length) p.set('status', state.statuses.join(','));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.by) p.set('by', state.by);
  if (state.shipTo) p.set('shipTo', state.shipTo);
  if (state.sort !== DEFAULT_ORDER_SORT) p.set('sort', state.sort);
  return p;
}

/** How many filters narrow the list (the search and the sort are not filters). */
export function orderFilterCount(state: OrderListState): number {
  return [state.statuses.length > 0, !!state.from, !!state.to, !!state.by, !!state.shipTo].filter(Boolean)
    .length;
}

/** The `orders` query's arguments for a state. */
export function orderListVariables(
  state: OrderListState,
  toInstants: typeof dayRangeToInstants = dayRangeToInstants,
): { search: string | null; filter: OrderFilter; sort: OrderSort } {
  const q = state.q.trim();
  return {
    search: q || null,
    filter: {
      ...(state.statuses.length ? { statuses: state.statuses } : {}),
      ...toInstants(state.from, state.to),
      ...(state.by ? { placedById: state.by } : {}),
      ...(state.shipTo ? { shipToId: state.shipTo } : {}),
    },
    sort: SORTS[state.sort],
  };
}

/**
 * The CSV export of the orders a state shows (every page, same filters and sort), as
 * `/api/exports/orders.csv` takes them (see the server's orders-export.routes.ts).
 */
export function orderExportHref(
  state: OrderListState,
  toInstants: typeof dayRangeToInstants = dayRangeToInstants,
): string {
  const { search, filter, sort } = orderListVariables(state, toInstants);
  const p = new URLSearchParams();
  if (search) p.set('search', search);
  if (filter.statuses?.length) p.set('statuses', filter.statuses.join(','));
  if (filter.placedFrom) p.set('placedFrom', String(filter.placedFrom));
  if (filter.placedBefore) p.set('placedBefore', String(filter.placedBefore));
  if (filter.placedById) p.set('placedById', String(filter.placedById));
  if (filter.shipToId) p.set('shipToId', String(filter.shipToId));
  p.set('sort', sort.field);
  p.set('direction', sort.direction);
  return `/api/exports/orders.csv?${p.toString()}`;
}
