import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DateTimeScalar,
  ErrorCode,
  Money,
  UserError,
  ValidationFailed,
} from '../../platform/graphql-types.js';
import { connectionType } from '../../platform/pagination.js';
import { PriceStepNode } from '../pricing/pricing.types.js';
import { OrderStatus } from './domain/order-status.js';
import { DeliveryStatus } from './order-delivery-group.entity.js';
import { PaymentMethod } from './order.entity.js';

registerEnumType(OrderStatus, { name: 'OrderStatus', description: 'Where an order is in its life.' });
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description:
    'Where a delivery group of an order is: pending, partly shipped, shipped, delivered, cancelled.',
});

export enum OrderSortField {
  PLACED_AT = 'PLACED_AT',
  TOTAL = 'TOTAL',
  NUMBER = 'NUMBER',
}
registerEnumType(OrderSortField, {
  name: 'OrderSortField',
  description: 'What order history can be sorted by.',
  valuesConfig: {
    PLACED_AT: { description: 'When the order was placed.' },
    TOTAL: { description: 'What the buyer pays.' },
    NUMBER: { description: 'The order number.' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending.',
  valuesConfig: {
    ASC: { description: 'Smallest or oldest first.' },
    DESC: { description: 'Largest or newest first.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'The person who placed an order.' })
export class OrderActor {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: "True when a seller-side user placed the order on the account's behalf." })
  onBehalf!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A person named on an order (the buyer it was placed for, who decided on it).',
})
export class OrderPerson {
  @Field({ description: 'Display name.' })
  name!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The decision of a buyer admin on an order that waited for approval.',
})
export class OrderApproval {
  decidedByDbId!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was decided.' })
  decidedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The comment given with the decision.' })
  comment!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The card an order was paid with.' })
export class OrderPaymentCard {
  @Field({ description: 'Card brand, e.g. Visa.' }) brand!: string;
  @Field({ description: 'The last four digits of the card number.' }) last4!: string;
}

@ObjectType('Order', { simpleResolvers: true, description: 'An order placed by or for an account.' })
export class OrderNode {
  dbId!: string;
  accountDbId!: string;
  siteDbId!: string;
  placedByDbId!: string;
  shipToDbId!: string | null;
  onBehalfOfDbId!: string | null;
  cardChargeDbId!: string | null;

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

  @Field(() => PaymentMethod, {
    nullable: true,
    description:
      'How it is paid. History imported without it counts as PURCHASE_ORDER when it carries a PO number; otherwise null.',
  })
  paymentMethod!: PaymentMethod | null;

  @Field(() => Int, { nullable: true, description: 'Net N days, for an order on a purchase order.' })
  paymentTermsDays!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'When payment is due (YYYY-MM-DD), for an order on terms.',
  })
  paymentDueDate!: string | null;

  @Field(() => Money, { description: 'What the lines save against list prices.' })
  discountTotal!: Money;

  @Field(() => Money, { description: 'Shipping, all delivery groups.' })
  shippingTotal!: Money;

  @Field(() => Money, { description: 'Estimated tax, all delivery groups.' })
  taxTotal!: Money;

  @Field(() => String, {
    nullable: true,
    description: 'Offers the seller applied, with their reasons, as shown to the buyer.',
  })
  offerSummary!: string | null;

  @Field(() => String, { nullable: true, description: 'The note the buyer left for the seller.' })
  notes!: string | null;

  @Field({
    description:
      'Whether the viewer may cancel it now: nothing shipped, not already cancelled, and the viewer is its buyer, a buyer admin or the seller.',
  })
  canCancel!: boolean;

  @Field(() => OrderApproval, {
    nullable: true,
    description: 'The approval decision, for an order that waited for a buyer admin; null otherwise.',
  })
  approval!: OrderApproval | null;
}

@ObjectType('OrderLine', { simpleResolvers: true, description: 'One product line of an order.' })
export class OrderLineNode {
  dbId!: string;
  productDbId!: string | null;
  deliveryGroupDbId!: string | null;

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

  @Field(() => Money, {
    nullable: true,
    description: 'List price per unit when ordered; null for imported history.',
  })
  listUnitPrice!: Money | null;

  @Field(() => [PriceStepNode], {
    description: 'How the unit price was reached when ordered (list → book or contract → tier → promotions).',
  })
  priceSteps!: PriceStepNode[];

  @Field(() => Int, { description: 'Units shipped so far.' })
  quantityShipped!: number;
}

@ObjectType('OrderDeliveryGroup', {
  simpleResolvers: true,
  description: 'Where and when part of an order ships, with its charges; the address as it was when ordered.',
})
export class OrderDeliveryGroupNode {
  dbId!: string;
  orderDbId!: string;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => Int, { description: '1-based position on the order.' })
  position!: number;

  @Field({ description: 'The address label, e.g. a store name.' })
  addressLabel!: string;

  @Field({ description: 'The address on one line.' })
  addressText!: string;

  @Field({ description: 'Desired delivery date (YYYY-MM-DD).' })
  desiredDate!: string;

  @Field({ description: 'How it ships: STANDARD, EXPRESS or FREIGHT.' })
  shippingMethod!: string;

  @Field(() => Money, { description: 'Sum of its lines.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'Shipping charge for this group.' })
  shipping!: Money;

  @Field(() => Money, { description: 'Estimated tax for this group.' })
  tax!: Money;

  @Field(() => DeliveryStatus, { description: 'Where the group is.' })
  status!: DeliveryStatus;
}

@ObjectType('ShipmentLine', {
  simpleResolvers: true,
  description: 'What one shipment carried of one order line.',
})
export class ShipmentLineNode {
  @Field(() => ID, { description: 'The order line (opaque identifier).' })
  orderLineId!: string;

  @Field(() => Int, { description: 'Line number on the order.' })
  lineNumber!: number;

  @Field({ description: 'The SKU as ordered.' })
  sku!: string;

  @Field({ description: 'The product name as ordered.' })
  name!: string;

  @Field(() => Int, { description: 'Units in this shipment.' })
  quantity!: number;
}

@ObjectType('Shipment', {
  simpleResolvers: true,
  description: 'Goods sent for an order, with the carrier’s tracking.',
})
export class ShipmentNode {
  dbId!: string;
  orderDbId!: string;
  deliveryGroupDbId!: string | null;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'The carrier, e.g. UPS.' })
  carrier!: string;

  @Field({ description: "The carrier's tracking number." })
  trackingNumber!: string;

  @Field(() => String, { nullable: true, description: 'Where to follow the parcel; null when unknown.' })
  trackingUrl!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was sent.' })
  shippedAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Position of the delivery group it belongs to; null when it spans groups.',
  })
  deliveryGroupPosition!: number | null;
}

