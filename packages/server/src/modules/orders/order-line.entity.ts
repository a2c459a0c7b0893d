import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from '../catalog/product.entity.js';
import { Order } from './order.entity.js';

/** One product line of an order; SKU and name are kept as ordered. */
@Entity({ tableName: 'order_line' })
@Unique({ properties: ['order', 'lineNumber'] })
export class OrderLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Order, { deleteRule: 'cascade' })
  order!: Order;

  @Property({ type: 'integer' })
  lineNumber!: number;

  @ManyToOne(() => Product, { nullable: true, index: true })
  product: Product | null = null;

  @Property({ type: 'text' })
  sku!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  unitPrice!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  lineTotal!: string;

  /** List price per unit when ordered (null for imported history). */
  @Property({ type: 'decimal', precision: 19, scale: 4, nullable: true })
  listUnitPrice: string | null = null;

  /** The price explanation as it was when ordered: [{kind, recordId, label, note, unitPrice}]. */
  @Property({ type: 'jsonb', nullable: true })
  priceSteps: unknown = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  deliveryGroupId: string | null = null;

  @Property({ type: 'integer', default: 0 })
  quantityShipped: number = 0;
}
