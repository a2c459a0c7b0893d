import { DateTimeISOResolver } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';
import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import type { MoneyValue } from './money.js';

/** ISO 8601 instants in UTC. */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 in UTC.',
});

@ObjectType({
  simpleResolvers: true,
  description: 'An amount of money: a decimal string and its currency. Never a binary float.',
})
export class Money implements MoneyValue {
  @Field({ description: 'Decimal amount as a string, e.g. "1234.50".' })
  amount!: string;

  @Field({ description: 'ISO 4217 currency code.' })
  currency!: string;
}

/** Codes of expected business outcomes (members of result unions). */
export enum ErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  ACCOUNT_NOT_ACCESSIBLE = 'ACCOUNT_NOT_ACCESSIBLE',
  /** No product with that SKU is available to the viewer. */
  UNKNOWN_SKU = 'UNKNOWN_SKU',
  /** The viewer may see the product but not order it. */
  NOT_ENTITLED = 'NOT_ENTITLED',
  /** The quantity breaks the product's purchase rules (minimum, maximum, increment). */
  QUANTITY_RULE = 'QUANTITY_RULE',
  /** No price book prices the product in the viewer's currency. */
  NO_PRICE = 'NO_PRICE',
  /** The viewer may not see the product's price: it is quoted on request. */
  PRICE_ON_REQUEST = 'PRICE_ON_REQUEST',
  /** The input is not valid; nothing was changed. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The record was changed by someone else since it was read. */
  STALE_EDIT = 'STALE_EDIT',
  /** Prices changed between showing the cart and placing the order. */
  PRICE_CHANGED = 'PRICE_CHANGED',
  /** Something in the cart must be fixed before it can be ordered. */
  CART_NOT_READY = 'CART_NOT_READY',
  /** A purchase order would exceed the account's available credit. */
  CREDIT_LIMIT_EXCEEDED = 'CREDIT_LIMIT_EXCEEDED',
  /** The card was declined. */
  PAYMENT_DECLINED = 'PAYMENT_DECLINED',
  /** The payment provider failed; nothing was charged. */
  PAYMENT_FAILED = 'PAYMENT_FAILED',
  /** The order is not in a state that allows this. */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** The idempotency key already made a different request (e.g. a payment of other amounts). */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Codes of expected business outcomes.' });

@InterfaceType({ description: 'An expected failure with a code and a message.' })
export abstract class UserError {
  @Field(() => ErrorCode, { description: 'Machine-readable error code.' })
  code!: ErrorCode;

  @Field({ description: 'A message to show to a person.' })
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What is wrong with one field of an input.' })
export class FieldProblem {
  @Field({ description: 'The field, e.g. "unitPrice" or "tiers[2].upperBound".' })
  field!: string;

  @Field({ description: 'What is wrong, for a person.' })
  message!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'The input was refused; nothing was changed. Each problem names its field.',
})
export class ValidationFailed extends UserError {
  @Field(() => [FieldProblem], { description: 'Every problem found.' })
  problems!: FieldProblem[];

  constructor(problems: FieldProblem[], message?: string) {
    super();
    this.code = ErrorCode.INVALID_INPUT;
    this.problems = problems;
    this.message =
      message ?? (problems.length === 1 ? problems[0]!.message : `${problems.length} problems need fixing.`);
  }
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'Someone changed the record since it was read; nothing was changed. Reload and try again.',
})
export class StaleEdit extends UserError {
  constructor(message = 'Someone else changed this since you opened it. Reload to see their change.') {
    super();
    this.code = ErrorCode.STALE_EDIT;
    this.message = message;
  }
}
