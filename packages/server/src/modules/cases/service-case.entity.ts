import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { Product } from '../catalog/product.entity.js';
import { User } from '../identity/user.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { Order } from '../orders/order.entity.js';
import { Site } from '../sites/site.entity.js';

export enum CaseType {
  DAMAGED_GOODS = 'DAMAGED_GOODS',
  MISSING_ITEMS = 'MISSING_ITEMS',
  WRONG_ITEM = 'WRONG_ITEM',
  RETURN_REQUEST = 'RETURN_REQUEST',
  BILLING_QUESTION = 'BILLING_QUESTION',
  PRODUCT_QUESTION = 'PRODUCT_QUESTION',
  OTHER = 'OTHER',
}

export enum CaseStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  AWAITING_CUSTOMER = 'AWAITING_CUSTOMER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

/**
 * A service case an account's user opens about an order, an order line, an invoice or a product (at
 * most one of each; a line's case also names its order). Seller-side users of the account answer it.
 */
@Entity({ tableName: 'service_case' })
@Unique({ properties: ['site', 'number'] })
@Index({ properties: ['account', 'updatedAt', 'id'] })
export class ServiceCase {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => Account)
  account!: Account;

  @Property({ type: 'text' })
  number!: string;

  @Enum({ items: () => CaseType })
  type!: CaseType;

  @Enum({ items: () => CaseStatus })
  status: CaseStatus = CaseStatus.OPEN;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => Order, { nullable: true, index: true })
  order: Order | null = null;

  @ManyToOne(() => OrderLine, { nullable: true })
  orderLine: OrderLine | null = null;

  @ManyToOne(() => Invoice, { nullable: true, index: true })
  invoice: Invoice | null = null;

  @ManyToOne(() => Product, { nullable: true })
  product: Product | null = null;

  @ManyToOne(() => User)
  openedBy!: User;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** A message in a case's thread, from the account's side or the seller's. */
@Entity({ tableName: 'case_comment' })
@Index({ properties: ['serviceCase', 'createdAt'] })
export class CaseComment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServiceCase, { deleteRule: 'cascade' })
  serviceCase!: ServiceCase;

  @ManyToOne(() => User)
  author!: User;

  /** True when the author is a seller-side user (a sales rep, account manager or site admin). */
  @Property({ type: 'boolean' })
  fromSeller!: boolean;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A file attached to a case (stored in the database: cases carry photos and documents of a few MB). */
@Entity({ tableName: 'case_attachment' })
@Check({ name: 'case_attachment_size_check', expression: '"size_bytes" > 0 and "size_bytes" <= 10485760' })
export class CaseAttachment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServiceCase, { deleteRule: 'cascade', index: true })
  serviceCase!: ServiceCase;

  @ManyToOne(() => CaseComment, { nullable: true, deleteRule: 'cascade' })
  comment: CaseComment | null = null;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  contentType!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @ManyToOne(() => User)
  uploadedBy!: User;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
