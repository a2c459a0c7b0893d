import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Address } from '../accounts/address.entity.js';
import { Order } from './order.entity.js';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  PARTLY_SHIPPED = 'PARTLY_SHIPPED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}

/** Where and when part of an order ships; the address is kept as it was when ordered. */
@Entity({ tableName: 'order_delivery_group' })
@Unique({ properties: ['order', 'position'] })
export class OrderDeliveryGroup {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Order, { deleteRule: 'cascade' })
  order!: Order;

  @Property({ type: 'integer' })
  position!: number;

  @ManyToOne(() => Address, { nullable: true, deleteRule: 'set null' })
  address: Address | null = null;

  @Property({ type: 'text' })
  addressLabel!: string;

  @Property({ type: 'text' })
  addressText!: string;

  @Property({ type: 'text' })
  country!: string;

  @Property({ type: 'text' })
  region!: string;

  @Property({ type: 'date' })
  desiredDate!: string;

  @Property({ type: 'text' })
  shippingMethod!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  subtotal!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  shippingCharge!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  tax!: string;

  @Enum({ items: () => DeliveryStatus })
  status: DeliveryStatus = DeliveryStatus.PENDING;
}
