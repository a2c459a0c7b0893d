import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from './product.entity.js';

export enum MediaKind {
  IMAGE = 'IMAGE',
  DATASHEET = 'DATASHEET',
  VIDEO = 'VIDEO',
  DOCUMENT = 'DOCUMENT',
}

/** Images and sales-enablement material (datasheets, videos, guides) of a product. */
@Entity({ tableName: 'product_media' })
export class ProductMedia {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: 'cascade', index: true })
  product!: Product;

  @Enum({ items: () => MediaKind })
  kind!: MediaKind;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  url!: string;

  /** Null: for every language. */
  @Property({ type: 'text', nullable: true })
  locale: string | null = null;

  @Property({ type: 'integer' })
  position: number = 0;
}