@ObjectType('OrderTimelineEvent', { simpleResolvers: true, description: 'A step in the life of an order.' })
export class OrderTimelineEventNode {
  @Field(() => OrderStatus, { description: 'The status the order reached.' })
  status!: OrderStatus;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Who did it; null for the system.' })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: 'A note, e.g. a tracking number or a reason.' })
  note!: string | null;
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

  @Field(() => ID, {
    nullable: true,
    description: 'Only orders this user placed or that were placed for them (a User ID).',
  })
  placedById?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only orders shipping to this address (an Address ID).',
  })
  shipToId?: string | null;
}

@InputType({ description: 'How to sort order history.' })
export class OrderSort {
  @Field(() => OrderSortField, { description: 'What to sort by.' })
  field!: OrderSortField;

  @Field(() => SortDirection, { description: 'Ascending or descending.' })
  direction!: SortDirection;
}

@InputType({ description: 'Units of an order line to ship.' })
export class ShipmentLineInput {
  @Field(() => ID, { description: 'The order line.' })
  orderLineId!: string;

  @Field(() => Int, { description: 'How many units.' })
  quantity!: number;
}

@InputType({ description: 'A shipment of part or all of an order.' })
export class CreateShipmentInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => ID, { nullable: true, description: 'Ship from this delivery group only.' })
  deliveryGroupId?: string | null;

  @Field(() => [ShipmentLineInput], {
    description: 'Lines and quantities; empty to ship everything remaining (in the group, or on the order).',
  })
  lines!: ShipmentLineInput[];

  @Field({ description: 'The carrier, e.g. UPS, FedEx, USPS, Canada Post, Purolator.' })
  carrier!: string;

  @Field({ description: "The carrier's tracking number." })
  trackingNumber!: string;

  @Field(() => String, {
    nullable: true,
    description: "Where to follow the parcel; by default the known carrier's tracking page.",
  })
  trackingUrl?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'The order is not in a state that allows this; nothing was changed.',
})
export class InvalidTransition extends UserError {
  @Field(() => OrderStatus, { description: 'The status the order is in.' })
  status!: OrderStatus;

  constructor(message: string, status: OrderStatus) {
    super();
    this.code = ErrorCode.INVALID_TRANSITION;
    this.message = message;
    this.status = status;
  }
}

@ObjectType('OrderChanged', { simpleResolvers: true, description: 'The order after the change.' })
export class OrderChangedNode {
  @Field(() => OrderNode, { description: 'The order as it is now.' })
  order!: OrderNode;
}

@ObjectType('ShipmentCreated', { simpleResolvers: true, description: 'A shipment was recorded.' })
export class ShipmentCreatedNode {
  @Field(() => ShipmentNode, { description: 'The shipment.' })
  shipment!: ShipmentNode;

  @Field(() => OrderNode, { description: 'The order as it is now.' })
  order!: OrderNode;
}

export const OrderChangeResult = createUnionType({
  name: 'OrderChangeResult',
  description: 'The order after the change, or why it was refused (nothing changed then).',
  types: () => [OrderChangedNode, InvalidTransition, ValidationFailed] as const,
});

export const CreateShipmentResult = createUnionType({
  name: 'CreateShipmentResult',
  description: 'The shipment, or why it was refused (nothing changed then).',
  types: () => [ShipmentCreatedNode, InvalidTransition, ValidationFailed] as const,
});

export const OrderConnection = connectionType(OrderNode, 'Order', 'orders');
export const OrderLineConnection = connectionType(OrderLineNode, 'OrderLine', 'order lines');
