import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { syncCartSummary } from '../../cart/hooks/cart-cache';
import { setWorkingCart, useWorkingCartId } from '../../cart/hooks/working-cart';
import type { LinesAddedOutcome } from '../../orders/hooks/use-reorder';

// Everything a list page and the lists page show of a list: read back with every change.
export const WishlistFieldsFragment = graphql(`
  fragment WishlistFields_wishlist on Wishlist {
    id
    name
    updatedAt
    items {
      id
      quantity
      addedAt
      product {
        id
        sku
        name
        imageUrl
      }
    }
  }
`);

export const WishlistsQuery = graphql(`
  query Wishlists {
    wishlists {
      id
      ...WishlistFields_wishlist
    }
  }
`);

const CreateWishlistMutation = graphql(`
  mutation CreateWishlist($name: String!) {
    createWishlist(name: $name) {
      __typename
      ... on WishlistSaved {
        wishlist {
          id
          name
          ...WishlistFields_wishlist
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
  }
`);

const RenameWishlistMutation = graphql(`
  mutation RenameWishlist($wishlistId: ID!, $name: String!) {
    renameWishlist(wishlistId: $wishlistId, name: $name) {
      __typename
      ... on WishlistSaved {
        wishlist {
          id
          ...WishlistFields_wishlist
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
  }
`);

const DeleteWishlistMutation = graphql(`
  mutation DeleteWishlist($wishlistId: ID!) {
    deleteWishlist(wishlistId: $wishlistId)
  }
`);

const AddToWishlistMutation = graphql(`
  mutation AddToWishlist($wishlistId: ID!, $sku: String!, $quantity: Int!) {
    addToWishlist(wishlistId: $wishlistId, sku: $sku, quantity: $quantity) {
      __typename
      ... on WishlistSaved {
        wishlist {
          id
          name
          ...WishlistFields_wishlist
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
  }
`);

const RemoveFromWishlistMutation = graphql(`
  mutation RemoveFromWishlist($wishlistId: ID!, $itemIds: [ID!]!) {
    removeFromWishlist(wishlistId: $wishlistId, itemIds: $itemIds) {
      __typename
      ... on WishlistSaved {
        wishlist {
          id
          ...WishlistFields_wishlist
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
  }
`);

const SetWishlistItemQuantityMutation = graphql(`
  mutation SetWishlistItemQuantity($wishlistId: ID!, $itemId: ID!, $quantity: Int!) {
    setWishlistItemQuantity(wishlistId: $wishlistId, itemId: $itemId, quantity: $quantity) {
      __typename
      ... on WishlistSaved {
        wishlist {
          id
          ...WishlistFields_wishlist
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
  }
`);

