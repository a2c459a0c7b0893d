import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../identity/user.entity.js';
import { Account } from './account.entity.js';

/** A seller-side user (sales rep, account manager, …) assigned to an account they may act for. */
@Entity({ tableName: 'account_assignment' })
@Unique({ properties: ['user', 'account'] })
export class AccountAssignment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { index: true })
  user!: User;

  @ManyToOne(() => Account, { index: true })
  account!: Account;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
