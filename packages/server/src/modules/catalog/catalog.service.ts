import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, cleanText } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { keysetPage } from '../../platform/db/keyset-page.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../platform/pagination.js';
import { escapeLike } from '../accounts/accounts.service.js';
import type { Viewer } from '../identity/index.js';
import type { CategoryNode, ProductNode } from './catalog.types.js';

export interface ProductRow {
  id: string;
  site_id: string;
  category_id: string;
  sku: string;
  name: string;
  description: string;
  image_url: string | null;
  unit_of_measure: string;
}

export interface CategoryRow {
  id: string;
  parent_id: string | null;
  name: string;
  slug: string;
}

export const PRODUCT_COLUMNS =
  'p.id, p.site_id, p.category_id, p.sku, p.name, p.description, p.image_url, p.unit_of_measure';

/** The catalog of the viewer's site: active products only. */
export class CatalogService {
  constructor(private readonly em: EntityManager) {}

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
    const all = await this.categoryTree(viewer);
    const page = all.slice(offset, offset + size + 1).map((node, i) => ({ node, index: offset + i }));
    return toConnection(
      page,
      size,
      all.length,
      (r) => [r.index],
      (r) => r.node,
    );
  }

  private async categoryTree(viewer: Viewer): Promise<CategoryNode[]> {
    const rows = await this.em.getConnection().execute<CategoryRow[]>(
      `WITH RECURSIVE tree AS (
         SELECT c.*, ARRAY[c.position, 0] AS path, ARRAY[c.name] AS names FROM category c
          WHERE c.site_id = ? AND c.parent_id IS NULL
         UNION ALL
         SELECT c.*, tree.path || c.position, tree.names || c.name FROM category c JOIN tree ON c.parent_id = tree.id
       ) SELECT id, parent_id, name, slug FROM tree ORDER BY path, names`,
      [viewer.siteId],
    );
    return rows.map(toCategoryNode);
  }

  async products(
    viewer: Viewer,
    args: {
      first?: number | null;
      after?: string | null;
      search?: string | null;
      categoryId?: string | null;
    },
  ): Promise<Connection<ProductNode>> {
    const where: Array<{ sql: string; params?: unknown[] }> = [
      { sql: "p.site_id = ? AND p.status = 'ACTIVE'", params: [viewer.siteId] },
    ];
    if (args.categoryId) {
      const categoryId = fromGlobalId('Category', args.categoryId);
      if (!categoryId) throw new BadUserInputError('`categoryId` is not a category ID.');
      where.push({
        sql: `p.category_id IN (
          WITH RECURSIVE sub AS (SELECT id FROM category WHERE id = ? AND site_id = ?
            UNION ALL SELECT c.id FROM category c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)`,
        params: [categoryId, viewer.siteId],
      });
    }
    const search = args.search ? cleanText(args.search, 'Search text') : '';
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.push({
        sql: '(p.name ILIKE ? OR p.sku ILIKE ? OR p.description ILIKE ?)',
        params: [pattern, pattern, pattern],
      });
    }
    return keysetPage(this.em, {
      select: PRODUCT_COLUMNS,
      from: 'product p',
      where,
      orderBy: [
        ['p.name', 'text'],
        ['p.id', 'uuid'],
      ],
      direction: 'ASC',
      first: args.first,
      defaultSize: 24,
      after: args.after,
      cursorOf: (r: ProductRow) => [r.name, r.id],
      nodeOf: toProductNode,
    });
  }

  async productByGlobalId(viewer: Viewer, globalId: string): Promise<ProductNode | null> {
    const id = fromGlobalId('Product', globalId);
    if (!id) return null;
    return this.findOne(viewer, 'p.id = ?', id);
  }

  async productBySku(viewer: Viewer, sku: string): Promise<ProductNode | null> {
    return this.findOne(viewer, 'p.sku = ?', cleanText(sku, 'SKU'));
  }

  private async findOne(viewer: Viewer, condition: string, value: string): Promise<ProductNode | null> {
    const [row] = await this.em
      .getConnection()
      .execute<ProductRow[]>(
        `SELECT ${PRODUCT_COLUMNS} FROM product p WHERE p.site_id = ? AND p.status = 'ACTIVE' AND ${condition}`,
        [viewer.siteId, value],
      );
    return row ? toProductNode(row) : null;
  }
}

export function toProductNode(row: ProductRow): ProductNode {
  return {
    dbId: row.id,
    categoryDbId: row.category_id,
    id: toGlobalId('Product', row.id),
    sku: row.sku,
    name: row.name,
    description: row.description,
    imageUrl: row.image_url,
    unitOfMeasure: row.unit_of_measure,
  };
}

export function toCategoryNode(row: CategoryRow): CategoryNode {
  return {
    dbId: row.id,
    parentDbId: row.parent_id,
    id: toGlobalId('Category', row.id),
    name: row.name,
    slug: row.slug,
  };
}
