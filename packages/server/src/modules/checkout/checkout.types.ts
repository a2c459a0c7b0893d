import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, Money, UserError, ValidationFailed } from '../../platform/graphql-types.js';
import { OrderNode } from '../orders/index.js';
import { PaymentMethod } from '../orders/order.entity.js';
import { CartNode } from './cart.types.js';
import { cartNotReady, priceChanged } from './domain/checkout-messages.js';

registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How an order is paid.',
  valuesConfig: {
    PURCHASE_ORDER: { description: 'On the account’s terms (Net N days), against a purchase order number.' },
    CARD: { description: 'By card through the payment provider.' },
  },
});

@InputType({ description: 'Card details; they go to the payment provider and are never stored.' })
export class CardInput {
  @Field({ description: 'Card number (spaces allowed).' })
  number!: string;

  @Field(() => Int, { description: 'Expiry month, 1–12.' })
  expMonth!: number;

  @Field(() => Int, { description: 'Expiry year, e.g. 2028.' })
  expYear!: number;

  @Field({ description: 'Security code.' })
  cvc!: string;

  @Field({ description: 'Name on the card.' })
  holderName!: string;
}

@InputType({ description: 'Place the order for a cart.' })
export class PlaceOrderInput {
  @Field(() => ID, { description: 'The cart.' })
  cartId!: string;

  @Field({
    description:
      'A key the client makes once per checkout (e.g. a UUID) and sends again on a retry: the same key places one order.',
  })
  idempotencyKey!: string;

  @Field({
    description:
      'The total the buyer saw; if prices changed since, nothing is placed and the new cart comes back.',
  })
  expectedTotal!: string;

  @Field(() => PaymentMethod, { description: 'How to pay.' })
  paymentMethod!: PaymentMethod;

  @Field(() => String, { nullable: true, description: "The buyer's purchase order number (PURCHASE_ORDER)." })
  poNumber?: string | null;

  @Field(() => CardInput, { nullable: true, description: 'The card (CARD).' })
  card?: CardInput | null;

  @Field(() => String, { nullable: true, description: 'A note for the seller.' })
  notes?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The order was placed (or had already been placed with this key).',
})
export class OrderPlaced {
  @Field(() => OrderNode, { description: 'The order.' })
  order!: OrderNode;

  @Field({ description: 'True when this key had already placed the order: nothing new was placed.' })
  replayed!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'Prices changed since the cart was shown; nothing was placed.',
})
export class PriceChanged extends UserError {
  @Field(() => CartNode, { description: 'The cart, repriced.' })
  cart!: CartNode;

  @Field(() => Money, { description: 'The total the buyer saw.' })
  previousTotal!: Money;

  /** `locale`: the viewer's, for the message. */
  constructor(cart: CartNode, previousTotal: { amount: string; currency: string }, locale = 'en-US') {
    super();
    this.code = ErrorCode.PRICE_CHANGED;
    this.message = priceChanged(
      { amount: cart.totals.total.amount, currency: cart.currency },
      previousTotal.amount,
      locale,
    );
    this.cart = cart;
    this.previousTotal = previousTotal;
  }
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'The cart cannot be ordered as it is; nothing was placed.',
})
export class CartNotReady extends UserError {
  @Field(() => [String], { description: 'What must be fixed.' })
  blockers!: string[];

  /** `blockers` are already in the viewer's language; `locale` words the message when there are none. */
  constructor(blockers: string[], locale = 'en-US') {
    super();
    this.code = ErrorCode.CART_NOT_READY;
    this.message = blockers[0] ?? cartNotReady(locale);
    this.blockers = blockers;
  }
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description:
    'A purchase order would exceed the available credit (or credit is not approved); nothing was placed.',
})
export class CreditLimitExceeded extends UserError {
  @Field(() => Money, { nullable: true, description: 'Credit available now.' })
  availableCredit!: { amount: string; currency: string } | null;

  constructor(message: string, available: { amount: string; currency: string } | null) {
    super();
    this.code = ErrorCode.CREDIT_LIMIT_EXCEEDED;
    this.message = message;
    this.availableCredit = available;
  }
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'The card was declined; nothing was placed or charged.',
})
export class PaymentDeclined extends UserError {
  constructor(message: string) {
    super();
    this.code = ErrorCode.PAYMENT_DECLINED;
    this.message = message;
  }
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description:
    'The payment provider failed; nothing was placed or charged. Trying again with the same key is safe.',
})
export class PaymentFailed extends UserError {
  constructor(message: string) {
    super();
    this.code = ErrorCode.PAYMENT_FAILED;
    this.message = message;
  }
}

export const PlaceOrderResult = createUnionType({
  name: 'PlaceOrderResult',
  description: 'The order, or why it was not placed (nothing changed then).',
  types: () =>
    [
      OrderPlaced,
      PriceChanged,
      CartNotReady,
      CreditLimitExceeded,
      PaymentDeclined,
      PaymentFailed,
      ValidationFailed,
    ] as const,
});
