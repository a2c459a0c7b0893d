import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { BadUserInputError } from '../../platform/errors.js';
import { requireViewer } from '../identity/index.js';
import { CartOfferKind, ShippingMethod } from './cart.entity.js';
import { CartService } from './cart.service.js';
import { AddLinesResult, CartChangeResult, CartLineInput, CartNode, CartSummaryNode } from './cart.types.js';
import { PlaceOrderInput, PlaceOrderResult } from './checkout.types.js';
import { cartRefusal } from './domain/cart-messages.js';
import { parseQuickOrder } from './domain/quick-order.js';
import { PlaceOrderService } from './place-order.service.js';

@InputType({ description: 'Change a cart line: its quantity and/or its delivery group.' })
class UpdateCartLineInput {
  @Field(() => ID, { description: 'The cart.' }) cartId!: string;
  @Field(() => ID, { description: 'The line.' }) lineId!: string;
  @Field(() => Int, { nullable: true, description: 'New quantity.' }) quantity?: number | null;
  @Field(() => ID, { nullable: true, description: 'Move it to this delivery group.' }) deliveryGroupId?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'The cart version you read (refused when stale).' })
  expectedVersion?: number | null;
}

@InputType({ description: 'A part of a split line: a delivery group and a quantity.' })
class SplitPartInput {
  @Field(() => ID, { description: 'The delivery group.' }) deliveryGroupId!: string;
  @Field(() => Int, { description: 'How many go there.' }) quantity!: number;
}

@InputType({
  description: "Split a line's quantity over delivery groups (the parts add up to the quantity).",
})
class SplitCartLineInput {
  @Field(() => ID, { description: 'The cart.' }) cartId!: string;
  @Field(() => ID, { description: 'The line.' }) lineId!: string;
  @Field(() => [SplitPartInput], { description: 'Where each part goes.' }) parts!: SplitPartInput[];
  @Field(() => Int, { nullable: true, description: 'The cart version you read.' }) expectedVersion?:
    number | null;
}

@InputType({ description: 'Add a delivery group (no id) or change one.' })
class SaveDeliveryGroupInput {
  @Field(() => ID, { description: 'The cart.' }) cartId!: string;
  @Field(() => ID, { nullable: true, description: 'The group to change; none to add one.' })
  deliveryGroupId?: string | null;
  @Field(() => ID, { nullable: true, description: "One of the account's addresses." }) addressId!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Desired delivery date, YYYY-MM-DD (a weekday).' })
  desiredDate!: string | null;
  @Field(() => ShippingMethod, { description: 'How it ships.' }) shippingMethod!: ShippingMethod;
  @Field(() => Int, { nullable: true, description: 'The cart version you read.' }) expectedVersion?:
    number | null;
}

@InputType({ description: 'An offer a seller-side user applies to a cart, with the reason.' })
class CartOfferInput {
  @Field(() => ID, { description: 'The cart.' }) cartId!: string;
  @Field(() => CartOfferKind, { description: 'Extended terms or a category discount.' }) kind!: CartOfferKind;
  @Field(() => Int, { nullable: true, description: 'Terms in days (TERMS).' }) termsDays?: number | null;
  @Field(() => ID, { nullable: true, description: 'The category (CATEGORY_DISCOUNT).' }) categoryId?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Percentage off (CATEGORY_DISCOUNT), e.g. "30".' })
  percent?: string | null;
  @Field({ description: 'Why it is offered (kept on the order).' }) reason!: string;
}

