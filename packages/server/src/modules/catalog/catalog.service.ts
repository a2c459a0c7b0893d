import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, cleanText } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../platform/pagination.js';
import { sqlArray } from '../../platform/db/sql.js';
import {
  EntitlementsService,
  entitlementOf,
  visibleProductSql,
  type EntitlementScope,
} from '../entitlements/index.js';
import type { Viewer } from '../identity/index.js';
import { localized, siteCatalogReference, type SiteCatalogReference } from './catalog-reference.js';
import type { CategoryNode, ProductNode } from './catalog.types.js';
import type { BundlePricing } from './product.entity.js';

export interface ProductRow {
  id: string;
  site_id: string;
  category_id: string;
  sku: string;
  name: string;
  description: string;
  image_url: string | null;
  unit_of_measure: string;
  attributes: Record<string, string>;
  min_order_quantity: number;
  max_order_quantity: number | null;
  order_increment: number;
  bundle_pricing: BundlePricing | null;
}

const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/**
 * The product columns and table for a viewer's language: translated name and description when the
 * viewer reads another language than the site's default. (The locale comes from the site's own list
 * and is checked against a strict pattern before it is written into the SQL.)
 */
export function productSource(viewer: Pick<Viewer, 'locale' | 'siteDefaultLocale'>): {
  columns: string;
  from: string;
  /** The translation join alone ('' when none), to join onto `product p` elsewhere. */
  translationJoin: string;
} {
  const translated = viewer.locale !== viewer.siteDefaultLocale && LOCALE.test(viewer.locale);
  const text = translated
    ? 'COALESCE(t.name, p.name) AS name, COALESCE(t.description, p.description) AS description'
    : 'p.name, p.description';
  return {
    columns: `p.id, p.site_id, p.category_id, p.sku, ${text}, p.image_url, p.unit_of_measure, p.attributes,
      p.min_order_quantity, p.max_order_quantity, p.order_increment, p.bundle_pricing`,
    from: translated
      ? `product p LEFT JOIN product_translation t ON t.product_id = p.id AND t.locale = '${viewer.locale}'`
      : 'product p',
    translationJoin: translated
      ? `LEFT JOIN product_translation t ON t.product_id = p.id AND t.locale = '${viewer.locale}'`
      : '',
  };
}

/** The catalog of the viewer's site as the viewer may see it: active, entitled products only. */
export class CatalogService {
  constructor(private readonly em: EntityManager) {}

  scope(viewer: Viewer): Promise<EntitlementScope> {
    return new EntitlementsService(this.em).scopeFor(viewer);
  }

  reference(viewer: Viewer): Promise<SiteCatalogReference> {
    return siteCatalogReference(this.em, viewer.siteId, viewer.catalogVersion);
  }

  /**
   * The category tree in display order (parents before children, siblings by position), paged by
   * position in that order: a tree is read whole, so an offset cursor is exact here.
   */
  async categories(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<CategoryNode>> {
    const size = pageSize(args.first, 500, 500);
    const position = args.after ? decodeCursor(args.after, 1)[0] : -1;
    if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < -1) {
      throw new BadUserInputError('The `after` cursor is not valid for this list.');
    }
    const offset = position + 1;
    const all = (await this.visibleCategories(viewer)).map((c) => toCategoryNode(c, viewer.locale));
    const page = all.slice(offset, offset + size + 1).map((node, i) => ({ node, index: offset + i }));
    return toConnection(
      page,
      size,
      all.length,
      (r) => [r.index],
      (r) => r.node,
    );
  }

  /**
   * The tree as the viewer may see it: a viewer restricted by entitlements sees only categories with at
   * least one product they may see, in them or below (so no category reveals products kept from them).
   */
  private async visibleCategories(viewer: Viewer) {
    const [{ categories }, scope] = await Promise.all([this.reference(viewer), this.scope(viewer)]);
    if (scope.unrestricted) return categories;
    const counts = await this.productCounts(
      viewer,
      categories.map((c) => c.id),
    );
    const shown = new Set<string>();
    for (const category of categories) {
      if ((counts.get(category.id) ?? 0) > 0) for (const id of category.path) shown.add(id);
    }
    return categories.filter((c) => shown.has(c.id));
  }

  async categoryById(viewer: Viewer, id: string): Promise<CategoryNode | null> {
    const category = (await this.reference(viewer)).categoryById.get(id);
    return category ? toCategoryNode(category, viewer.locale) : null;
  }

  /** Visible products directly in each category. */
  async productCounts(viewer: Viewer, categoryIds: readonly string[]): Promise<Map<string, number>> {
    const scope = await this.scope(viewer);
    const visible = visibleProductSql(scope, 'p');
    const rows = await this.em.getConnection().execute<Array<{ category_id: string; count: string }>>(
      `SELECT p.category_id, count(*) FROM product p
        WHERE p.category_id = ANY(?::uuid[]) AND p.site_id = ? AND p.status = 'ACTIVE' AND ${visible.sql}
        GROUP BY p.category_id`,
      [sqlArray([...categoryIds]), viewer.siteId, ...visible.params],
    );
    return new Map(rows.map((r) => [r.category_id, Number(r.count)]));
  }

