import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import { BadUserInputError, cleanText } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { money } from '../../platform/money.js';
import {
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
  type CursorValues,
} from '../../platform/pagination.js';
import { escapeLike } from '../accounts/index.js';
import { effectiveAccountId, type Viewer } from '../identity/index.js';
import { mayCancel } from './domain/order-access.js';
import { canCancel, type OrderStatus } from './domain/order-status.js';
import { PaymentMethod } from './order.entity.js';
import {
  OrderSortField,
  SortDirection,
  type OrderFilter,
  type OrderLineNode,
  type OrderNode,
  type OrderSort,
} from './order.types.js';
import { PriceStepKind, type PriceStepNode } from '../pricing/pricing.types.js';

export interface OrderRow {
  id: string;
  site_id: string;
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
  payment_method: PaymentMethod | null;
  payment_terms_days: number | null;
  payment_due_date: string | null;
  card_charge_id: string | null;
  discount_total: string;
  shipping_total: string;
  tax_total: string;
  offer_summary: string | null;
  notes: string | null;
  on_behalf_of_id: string | null;
  decided_by_id: string | null;
  decided_at: string | null;
  decision_comment: string | null;
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
  list_unit_price: string | null;
  price_steps: unknown;
  delivery_group_id: string | null;
  quantity_shipped: number;
}

export const ORDER_COLUMNS = `o.id, o.site_id, o.account_id, o.number, o.status, o.placed_at, o.placed_by_id, o.po_number,
  o.ship_to_id, o.currency, o.subtotal, o.total, o.line_count, o.payment_method, o.payment_terms_days,
  to_char(o.payment_due_date, 'YYYY-MM-DD') AS payment_due_date, o.card_charge_id, o.discount_total,
  o.shipping_total, o.tax_total, o.offer_summary, o.notes, o.on_behalf_of_id, o.decided_by_id, o.decided_at,
  o.decision_comment`;

export const LINE_COLUMNS = `l.id, l.order_id, l.line_number, l.product_id, l.sku, l.name, l.quantity,
  l.unit_price, l.line_total, o.currency, l.list_unit_price, l.price_steps, l.delivery_group_id, l.quantity_shipped`;

