import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../platform/pagination.js';
import { DateTimeScalar, Money } from '../../platform/graphql-types.js';
import { AccountKind, CreditStatus } from './account.entity.js';

registerEnumType(AccountKind, { name: 'AccountKind', description: 'What kind of customer an account is.' });
registerEnumType(CreditStatus, {
  name: 'CreditStatus',
  description: 'Whether the seller extends credit to an account.',
  valuesConfig: {
    APPROVED: { description: 'Credit approved: may buy on terms up to the limit.' },
    NONE: { description: 'No credit record: card payment only.' },
    ON_HOLD: { description: 'Credit suspended.' },
  },
});

@ObjectType('Address', { simpleResolvers: true, description: 'A postal address of an account.' })
export class AddressNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'A short name, e.g. a store name.' })
  label!: string;

  @Field({ description: 'Street and number.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Suite, floor or unit.' })
  line2!: string | null;

  @Field({ description: 'City.' })
  city!: string;

  @Field({ description: 'State or province code.' })
  region!: string;

  @Field({ description: 'Postal or ZIP code.' })
  postalCode!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;
}

@ObjectType({ simpleResolvers: true, description: "Figures shown on an account's home page." })
export class AccountSummary {
  @Field(() => Int, { description: 'Orders not yet delivered or cancelled.' })
  openOrderCount!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the account last ordered.' })
  lastOrderAt!: Date | null;

  @Field(() => Int, { description: 'Orders placed in the last 12 months.' })
  ordersLast12Months!: number;

  @Field(() => Money, {
    description: 'Total of orders placed in the last 12 months, cancelled ones excluded.',
  })
  spendLast12Months!: Money;
}

@ObjectType('Account', {
  simpleResolvers: true,
  description: 'A customer account of the seller: a buyer company, a dealer or a distributor.',
})
export class AccountNode {
  /** Database key, for field resolvers; not in the schema. */
  dbId!: string;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: "The seller's account number, e.g. C-1001." })
  number!: string;

  @Field({ description: "The account's legal or trading name." })
  name!: string;

  @Field(() => AccountKind, { description: 'What kind of customer this is.' })
  kind!: AccountKind;

  @Field({ description: 'ISO 4217 currency the account buys in.' })
  currency!: string;

  @Field({ description: "The account's preferred locale, e.g. en-US or fr-CA." })
  locale!: string;

  @Field(() => CreditStatus, { description: 'Whether the seller has approved credit for this account.' })
  creditStatus!: CreditStatus;

  @Field(() => Money, { nullable: true, description: 'The credit limit when credit is approved.' })
  creditLimit!: Money | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Payment terms in days when credit is approved, e.g. 30 for Net 30.',
  })
  paymentTermsDays!: number | null;
}

export const AccountConnection = connectionType(AccountNode, 'Account', 'accounts');
export const AddressConnection = connectionType(AddressNode, 'Address', 'addresses');
