import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { Site } from '../sites/site.entity.js';

/** A segment of a site's customers (e.g. "Coffee chains", "New buyers"): entitlements and price books follow it. */
@Entity({ tableName: 'buyer_group' })
@Unique({ properties: ['site', 'code'] })
@Index({
  name: 'buyer_group_default_per_site',
  expression:
    'create unique index "buyer_group_default_per_site" on "buyer_group" ("site_id") where "is_default"',
})
export class BuyerGroup {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description: string = '';

  /** Accounts that belong to no group are treated as members of the site's default group. */
  @Property({ type: 'boolean', default: false })
  isDefault: boolean = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** An account's membership of a buyer group. */
@Entity({ tableName: 'account_buyer_group' })
@Unique({ properties: ['account', 'buyerGroup'] })
export class AccountBuyerGroup {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @ManyToOne(() => BuyerGroup, { deleteRule: 'cascade', index: true })
  buyerGroup!: BuyerGroup;
}
