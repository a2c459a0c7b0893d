import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { User } from '../identity/user.entity.js';

export enum ChargeStatus {
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  FAILED = 'FAILED',
  VOIDED = 'VOIDED',
}

/**
 * One attempt to charge a card through the payment provider, kept whatever its outcome (a checkout may
 * be declined, then paid with another card under the same key; at most one attempt per key is
 * approved). Card numbers are never stored: only the brand, the last four digits and the provider's
 * reference.
 */
@Entity({ tableName: 'card_charge' })
@Index({
  name: 'card_charge_one_approved_per_key',
  expression:
    'create unique index "card_charge_one_approved_per_key" on "card_charge" ("account_id", "idempotency_key") where "status" = \'APPROVED\'',
})
@Index({ properties: ['account', 'idempotencyKey'] })
@Index({ properties: ['account', 'createdAt'] })
export class CardCharge {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account)
  account!: Account;

  @ManyToOne(() => User)
  chargedBy!: User;

  /** What it pays: an order (checkout) or invoices (payments). */
  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'text' })
  provider!: string;

  @Property({ type: 'text', nullable: true })
  providerReference: string | null = null;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  amount!: string;

  @Property({ type: 'text' })
  currency!: string;

  @Enum({ items: () => ChargeStatus })
  status!: ChargeStatus;

  @Property({ type: 'text', nullable: true })
  cardBrand: string | null = null;

  @Property({ type: 'text', nullable: true })
  cardLast4: string | null = null;

  @Property({ type: 'text', nullable: true })
  failureMessage: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
