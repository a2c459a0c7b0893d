import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { Address } from '../accounts/address.entity.js';
import { Category } from '../catalog/category.entity.js';
import { Product } from '../catalog/product.entity.js';
import { User } from '../identity/user.entity.js';
import { Site } from '../sites/site.entity.js';

export enum CartStatus {
  /** The cart a user is filling now (one per user and account). */
  ACTIVE = 'ACTIVE',
  /** Put aside under a name, to come back to. */
  SAVED = 'SAVED',
  /** Became an order. */
  ORDERED = 'ORDERED',
}

export enum ShippingMethod {
  STANDARD = 'STANDARD',
  EXPRESS = 'EXPRESS',
  FREIGHT = 'FREIGHT',
}

/**
 * A cart of an account, owned by one user (a buyer, or a seller-side user shopping on the account's
 * behalf). Lines are priced live by the pricing engine; `version` guards against lost updates.
 */
@Entity({ tableName: 'cart' })
@Index({
  name: 'cart_one_active_per_owner',
  expression:
    'create unique index "cart_one_active_per_owner" on "cart" ("account_id", "owner_id") where "status" = \'ACTIVE\'',
})
@Index({ properties: ['account', 'status'] })
export class Cart {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => Account)
  account!: Account;

  @ManyToOne(() => User)
  owner!: User;

  /** Saved carts have a name. */
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Enum({ items: () => CartStatus })
  status: CartStatus = CartStatus.ACTIVE;

  @Property({ type: 'text[]', columnType: 'text[]', defaultRaw: "'{}'::text[]" })
  couponCodes: string[] = [];

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** Where and when part of a cart ships. */
@Entity({ tableName: 'delivery_group' })
export class DeliveryGroup {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Cart, { deleteRule: 'cascade', index: true })
  cart!: Cart;

  @ManyToOne(() => Address, { nullable: true, deleteRule: 'set null' })
  address: Address | null = null;

  @Property({ type: 'date', nullable: true })
  desiredDate: string | null = null;

  @Enum({ items: () => ShippingMethod })
  shippingMethod: ShippingMethod = ShippingMethod.STANDARD;

  @Property({ type: 'integer' })
  position: number = 0;
}

/** A product and quantity in a cart, in one delivery group. */
@Entity({ tableName: 'cart_line' })
@Check({ name: 'cart_line_quantity_check', expression: '"quantity" >= 1' })
export class CartLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Cart, { deleteRule: 'cascade', index: true })
  cart!: Cart;

  @ManyToOne(() => Product, { deleteRule: 'cascade', index: true })
  product!: Product;

  @Property({ type: 'integer' })
  quantity!: number;

  @ManyToOne(() => DeliveryGroup, { nullable: true, deleteRule: 'set null', index: true })
  deliveryGroup: DeliveryGroup | null = null;

  @Property({ type: 'integer' })
  position: number = 0;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  addedBy: User | null = null;

  @Property({ type: 'timestamptz' })
  addedAt: Date = new Date();
}

export enum CartOfferKind {
  TERMS = 'TERMS',
  CATEGORY_DISCOUNT = 'CATEGORY_DISCOUNT',
}

/** An offer a seller-side user applied to a cart: extended terms or a percentage off a category. */
@Entity({ tableName: 'cart_offer' })
export class CartOffer {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Cart, { deleteRule: 'cascade', index: true })
  cart!: Cart;

  @Enum({ items: () => CartOfferKind })
  kind!: CartOfferKind;

  @Property({ type: 'integer', nullable: true })
  termsDays: number | null = null;

  @ManyToOne(() => Category, { nullable: true, deleteRule: 'cascade' })
  category: Category | null = null;

  @Property({ type: 'decimal', precision: 7, scale: 4, nullable: true })
  percent: string | null = null;

  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne(() => User)
  appliedBy!: User;

  @Property({ type: 'timestamptz' })
  appliedAt: Date = new Date();
}
