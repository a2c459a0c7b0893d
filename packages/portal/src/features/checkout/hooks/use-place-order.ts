import { useMutation } from '@apollo/client/react';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { MoneyValue } from '../../../ui';
import type { PlaceOrderInput } from '../../../gql/graphql';
import { reloadCartsList, setActiveCart } from '../../cart/hooks/cart-cache';

const PlaceOrderMutation = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on OrderPlaced {
        replayed
        order {
          id
          number
          status
          total {
            amount
            currency
          }
        }
      }
      ... on PriceChanged {
        message
        previousTotal {
          amount
          currency
        }
        cart {
          id
          ...CheckoutPage_cart
        }
      }
      ... on CartNotReady {
        message
        blockers
      }
      ... on CreditLimitExceeded {
        message
        availableCredit {
          amount
          currency
        }
      }
      ... on PaymentDeclined {
        message
      }
      ... on PaymentFailed {
        message
      }
      ... on ValidationFailed {
        message
        problems {
          field
          message
        }
      }
    }
  }
`);

export type PlaceOutcome =
  | { kind: 'placed'; orderId: string; number: string; status: string; replayed: boolean }
  | { kind: 'priceChanged'; message: string; previousTotal: MoneyValue }
  | { kind: 'notReady'; message: string; blockers: string[] }
  | { kind: 'credit'; message: string; availableCredit: MoneyValue | null }
  | { kind: 'declined'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'invalid'; message: string; problems: Array<{ field: string; message: string }> };

/**
 * Places the order for a cart. A repriced cart (PriceChanged) lands in the cache so the page shows the
 * new figures; a placed order takes the cart out of the cart lists and the order into order history.
 */
export function usePlaceOrder({ activeCart }: { activeCart: boolean }) {
  const t = useT();
  const [mutate, state] = useMutation(PlaceOrderMutation, {
    update(cache, { data }) {
      if (data?.placeOrder.__typename !== 'OrderPlaced') return;
      if (activeCart) setActiveCart(cache, null);
      reloadCartsList(cache);
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'orders' });
      cache.gc();
    },
  });

  /** Throws on a network or server failure: the outcome is unknown, so retry with the same key. */
  async function place(input: PlaceOrderInput): Promise<PlaceOutcome> {
    const { data } = await mutate({ variables: { input } });
    const result = data?.placeOrder;
    switch (result?.__typename) {
      case 'OrderPlaced':
        return {
          kind: 'placed',
          orderId: result.order.id,
          number: result.order.number,
          status: result.order.status,
          replayed: result.replayed,
        };
      case 'PriceChanged':
        return { kind: 'priceChanged', message: result.message, previousTotal: result.previousTotal };
      case 'CartNotReady':
        return { kind: 'notReady', message: result.message, blockers: result.blockers };
      case 'CreditLimitExceeded':
        return { kind: 'credit', message: result.message, availableCredit: result.availableCredit ?? null };
      case 'PaymentDeclined':
        return { kind: 'declined', message: result.message };
      case 'PaymentFailed':
        return { kind: 'failed', message: result.message };
      case 'ValidationFailed':
        return { kind: 'invalid', message: result.message, problems: result.problems };
      default:
        throw new Error(
          t(
            'The server did not say whether the order was placed. Place it again: this attempt cannot order twice.',
          ),
        );
    }
  }

  return { place, placing: state.loading };
}
