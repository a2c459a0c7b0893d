import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { Product } from '../catalog/product.entity.js';
import { User } from '../identity/user.entity.js';

/** A named list of products an account keeps for ordering again. */
@Entity({ tableName: 'wishlist' })
@Unique({ properties: ['account', 'name'] })
export class Wishlist {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'wishlist_item' })
@Unique({ properties: ['wishlist', 'product'] })
@Check({ name: 'wishlist_item_quantity_check', expression: '"quantity" >= 1' })
export class WishlistItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Wishlist, { deleteRule: 'cascade' })
  wishlist!: Wishlist;

  @ManyToOne(() => Product, { deleteRule: 'cascade', index: true })
  product!: Product;

  @Property({ type: 'integer' })
  quantity: number = 1;

  @Property({ type: 'timestamptz' })
  addedAt: Date = new Date();
}
