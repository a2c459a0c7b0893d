import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { reloadCartsList, setActiveCart, syncCartSummary } from './cart-cache';
import type { RejectedLine } from './use-add-to-cart';
import { setWorkingCart, useWorkingCartId } from './working-cart';

const QuickOrderMutation = graphql(`
  mutation QuickOrder($text: String!, $cartId: ID) {
    quickOrder(text: $text, cartId: $cartId) {
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

/** Pasted text goes through GraphQL up to this size; longer lists are uploaded as a file. */
export const MAX_PASTE_BYTES = 90 * 1024;
/** The upload endpoint's limit. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface QuickOrderReport {
  source: 'paste' | 'file';
  addedCount: number;
  warnings: string[];
  rejected: RejectedLine[];
  cartId: string;
  /** Whose cart, when not the viewer's own. */
  ownerName: string | null;
}

interface UploadResponse {
  cartId?: string;
  addedCount?: number;
  rejected?: RejectedLine[];
  warnings?: string[];
  error?: string;
  owner?: { name: string; isViewer: boolean };
}

/**
 * Quick order into the cart being worked on: pasted "SKU, quantity" lines (GraphQL) or a CSV file
 * (POST /api/quick-order). Every line comes back added or rejected with why — nothing is dropped.
 */
export function useQuickOrder() {
  const t = useT();
  const client = useApolloClient();
  const { viewer } = useShell();
  const accountId = viewer.effectiveAccount?.id ?? null;
  const workingCartId = useWorkingCartId(accountId);
  const [uploading, setUploading] = useState(false);
  const [mutate, state] = useMutation(QuickOrderMutation, {
    update(cache, { data }) {
      if (data?.quickOrder.__typename === 'LinesAdded') syncCartSummary(cache, data.quickOrder.cart);
    },
  });

  async function paste(text: string): Promise<QuickOrderReport | { error: string }> {
    try {
      const { data } = await mutate({ variables: { text, cartId: workingCartId } });
      const result = data?.quickOrder;
      switch (result?.__typename) {
        case 'LinesAdded':
          return {
            source: 'paste',
            addedCount: result.addedCount,
            warnings: result.warnings,
            rejected: result.rejected,
            cartId: result.cart.id,
            ownerName: result.cart.owner.isViewer ? null : result.cart.owner.name,
          };
        case 'ValidationFailed':
          if (workingCartId && result.problems.some((p) => p.field === 'cartId'))
            setWorkingCart(accountId, null);
          return { error: result.problems.map((p) => p.message).join(' ') || result.message };
        case 'CartChanged':
          return { error: result.message };
        default:
          return { error: t('The server did not confirm the change.') };
      }
    } catch (error) {
      return { error: describeError(error, t) };
    }
  }

  async function upload(file: File): Promise<QuickOrderReport | { error: string }> {
    setUploading(true);
    try {
      const text = await file.text();
      const query = workingCartId ? `?cartId=${encodeURIComponent(workingCartId)}` : '';
      const response = await fetch(`/api/quick-order${query}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'text/csv', 'X-Requested-With': 'portway' },
        body: text,
      });
      let body: UploadResponse = {};
      try {
        body = (await response.json()) as UploadResponse;
      } catch {
        // Not JSON (a proxy's error page): the status says enough.
      }
      if (!response.ok || !body.cartId) {
        if (response.status === 413)
          return { error: t('The file is larger than 2 MB; split it into smaller files.') };
        return {
          error:
            body.error ??
            t('The Portway server refused the request (HTTP {status}).', { status: response.status }),
        };
      }
      // The cart changed outside GraphQL: the cached copy is stale, so pages showing it load it again.
      client.cache.evict({ id: client.cache.identify({ __typename: 'Cart', id: body.cartId }) });
      if (!workingCartId) setActiveCart(client.cache, body.cartId);
      reloadCartsList(client.cache);
      return {
        source: 'file',
        addedCount: body.addedCount ?? 0,
        warnings: body.warnings ?? [],
        rejected: body.rejected ?? [],
        cartId: body.cartId,
        ownerName: body.owner && !body.owner.isViewer ? body.owner.name : null,
      };
    } catch (error) {
      return { error: describeError(error, t) };
    } finally {
      setUploading(false);
    }
  }

  return { paste, upload, busy: state.loading || uploading, workingCartId };
}
