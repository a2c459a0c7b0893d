import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DateTimeScalar,
  ErrorCode,
  Money,
  UserError,
  ValidationFailed,
} from '../../platform/graphql-types.js';
import { ProductNode } from '../catalog/index.js';
import { ProductPriceNode } from '../pricing/pricing.types.js';
import { CartOfferKind, CartStatus, ShippingMethod } from './cart.entity.js';
import { cartChangedMeanwhile } from './domain/cart-messages.js';

registerEnumType(CartStatus, { name: 'CartStatus', description: 'Where a cart is in its life.' });
registerEnumType(ShippingMethod, {
  name: 'ShippingMethod',
  description: 'How a delivery group ships.',
  valuesConfig: {
    STANDARD: { description: '3 business days; free from an order amount per currency.' },
    EXPRESS: { description: 'Next business day.' },
    FREIGHT: { description: 'Pallets, 5 business days.' },
  },
});
registerEnumType(CartOfferKind, { name: 'CartOfferKind', description: 'What an offer by the seller gives.' });

@ObjectType('CartLineProblem', {
  simpleResolvers: true,
  description: 'Why a cart line cannot be ordered as it is.',
})
export class CartLineProblemNode {
  @Field(() => ErrorCode, { description: 'Machine-readable code.' })
  code!: ErrorCode;

  @Field({ description: 'What is wrong, for a person.' })
  message!: string;
}

@ObjectType('CartLine', {
  simpleResolvers: true,
  description: 'A product and quantity in a cart, in one delivery group.',
})
export class CartLineNode {
  dbId!: string;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'SKU of the product.' })
  sku!: string;

  @Field({ description: "Name in the viewer's language." })
  name!: string;

  @Field(() => ProductNode, {
    nullable: true,
    description: 'The product; null when it is no longer available to the account.',
  })
  product!: ProductNode | null;

  @Field(() => Int, { description: 'How many.' })
  quantity!: number;

  @Field(() => ID, { nullable: true, description: 'The delivery group it ships with; null until assigned.' })
  deliveryGroupId!: string | null;

  @Field(() => ProductPriceNode, {
    nullable: true,
    description: 'The live price, explained; null when it cannot be priced.',
  })
  price!: ProductPriceNode | null;

  @Field(() => CartLineProblemNode, {
    nullable: true,
    description: 'Why it cannot be ordered; null when it can.',
  })
  problem!: CartLineProblemNode | null;

  @Field(() => String, {
    nullable: true,
    description: 'Backordered products: when they are expected (YYYY-MM-DD).',
  })
  backorderedUntil!: string | null;
}

@ObjectType('CartAddress', { simpleResolvers: true, description: 'A ship-to address of the account.' })
export class CartAddressNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'e.g. a store name.' })
  label!: string;

  @Field({ description: 'One line: street, city, region, postal code.' })
  text!: string;
}

@ObjectType('DeliveryGroup', {
  simpleResolvers: true,
  description: 'Where and when part of a cart ships, with its charges.',
})
export class DeliveryGroupNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => CartAddressNode, { nullable: true, description: 'Where it ships; null until chosen.' })
  address!: CartAddressNode | null;

  @Field(() => String, { nullable: true, description: 'Desired delivery date (YYYY-MM-DD).' })
  desiredDate!: string | null;

  @Field(() => String, { description: 'The earliest date this shipping method can deliver (YYYY-MM-DD).' })
  earliestDate!: string;

  @Field(() => ShippingMethod, { description: 'How it ships.' })
  shippingMethod!: ShippingMethod;

  @Field(() => Money, { description: 'Sum of its priced lines.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'Shipping charge for this group.' })
  shipping!: Money;

  @Field(() => Money, { description: 'Estimated tax for this group (the invoice carries the final tax).' })
  tax!: Money;

  @Field(() => Int, { description: 'Lines in the group.' })
  lineCount!: number;
}

@ObjectType('CartOffer', {
  simpleResolvers: true,
  description: 'An offer a seller-side user applied, with its reason.',
})
export class CartOfferNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => CartOfferKind, { description: 'Extended terms or a category discount.' })
  kind!: CartOfferKind;

  @Field({
    description: 'The offer in words, e.g. "Net 45 payment terms" or "30% off Espresso-Machine Accessories".',
  })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Terms in days (TERMS).' })
  termsDays!: number | null;

  @Field(() => String, { nullable: true, description: 'Percentage off (CATEGORY_DISCOUNT).' })
  percent!: string | null;

  @Field(() => ID, { nullable: true, description: 'The category discounted (CATEGORY_DISCOUNT).' })
  categoryId!: string | null;

  @Field({ description: 'Why it was offered.' })
  reason!: string;

  @Field({ description: 'Who applied it.' })
  appliedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When.' })
  appliedAt!: Date;
}

