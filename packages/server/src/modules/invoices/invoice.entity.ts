import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { User } from '../identity/user.entity.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { Order } from '../orders/order.entity.js';
import { Shipment } from '../orders/shipment.entity.js';
import { Site } from '../sites/site.entity.js';

/**
 * What is stored of an invoice's state. "Overdue" is not stored: an open or partly paid invoice whose
 * due date has passed is overdue (see domain/invoice-status.ts).
 */
export enum InvoiceState {
  OPEN = 'OPEN',
  PARTLY_PAID = 'PARTLY_PAID',
  PAID = 'PAID',
  VOID = 'VOID',
}

/**
 * A bill for shipped goods of an account on terms: per shipment or per order (the site's setting).
 * Amounts are decimal strings in the invoice's currency; `balance` = total − paid − credited, kept in
 * step by the payments and credit memos that change it (each in the same transaction).
 */
@Entity({ tableName: 'invoice' })
@Unique({ properties: ['site', 'number'] })
@Index({ properties: ['account', 'issuedOn', 'id'] })
@Index({ properties: ['account', 'state', 'dueOn'] })
@Check({ name: 'invoice_balance_check', expression: '"balance" >= 0 and "balance" <= "total"' })
@Check({ name: 'invoice_paid_check', expression: '"amount_paid" >= 0 and "amount_credited" >= 0' })
export class Invoice {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => Account)
  account!: Account;

  @Property({ type: 'text' })
  number!: string;

  @ManyToOne(() => Order, { index: true })
  order!: Order;

  /** The shipment it bills, when the site invoices per shipment; null when it bills a whole order. */
  @ManyToOne(() => Shipment, { nullable: true, unique: true })
  shipment: Shipment | null = null;

  @Enum({ items: () => InvoiceState })
  state: InvoiceState = InvoiceState.OPEN;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  /** Net N days, from the order's terms. */
  @Property({ type: 'integer' })
  paymentTermsDays!: number;

  /** Early-payment discount (for example 2/10 net 30: 2 percent if paid within 10 days), from the account's terms. */
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  earlyPaymentDiscountPercent: string | null = null;

  @Property({ type: 'integer', nullable: true })
  earlyPaymentDiscountDays: number | null = null;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  subtotal!: string;

  /** Its share of the order's shipping charge (apportioned like tax). */
  @Property({ type: 'decimal', precision: 19, scale: 4, default: 0 })
  shippingTotal: string = '0';

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  taxTotal!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  total!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4, default: 0 })
  amountPaid: string = '0';

  /** Early-payment discounts taken plus credit memos. */
  @Property({ type: 'decimal', precision: 19, scale: 4, default: 0 })
  amountCredited: string = '0';

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  balance!: string;

  @Property({ type: 'timestamptz', nullable: true })
  paidAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  voidReason: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A billed line: a quantity of an order line, at the order's price. */
@Entity({ tableName: 'invoice_line' })
@Check({ name: 'invoice_line_quantity_check', expression: '"quantity" >= 1' })
export class InvoiceLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Invoice, { deleteRule: 'cascade', index: true })
  invoice!: Invoice;

  @ManyToOne(() => OrderLine, { index: true })
  orderLine!: OrderLine;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  sku!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  unitPrice!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  lineTotal!: string;
}

export enum CreditMemoKind {
  RETURN = 'RETURN',
  ADJUSTMENT = 'ADJUSTMENT',
}

/** A credit against one invoice (goods returned, or an adjustment), with its reason; reduces the balance. */
@Entity({ tableName: 'credit_memo' })
@Unique({ properties: ['site', 'number'] })
@Check({ name: 'credit_memo_amount_check', expression: '"amount" > 0' })
export class CreditMemo {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => Account, { index: true })
  account!: Account;

  @ManyToOne(() => Invoice, { index: true })
  invoice!: Invoice;

  @Property({ type: 'text' })
  number!: string;

  @Enum({ items: () => CreditMemoKind })
  kind!: CreditMemoKind;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  amount!: string;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne(() => User)
  createdBy!: User;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
