import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row: a counter that database triggers bump on every write to catalog reference data (categories,
 * facets, entitlements, price books, tiers, promotions). Caches of that data are keyed by it, so every
 * server instance sees a change on its next request, whichever instance (or script) made it.
 */
@Entity({ tableName: 'catalog_version' })
export class CatalogVersion {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  @Property({ type: 'bigint' })
  version: string = '0';
}