/** Carts, quick order, delivery groups, offers and placing orders, for the viewer's effective account. */
@Resolver()
export class CheckoutResolver {
  @Query(() => CartNode, {
    nullable: true,
    description:
      "A cart of the effective account: the viewer's active cart when no id is given (null when none yet).",
  })
  cart(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'A cart; none for the active cart.' })
    id?: string | null,
  ): Promise<CartNode | null> {
    return new CartService(ctx.em).view(requireViewer(ctx.viewer), id ?? null);
  }

  @Query(() => [CartSummaryNode], {
    description:
      "Active and saved carts of the effective account the viewer may use (seller-side users: the buyers' too).",
  })
  carts(@Ctx() ctx: Context): Promise<CartSummaryNode[]> {
    return new CartService(ctx.em).list(requireViewer(ctx.viewer));
  }

  @Mutation(() => AddLinesResult, {
    description:
      'Add SKUs and quantities to a cart (the active cart when no id is given); bad lines are returned with why.',
  })
  addToCart(
    @Ctx() ctx: Context,
    @Arg('lines', () => [CartLineInput], { description: 'Lines to add (up to 5,000).' })
    lines: CartLineInput[],
    @Arg('cartId', () => ID, { nullable: true, description: 'The cart; none for the active cart.' })
    cartId?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The cart version you read.' })
    expectedVersion?: number | null,
  ) {
    return new CartService(ctx.em).addLines(
      requireViewer(ctx.viewer),
      cartId ?? null,
      lines.map((l, i) => ({
        line: i + 1,
        sku: l.sku,
        quantity: l.quantity,
        deliveryGroupId: l.deliveryGroupId,
      })),
      expectedVersion,
    );
  }

  @Mutation(() => AddLinesResult, {
    description:
      'Quick order: paste lines of "SKU, quantity" (commas, tabs or semicolons; a header line is allowed). Every line is checked; valid ones are added, the others returned with their line number and why.',
  })
  quickOrder(
    @Ctx() ctx: Context,
    @Arg('text', () => String, { description: 'The pasted lines (up to 90 kB).' }) text: string,
    @Arg('cartId', () => ID, { nullable: true, description: 'The cart; none for the active cart.' })
    cartId?: string | null,
  ) {
    const viewer = requireViewer(ctx.viewer);
    const parsed = parseQuickOrder(text, viewer.locale);
    if (parsed.lines.length === 0 && parsed.rejected.length === 0)
      throw new BadUserInputError(cartRefusal('PASTE_SOMETHING', viewer.locale));
    return new CartService(ctx.em).addQuickOrder(viewer, cartId ?? null, parsed);
  }

  @Mutation(() => CartChangeResult, { description: "Change a line's quantity or delivery group." })
  updateCartLine(@Ctx() ctx: Context, @Arg('input', () => UpdateCartLineInput) input: UpdateCartLineInput) {
    return new CartService(ctx.em).updateLine(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => CartChangeResult, { description: 'Remove lines from a cart.' })
  removeCartLines(
    @Ctx() ctx: Context,
    @Arg('cartId', () => ID, { description: 'The cart.' }) cartId: string,
    @Arg('lineIds', () => [ID], { description: 'Lines to remove.' }) lineIds: string[],
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The cart version you read.' })
    expectedVersion?: number | null,
  ) {
    return new CartService(ctx.em).removeLines(requireViewer(ctx.viewer), cartId, lineIds, expectedVersion);
  }

  @Mutation(() => CartChangeResult, { description: "Split a line's quantity over delivery groups." })
  splitCartLine(@Ctx() ctx: Context, @Arg('input', () => SplitCartLineInput) input: SplitCartLineInput) {
    return new CartService(ctx.em).splitLine(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => CartChangeResult, {
    description: 'Add a delivery group, or change its address, date or method.',
  })
  saveDeliveryGroup(
    @Ctx() ctx: Context,
    @Arg('input', () => SaveDeliveryGroupInput) input: SaveDeliveryGroupInput,
  ) {
    return new CartService(ctx.em).saveDeliveryGroup(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => CartChangeResult, {
    description: 'Remove a delivery group; its lines move to the first one left.',
  })
  removeDeliveryGroup(
    @Ctx() ctx: Context,
    @Arg('cartId', () => ID, { description: 'The cart.' }) cartId: string,
    @Arg('deliveryGroupId', () => ID, { description: 'The group.' }) deliveryGroupId: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The cart version you read.' })
    expectedVersion?: number | null,
  ) {
    return new CartService(ctx.em).removeDeliveryGroup(
      requireViewer(ctx.viewer),
      cartId,
      deliveryGroupId,
      expectedVersion,
    );
  }

  @Mutation(() => CartChangeResult, {
    description: 'Set the coupon codes of a cart (an empty list removes them).',
  })
  setCouponCodes(
    @Ctx() ctx: Context,
    @Arg('cartId', () => ID, { description: 'The cart.' }) cartId: string,
    @Arg('codes', () => [String], { description: 'Coupon codes.' }) codes: string[],
  ) {
    return new CartService(ctx.em).setCoupons(requireViewer(ctx.viewer), cartId, codes);
  }

  @Mutation(() => CartChangeResult, {
    description:
      'Seller-side users: apply an offer their role allows (e.g. Net 45 terms, 30% off a category), with a reason.',
  })
  applyCartOffer(@Ctx() ctx: Context, @Arg('input', () => CartOfferInput) input: CartOfferInput) {
    const offer =
      input.kind === CartOfferKind.TERMS
        ? { kind: 'TERMS' as const, days: input.termsDays ?? 0, reason: input.reason }
        : {
            kind: 'CATEGORY_DISCOUNT' as const,
            categoryId: input.categoryId ?? '',
            percent: input.percent ?? '',
            reason: input.reason,
          };
    return new CartService(ctx.em).applyOffer(requireViewer(ctx.viewer), input.cartId, offer);
  }

  @Mutation(() => CartChangeResult, { description: 'Seller-side users: remove an offer from a cart.' })
  removeCartOffer(
    @Ctx() ctx: Context,
    @Arg('cartId', () => ID, { description: 'The cart.' }) cartId: string,
    @Arg('offerId', () => ID, { description: 'The offer.' }) offerId: string,
  ) {
    return new CartService(ctx.em).removeOffer(requireViewer(ctx.viewer), cartId, offerId);
  }

  @Mutation(() => CartChangeResult, {
    description: 'Put the cart aside under a name (a new active cart starts next).',
  })
  saveCartAs(
    @Ctx() ctx: Context,
    @Arg('cartId', () => ID, { description: 'The cart.' }) cartId: string,
    @Arg('name', () => String, { description: 'A name, e.g. "Weekly restock".' }) name: string,
  ) {
    return new CartService(ctx.em).saveAs(requireViewer(ctx.viewer), cartId, name);
  }

  @Mutation(() => CartChangeResult, {
    description: 'Make a saved cart the active one (the active one is saved).',
  })
  activateCart(@Ctx() ctx: Context, @Arg('cartId', () => ID, { description: 'The cart.' }) cartId: string) {
    return new CartService(ctx.em).activate(requireViewer(ctx.viewer), cartId);
  }

  @Mutation(() => Boolean, {
    description: 'Delete a cart that has not been ordered; false when there is no such cart.',
  })
  deleteCart(
    @Ctx() ctx: Context,
    @Arg('cartId', () => ID, { description: 'The cart.' }) cartId: string,
  ): Promise<boolean> {
    return new CartService(ctx.em).deleteCart(requireViewer(ctx.viewer), cartId);
  }

  @Mutation(() => PlaceOrderResult, {
    description:
      'Place the order for a cart: one transaction, idempotent by key, repriced against the total the buyer saw, paid on terms within the available credit or by card.',
  })
  placeOrder(@Ctx() ctx: Context, @Arg('input', () => PlaceOrderInput) input: PlaceOrderInput) {
    return new PlaceOrderService(ctx.em).place(requireViewer(ctx.viewer), input);
  }
}
