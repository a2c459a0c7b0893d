import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Site } from '../sites/site.entity.js';
import { Category } from './category.entity.js';

export enum ProductStatus {
  ACTIVE = 'ACTIVE',
  DISCONTINUED = 'DISCONTINUED',
}

/** How a bundle's price relates to its components'. */
export enum BundlePricing {
  /** The bundle's own price covers its components. */
  INCLUDED = 'INCLUDED',
  /** Components are priced on their own lines, on top of the bundle's price. */
  SEPARATE = 'SEPARATE',
}

/**
 * Base-language full-text document of a product: name weighs more than description. Written the way
 * PostgreSQL prints it back, so the schema comparison sees no difference.
 */
export const PRODUCT_SEARCH_DOCUMENT =
  `(setweight(to_tsvector('english'::regconfig, COALESCE(name, ''::text)), 'A'::"char") || ` +
  `setweight(to_tsvector('english'::regconfig, COALESCE(description, ''::text)), 'B'::"char")) stored`;

/**
 * A product in a site's catalog. Name and description are in the site's default language; other
 * languages live in product_translation. `attributes` holds facet values (facet code → value code).
 */
@Entity({ tableName: 'product' })
@Unique({ properties: ['site', 'sku'] })
@Index({ properties: ['site', 'name', 'id'] })
@Index({
  name: 'product_search_vector_index',
  expression: 'create index "product_search_vector_index" on "product" using gin ("search_vector")',
})
@Index({
  name: 'product_sku_trgm_index',
  expression: 'create index "product_sku_trgm_index" on "product" using gin (lower("sku") gin_trgm_ops)',
})
@Index({
  name: 'product_name_trgm_index',
  expression: 'create index "product_name_trgm_index" on "product" using gin (lower("name") gin_trgm_ops)',
})
@Index({
  name: 'product_site_sku_prefix_index',
  expression:
    'create index "product_site_sku_prefix_index" on "product" ("site_id", lower("sku") text_pattern_ops)',
})
@Index({
  name: 'product_attributes_index',
  expression: 'create index "product_attributes_index" on "product" using gin ("attributes" jsonb_path_ops)',
})
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

  /** Facet values: facet code → value code. */
  @Property({ type: 'jsonb', defaultRaw: "'{}'::jsonb" })
  attributes: Record<string, string> = {};

  /** Purchase rules: at least this many… */
  @Property({ type: 'integer', default: 1 })
  minOrderQuantity: number = 1;

  /** …at most this many per order line (null: no maximum)… */
  @Property({ type: 'integer', nullable: true })
  maxOrderQuantity: number | null = null;

  /** …in steps of this many from the minimum. */
  @Property({ type: 'integer', default: 1 })
  orderIncrement: number = 1;

  /** Set when the product is a bundle of other products (bundle_component). */
  @Enum({ items: () => BundlePricing, nullable: true })
  bundlePricing: BundlePricing | null = null;

  @Property({
    type: 'tsvector',
    columnType: 'tsvector',
    generated: PRODUCT_SEARCH_DOCUMENT,
    lazy: true,
    nullable: true,
  })
  searchVector?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