/** Sort columns with the SQL type their cursor value is checked and cast as. */
const SORTS: Record<OrderSortField, { column: string; type: 'timestamptz' | 'numeric' | 'text' }> = {
  [OrderSortField.PLACED_AT]: { column: 'o.placed_at', type: 'timestamptz' },
  [OrderSortField.TOTAL]: { column: 'o.total', type: 'numeric' },
  [OrderSortField.NUMBER]: { column: 'o.number', type: 'text' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface HistoryArgs {
  first?: number | null;
  after?: string | null;
  filter?: OrderFilter | null;
  search?: string | null;
  sort?: OrderSort | null;
}

type Where = Array<{ sql: string; params: unknown[] }>;

/** Order history of the viewer's effective account; nothing outside it is ever read. */
export class OrdersService {
  constructor(private readonly em: EntityManager) {}

  async history(viewer: Viewer, args: HistoryArgs): Promise<Connection<OrderNode>> {
    const size = pageSize(args.first, 20);
    const accountId = effectiveAccountId(viewer);
    if (!accountId) {
      this.conditions(viewer, '', args); // bad input is refused even without an account
      return toConnection(
        [],
        size,
        0,
        () => [],
        (r: OrderRow) => toOrderNode(r, viewer),
      );
    }
    const where = this.conditions(viewer, accountId, args);
    const sort = sortOf(args.sort);
    const { rows, count } = await this.page(where, sort, size, args.after ?? null);
    return toConnection(
      rows,
      size,
      count,
      (r) => cursorValues(sort, r),
      (r) => toOrderNode(r, viewer),
    );
  }

  /** Every order the filters select, in the sort, in batches (for the CSV export). */
  async *allMatching(
    viewer: Viewer,
    args: Omit<HistoryArgs, 'first' | 'after'>,
    batch = 1000,
  ): AsyncGenerator<OrderRow[]> {
    const accountId = effectiveAccountId(viewer);
    const where = this.conditions(viewer, accountId ?? '', args);
    if (!accountId) return;
    const sort = sortOf(args.sort);
    let after: string | null = null;
    for (;;) {
      const { rows }: { rows: OrderRow[] } = await this.page(where, sort, batch, after, false);
      const page = rows.slice(0, batch);
      if (page.length) yield page;
      if (rows.length <= batch) return;
      after = encodeCursorOf(sort, page.at(-1)!);
    }
  }

  /** The WHERE conditions of history: the effective account on the viewer's site, then the filters. */
  private conditions(viewer: Viewer, accountId: string, args: HistoryArgs): Where {
    const where: Where = [{ sql: 'o.account_id = ? AND o.site_id = ?', params: [accountId, viewer.siteId] }];
    const { statuses, placedFrom, placedBefore, placedById, shipToId } = args.filter ?? {};
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
    if (placedById) {
      const userId = fromGlobalId('User', placedById);
      if (!userId) throw new BadUserInputError('`placedById` is not a user ID.');
      where.push({ sql: '(o.placed_by_id = ? OR o.on_behalf_of_id = ?)', params: [userId, userId] });
    }
    if (shipToId) {
      const addressId = fromGlobalId('Address', shipToId);
      if (!addressId) throw new BadUserInputError('`shipToId` is not an address ID.');
      where.push({
        sql: `(o.ship_to_id = ? OR EXISTS (SELECT 1 FROM order_delivery_group g WHERE g.order_id = o.id AND g.address_id = ?))`,
        params: [addressId, addressId],
      });
    }
    const search = args.search ? cleanText(args.search, 'Search') : '';
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.push({
        sql: `(o.number ILIKE ? OR o.po_number ILIKE ? OR EXISTS (
                 SELECT 1 FROM order_line l WHERE l.order_id = o.id AND (l.sku ILIKE ? OR l.name ILIKE ?)))`,
        params: [pattern, pattern, pattern, pattern],
      });
    }
    return where;
  }

  /** One keyset page (limit size + 1) and, when asked, the filtered total. */
  private async page(
    where: Where,
    sort: Required<OrderSort>,
    size: number,
    after: string | null,
    withCount = true,
  ): Promise<{ rows: OrderRow[]; count: number }> {
    const { column, type } = SORTS[sort.field];
    const filterSql = where.map((w) => w.sql).join(' AND ');
    const filterParams = where.flatMap((w) => w.params);
    let pageSql = filterSql;
    const pageParams = [...filterParams];
    if (after) {
      const [value, id] = afterValues(sort, after);
      pageSql += ` AND (${column}, o.id) ${sort.direction === SortDirection.ASC ? '>' : '<'} (?::${type}, ?::uuid)`;
      pageParams.push(value, id);
    }
    const dir = sort.direction === SortDirection.ASC ? 'ASC' : 'DESC';
    const connection = this.em.getConnection();
    const [rows, counted] = await Promise.all([
      connection.execute<OrderRow[]>(
        `SELECT ${ORDER_COLUMNS} FROM customer_order o WHERE ${pageSql} ORDER BY ${column} ${dir}, o.id ${dir} LIMIT ?`,
        [...pageParams, size + 1],
      ),
      withCount
        ? connection.execute<Array<{ count: string }>>(
            `SELECT count(*) FROM customer_order o WHERE ${filterSql}`,
            filterParams,
          )
        : Promise.resolve([{ count: '0' }]),
    ]);
    return { rows, count: Number(counted[0]?.count ?? 0) };
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
    return row ? toOrderNode(row, viewer) : null;
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

function sortOf(sort: OrderSort | null | undefined): Required<OrderSort> {
  return {
    field: sort?.field ?? OrderSortField.PLACED_AT,
    direction: sort?.direction ?? SortDirection.DESC,
  };
}

/** A cursor names its sort, so a cursor of one sort is refused in another (never a silent skip). */
function cursorValues(sort: Required<OrderSort>, row: OrderRow): CursorValues {
  const value =
    sort.field === OrderSortField.PLACED_AT
      ? new Date(row.placed_at).toISOString()
      : sort.field === OrderSortField.TOTAL
        ? String(row.total)
        : row.number;
  return [`${sort.field}:${sort.direction}`, value, row.id];
}

function encodeCursorOf(sort: Required<OrderSort>, row: OrderRow): string {
  return Buffer.from(JSON.stringify(cursorValues(sort, row)), 'utf8').toString('base64url');
}

function afterValues(sort: Required<OrderSort>, after: string): [string, string] {
  const [key, value, id] = decodeCursor(after, 3);
  const invalid = () => new BadUserInputError('The `after` cursor is not valid for this list.');
  if (key !== `${sort.field}:${sort.direction}`)
    throw new BadUserInputError(
      'The `after` cursor belongs to another sort order: start again from the top.',
    );
  if (typeof value !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw invalid();
  const { type } = SORTS[sort.field];
  const ok =
    type === 'timestamptz'
      ? /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))
      : type === 'numeric'
        ? /^-?\d{1,15}(\.\d{1,4})?$/.test(value)
        : value.length <= 200 && !value.includes('\u0000');
  if (!ok) throw invalid();
  return [value, id];
}

export function toOrderNode(row: OrderRow, viewer: Viewer | null = null): OrderNode {
  const currency = row.currency;
  return {
    dbId: row.id,
    accountDbId: row.account_id,
    siteDbId: row.site_id,
    placedByDbId: row.placed_by_id,
    shipToDbId: row.ship_to_id,
    onBehalfOfDbId: row.on_behalf_of_id ?? null,
    cardChargeDbId: row.card_charge_id ?? null,
    id: toGlobalId('Order', row.id),
    number: row.number,
    status: row.status,
    placedAt: new Date(row.placed_at),
    poNumber: row.po_number,
    currency,
    subtotal: money(row.subtotal, currency),
    total: money(row.total, currency),
    lineCount: row.line_count,
    // History imported without a payment method was on terms when it carries a PO number (the rule the
    // credit check and invoicing apply too).
    paymentMethod: row.payment_method ?? (row.po_number ? PaymentMethod.PURCHASE_ORDER : null),
    paymentTermsDays: row.payment_terms_days ?? null,
    paymentDueDate: row.payment_due_date ?? null,
    discountTotal: money(row.discount_total ?? '0', currency),
    shippingTotal: money(row.shipping_total ?? '0', currency),
    taxTotal: money(row.tax_total ?? '0', currency),
    offerSummary: row.offer_summary ?? null,
    notes: row.notes ?? null,
    canCancel:
      viewer !== null &&
      viewer.effectiveAccountId === row.account_id &&
      canCancel(row.status) &&
      mayCancel(viewer, { placedById: row.placed_by_id, onBehalfOfId: row.on_behalf_of_id ?? null }),
    approval: row.decided_at
      ? {
          decidedByDbId: row.decided_by_id,
          decidedAt: new Date(row.decided_at),
          comment: row.decision_comment,
        }
      : null,
  };
}

export function toOrderLineNode(row: OrderLineRow): OrderLineNode {
  return {
    dbId: row.id,
    productDbId: row.product_id,
    deliveryGroupDbId: row.delivery_group_id ?? null,
    id: toGlobalId('OrderLine', row.id),
    lineNumber: row.line_number,
    sku: row.sku,
    name: row.name,
    quantity: row.quantity,
    unitPrice: money(row.unit_price, row.currency),
    lineTotal: money(row.line_total, row.currency),
    listUnitPrice: row.list_unit_price ? money(row.list_unit_price, row.currency) : null,
    priceSteps: priceStepsOf(row.price_steps, row.currency),
    quantityShipped: row.quantity_shipped ?? 0,
  };
}

const STEP_KINDS = new Set<string>(Object.values(PriceStepKind));

/** The stored price explanation, read defensively (a malformed entry is left out, never an error). */
function priceStepsOf(value: unknown, currency: string): PriceStepNode[] {
  if (!Array.isArray(value)) return [];
  const steps: PriceStepNode[] = [];
  for (const step of value as Array<Record<string, unknown>>) {
    if (!step || typeof step !== 'object' || !STEP_KINDS.has(step.kind as string)) continue;
    const unit = step.unitPrice as { amount?: unknown; currency?: unknown } | string | undefined;
    const amount = typeof unit === 'object' && unit ? unit.amount : unit;
    if (typeof amount !== 'string' || !/^-?\d+(\.\d+)?$/.test(amount)) continue;
    steps.push({
      kind: step.kind as PriceStepNode['kind'],
      recordId: typeof step.recordId === 'string' ? step.recordId : '',
      label: typeof step.label === 'string' ? step.label : '',
      note: typeof step.note === 'string' ? step.note : '',
      unitPrice: money(
        amount,
        typeof unit === 'object' && unit && typeof unit.currency === 'string' ? unit.currency : currency,
      ),
    });
  }
  return steps;
}
