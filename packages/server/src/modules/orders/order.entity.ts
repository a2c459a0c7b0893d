import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { Address } from '../accounts/address.entity.js';
import { User } from '../identity/user.entity.js';
import { Site } from '../sites/site.entity.js';
import { OrderStatus } from './domain/order-status.js';

/** An order placed by or for an account. Amounts are decimal strings in the order's currency. */
export enum PaymentMethod {
  PURCHASE_ORDER = 'PURCHASE_ORDER',
  CARD = 'CARD',
}

@Entity({ tableName: 'customer_order' })
@Unique({ properties: ['site', 'number'] })
@Unique({ properties: ['account', 'idempotencyKey'] })
@Index({ properties: ['account', 'placedAt', 'id'] })
@Index({ properties: ['account', 'status'] })
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

  /** The checkout's idempotency key: submitting it again returns this order. Null for imported history. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  /** The cart it was placed from. */
  @Property({ type: 'uuid', nullable: true })
  cartId: string | null = null;

  /** For orders a seller-side user placed: the buyer whose cart it was. */
  @ManyToOne(() => User, { nullable: true })
  onBehalfOf: User | null = null;

  @Enum({ items: () => PaymentMethod, nullable: true })
  paymentMethod: PaymentMethod | null = null;

  /** Net N days, for orders on a purchase order. */
  @Property({ type: 'integer', nullable: true })
  paymentTermsDays: number | null = null;

  @Property({ type: 'date', nullable: true })
  paymentDueDate: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  cardChargeId: string | null = null;

  /** What the lines save against list prices. */
  @Property({ type: 'decimal', precision: 19, scale: 4, default: 0 })
  discountTotal: string = '0';

  @Property({ type: 'decimal', precision: 19, scale: 4, default: 0 })
  shippingTotal: string = '0';

  @Property({ type: 'decimal', precision: 19, scale: 4, default: 0 })
  taxTotal: string = '0';

  /** Offers a seller-side user applied, with their reasons, as shown to the buyer. */
  @Property({ type: 'text', nullable: true })
  offerSummary: string | null = null;

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @ManyToOne(() => User, { nullable: true })
  decidedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  decisionComment: string | null = null;
}
