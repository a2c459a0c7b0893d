import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Site } from '../sites/site.entity.js';

export enum AccountKind {
  BUYER = 'BUYER',
  DEALER = 'DEALER',
  DISTRIBUTOR = 'DISTRIBUTOR',
}

export enum CreditStatus {
  APPROVED = 'APPROVED',
  NONE = 'NONE',
  ON_HOLD = 'ON_HOLD',
}

/** A customer of the seller on one site. Record access follows accounts. */
@Entity({ tableName: 'account' })
@Unique({ properties: ['site', 'number'] })
export class Account {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => AccountKind })
  kind!: AccountKind;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'text' })
  locale!: string;

  @Enum({ items: () => CreditStatus })
  creditStatus!: CreditStatus;

  /** Decimal string; present when credit is approved. */
  @Property({ type: 'decimal', precision: 19, scale: 4, nullable: true })
  creditLimit: string | null = null;

  @Property({ type: 'integer', nullable: true })
  paymentTermsDays: number | null = null;

  /** Early-payment discount terms (for example 2/10 net 30: 2 percent off when paid within 10 days). */
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  earlyPaymentDiscountPercent: string | null = null;

  @Property({ type: 'integer', nullable: true })
  earlyPaymentDiscountDays: number | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
