import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, Money } from '../../platform/graphql-types.js';
import { connectionType } from '../../platform/pagination.js';
import { OrderStatus } from './domain/order-status.js';

registerEnumType(OrderStatus, { name: 'OrderStatus', description: 'Where an order is in its life.' });

@ObjectType({ description: 'The person who placed an order.' })
export class OrderActor {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: "True when a seller-side user placed the order on the account's behalf." })
  onBehalf!: boolean;
}

@ObjectType('Order', { description: 'An order placed by or for an account.' })
export class OrderNode {
  dbId!: string;
  accountDbId!: string;
  placedByDbId!: string;
  shipToDbId!: string | null;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'The order number shown to people, e.g. CO-100042.' })
  number!: string;

  @Field(() => OrderStatus, { description: 'Where the order is in its life.' })
  status!: OrderStatus;

  @Field(() => DateTimeScalar, { description: 'When it was placed.' })
  placedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: "The buyer's purchase order number, when paid on terms.",
  })
  poNumber!: string | null;

  @Field({ description: 'Currency of every amount on the order.' })
  currency!: string;

  @Field(() => Money, { description: 'Sum of the line totals.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'What the buyer pays.' })
  total!: Money;

  @Field(() => Int, { description: 'How many lines the order has.' })
  lineCount!: number;
}

@ObjectType('OrderLine', { description: 'One product line of an order.' })
export class OrderLineNode {
  dbId!: string;
  productDbId!: string | null;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => Int, { description: '1-based position on the order.' })
  lineNumber!: number;

  @Field({ description: 'The SKU as ordered.' })
  sku!: string;

  @Field({ description: 'The product name as ordered.' })
  name!: string;

  @Field(() => Int, { description: 'Quantity ordered.' })
  quantity!: number;

  @Field(() => Money, { description: 'Price per unit.' })
  unitPrice!: Money;

  @Field(() => Money, { description: 'Quantity × unit price.' })
  lineTotal!: Money;
}

@InputType({ description: 'Filters for order history.' })
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true, description: 'Only orders in one of these statuses.' })
  statuses?: OrderStatus[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only orders placed on or after this instant.',
  })
  placedFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only orders placed before this instant.' })
  placedBefore?: Date | null;
}

export const OrderConnection = connectionType(OrderNode, 'Order', 'orders');
export const OrderLineConnection = connectionType(OrderLineNode, 'OrderLine', 'order lines');
