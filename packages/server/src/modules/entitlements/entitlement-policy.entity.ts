import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Category } from '../catalog/category.entity.js';
import { Product } from '../catalog/product.entity.js';
import { Site } from '../sites/site.entity.js';
import { BuyerGroup } from './buyer-group.entity.js';

/**
 * What some buyer groups may do with some products or whole categories (with their subcategories):
 * see them, buy them, see their prices. Policies add up: a product is visible when any policy of any
 * of the account's groups grants it; a product no policy grants is absent for that account.
 */
@Entity({ tableName: 'entitlement_policy' })
export class EntitlementPolicy {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'boolean' })
  canView: boolean = true;

  @Property({ type: 'boolean' })
  canBuy: boolean = true;

  @Property({ type: 'boolean' })
  canSeePrice: boolean = true;

  /** Shown when the policy lets a product be seen but not bought, e.g. "Needs an approved credit account". */
  @Property({ type: 'text', nullable: true })
  notBuyableReason: string | null = null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A buyer group a policy applies to. */
@Entity({ tableName: 'entitlement_policy_group' })
@Unique({ properties: ['policy', 'buyerGroup'] })
export class EntitlementPolicyGroup {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => EntitlementPolicy, { deleteRule: 'cascade' })
  policy!: EntitlementPolicy;

  @ManyToOne(() => BuyerGroup, { deleteRule: 'cascade', index: true })
  buyerGroup!: BuyerGroup;
}

/** A product, or a category with everything under it, that a policy covers. */
@Entity({ tableName: 'entitlement_policy_item' })
@Check({
  name: 'entitlement_policy_item_target_check',
  expression: '("product_id" is null) <> ("category_id" is null)',
})
export class EntitlementPolicyItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => EntitlementPolicy, { deleteRule: 'cascade', index: true })
  policy!: EntitlementPolicy;

  @ManyToOne(() => Product, { nullable: true, deleteRule: 'cascade', index: true })
  product: Product | null = null;

  @ManyToOne(() => Category, { nullable: true, deleteRule: 'cascade', index: true })
  category: Category | null = null;
}
