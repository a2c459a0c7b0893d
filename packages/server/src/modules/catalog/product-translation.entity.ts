import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from './product.entity.js';

/**
 * A product's name and description in another language than the site's default. The search document
 * uses the language's own stemming (French without accents for fr-*, English otherwise); it is written
 * the way PostgreSQL prints it back, so the schema comparison sees no difference.
 */
const TEXT_SEARCH_CONFIG = `
CASE
    WHEN (locale ~~ 'fr%'::text) THEN 'portway_french'::regconfig
    ELSE 'english'::regconfig
END`;
export const TRANSLATION_SEARCH_DOCUMENT =
  `(setweight(to_tsvector(${TEXT_SEARCH_CONFIG}, COALESCE(name, ''::text)), 'A'::"char") || ` +
  `setweight(to_tsvector(${TEXT_SEARCH_CONFIG}, COALESCE(description, ''::text)), 'B'::"char")) stored`;

@Entity({ tableName: 'product_translation' })
@Unique({ properties: ['product', 'locale'] })
@Index({
  name: 'product_translation_search_vector_index',
  expression:
    'create index "product_translation_search_vector_index" on "product_translation" using gin ("search_vector")',
})
@Index({
  name: 'product_translation_name_trgm_index',
  expression:
    'create index "product_translation_name_trgm_index" on "product_translation" using gin (lower("name") gin_trgm_ops)',
})
export class ProductTranslation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Product;

  /** BCP 47, e.g. fr-CA. */
  @Property({ type: 'text' })
  locale!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({
    type: 'tsvector',
    columnType: 'tsvector',
    generated: TRANSLATION_SEARCH_DOCUMENT,
    lazy: true,
    nullable: true,
  })
  searchVector?: string;
}
