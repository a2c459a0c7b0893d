import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailed } from '../../platform/graphql-types.js';
import { money } from '../../platform/money.js';
import { CartService } from '../checkout/cart.service.js';
import { LinesAddedNode } from '../checkout/cart.types.js';
import type { Viewer } from '../identity/index.js';
import { noSuchOrder, reorderPriceChanged } from './domain/order-messages.js';
import { OrdersService } from './orders.service.js';

/**
 * Ordering again: a past order's lines go into a cart through the cart's own checks, priced live.
 * Lines that can no longer be ordered (unknown SKU, not entitled, quantity rules) come back in
 * `rejected`; a unit price that changed since the order is named in `warnings`.
 */
export class ReorderService {
  constructor(private readonly em: EntityManager) {}

  async reorder(viewer: Viewer, orderId: string, cartId: string | null) {
    const order = await new OrdersService(this.em).byGlobalId(viewer, orderId);
    if (!order) return new ValidationFailed([{ field: 'orderId', message: noSuchOrder(viewer.locale) }]);
    const lines = await this.em
      .getConnection()
      .execute<Array<{ line_number: number; sku: string; quantity: number; unit_price: string }>>(
        `SELECT l.line_number, COALESCE(p.sku, l.sku) AS sku, l.quantity, l.unit_price
         FROM order_line l LEFT JOIN product p ON p.id = l.product_id AND p.site_id = ?
        WHERE l.order_id = ? ORDER BY l.line_number`,
        [viewer.siteId, order.dbId],
      );
    const result = await new CartService(this.em).addLines(
      viewer,
      cartId,
      lines.map((l) => ({ line: l.line_number, sku: l.sku, quantity: l.quantity })),
    );
    if (!(result instanceof LinesAddedNode)) return result;
    const rejected = new Set(result.rejected.map((r) => r.line));
    const cartLines = new Map(result.cart.lines.map((l) => [l.sku.toUpperCase(), l]));
    const changed: string[] = [];
    for (const line of lines) {
      if (rejected.has(line.line_number)) continue;
      const now = cartLines.get(line.sku.toUpperCase())?.price?.unitPrice;
      if (!now || now.currency !== order.currency) continue;
      const was = money(line.unit_price, order.currency);
      if (now.amount !== was.amount)
        changed.push(
          reorderPriceChanged(
            {
              sku: line.sku,
              now: now.amount,
              was: was.amount,
              currency: now.currency,
              orderNumber: order.number,
            },
            viewer.locale,
          ),
        );
    }
    result.warnings = [...changed, ...result.warnings];
    return result;
  }
}
