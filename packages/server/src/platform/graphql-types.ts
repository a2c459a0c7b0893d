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

@ObjectType({ description: 'An amount of money: a decimal string and its currency. Never a binary float.' })
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
}
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Codes of expected business outcomes.' });

@InterfaceType({ description: 'An expected failure with a code and a message.' })
export abstract class UserError {
  @Field(() => ErrorCode, { description: 'Machine-readable error code.' })
  code!: ErrorCode;

  @Field({ description: 'A message to show to a person.' })
  message!: string;
}
