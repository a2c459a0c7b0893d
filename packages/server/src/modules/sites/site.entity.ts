import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A branded site on the deployment (e.g. "coffee", "parts"): its own catalog, accounts and users. */
@Entity({ tableName: 'site' })
export class Site {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  tagline!: string;

  @Property({ type: 'text' })
  primaryColor!: string;

  @Property({ type: 'text' })
  accentColor!: string;

  @Property({ type: 'text' })
  logoUrl!: string;

  @Property({ type: 'text' })
  defaultLocale!: string;

  @Property({ type: 'text' })
  defaultCurrency!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
