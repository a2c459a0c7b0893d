import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from './product.entity.js';

export enum RelationKind {
  ACCESSORY = 'ACCESSORY',
  CROSS_SELL = 'CROSS_SELL',
  UPSELL = 'UPSELL',
  REPLACEMENT = 'REPLACEMENT',
}

/** A product suggested beside another: an accessory, a cross-sell, an upsell or a replacement. */
@Entity({ tableName: 'product_relation' })
@Unique({ properties: ['product', 'related', 'kind'] })
export class ProductRelation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Product;

  @ManyToOne(() => Product, { deleteRule: 'cascade', index: true })
  related!: Product;

  @Enum({ items: () => RelationKind })
  kind!: RelationKind;

  @Property({ type: 'integer' })
  position: number = 0;
}
