import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from '../catalog/product.entity.js';
import { BuyerGroup } from '../entitlements/buyer-group.entity.js';
import { Site } from '../sites/site.entity.js';
import { PriceRounding } from './domain/derived-price.js';

/**
 * Unit prices in one currency. Each site has one default (list) book per currency; buyer groups may have
 * books of their own with a priority. A derived book takes its prices from another book at a stated
 * rate and rounding (its own entries, if any, override) — nothing is ever converted silently.
 */
@Entity({ tableName: 'price_book' })
@Index({
  name: 'price_book_default_per_currency',
  expression:
    'create unique index "price_book_default_per_currency" on "price_book" ("site_id", "currency") where "is_default"',
})
@Check({
  name: 'price_book_derivation_check',
  expression:
    '("derived_from_id" is null and "conversion_rate" is null and "rounding" is null) or ("derived_from_id" is not null and "conversion_rate" > 0 and "rounding" is not null)',
})
@Unique({ properties: ['site', 'name'] })
export class PriceBook {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  currency!: string;

  /** The site's list prices in this currency. */
  @Property({ type: 'boolean' })
  isDefault: boolean = false;

  @ManyToOne(() => PriceBook, { nullable: true })
  derivedFrom: PriceBook | null = null;

  /** Units of this book's currency per unit of the source's. */
  @Property({ type: 'decimal', precision: 19, scale: 8, nullable: true })
  conversionRate: string | null = null;

  @Enum({ items: () => PriceRounding, nullable: true })
  rounding: PriceRounding | null = null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** A product's unit price in a book. */
@Entity({ tableName: 'price_book_entry' })
@Unique({ properties: ['priceBook', 'product'] })
@Check({ name: 'price_book_entry_unit_price_check', expression: '"unit_price" >= 0' })
export class PriceBookEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => PriceBook, { deleteRule: 'cascade' })
  priceBook!: PriceBook;

  @ManyToOne(() => Product, { deleteRule: 'cascade', index: true })
  product!: Product;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  unitPrice!: string;
}

/** A buyer group's price book; under the priority strategy the lowest number wins. */
@Entity({ tableName: 'buyer_group_price_book' })
@Unique({ properties: ['buyerGroup', 'priceBook'] })
export class BuyerGroupPriceBook {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => BuyerGroup, { deleteRule: 'cascade' })
  buyerGroup!: BuyerGroup;

  @ManyToOne(() => PriceBook, { deleteRule: 'cascade', index: true })
  priceBook!: PriceBook;

  @Property({ type: 'integer' })
  priority: number = 10;
}
