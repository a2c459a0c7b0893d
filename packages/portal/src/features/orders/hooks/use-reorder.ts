import { useMutation } from '@apollo/client/react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { syncCartSummary } from '../../cart/hooks/cart-cache';
import type { RejectedLine } from '../../cart/hooks/use-add-to-cart';
import { setWorkingCart, useWorkingCartId } from '../../cart/hooks/working-cart';

const ReorderMutation = graphql(`
  mutation Reorder($orderId: ID!, $cartId: ID) {
    reorder(orderId: $orderId, cartId: $cartId) {
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

export type LinesAddedOutcome =
  | {
      kind: 'added';
      addedCount: number;
      warnings: string[];
      rejected: RejectedLine[];
      /** Whose cart, when it is not the viewer's own (a sales rep working on a buyer's cart). */
      ownerName: string | null;
      cartId: string;
    }
  | { kind: 'refused'; message: string };

/**
 * Order again: a past order's lines go into the cart being worked on (the viewer's active cart, or the
 * buyer's cart a sales rep opened), priced today; lines that can't be ordered any more come back with why.
 */
export function useReorder() {
  const t = useT();
  const { viewer } = useShell();
  const accountId = viewer.effectiveAccount?.id ?? null;
  const workingCartId = useWorkingCartId(accountId);
  const [mutate, state] = useMutation(ReorderMutation, {
    update(cache, { data }) {
      if (data?.reorder.__typename === 'LinesAdded') syncCartSummary(cache, data.reorder.cart);
    },
  });

  async function reorder(orderId: string): Promise<LinesAddedOutcome> {
    try {
      let { data } = await mutate({ variables: { orderId, cartId: workingCartId } });
      if (
        workingCartId &&
        data?.reorder.__typename === 'ValidationFailed' &&
        data.reorder.problems.some((p) => p.field === 'cartId')
      ) {
        // The cart being worked on is gone (ordered, deleted): use the active cart.
        setWorkingCart(accountId, null);
        ({ data } = await mutate({ variables: { orderId, cartId: null } }));
      }
      const result = data?.reorder;
      switch (result?.__typename) {
        case 'LinesAdded':
          return {
            kind: 'added',
            addedCount: result.addedCount,
            warnings: result.warnings,
            rejected: result.rejected,
            ownerName: result.cart.owner.isViewer ? null : result.cart.owner.name,
            cartId: result.cart.id,
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

  return { reorder, reordering: state.loading };
}
