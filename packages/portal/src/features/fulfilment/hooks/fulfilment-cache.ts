import type { ApolloCache, Reference } from '@apollo/client';
import type { FulfilmentStage, OrderStatus } from '../../../gql/graphql';

/** The statuses each stage of the queue lists (as the server's `ordersToFulfil` does). */
export const STAGE_STATUSES: Record<FulfilmentStage, readonly OrderStatus[]> = {
  TO_SHIP: ['PLACED', 'APPROVED', 'PARTLY_SHIPPED'],
  IN_TRANSIT: ['SHIPPED'],
};

interface StoredQueue {
  totalCount?: number;
  edges?: ReadonlyArray<{ node: Reference }>;
}

/** The stage of a cached `ordersToFulfil(...)` field, from its store name (TO_SHIP when not given). */
export function stageOfStoreName(storeFieldName: string): FulfilmentStage {
  const open = storeFieldName.indexOf('(');
  if (open < 0 || !storeFieldName.endsWith(')')) return 'TO_SHIP';
  try {
    const args = JSON.parse(storeFieldName.slice(open + 1, -1)) as { stage?: unknown };
    return args.stage === 'IN_TRANSIT' ? 'IN_TRANSIT' : 'TO_SHIP';
  } catch {
    return 'TO_SHIP';
  }
}

/** What to do with one cached queue page after an order's status changed. */
export function queueChange(
  stage: FulfilmentStage,
  listsOrder: boolean | null,
  status: OrderStatus,
): 'keep' | 'drop-order' | 'read-again' {
  // Counts alone (no rows): whether the order was among them is unknown.
  if (listsOrder === null) return 'read-again';
  const belongs = STAGE_STATUSES[stage].includes(status);
  if (belongs) return listsOrder ? 'keep' : 'read-again';
  return listsOrder ? 'drop-order' : 'keep';
}

/**
 * After a shipment or a delivery: the order leaves the cached queue pages of a stage it is no longer in
 * (their count goes down), and the pages or counts of a stage it may have joined are dropped, so they
 * are read again when shown (where it joins a list depends on the server's order).
 */
export function orderMovedInQueue(cache: ApolloCache, order: { id: string; status: OrderStatus }): void {
  const orderRef = cache.identify({ __typename: 'Order', id: order.id });
  if (!orderRef) return;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      ordersToFulfil(value, { storeFieldName, isReference, DELETE }) {
        const queue = value as StoredQueue;
        const has = (edge: { node: Reference }) => isReference(edge.node) && edge.node.__ref === orderRef;
        const listsOrder = queue.edges ? queue.edges.some(has) : null;
        switch (queueChange(stageOfStoreName(storeFieldName), listsOrder, order.status)) {
          case 'keep':
            return value;
          case 'read-again':
            return DELETE;
          case 'drop-order': {
            const edges = (queue.edges ?? []).filter((edge) => !has(edge));
            const removed = (queue.edges?.length ?? 0) - edges.length;
            return { ...queue, edges, totalCount: Math.max(0, (queue.totalCount ?? edges.length) - removed) };
          }
        }
      },
    },
  });
}
