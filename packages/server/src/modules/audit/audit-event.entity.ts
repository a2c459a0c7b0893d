import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../identity/user.entity.js';
import { Site } from '../sites/site.entity.js';

/**
 * Who changed what, when: every change to money (prices, tiers, promotions, later payments and payouts)
 * writes one, in the same transaction as the change.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['site', 'at'] })
@Index({ properties: ['subjectType', 'subjectId'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => User, { nullable: true })
  actor: User | null = null;

  /** e.g. price.update, tiers.replace, promotion.create, catalog.import */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  /** One line for people, e.g. "NB-WB-001 in List prices (USD): 54.00 → 55.50". */
  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'jsonb', nullable: true })
  before: unknown = null;

  @Property({ type: 'jsonb', nullable: true })
  after: unknown = null;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
