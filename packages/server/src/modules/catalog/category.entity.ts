import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Site } from '../sites/site.entity.js';

/** A node in a site's category tree. */
@Entity({ tableName: 'category' })
@Unique({ properties: ['site', 'slug'] })
export class Category {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => Category, { nullable: true, index: true })
  parent: Category | null = null;

  /** In the site's default language. */
  @Property({ type: 'text' })
  name!: string;

  /** Names in other languages: locale → name. */
  @Property({ type: 'jsonb', defaultRaw: "'{}'::jsonb" })
  nameTranslations: Record<string, string> = {};

  @Property({ type: 'text' })
  slug!: string;

  /** Order among siblings. */
  @Property({ type: 'integer' })
  position: number = 0;
}
