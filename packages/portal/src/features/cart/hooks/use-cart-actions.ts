import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql, useFragment as unmask } from '../../../gql';
import type { CartChangeResult_ResultFragment, CartOfferKind, ShippingMethod } from '../../../gql/graphql';
import { reloadCartsList, setActiveCart, syncCartSummary, type CartSnapshot } from './cart-cache';

/*
 * Every change a cart page makes. Each mutation sends back the whole cart (the server reprices it on
 * every change), so the page shows the result straight from the cache. Changes run one after another
 * with the cart version last seen: a change someone else made meanwhile (the buyer, or their sales rep)
 * comes back as CartChanged with the cart as it is now, and nothing is overwritten.
 */

const UpdateCartLineMutation = graphql(`
  mutation UpdateCartLine($input: UpdateCartLineInput!) {
    updateCartLine(input: $input) {
      ...CartChangeResult_result
    }
  }
`);

const RemoveCartLinesMutation = graphql(`
  mutation RemoveCartLines($cartId: ID!, $lineIds: [ID!]!, $expectedVersion: Int) {
    removeCartLines(cartId: $cartId, lineIds: $lineIds, expectedVersion: $expectedVersion) {
      ...CartChangeResult_result
    }
  }
`);

const SplitCartLineMutation = graphql(`
  mutation SplitCartLine($input: SplitCartLineInput!) {
    splitCartLine(input: $input) {
      ...CartChangeResult_result
    }
  }
`);

const SaveDeliveryGroupMutation = graphql(`
  mutation SaveDeliveryGroup($input: SaveDeliveryGroupInput!) {
    saveDeliveryGroup(input: $input) {
      ...CartChangeResult_result
    }
  }
`);

const RemoveDeliveryGroupMutation = graphql(`
  mutation RemoveDeliveryGroup($cartId: ID!, $deliveryGroupId: ID!, $expectedVersion: Int) {
    removeDeliveryGroup(
      cartId: $cartId
      deliveryGroupId: $deliveryGroupId
      expectedVersion: $expectedVersion
    ) {
      ...CartChangeResult_result
    }
  }
`);

const SetCouponCodesMutation = graphql(`
  mutation SetCouponCodes($cartId: ID!, $codes: [String!]!) {
    setCouponCodes(cartId: $cartId, codes: $codes) {
      ...CartChangeResult_result
    }
  }
`);

const ApplyCartOfferMutation = graphql(`
  mutation ApplyCartOffer($input: CartOfferInput!) {
    applyCartOffer(input: $input) {
      ...CartChangeResult_result
    }
  }
`);

const RemoveCartOfferMutation = graphql(`
  mutation RemoveCartOffer($cartId: ID!, $offerId: ID!) {
    removeCartOffer(cartId: $cartId, offerId: $offerId) {
      ...CartChangeResult_result
    }
  }
`);

const SaveCartAsMutation = graphql(`
  mutation SaveCartAs($cartId: ID!, $name: String!) {
    saveCartAs(cartId: $cartId, name: $name) {
      ...CartChangeResult_result
    }
  }
`);

const ActivateCartMutation = graphql(`
  mutation ActivateCart($cartId: ID!) {
    activateCart(cartId: $cartId) {
      ...CartChangeResult_result
    }
  }
`);

const DeleteCartMutation = graphql(`
  mutation DeleteCart($cartId: ID!) {
    deleteCart(cartId: $cartId)
  }
`);

// The result every cart change shares; the cart in full, as the cart page shows it.
export const CartChangeResultFragment = graphql(`
  fragment CartChangeResult_result on CartChangeResult {
    __typename
    ... on CartUpdated {
      cart {
        id
        version
        status
        lines {
          id
          quantity
        }
        owner {
          name
          sellerSide
          isViewer
        }
        ...CartView_cart
      }
    }
    ... on CartChanged {
      message
      cart {
        id
        version
        status
        lines {
          id
          quantity
        }
        owner {
          name
          sellerSide
          isViewer
        }
        ...CartView_cart
      }
    }
    ... on ValidationFailed {
      message
      problems {
        field
        message
      }
    }
  }
`);

export interface Problem {
  field: string;
  message: string;
}

/** What a change came to: done, refused with why (nothing changed), or someone changed the cart first. */
export type CartOutcome =
  | { kind: 'updated'; cart: CartSnapshot & { version: number } }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'changed' }
  | { kind: 'failed'; message: string };

/** The messages for one field of a refused change, joined; undefined when there are none. */
export function problemAt(problems: readonly Problem[], ...fields: string[]): string | undefined {
  const messages = problems.filter((p) => fields.includes(p.field)).map((p) => p.message);
  return messages.length ? messages.join(' ') : undefined;
}

type ChangeResult = CartChangeResult_ResultFragment;

export interface GroupInput {
  deliveryGroupId?: string | null;
  addressId: string | null;
  desiredDate: string | null;
  shippingMethod: ShippingMethod;
}

export interface OfferInput {
  kind: CartOfferKind;
  termsDays?: number | null;
  categoryId?: string | null;
  percent?: string | null;
  reason: string;
}

/**
 * The cart's changes for one cart page. `version` is the version on screen. Returns the actions, whether
 * one is running, and the "changed meanwhile" notice state.
 */
