import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { User } from '../identity/user.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { Site } from '../sites/site.entity.js';

export enum PaymentMethodKind {
  CARD = 'CARD',
  BANK_TRANSFER = 'BANK_TRANSFER',
}

/**
 * Money received against invoices: by card (an approved card charge) or a bank transfer's reference.
 * Only payments that went through are recorded here (declined card attempts stay in card_charge).
 * `amount` is what the payer pays; each allocation says what it settles of one invoice.
 */
@Entity({ tableName: 'payment' })
@Unique({ properties: ['site', 'number'] })
@Unique({ properties: ['account', 'idempotencyKey'] })
@Index({ properties: ['account', 'createdAt', 'id'] })
@Check({ name: 'payment_amount_check', expression: '"amount" > 0' })
export class Payment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => Account)
  account!: Account;

  @Property({ type: 'text' })
  number!: string;

  @Enum({ items: () => PaymentMethodKind })
  method!: PaymentMethodKind;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  amount!: string;

  /** Early-payment discounts taken, over all allocations. */
  @Property({ type: 'decimal', precision: 19, scale: 4, default: 0 })
  discountTotal: string = '0';

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** A fingerprint of the request (allocations, method): the same key with another request is refused. */
  @Property({ type: 'text' })
  requestFingerprint!: string;

  @Property({ type: 'uuid', nullable: true })
  cardChargeId: string | null = null;

  @Property({ type: 'text', nullable: true })
  bankReference: string | null = null;

  @ManyToOne(() => User)
  paidBy!: User;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** The part of a payment applied to one invoice: `amount` paid plus `discount` taken settle that much of its balance. */
@Entity({ tableName: 'payment_allocation' })
@Unique({ properties: ['payment', 'invoice'] })
@Check({ name: 'payment_allocation_amount_check', expression: '"amount" > 0 and "discount" >= 0' })
export class PaymentAllocation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Payment, { deleteRule: 'cascade', index: true })
  payment!: Payment;

  @ManyToOne(() => Invoice, { index: true })
  invoice!: Invoice;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  amount!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4, default: 0 })
  discount: string = '0';

  /**
   * The invoice's balance right after this payment, recorded when it was made: what its receipt shows
   * as "Balance after", so the receipt never changes with later payments or credit memos.
   */
  @Property({ type: 'decimal', precision: 19, scale: 4 })
  balanceAfter!: string;
}
