import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../app/batch.js';
import { money } from '../../platform/money.js';
import type { Viewer } from '../identity/index.js';
import {
  PRODUCT_COLUMNS,
  toCategoryNode,
  toProductNode,
  type CategoryRow,
  type ProductRow,
} from './catalog.service.js';
import { sqlArray } from '../../platform/db/sql.js';

/** Batch loaders for catalog fields, limited to the viewer's site. */
export function catalogLoaders(em: EntityManager, viewer: Viewer | null) {
  const connection = em.getConnection();
  const siteId = viewer?.siteId ?? '00000000-0000-0000-0000-000000000000';
  const currency = viewer?.currency ?? '';
  return {
    categoryById: batchLoader(
      (ids) =>
        connection.execute<CategoryRow[]>(
          'SELECT id, parent_id, name, slug FROM category WHERE id = ANY(?::uuid[]) AND site_id = ?',
          [sqlArray(ids), siteId],
        ),
      (row) => row.id,
      (rows) => (rows[0] ? toCategoryNode(rows[0]) : null),
    ),
    productCountByCategory: batchLoader(
      (ids) =>
        connection.execute<Array<{ category_id: string; count: string }>>(
          `SELECT category_id, count(*) FROM product
            WHERE category_id = ANY(?::uuid[]) AND status = 'ACTIVE' GROUP BY category_id`,
          [sqlArray(ids)],
        ),
      (row) => row.category_id,
      (rows) => Number(rows[0]?.count ?? 0),
    ),
    /** Active products of the viewer's site; a product gone or elsewhere loads as null. */
    productById: batchLoader(
      (ids) =>
        connection.execute<ProductRow[]>(
          `SELECT ${PRODUCT_COLUMNS} FROM product p
            WHERE p.id = ANY(?::uuid[]) AND p.site_id = ? AND p.status = 'ACTIVE'`,
          [sqlArray(ids), siteId],
        ),
      (row) => row.id,
      (rows) => (rows[0] ? toProductNode(rows[0]) : null),
    ),
    /** List price in the viewer's currency. */
    listPriceByProduct: batchLoader(
      (ids) =>
        connection.execute<Array<{ product_id: string; amount: string }>>(
          'SELECT product_id, amount FROM product_price WHERE product_id = ANY(?::uuid[]) AND currency = ?',
          [sqlArray(ids), currency],
        ),
      (row) => row.product_id,
      (rows) => (rows[0] ? money(rows[0].amount, currency) : null),
    ),
  };
}
