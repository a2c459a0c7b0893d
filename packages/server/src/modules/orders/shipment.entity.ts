import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../identity/user.entity.js';
import { OrderDeliveryGroup } from './order-delivery-group.entity.js';
import { OrderLine } from './order-line.entity.js';
import { Order } from './order.entity.js';

/** Goods sent: part or all of a delivery group, with the carrier's tracking. */
@Entity({ tableName: 'shipment' })
export class Shipment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Order, { deleteRule: 'cascade', index: true })
  order!: Order;

  @ManyToOne(() => OrderDeliveryGroup, { nullable: true, deleteRule: 'set null' })
  deliveryGroup: OrderDeliveryGroup | null = null;

  @Property({ type: 'text' })
  carrier!: string;

  @Property({ type: 'text' })
  trackingNumber!: string;

  @Property({ type: 'text', nullable: true })
  trackingUrl: string | null = null;

  @Property({ type: 'timestamptz' })
  shippedAt: Date = new Date();

  @ManyToOne(() => User, { nullable: true })
  createdBy: User | null = null;
}

@Entity({ tableName: 'shipment_line' })
@Check({ name: 'shipment_line_quantity_check', expression: '"quantity" >= 1' })
export class ShipmentLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Shipment, { deleteRule: 'cascade', index: true })
  shipment!: Shipment;

  @ManyToOne(() => OrderLine, { deleteRule: 'cascade', index: true })
  orderLine!: OrderLine;

  @Property({ type: 'integer' })
  quantity!: number;
}
