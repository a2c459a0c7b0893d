import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from './product.entity.js';
import { Warehouse } from './warehouse.entity.js';

/** Stock of a product in a warehouse, and the next receipt when it runs out. */
@Entity({ tableName: 'product_stock' })
@Unique({ properties: ['product', 'warehouse'] })
export class ProductStock {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Product;

  @ManyToOne(() => Warehouse, { deleteRule: 'cascade', index: true })
  warehouse!: Warehouse;

  @Property({ type: 'integer' })
  onHand!: number;

  /** At or below this, stock is shown as low. */
  @Property({ type: 'integer' })
  lowStockThreshold: number = 0;

  @Property({ type: 'date', nullable: true })
  nextReceiptDate: string | null = null;

  @Property({ type: 'integer', nullable: true })
  nextReceiptQuantity: number | null = null;
}
