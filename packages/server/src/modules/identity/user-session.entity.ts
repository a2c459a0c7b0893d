import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { User } from './user.entity.js';

/**
 * A signed-in session, kept in PostgreSQL so any server instance can serve it. Only a SHA-256 hash of
 * the cookie's token is stored.
 */
@Entity({ tableName: 'user_session' })
export class UserSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => User, { index: true, deleteRule: 'cascade' })
  user!: User;

  /** The account a seller-side user chose to act for. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  effectiveAccount: Account | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', index: true })
  expiresAt!: Date;

  @Property({ type: 'text', nullable: true })
  clientAddress: string | null = null;
}