const AddWishlistToCartMutation = graphql(`
  mutation AddWishlistToCart($wishlistId: ID!, $itemIds: [ID!], $cartId: ID) {
    addWishlistToCart(wishlistId: $wishlistId, itemIds: $itemIds, cartId: $cartId) {
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

export type ListOutcome =
  | { kind: 'saved'; wishlistId: string; name: string }
  | { kind: 'invalid'; message: string; field: string | null }
  | { kind: 'failed'; message: string };

type SaveAnswer =
  | { __typename: 'WishlistSaved'; wishlist: { id: string; name?: string } }
  | {
      __typename: 'ValidationFailed';
      message: string;
      problems: ReadonlyArray<{ field: string; message: string }>;
    };

/**
 * The account's lists: create, rename, delete, add and remove items, set an item's quantity, and put
 * items in the cart.
 */
export function useWishlistActions() {
  const t = useT();
  const { viewer } = useShell();
  const accountId = viewer.effectiveAccount?.id ?? null;
  const workingCartId = useWorkingCartId(accountId);
  const noAnswer = t('The server did not confirm the change. Reload to check whether it was made.');

  const [createMutation, createState] = useMutation(CreateWishlistMutation, {
    update(cache, { data }) {
      const result = data?.createWishlist;
      if (result?.__typename !== 'WishlistSaved') return;
      const ref = cache.identify({ __typename: 'Wishlist', id: result.wishlist.id });
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          wishlists(value, { readField, toReference }) {
            const lists = value as readonly Reference[];
            if (!ref || lists.some((l) => l.__ref === ref)) return value;
            const added = toReference(ref);
            if (!added) return value;
            const name = (l: Reference) => String(readField('name', l) ?? '').toLocaleLowerCase();
            return [...lists, added].sort((a, b) => name(a).localeCompare(name(b)));
          },
        },
      });
    },
  });
  const [renameMutation, renameState] = useMutation(RenameWishlistMutation);
  const [deleteMutation, deleteState] = useMutation(DeleteWishlistMutation);
  const [addMutation, addState] = useMutation(AddToWishlistMutation);
  const [removeMutation, removeState] = useMutation(RemoveFromWishlistMutation);
  const [quantityMutation] = useMutation(SetWishlistItemQuantityMutation);
  const [toCartMutation, toCartState] = useMutation(AddWishlistToCartMutation, {
    update(cache, { data }) {
      if (data?.addWishlistToCart.__typename === 'LinesAdded')
        syncCartSummary(cache, data.addWishlistToCart.cart);
    },
  });

  async function save(call: () => Promise<SaveAnswer | undefined>): Promise<ListOutcome> {
    try {
      const result = await call();
      switch (result?.__typename) {
        case 'WishlistSaved':
          return { kind: 'saved', wishlistId: result.wishlist.id, name: result.wishlist.name ?? '' };
        case 'ValidationFailed':
          return {
            kind: 'invalid',
            message: result.problems.map((p) => p.message).join(' ') || result.message,
            field: result.problems[0]?.field ?? null,
          };
        default:
          return { kind: 'failed', message: noAnswer };
      }
    } catch (error) {
      return { kind: 'failed', message: describeError(error, t) };
    }
  }

  async function addToCart(
    wishlistId: string,
    itemIds: readonly string[] | null,
  ): Promise<LinesAddedOutcome> {
    try {
      const variables = { wishlistId, itemIds: itemIds ? [...itemIds] : null };
      let { data } = await toCartMutation({ variables: { ...variables, cartId: workingCartId } });
      if (
        workingCartId &&
        data?.addWishlistToCart.__typename === 'ValidationFailed' &&
        data.addWishlistToCart.problems.some((p) => p.field === 'cartId')
      ) {
        setWorkingCart(accountId, null);
        ({ data } = await toCartMutation({ variables: { ...variables, cartId: null } }));
      }
      const result = data?.addWishlistToCart;
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
          return { kind: 'refused', message: noAnswer };
      }
    } catch (error) {
      return { kind: 'refused', message: describeError(error, t) };
    }
  }

  async function remove(wishlistId: string): Promise<{ ok: true } | { ok: false; message: string }> {
    try {
      const { data } = await deleteMutation({
        variables: { wishlistId },
        update(cache, { data: answer }) {
          if (!answer?.deleteWishlist) return;
          cache.evict({ id: cache.identify({ __typename: 'Wishlist', id: wishlistId }) });
          cache.gc();
        },
      });
      return data?.deleteWishlist ? { ok: true } : { ok: false, message: t('This list no longer exists.') };
    } catch (error) {
      return { ok: false, message: describeError(error, t) };
    }
  }

  return {
    create: (name: string) =>
      save(async () => (await createMutation({ variables: { name } })).data?.createWishlist),
    rename: (wishlistId: string, name: string) =>
      save(async () => (await renameMutation({ variables: { wishlistId, name } })).data?.renameWishlist),
    addItem: (wishlistId: string, sku: string, quantity: number) =>
      save(async () => (await addMutation({ variables: { wishlistId, sku, quantity } })).data?.addToWishlist),
    setQuantity: (wishlistId: string, itemId: string, quantity: number) =>
      save(
        async () =>
          (await quantityMutation({ variables: { wishlistId, itemId, quantity } })).data
            ?.setWishlistItemQuantity,
      ),
    removeItems: (wishlistId: string, itemIds: readonly string[]) =>
      save(
        async () =>
          (await removeMutation({ variables: { wishlistId, itemIds: [...itemIds] } })).data
            ?.removeFromWishlist,
      ),
    remove,
    addToCart,
    creating: createState.loading,
    renaming: renameState.loading,
    deleting: deleteState.loading,
    adding: addState.loading,
    removing: removeState.loading,
    addingToCart: toCartState.loading,
  };
}
