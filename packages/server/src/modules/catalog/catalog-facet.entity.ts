import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Site } from '../sites/site.entity.js';

export interface FacetValueDefinition {
  code: string;
  label: string;
  /** locale → label */
  labelTranslations: Record<string, string>;
}

/**
 * A filterable attribute of a site's catalog (e.g. roast, origin) with its values and their labels.
 * Products carry value codes in `product.attributes`.
 */
@Entity({ tableName: 'catalog_facet' })
@Unique({ properties: ['site', 'code'] })
export class CatalogFacet {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'jsonb', defaultRaw: "'{}'::jsonb" })
  labelTranslations: Record<string, string> = {};

  @Property({ type: 'jsonb' })
  values: FacetValueDefinition[] = [];

  @Property({ type: 'integer' })
  position: number = 0;
}
