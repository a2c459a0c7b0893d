import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import { Money, ValidationFailed } from '../../platform/graphql-types.js';
import { Role } from '../identity/index.js';

@ObjectType('AccountUser', {
  simpleResolvers: true,
  description: 'A user of the account, with their spending limit.',
})
export class AccountUserNode {
  @Field(() => ID, { description: 'Opaque identifier (a User ID).' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Email address (the sign-in name).' })
  email!: string;

  @Field(() => [Role], { description: 'Their roles.' })
  roles!: Role[];

  @Field(() => Money, {
    nullable: true,
    description: "Orders above this wait for a buyer admin's approval; null: no limit.",
  })
  orderLimit!: Money | null;
}

@ObjectType('OrderLimitSet', { simpleResolvers: true, description: "The user's order limit was changed." })
export class OrderLimitSetNode {
  @Field(() => AccountUserNode, { description: 'The user as they are now.' })
  user!: AccountUserNode;
}

export const SetOrderLimitResult = createUnionType({
  name: 'SetOrderLimitResult',
  description: 'The user with their new limit, or why it was refused (nothing changed then).',
  types: () => [OrderLimitSetNode, ValidationFailed] as const,
});