export function useCartActions(cart: { id: string; version: number }) {
  const client = useApolloClient();
  const t = useT();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const versionRef = useRef(cart.version);
  const [pending, setPending] = useState(0);
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  const cartId = cart.id;

  useEffect(() => {
    // A newer cart read from the server (a refetch) is the one the next change builds on.
    versionRef.current = Math.max(versionRef.current, cart.version);
  }, [cart.version]);

  /** Runs one change after the ones before it, with the latest version known. */
  const run = useCallback(
    (send: (expectedVersion: number) => Promise<ChangeResult | null | undefined>): Promise<CartOutcome> => {
      const next = queue.current.then(async (): Promise<CartOutcome> => {
        setPending((n) => n + 1);
        try {
          const result = await send(versionRef.current);
          if (!result) return { kind: 'failed', message: t('The server did not confirm the change.') };
          switch (result.__typename) {
            case 'CartUpdated':
              versionRef.current = result.cart.version;
              syncCartSummary(client.cache, result.cart);
              return { kind: 'updated', cart: result.cart };
            case 'CartChanged':
              versionRef.current = result.cart.version;
              syncCartSummary(client.cache, result.cart);
              setChangedMeanwhile(true);
              return { kind: 'changed' };
            case 'ValidationFailed':
              return { kind: 'invalid', problems: result.problems };
          }
        } catch (error) {
          return { kind: 'failed', message: describeError(error, t) };
        } finally {
          setPending((n) => n - 1);
        }
      });
      queue.current = next.catch(() => undefined);
      return next;
    },
    [client, t],
  );

  const actions = useMemo(
    () => ({
      updateLine: (lineId: string, change: { quantity?: number; deliveryGroupId?: string }) =>
        run(async (expectedVersion) => {
          const { data } = await client.mutate({
            mutation: UpdateCartLineMutation,
            variables: { input: { cartId, lineId, expectedVersion, ...change } },
          });
          return unmask(CartChangeResultFragment, data?.updateCartLine);
        }),
      removeLines: (lineIds: string[]) =>
        run(async (expectedVersion) => {
          const { data } = await client.mutate({
            mutation: RemoveCartLinesMutation,
            variables: { cartId, lineIds, expectedVersion },
          });
          return unmask(CartChangeResultFragment, data?.removeCartLines);
        }),
      splitLine: (lineId: string, parts: Array<{ deliveryGroupId: string; quantity: number }>) =>
        run(async (expectedVersion) => {
          const { data } = await client.mutate({
            mutation: SplitCartLineMutation,
            variables: { input: { cartId, lineId, parts, expectedVersion } },
          });
          return unmask(CartChangeResultFragment, data?.splitCartLine);
        }),
      saveGroup: (input: GroupInput) =>
        run(async (expectedVersion) => {
          const { data } = await client.mutate({
            mutation: SaveDeliveryGroupMutation,
            variables: { input: { cartId, expectedVersion, ...input } },
          });
          return unmask(CartChangeResultFragment, data?.saveDeliveryGroup);
        }),
      removeGroup: (deliveryGroupId: string) =>
        run(async (expectedVersion) => {
          const { data } = await client.mutate({
            mutation: RemoveDeliveryGroupMutation,
            variables: { cartId, deliveryGroupId, expectedVersion },
          });
          return unmask(CartChangeResultFragment, data?.removeDeliveryGroup);
        }),
      setCoupons: (codes: string[]) =>
        run(async () => {
          const { data } = await client.mutate({
            mutation: SetCouponCodesMutation,
            variables: { cartId, codes },
          });
          return unmask(CartChangeResultFragment, data?.setCouponCodes);
        }),
      applyOffer: (input: OfferInput) =>
        run(async () => {
          const { data } = await client.mutate({
            mutation: ApplyCartOfferMutation,
            variables: { input: { cartId, ...input } },
          });
          return unmask(CartChangeResultFragment, data?.applyCartOffer);
        }),
      removeOffer: (offerId: string) =>
        run(async () => {
          const { data } = await client.mutate({
            mutation: RemoveCartOfferMutation,
            variables: { cartId, offerId },
          });
          return unmask(CartChangeResultFragment, data?.removeCartOffer);
        }),
      saveAs: (name: string) =>
        run(async () => {
          const { data } = await client.mutate({ mutation: SaveCartAsMutation, variables: { cartId, name } });
          const result = unmask(CartChangeResultFragment, data?.saveCartAs);
          if (result?.__typename === 'CartUpdated') {
            // Saved carts are put aside: the next item starts a new active cart.
            setActiveCart(client.cache, null);
            reloadCartsList(client.cache);
          }
          return result;
        }),
      activate: () =>
        run(async () => {
          const { data } = await client.mutate({ mutation: ActivateCartMutation, variables: { cartId } });
          const result = unmask(CartChangeResultFragment, data?.activateCart);
          if (result?.__typename === 'CartUpdated') reloadCartsList(client.cache);
          return result;
        }),
    }),
    [client, cartId, run],
  );

  /** Deletes the cart; false when it was already gone or may not be deleted. */
  const deleteCart = useCallback(async () => {
    const { data } = await client.mutate({ mutation: DeleteCartMutation, variables: { cartId } });
    if (data?.deleteCart) {
      client.cache.evict({ id: client.cache.identify({ __typename: 'Cart', id: cartId }) });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'cart' });
      reloadCartsList(client.cache);
    }
    return !!data?.deleteCart;
  }, [client, cartId]);

  return {
    ...actions,
    deleteCart,
    busy: pending > 0,
    changedMeanwhile,
    dismissChanged: () => setChangedMeanwhile(false),
  };
}

export type CartActions = ReturnType<typeof useCartActions>;

export const CartActionsContext = createContext<CartActions | null>(null);

/** The actions of the cart on screen (inside a cart view). */
export function useCartActionsContext(): CartActions {
  const value = useContext(CartActionsContext);
  if (!value) throw new Error('useCartActionsContext must be used inside a cart view');
  return value;
}
