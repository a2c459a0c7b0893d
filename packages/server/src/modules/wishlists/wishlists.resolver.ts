import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { AddLinesResult } from '../checkout/cart.types.js';
import { requireViewer } from '../identity/index.js';
import { WishlistNode, WishlistResult } from './wishlist.types.js';
import { WishlistsService } from './wishlists.service.js';

/** Wishlists of the effective account. */
@Resolver()
export class WishlistsResolver {
  @Query(() => [WishlistNode], { description: 'Wishlists of the effective account, by name.' })
  wishlists(@Ctx() ctx: Context): Promise<WishlistNode[]> {
    return new WishlistsService(ctx.em).lists(requireViewer(ctx.viewer));
  }

  @Mutation(() => WishlistResult, { description: 'Start a new wishlist for the account.' })
  createWishlist(
    @Ctx() ctx: Context,
    @Arg('name', () => String, { description: 'A name unique in the account (up to 100 characters).' })
    name: string,
  ) {
    return new WishlistsService(ctx.em).create(requireViewer(ctx.viewer), name);
  }

  @Mutation(() => WishlistResult, { description: 'Rename a wishlist.' })
  renameWishlist(
    @Ctx() ctx: Context,
    @Arg('wishlistId', () => ID, { description: 'The list.' }) wishlistId: string,
    @Arg('name', () => String, { description: 'The new name.' }) name: string,
  ) {
    return new WishlistsService(ctx.em).rename(requireViewer(ctx.viewer), wishlistId, name);
  }

  @Mutation(() => Boolean, { description: 'Delete a wishlist; false when there is no such list.' })
  deleteWishlist(
    @Ctx() ctx: Context,
    @Arg('wishlistId', () => ID, { description: 'The list.' }) wishlistId: string,
  ): Promise<boolean> {
    return new WishlistsService(ctx.em).remove(requireViewer(ctx.viewer), wishlistId);
  }

  @Mutation(() => WishlistResult, {
    description: 'Put a product on a wishlist (a product already there gets the quantity added).',
  })
  addToWishlist(
    @Ctx() ctx: Context,
    @Arg('wishlistId', () => ID, { description: 'The list.' }) wishlistId: string,
    @Arg('sku', () => String) sku: string,
    @Arg('quantity', () => Int, { description: 'How many (1–1,000,000).' }) quantity: number,
  ) {
    return new WishlistsService(ctx.em).addItem(requireViewer(ctx.viewer), wishlistId, sku, quantity);
  }

  @Mutation(() => WishlistResult, {
    description:
      "Set how many of an item a wishlist keeps, replacing its quantity; an item not on the account's list is not found.",
  })
  setWishlistItemQuantity(
    @Ctx() ctx: Context,
    @Arg('wishlistId', () => ID, { description: 'The list.' }) wishlistId: string,
    @Arg('itemId', () => ID, { description: 'The item on that list.' }) itemId: string,
    @Arg('quantity', () => Int, { description: 'How many (1–1,000,000).' }) quantity: number,
  ) {
    return new WishlistsService(ctx.em).setItemQuantity(
      requireViewer(ctx.viewer),
      wishlistId,
      itemId,
      quantity,
    );
  }

  @Mutation(() => WishlistResult, { description: 'Take items off a wishlist.' })
  removeFromWishlist(
    @Ctx() ctx: Context,
    @Arg('wishlistId', () => ID, { description: 'The list.' }) wishlistId: string,
    @Arg('itemIds', () => [ID], { description: 'The items to remove.' }) itemIds: string[],
  ) {
    return new WishlistsService(ctx.em).removeItems(requireViewer(ctx.viewer), wishlistId, itemIds);
  }

  @Mutation(() => AddLinesResult, {
    description:
      "Add a wishlist's items (all, or the chosen ones) to a cart; items that cannot be ordered come back with why.",
  })
  addWishlistToCart(
    @Ctx() ctx: Context,
    @Arg('wishlistId', () => ID, { description: 'The list.' }) wishlistId: string,
    @Arg('itemIds', () => [ID], { nullable: true, description: 'Only these items; none for the whole list.' })
    itemIds?: string[] | null,
    @Arg('cartId', () => ID, { nullable: true, description: 'The cart; none for the active cart.' })
    cartId?: string | null,
  ) {
    return new WishlistsService(ctx.em).addToCart(
      requireViewer(ctx.viewer),
      wishlistId,
      itemIds ?? null,
      cartId ?? null,
    );
  }
}
