import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Site } from '../sites/site.entity.js';
import { Category } from './category.entity.js';

export enum ProductStatus {
  ACTIVE = 'ACTIVE',
  DISCONTINUED = 'DISCONTINUED',
}

/** A product in a site's catalog. */
@Entity({ tableName: 'product' })
@Unique({ properties: ['site', 'sku'] })
@Index({ properties: ['site', 'name', 'id'] })
export class Product {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => Category, { index: true })
  category!: Category;

  @Property({ type: 'text' })
  sku!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text', nullable: true })
  imageUrl: string | null = null;

  @Property({ type: 'text' })
  unitOfMeasure!: string;

  @Enum({ items: () => ProductStatus })
  status: ProductStatus = ProductStatus.ACTIVE;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
