import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Category } from '../catalog/category.entity.js';
import { Product } from '../catalog/product.entity.js';
import { BuyerGroup } from '../entitlements/buyer-group.entity.js';
import { Site } from '../sites/site.entity.js';

export enum PromotionDiscountKind {
  PERCENT = 'PERCENT',
  AMOUNT = 'AMOUNT',
}

export enum PromotionStacking {
  /** Never combines with another promotion on the same line; the better offer wins. */
  EXCLUSIVE = 'EXCLUSIVE',
  /** Applies after other stackable promotions, in priority order. */
  STACKABLE = 'STACKABLE',
}

/**
 * A discount on products or categories for a date window, optionally limited to buyer groups, a
 * minimum quantity, a minimum order amount (per currency) or a coupon code.
 */
@Entity({ tableName: 'promotion' })
@Check({
  name: 'promotion_percent_check',
  expression:
    '("discount_kind" = \'PERCENT\' and "percent" > 0 and "percent" <= 100) or ("discount_kind" = \'AMOUNT\' and "percent" is null)',
})
@Check({
  name: 'promotion_window_check',
  expression: '"starts_at" is null or "ends_at" is null or "starts_at" < "ends_at"',
})
export class Promotion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @Property({ type: 'text' })
  name!: string;

  /** locale → name */
  @Property({ type: 'jsonb', defaultRaw: "'{}'::jsonb" })
  nameTranslations: Record<string, string> = {};

  @Property({ type: 'text' })
  description: string = '';

  @Enum({ items: () => PromotionDiscountKind })
  discountKind!: PromotionDiscountKind;

  @Property({ type: 'decimal', precision: 7, scale: 4, nullable: true })
  percent: string | null = null;

  @Property({ type: 'integer', nullable: true })
  minQuantity: number | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  startsAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  endsAt: Date | null = null;

  /** Stored upper-case; matched without regard to case. */
  @Property({ type: 'text', nullable: true })
  couponCode: string | null = null;

  @Enum({ items: () => PromotionStacking })
  stacking: PromotionStacking = PromotionStacking.EXCLUSIVE;

  @Property({ type: 'integer' })
  priority: number = 10;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** A promotion's amounts in one currency: the amount off per unit and/or the minimum order amount. */
@Entity({ tableName: 'promotion_currency' })
@Unique({ properties: ['promotion', 'currency'] })
export class PromotionCurrency {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Promotion, { deleteRule: 'cascade' })
  promotion!: Promotion;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4, nullable: true })
  amountOff: string | null = null;

  @Property({ type: 'decimal', precision: 19, scale: 4, nullable: true })
  minOrderAmount: string | null = null;
}

/** A product, or a category with everything under it, a promotion discounts. */
@Entity({ tableName: 'promotion_target' })
@Check({
  name: 'promotion_target_check',
  expression: '("product_id" is null) <> ("category_id" is null)',
})
export class PromotionTarget {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Promotion, { deleteRule: 'cascade', index: true })
  promotion!: Promotion;

  @ManyToOne(() => Product, { nullable: true, deleteRule: 'cascade', index: true })
  product: Product | null = null;

  @ManyToOne(() => Category, { nullable: true, deleteRule: 'cascade', index: true })
  category: Category | null = null;
}

/** A buyer group a promotion is limited to (none: every group). */
@Entity({ tableName: 'promotion_buyer_group' })
@Unique({ properties: ['promotion', 'buyerGroup'] })
export class PromotionBuyerGroup {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Promotion, { deleteRule: 'cascade' })
  promotion!: Promotion;

  @ManyToOne(() => BuyerGroup, { deleteRule: 'cascade', index: true })
  buyerGroup!: BuyerGroup;
}