@ObjectType('PurchaseOrderOption', {
  simpleResolvers: true,
  description: 'Whether the order may be paid by purchase order on terms.',
})
export class PurchaseOrderOptionNode {
  @Field({ description: 'A purchase order on terms is allowed for this order.' })
  allowed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Net N days when allowed.' })
  termsDays!: number | null;

  @Field(() => String, { nullable: true, description: 'Why not, when not allowed.' })
  reason!: string | null;
}

@ObjectType('PaymentOptions', {
  simpleResolvers: true,
  description: 'What the account may pay this cart with, from its credit standing.',
})
export class PaymentOptionsNode {
  @Field(() => PurchaseOrderOptionNode, { description: 'Purchase order on terms.' })
  purchaseOrder!: PurchaseOrderOptionNode;

  @Field({ description: 'Card through the payment provider (always offered).' })
  card!: boolean;

  @Field(() => Money, {
    nullable: true,
    description: 'Credit limit less open receivables and open orders; null without a credit line.',
  })
  availableCredit!: Money | null;
}

@ObjectType('CartTotals', { simpleResolvers: true, description: 'The totals of a cart.' })
export class CartTotalsNode {
  @Field(() => Money, { description: 'Sum of priced lines.' })
  subtotal!: Money;

  @Field(() => Money, {
    description: 'What the lines save against list prices (contracts, tiers, promotions, offers).',
  })
  discounts!: Money;

  @Field(() => Money, { description: 'Shipping, all delivery groups.' })
  shipping!: Money;

  @Field(() => Money, { description: 'Estimated tax, all delivery groups.' })
  tax!: Money;

  @Field(() => Money, { description: 'Subtotal + shipping + tax.' })
  total!: Money;
}

@ObjectType('CartOwner', { simpleResolvers: true, description: 'The user a cart belongs to.' })
export class CartOwnerNode {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'True for a seller-side user shopping on the account’s behalf.' })
  sellerSide!: boolean;

  @Field({ description: 'True when the viewer is this user.' })
  isViewer!: boolean;
}

@ObjectType('Cart', { simpleResolvers: true, description: 'A cart of the effective account, priced live.' })
export class CartNode {
  dbId!: string;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name of a saved cart.' })
  name!: string | null;

  @Field(() => CartStatus, { description: 'Active, saved or ordered.' })
  status!: CartStatus;

  @Field(() => CartOwnerNode, { description: 'Whose cart it is.' })
  owner!: CartOwnerNode;

  @Field({ description: 'Currency of every amount (the account’s).' })
  currency!: string;

  @Field(() => [CartLineNode], { description: 'Lines in the order they were added.' })
  lines!: CartLineNode[];

  @Field(() => [DeliveryGroupNode], { description: 'Delivery groups.' })
  deliveryGroups!: DeliveryGroupNode[];

  @Field(() => [CartOfferNode], { description: 'Offers applied by the seller.' })
  offers!: CartOfferNode[];

  @Field(() => [String], { description: 'Coupon codes entered.' })
  couponCodes!: string[];

  @Field(() => CartTotalsNode, { description: 'Totals.' })
  totals!: CartTotalsNode;

