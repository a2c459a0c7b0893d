import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from './product.entity.js';

/** A product's list price in one currency (a decimal string, never a float). */
@Entity({ tableName: 'product_price' })
@Unique({ properties: ['product', 'currency'] })
export class ProductPrice {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Product;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  amount!: string;
}
