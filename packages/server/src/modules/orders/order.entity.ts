import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { Address } from '../accounts/address.entity.js';
import { User } from '../identity/user.entity.js';
import { Site } from '../sites/site.entity.js';
import { OrderStatus } from './domain/order-status.js';

/** An order placed by or for an account. Amounts are decimal strings in the order's currency. */
@Entity({ tableName: 'customer_order' })
@Unique({ properties: ['site', 'number'] })
@Index({ properties: ['account', 'placedAt', 'id'] })
export class Order {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => Account)
  account!: Account;

  @Property({ type: 'text' })
  number!: string;

  @Enum({ items: () => OrderStatus })
  status!: OrderStatus;

  @Property({ type: 'timestamptz' })
  placedAt!: Date;

  /** Who placed it; for on-behalf orders a seller-side user. */
  @ManyToOne(() => User)
  placedBy!: User;

  @Property({ type: 'text', nullable: true })
  poNumber: string | null = null;

  @ManyToOne(() => Address, { nullable: true })
  shipTo: Address | null = null;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  subtotal!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  total!: string;

  @Property({ type: 'integer' })
  lineCount!: number;
}