  @Field(() => PaymentOptionsNode, { description: 'How this cart may be paid.' })
  paymentOptions!: PaymentOptionsNode;

  @Field(() => [String], {
    description:
      'What must be fixed before the cart can be ordered (lines, delivery groups); empty when ready.',
  })
  blockers!: string[];

  @Field(() => Int, { description: 'Changes with every edit; send it back to detect a concurrent change.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'Last change.' })
  updatedAt!: Date;
}

@ObjectType('CartSummary', { simpleResolvers: true, description: 'A cart in a list of carts.' })
export class CartSummaryNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name of a saved cart.' })
  name!: string | null;

  @Field(() => CartStatus, { description: 'Active or saved.' })
  status!: CartStatus;

  @Field(() => CartOwnerNode, { description: 'Whose cart it is.' })
  owner!: CartOwnerNode;

  @Field(() => Int, { description: 'Lines in it.' })
  lineCount!: number;

  @Field(() => Int, { description: 'Units in it.' })
  unitCount!: number;

  @Field(() => DateTimeScalar, { description: 'Last change.' })
  updatedAt!: Date;
}

@InputType({ description: 'A SKU and quantity to add.' })
export class CartLineInput {
  @Field({ description: 'The SKU.' })
  sku!: string;

  @Field(() => Int, { description: 'How many.' })
  quantity!: number;

  @Field(() => ID, { nullable: true, description: 'Delivery group to put it in (default: the first).' })
  deliveryGroupId?: string | null;
}

@ObjectType('CartLineRejected', { simpleResolvers: true, description: 'A line that was not added, and why.' })
export class CartLineRejectedNode {
  @Field(() => Int, { description: 'Position in the request (or the file line for a quick order).' })
  line!: number;

  @Field({ description: 'The SKU asked for.' })
  sku!: string;

  @Field(() => Int, { nullable: true, description: 'The quantity asked for, when it could be read.' })
  quantity!: number | null;

  @Field(() => ErrorCode, { description: 'Machine-readable code.' })
  code!: ErrorCode;

  @Field({ description: 'What is wrong, for a person.' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'For a quantity rule: the nearest allowed quantity.' })
  suggestedQuantity!: number | null;
}

@ObjectType('LinesAdded', {
  simpleResolvers: true,
  description: 'Lines were added to the cart; those that could not be are listed.',
})
export class LinesAddedNode {
  @Field(() => CartNode, { description: 'The cart after the change.' })
  cart!: CartNode;

  @Field(() => Int, { description: 'Lines added (or merged into lines already there).' })
  addedCount!: number;

  @Field(() => [CartLineRejectedNode], {
    description: 'Lines not added, with why; nothing is dropped silently.',
  })
  rejected!: CartLineRejectedNode[];

  @Field(() => [String], { description: 'Warnings about added lines, e.g. a backordered product.' })
  warnings!: string[];
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'Someone changed the cart since it was read; reload it.',
})
export class CartChanged extends UserError {
  @Field(() => CartNode, { description: 'The cart as it is now.' })
  cart!: CartNode;

  /** `locale`: the viewer's, for the message. */
  constructor(cart: CartNode, locale = 'en-US') {
    super();
    this.code = ErrorCode.STALE_EDIT;
    this.message = cartChangedMeanwhile(locale);
    this.cart = cart;
  }
}

@ObjectType('CartUpdated', { simpleResolvers: true, description: 'The cart after a change.' })
export class CartUpdatedNode {
  @Field(() => CartNode, { description: 'The cart after the change.' })
  cart!: CartNode;
}

export const CartChangeResult = createUnionType({
  name: 'CartChangeResult',
  description: 'The cart after a change, or why the change was refused (nothing changed then).',
  types: () => [CartUpdatedNode, ValidationFailed, CartChanged] as const,
});

export const AddLinesResult = createUnionType({
  name: 'AddLinesResult',
  description: 'Lines added (with the ones that could not be, and why), or why nothing was.',
  types: () => [LinesAddedNode, ValidationFailed, CartChanged] as const,
});
