import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import { availabilityOf, warehouseAvailability } from './domain/availability.js';
import type { AvailabilityNode, ProductMediaNode } from './catalog.types.js';
import { AvailabilityStatus } from './catalog.types.js';
import type { MediaKind } from './product-media.entity.js';
import type { RelationKind } from './product-relation.entity.js';

export interface BundleComponentRow {
  bundle_id: string;
  component_id: string;
  quantity: number;
  required: boolean;
}

export interface RelationRow {
  product_id: string;
  related_id: string;
  kind: RelationKind;
}

/**
 * What surrounds a product: stock per warehouse, bundle components, related products and media. Each
 * method takes many products at once (batch loaders call it), so a page costs one query per kind.
 * Callers reach products through the catalog's visibility rules first; components and related products
 * are products too and go through those rules again before they are shown.
 */
export class ProductDetailsService {
  constructor(private readonly em: EntityManager) {}

  async availability(productIds: readonly string[]): Promise<Map<string, AvailabilityNode>> {
    const rows = await this.em.getConnection().execute<
      Array<{
        product_id: string;
        warehouse_id: string;
        warehouse: string;
        city: string;
        on_hand: number;
        low_stock_threshold: number;
        next_receipt_date: string | null;
      }>
    >(
      `SELECT s.product_id, s.warehouse_id, w.name AS warehouse, w.city, s.on_hand, s.low_stock_threshold,
              to_char(s.next_receipt_date, 'YYYY-MM-DD') AS next_receipt_date
         FROM product_stock s JOIN warehouse w ON w.id = s.warehouse_id
        WHERE s.product_id = ANY(?::uuid[]) ORDER BY w.position, w.name`,
      [sqlArray([...productIds])],
    );
    const byProduct = new Map<string, typeof rows>();
    for (const row of rows) {
      const list = byProduct.get(row.product_id) ?? [];
      list.push(row);
      byProduct.set(row.product_id, list);
    }
    const result = new Map<string, AvailabilityNode>();
    for (const id of productIds) {
      const levels = (byProduct.get(id) ?? []).map((r) => ({
        warehouseId: r.warehouse_id,
        onHand: r.on_hand,
        lowStockThreshold: r.low_stock_threshold,
        nextReceiptDate: r.next_receipt_date,
      }));
      const overall = availabilityOf(levels);
      result.set(id, {
        status: AvailabilityStatus[overall.status],
        onHand: overall.onHand,
        expectedDate: overall.expectedDate,
        warehouses: (byProduct.get(id) ?? []).map((r, i) => {
          const one = warehouseAvailability(levels[i]!);
          return {
            warehouse: r.warehouse,
            city: r.city,
            status: AvailabilityStatus[one.status],
            onHand: one.onHand,
            expectedDate: one.expectedDate,
          };
        }),
      });
    }
    return result;
  }

  async bundleComponents(bundleIds: readonly string[]): Promise<BundleComponentRow[]> {
    return this.em.getConnection().execute<BundleComponentRow[]>(
      `SELECT bundle_id, component_id, quantity, required FROM bundle_component
        WHERE bundle_id = ANY(?::uuid[]) ORDER BY position, id`,
      [sqlArray([...bundleIds])],
    );
  }

  async relations(productIds: readonly string[]): Promise<RelationRow[]> {
    return this.em.getConnection().execute<RelationRow[]>(
      `SELECT product_id, related_id, kind FROM product_relation
        WHERE product_id = ANY(?::uuid[]) ORDER BY kind, position, id`,
      [sqlArray([...productIds])],
    );
  }

  /** Media for the viewer's language: items for every language, plus those in the viewer's. */
  async media(
    productIds: readonly string[],
    locale: string,
  ): Promise<Array<ProductMediaNode & { productId: string }>> {
    const rows = await this.em
      .getConnection()
      .execute<Array<{ product_id: string; kind: MediaKind; title: string; url: string }>>(
        `SELECT product_id, kind, title, url FROM product_media
        WHERE product_id = ANY(?::uuid[]) AND (locale IS NULL OR locale = ?)
        ORDER BY position, kind, title`,
        [sqlArray([...productIds]), locale],
      );
    return rows.map((r) => ({ productId: r.product_id, kind: r.kind, title: r.title, url: r.url }));
  }
}
