import { ArrayType, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { Site } from '../sites/site.entity.js';
import type { Role } from './domain/roles.js';

/** A person who signs in to one site. Customer users belong to an account; seller-side users don't. */
@Entity({ tableName: 'app_user' })
@Unique({ properties: ['site', 'email'] })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  /** Stored lower-case. */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  name!: string;

  /** argon2id hash; never leaves the server. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  roles!: Role[];

  @ManyToOne(() => Account, { nullable: true, index: true })
  account: Account | null = null;

  @Property({ type: 'text', nullable: true })
  locale: string | null = null;

  /** Orders above this total wait for a buyer admin's approval (null: no limit). */
  @Property({ type: 'decimal', precision: 19, scale: 4, nullable: true })
  orderLimit: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
