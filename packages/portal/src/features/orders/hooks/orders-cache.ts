import type { ApolloCache, Reference } from '@apollo/client';
import type { OrderStatus } from '../../../gql/graphql';

interface StoredOrders {
  totalCount?: number;
  edges?: ReadonlyArray<{ node: Reference }>;
}

/** The `statuses` filter of a cached `orders(...)` field, from its store name; null when unfiltered. */
export function statusesOfStoreName(storeFieldName: string): string[] | null {
  const open = storeFieldName.indexOf('(');
  if (open < 0 || !storeFieldName.endsWith(')')) return null;
  try {
    const args = JSON.parse(storeFieldName.slice(open + 1, -1)) as { filter?: { statuses?: unknown } };
    const statuses = args.filter?.statuses;
    return Array.isArray(statuses) && statuses.length ? statuses.map(String) : null;
  } catch {
    return null;
  }
}

/**
 * After an order's status changed (approved, rejected, cancelled): drop it from the cached order lists
 * filtered to statuses it no longer has (the approvals page's list above all), so they don't show it
 * until the next visit. Lists that still match keep it; the normalized order shows its new status.
 */
export function orderLeftStatus(
  cache: ApolloCache,
  order: { id: string; status: OrderStatus; accountId?: string | null },
): void {
  const orderRef = cache.identify({ __typename: 'Order', id: order.id });
  if (!orderRef) return;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      orders(value, { storeFieldName, isReference }) {
        const statuses = statusesOfStoreName(storeFieldName);
        const list = value as StoredOrders;
        if (!statuses || statuses.includes(order.status) || !list.edges) return value;
        const edges = list.edges.filter((edge) => !(isReference(edge.node) && edge.node.__ref === orderRef));
        if (edges.length === list.edges.length) return value;
        return {
          ...list,
          edges,
          totalCount: Math.max(0, (list.totalCount ?? edges.length) - (list.edges.length - edges.length)),
        };
      },
    },
  });
  // Open-order figures on the home page change when an order is cancelled.
  if (order.status === 'CANCELLED' && order.accountId) {
    cache.evict({ id: cache.identify({ __typename: 'Account', id: order.accountId }), fieldName: 'summary' });
    cache.gc();
  }
}
