import type { EntityManager } from '@mikro-orm/postgresql';
import { VersionedCache } from '../../platform/versioned-cache.js';
import type { FacetValueDefinition } from './catalog-facet.entity.js';

/**
 * A site's category tree and facet definitions: small, read on every catalog request, so they are
 * cached per site and catalog version (triggers bump the version on any change).
 */
export interface CategoryRecord {
  id: string;
  parentId: string | null;
  name: string;
  nameTranslations: Record<string, string>;
  slug: string;
  /** Ids from the root down to this category, inclusive. */
  path: string[];
}

export interface FacetRecord {
  code: string;
  label: string;
  labelTranslations: Record<string, string>;
  values: FacetValueDefinition[];
}

export interface SiteCatalogReference {
  /** Display order: parents before children, siblings by position then name. */
  categories: CategoryRecord[];
  categoryById: ReadonlyMap<string, CategoryRecord>;
  facets: FacetRecord[];
}

const cache = new VersionedCache<SiteCatalogReference>(200);

export function siteCatalogReference(
  em: EntityManager,
  siteId: string,
  catalogVersion: string,
): Promise<SiteCatalogReference> {
  return cache.get(siteId, catalogVersion, () => load(em, siteId));
}

async function load(em: EntityManager, siteId: string): Promise<SiteCatalogReference> {
  const [row] = await em.getConnection().execute<
    Array<{
      categories: Array<{
        id: string;
        parent_id: string | null;
        name: string;
        name_translations: Record<string, string>;
        slug: string;
        path: string[];
      }>;
      facets: Array<{
        code: string;
        label: string;
        label_translations: Record<string, string>;
        values: FacetValueDefinition[];
      }>;
    }>
  >(
    `WITH RECURSIVE tree AS (
       SELECT c.*, ARRAY[c.position, 0] AS sort_path, ARRAY[c.name] AS names, ARRAY[c.id] AS id_path
         FROM category c WHERE c.site_id = ? AND c.parent_id IS NULL
       UNION ALL
       SELECT c.*, tree.sort_path || c.position, tree.names || c.name, tree.id_path || c.id
         FROM category c JOIN tree ON c.parent_id = tree.id
     )
     SELECT (SELECT COALESCE(json_agg(json_build_object('id', id, 'parent_id', parent_id, 'name', name,
                                  'name_translations', name_translations, 'slug', slug, 'path', id_path)
                                  ORDER BY sort_path, names), '[]') FROM tree) AS categories,
            (SELECT COALESCE(json_agg(json_build_object('code', code, 'label', label,
                                  'label_translations', label_translations, 'values', "values")
                                  ORDER BY position, code), '[]')
               FROM catalog_facet WHERE site_id = ?) AS facets`,
    [siteId, siteId],
  );
  const categories = (row?.categories ?? []).map((c) => ({
    id: c.id,
    parentId: c.parent_id,
    name: c.name,
    nameTranslations: c.name_translations ?? {},
    slug: c.slug,
    path: c.path,
  }));
  return {
    categories,
    categoryById: new Map(categories.map((c) => [c.id, c])),
    facets: (row?.facets ?? []).map((f) => ({
      code: f.code,
      label: f.label,
      labelTranslations: f.label_translations ?? {},
      values: f.values ?? [],
    })),
  };
}

/** A name in the viewer's language, falling back to the default-language name. */
export function localized(name: string, translations: Record<string, string>, locale: string): string {
  return translations[locale] ?? name;
}
