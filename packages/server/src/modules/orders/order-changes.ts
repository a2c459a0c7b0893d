import type { Sql } from '../../platform/db/transaction.js';
import { ValidationFailed } from '../../platform/graphql-types.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { isSellerSide, type Role, type Viewer } from '../identity/index.js';
import { notify, type NotificationInput } from '../notifications/index.js';
import { noSuchOrder as noSuchOrderText, textTooLong } from './domain/order-messages.js';
import type { OrderStatus } from './domain/order-status.js';
import { ORDER_COLUMNS, type OrderRow } from './orders.service.js';

/** Shared steps of every change to an order: find and lock it, record the event, tell the people. */

/** The order is not there or not in reach: in the viewer's language (`locale`), or the given message. */
export function noSuchOrder(locale = 'en-US', message = noSuchOrderText(locale)): ValidationFailed {
  return new ValidationFailed([{ field: 'orderId', message }]);
}

/**
 * The order, locked for the change: of the viewer's effective account (`account`), or of any account of
 * the viewer's site (`site`, for fulfilment). Null when it is not there or not in reach.
 */
export async function lockOrder(
  sql: Sql,
  viewer: Viewer,
  globalId: string,
  scope: 'account' | 'site',
): Promise<OrderRow | null> {
  const id = fromGlobalId('Order', globalId);
  if (!id) return null;
  if (scope === 'account') {
    if (!viewer.effectiveAccountId) return null;
    const [row] = await sql<OrderRow>(
      `SELECT ${ORDER_COLUMNS} FROM customer_order o WHERE o.id = ? AND o.account_id = ? AND o.site_id = ? FOR UPDATE`,
      [id, viewer.effectiveAccountId, viewer.siteId],
    );
    return row ?? null;
  }
  const [row] = await sql<OrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM customer_order o WHERE o.id = ? AND o.site_id = ? FOR UPDATE`,
    [id, viewer.siteId],
  );
  return row ?? null;
}

export async function setStatus(sql: Sql, orderId: string, status: OrderStatus): Promise<void> {
  await sql('UPDATE customer_order SET status = ? WHERE id = ?', [status, orderId]);
}

export async function recordEvent(
  sql: Sql,
  orderId: string,
  status: OrderStatus,
  actorId: string | null,
  note: string | null,
): Promise<void> {
  await sql(
    `INSERT INTO order_event (id, order_id, status, at, actor_id, note) VALUES (gen_random_uuid(), ?, ?, clock_timestamp(), ?, ?)`,
    [orderId, status, actorId, note],
  );
}

/** The buyers an order belongs to: who placed it (when a customer user) and whose cart it was. */
export async function buyersOf(sql: Sql, order: OrderRow): Promise<string[]> {
  const ids = [order.placed_by_id, order.on_behalf_of_id].filter((id): id is string => !!id);
  const rows = await sql<{ id: string; roles: Role[] }>(
    'SELECT id, roles FROM app_user WHERE id = ANY(?::uuid[])',
    [`{${ids.join(',')}}`],
  );
  return rows.filter((r) => !isSellerSide(r.roles)).map((r) => r.id);
}

export function orderLink(viewer: Viewer, orderId: string): string {
  return `/${viewer.siteCode}/orders/${toGlobalId('Order', orderId)}`;
}

/** Notifies users of the order's site, never the viewer themselves (they see the result already). */
export async function notifyUsers(
  sql: Sql,
  viewer: Viewer,
  order: OrderRow,
  userIds: readonly string[],
  n: Omit<NotificationInput, 'link'>,
): Promise<void> {
  await notify(
    sql,
    order.site_id,
    userIds.filter((id) => id !== viewer.userId),
    { ...n, link: orderLink(viewer, order.id) },
  );
}

/**
 * Optional free text (a reason, a comment): trimmed, bounded; a problem (in `locale`'s language) or the
 * clean value.
 */
export function optionalText(
  value: string | null | undefined,
  field: 'reason' | 'comment',
  max: number,
  locale = 'en-US',
): { ok: true; value: string | null } | { ok: false; failed: ValidationFailed } {
  const text = (value ?? '').trim();
  if (text.length > max || text.includes('\u0000')) {
    return {
      ok: false,
      failed: new ValidationFailed([{ field, message: textTooLong(field, max, locale) }]),
    };
  }
  return { ok: true, value: text || null };
}
