import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../../gql';

/** Writes which cart is the viewer's active one (`cart` with no id) after it is created or changes. */
const ActiveCartRefQuery = graphql(`
  query ActiveCartRef($id: ID) {
    cart(id: $id) {
      id
    }
  }
`);

export interface CartSnapshot {
  id: string;
  status: string;
  lines: ReadonlyArray<{ id: string; quantity: number }>;
  owner: { isViewer: boolean };
}

/** Points the active cart (`cart` with no id) at this cart, or at none. */
export function setActiveCart(cache: ApolloCache, cartId: string | null): void {
  cache.writeQuery({
    query: ActiveCartRefQuery,
    variables: { id: null },
    // __typename lets the cache point at the normalized Cart (the generated type leaves it out).
    data: { cart: cartId ? ({ __typename: 'Cart', id: cartId } as { id: string }) : null },
  });
}

/**
 * Keeps the carts list (header indicator, carts switcher) in step with a changed cart: its line and
 * unit counts are updated in place; a cart the list doesn't know yet (just created) reloads the list.
 */
export function syncCartSummary(cache: ApolloCache, cart: CartSnapshot): void {
  const id = cache.identify({ __typename: 'CartSummary', id: cart.id });
  const known =
    !!id &&
    cache.modify({
      id,
      fields: {
        lineCount: () => cart.lines.length,
        unitCount: () => cart.lines.reduce((sum, line) => sum + line.quantity, 0),
      },
    });
  if (!known) reloadCartsList(cache);
  if (cart.status === 'ACTIVE' && cart.owner.isViewer) setActiveCart(cache, cart.id);
}

/** Drops the carts list so the queries showing it load it again (a cart saved, activated or deleted). */
export function reloadCartsList(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'carts' });
  cache.gc();
}
