import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { money } from '../../platform/money.js';
import { keysetPage } from '../../platform/db/keyset-page.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../platform/pagination.js';
import { effectiveAccountId, type Viewer } from '../identity/index.js';
import type { OrderStatus } from './domain/order-status.js';
import type { OrderFilter, OrderLineNode, OrderNode } from './order.types.js';
import { sqlArray } from '../../platform/db/sql.js';

export interface OrderRow {
  id: string;
  account_id: string;
  number: string;
  status: OrderStatus;
  placed_at: string;
  placed_by_id: string;
  po_number: string | null;
  ship_to_id: string | null;
  currency: string;
  subtotal: string;
  total: string;
  line_count: number;
}

export interface OrderLineRow {
  id: string;
  order_id: string;
  line_number: number;
  product_id: string | null;
  sku: string;
  name: string;
  quantity: number;
  unit_price: string;
  line_total: string;
  currency: string;
}

const ORDER_COLUMNS = `o.id, o.account_id, o.number, o.status, o.placed_at, o.placed_by_id, o.po_number,
  o.ship_to_id, o.currency, o.subtotal, o.total, o.line_count`;

export const LINE_COLUMNS = `l.id, l.order_id, l.line_number, l.product_id, l.sku, l.name, l.quantity,
  l.unit_price, l.line_total, o.currency`;

/** Order history of the viewer's effective account; nothing outside it is ever read. */
export class OrdersService {
  constructor(private readonly em: EntityManager) {}

  async history(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; filter?: OrderFilter | null },
  ): Promise<Connection<OrderNode>> {
    const accountId = effectiveAccountId(viewer);
    if (!accountId) return toConnection([], pageSize(args.first, 20), 0, () => [], toOrderNode);

    const where: Array<{ sql: string; params?: unknown[] }> = [
      { sql: 'o.account_id = ? AND o.site_id = ?', params: [accountId, viewer.siteId] },
    ];
    const { statuses, placedFrom, placedBefore } = args.filter ?? {};
    for (const date of [placedFrom, placedBefore]) {
      if (date && (date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999)) {
        throw new BadUserInputError('Dates must be between the years 1900 and 9999.');
      }
    }
    if (placedFrom && placedBefore && placedFrom >= placedBefore) {
      throw new BadUserInputError('The start date must be before the end date.');
    }
    if (statuses?.length) where.push({ sql: 'o.status = ANY(?::text[])', params: [sqlArray(statuses)] });
    if (placedFrom) where.push({ sql: 'o.placed_at >= ?', params: [placedFrom] });
    if (placedBefore) where.push({ sql: 'o.placed_at < ?', params: [placedBefore] });
    return keysetPage(this.em, {
      select: ORDER_COLUMNS,
      from: 'customer_order o',
      where,
      orderBy: [
        ['o.placed_at', 'timestamptz'],
        ['o.id', 'uuid'],
      ],
      direction: 'DESC',
      first: args.first,
      defaultSize: 20,
      after: args.after,
      cursorOf: (r: OrderRow) => [new Date(r.placed_at).toISOString(), r.id],
      nodeOf: toOrderNode,
    });
  }

  /** One order of the effective account; another account's order is simply not found. */
  async byGlobalId(viewer: Viewer, globalId: string): Promise<OrderNode | null> {
    const id = fromGlobalId('Order', globalId);
    const accountId = effectiveAccountId(viewer);
    if (!id || !accountId) return null;
    const [row] = await this.em
      .getConnection()
      .execute<OrderRow[]>(
        `SELECT ${ORDER_COLUMNS} FROM customer_order o WHERE o.id = ? AND o.account_id = ? AND o.site_id = ?`,
        [id, accountId, viewer.siteId],
      );
    return row ? toOrderNode(row) : null;
  }

  /** Lines of an order already reached through a scoped query, after a cursor. */
  async lines(orderId: string, size: number, after: string): Promise<OrderLineRow[]> {
    const [lineNumber] = decodeCursor(after, 1);
    if (typeof lineNumber !== 'number' || !Number.isSafeInteger(lineNumber) || lineNumber < 0) {
      throw new BadUserInputError('The `after` cursor is not valid for this list.');
    }
    return this.em.getConnection().execute<OrderLineRow[]>(
      `SELECT ${LINE_COLUMNS} FROM order_line l JOIN customer_order o ON o.id = l.order_id
        WHERE l.order_id = ? AND l.line_number > ? ORDER BY l.line_number LIMIT ?`,
      [orderId, Number(lineNumber), size + 1],
    );
  }
}

export function toOrderNode(row: OrderRow): OrderNode {
  return {
    dbId: row.id,
    accountDbId: row.account_id,
    placedByDbId: row.placed_by_id,
    shipToDbId: row.ship_to_id,
    id: toGlobalId('Order', row.id),
    number: row.number,
    status: row.status,
    placedAt: new Date(row.placed_at),
    poNumber: row.po_number,
    currency: row.currency,
    subtotal: money(row.subtotal, row.currency),
    total: money(row.total, row.currency),
    lineCount: row.line_count,
  };
}

export function toOrderLineNode(row: OrderLineRow): OrderLineNode {
  return {
    dbId: row.id,
    productDbId: row.product_id,
    id: toGlobalId('OrderLine', row.id),
    lineNumber: row.line_number,
    sku: row.sku,
    name: row.name,
    quantity: row.quantity,
    unitPrice: money(row.unit_price, row.currency),
    lineTotal: money(row.line_total, row.currency),
  };
}