  async productByGlobalId(viewer: Viewer, globalId: string): Promise<ProductNode | null> {
    const id = fromGlobalId('Product', globalId);
    if (!id) return null;
    const [node] = await this.findVisible(viewer, 'p.id = ?', [id]);
    return node ?? null;
  }

  async productBySku(viewer: Viewer, sku: string): Promise<ProductNode | null> {
    const [node] = await this.findVisible(viewer, 'p.sku = ?', [cleanText(sku, 'SKU')]);
    return node ?? null;
  }

  async productsByIds(viewer: Viewer, ids: readonly string[]): Promise<ProductNode[]> {
    return this.findVisible(viewer, 'p.id = ANY(?::uuid[])', [sqlArray([...ids])]);
  }

  async productsBySkus(viewer: Viewer, skus: readonly string[]): Promise<ProductNode[]> {
    return this.findVisible(viewer, 'p.sku = ANY(?::text[])', [sqlArray([...skus])]);
  }

  /**
   * What pricing needs of products by SKU, and no more (no texts, attributes or images): id, category,
   * purchase rules and what the viewer may do. Visible products only, as everywhere.
   */
  async orderablesBySkus(viewer: Viewer, skus: readonly string[]): Promise<OrderableProduct[]> {
    const scope = await this.scope(viewer);
    const visible = visibleProductSql(scope, 'p');
    const rows = await this.em
      .getConnection()
      .execute<
        Array<
          Pick<
            ProductRow,
            'id' | 'category_id' | 'sku' | 'min_order_quantity' | 'max_order_quantity' | 'order_increment'
          >
        >
      >(
        `SELECT p.id, p.category_id, p.sku, p.min_order_quantity, p.max_order_quantity, p.order_increment FROM product p
        WHERE p.site_id = ? AND p.status = 'ACTIVE' AND ${visible.sql} AND p.sku = ANY(?::text[])`,
        [viewer.siteId, ...visible.params, sqlArray([...skus])],
      );
    const grants = await new EntitlementsService(this.em).productGrants(
      scope,
      rows.map((r) => r.id),
    );
    return rows.map((row) => ({
      dbId: row.id,
      categoryDbId: row.category_id,
      sku: row.sku,
      rules: {
        minQuantity: row.min_order_quantity,
        maxQuantity: row.max_order_quantity,
        increment: row.order_increment,
      },
      access: entitlementOf(scope, row.category_id, grants.get(row.id)),
    }));
  }

  /** Active products of the viewer's site matching a condition, that the viewer may see. */
  private async findVisible(viewer: Viewer, condition: string, params: unknown[]): Promise<ProductNode[]> {
    const scope = await this.scope(viewer);
    const visible = visibleProductSql(scope, 'p');
    const source = productSource(viewer);
    const rows = await this.em.getConnection().execute<ProductRow[]>(
      `SELECT ${source.columns} FROM ${source.from}
        WHERE p.site_id = ? AND p.status = 'ACTIVE' AND ${visible.sql} AND ${condition}`,
      [viewer.siteId, ...visible.params, ...params],
    );
    return this.toNodes(scope, rows);
  }

  /** Nodes for rows already filtered by visibility, with what the viewer may do with each. */
  async toNodes(scope: EntitlementScope, rows: ProductRow[]): Promise<ProductNode[]> {
    const grants = await new EntitlementsService(this.em).productGrants(
      scope,
      rows.map((r) => r.id),
    );
    return rows.map((row) => toProductNode(row, entitlementOf(scope, row.category_id, grants.get(row.id))));
  }
}

/** A product as pricing and ordering rules see it. */
export type OrderableProduct = Pick<ProductNode, 'dbId' | 'categoryDbId' | 'sku' | 'rules' | 'access'>;

export function toProductNode(row: ProductRow, access: ProductNode['access']): ProductNode {
  return {
    dbId: row.id,
    categoryDbId: row.category_id,
    attributeValues: row.attributes ?? {},
    rules: {
      minQuantity: row.min_order_quantity,
      maxQuantity: row.max_order_quantity,
      increment: row.order_increment,
    },
    access,
    id: toGlobalId('Product', row.id),
    sku: row.sku,
    name: row.name,
    description: row.description,
    imageUrl: row.image_url,
    unitOfMeasure: row.unit_of_measure,
    bundlePricing: row.bundle_pricing,
  };
}

export function toCategoryNode(
  category: {
    id: string;
    parentId: string | null;
    name: string;
    nameTranslations: Record<string, string>;
    slug: string;
  },
  locale: string,
): CategoryNode {
  return {
    dbId: category.id,
    parentDbId: category.parentId,
    id: toGlobalId('Category', category.id),
    name: localized(category.name, category.nameTranslations, locale),
    slug: category.slug,
  };
}
