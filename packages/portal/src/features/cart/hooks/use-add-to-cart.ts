import { useMutation } from '@apollo/client/react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { syncCartSummary } from './cart-cache';
import { setWorkingCart, useWorkingCartId } from './working-cart';

const AddToCartMutation = graphql(`
  mutation AddToCart($lines: [CartLineInput!]!, $cartId: ID) {
    addToCart(lines: $lines, cartId: $cartId) {
      __typename
      ... on LinesAdded {
        addedCount
        warnings
        rejected {
          line
          sku
          quantity
          code
          message
          suggestedQuantity
        }
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
        }
      }
      ... on ValidationFailed {
        message
        problems {
          field
          message
        }
      }
      ... on CartChanged {
        message
      }
    }
  }
`);

export interface RejectedLine {
  line: number;
  sku: string;
  quantity?: number | null;
  code: string;
  message: string;
  suggestedQuantity?: number | null;
}

export type AddOutcome =
  | {
      kind: 'added';
      addedCount: number;
      warnings: string[];
      rejected: RejectedLine[];
      cartId: string;
      /** Whose cart, when it is not the viewer's own (a sales rep working on a buyer's cart). */
      ownerName: string | null;
    }
  | { kind: 'refused'; message: string };

/**
 * Adds lines to the cart being worked on: the viewer's active cart (created on first use), or the
 * buyer's cart a sales rep opened. A working cart that is gone (ordered, deleted) is forgotten and the
 * lines go to the active cart instead.
 */
export function useAddToCart() {
  const t = useT();
  const { viewer } = useShell();
  const accountId = viewer.effectiveAccount?.id ?? null;
  const workingCartId = useWorkingCartId(accountId);
  const [mutate, state] = useMutation(AddToCartMutation, {
    update(cache, { data }) {
      if (data?.addToCart.__typename === 'LinesAdded') syncCartSummary(cache, data.addToCart.cart);
    },
  });

  async function add(lines: Array<{ sku: string; quantity: number }>): Promise<AddOutcome> {
    try {
      let { data } = await mutate({ variables: { lines, cartId: workingCartId } });
      if (
        workingCartId &&
        data?.addToCart.__typename === 'ValidationFailed' &&
        data.addToCart.problems.some((p) => p.field === 'cartId')
      ) {
        setWorkingCart(accountId, null);
        ({ data } = await mutate({ variables: { lines, cartId: null } }));
      }
      const result = data?.addToCart;
      switch (result?.__typename) {
        case 'LinesAdded':
          return {
            kind: 'added',
            addedCount: result.addedCount,
            warnings: result.warnings,
            rejected: result.rejected,
            cartId: result.cart.id,
            ownerName: result.cart.owner.isViewer ? null : result.cart.owner.name,
          };
        case 'ValidationFailed':
          return {
            kind: 'refused',
            message: result.problems.map((p) => p.message).join(' ') || result.message,
          };
        case 'CartChanged':
          return { kind: 'refused', message: result.message };
        default:
          return { kind: 'refused', message: t('The server did not confirm the change.') };
      }
    } catch (error) {
      return { kind: 'refused', message: describeError(error, t) };
    }
  }

  return { add, adding: state.loading, workingCartId };
}
