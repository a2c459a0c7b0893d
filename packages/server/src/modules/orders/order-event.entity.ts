import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../identity/user.entity.js';
import { OrderStatus } from './domain/order-status.js';
import { Order } from './order.entity.js';

/** A step in an order's timeline: the status it reached, when, by whom, and a note. */
@Entity({ tableName: 'order_event' })
@Index({ properties: ['order', 'at'] })
export class OrderEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Order, { deleteRule: 'cascade' })
  order!: Order;

  @Enum({ items: () => OrderStatus })
  status!: OrderStatus;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @ManyToOne(() => User, { nullable: true })
  actor: User | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
