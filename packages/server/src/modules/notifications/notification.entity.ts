import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../identity/user.entity.js';
import { Site } from '../sites/site.entity.js';

/** An in-app message to one user (an order placed, an approval needed, a shipment sent, …). */
@Entity({ tableName: 'notification' })
@Index({ properties: ['user', 'createdAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** e.g. order.placed, order.approval-needed, order.decided, order.shipped */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  /** A portal path, e.g. /coffee/orders/<id>. */
  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  readAt: Date | null = null;
}
