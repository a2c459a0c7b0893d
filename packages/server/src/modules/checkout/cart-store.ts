import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from '../../platform/db/transaction.js';
import { fromGlobalId } from '../../platform/ids.js';
import { earliestDelivery } from './domain/delivery.js';
import type { Viewer } from '../identity/index.js';
import type { CartOfferKind, CartStatus, ShippingMethod } from './cart.entity.js';

/** Reading and locking carts the viewer may use; every cart query goes through here. */
export interface CartRow {
  id: string;
  site_id: string;
  account_id: string;
  owner_id: string;
  owner_name: string;
  owner_seller_side: boolean;
  name: string | null;
  status: CartStatus;
  coupon_codes: string[];
  version: number;
  updated_at: string;
}

export interface CartLineRow {
  id: string;
  product_id: string;
  quantity: number;
  delivery_group_id: string | null;
  position: number;
}

export interface DeliveryGroupRow {
  id: string;
  address_id: string | null;
  desired_date: string | null;
  shipping_method: ShippingMethod;
  position: number;
}

export interface CartOfferRow {
  id: string;
  kind: CartOfferKind;
  terms_days: number | null;
  category_id: string | null;
  percent: string | null;
  reason: string;
  applied_by: string;
  applied_at: string;
}

const CART_COLUMNS = `c.id, c.site_id, c.account_id, c.owner_id, u.name AS owner_name,
  NOT (u.roles && '{BUYER,BUYER_ADMIN,PARTNER_USER,PARTNER_MANAGER}'::text[]) AS owner_seller_side,
  c.name, c.status, c.coupon_codes, c.version, c.updated_at`;

/**
 * Which carts a viewer may use: those of the account they act for, on their site; a customer user only
 * their own; a seller-side user any cart of the account (to shop on the buyer's behalf).
 */
function scope(viewer: Viewer): { sql: string; params: unknown[] } | null {
  if (!viewer.effectiveAccountId) return null;
  if (viewer.sellerSide)
    return { sql: 'c.account_id = ? AND c.site_id = ?', params: [viewer.effectiveAccountId, viewer.siteId] };
  return {
    sql: 'c.account_id = ? AND c.site_id = ? AND c.owner_id = ?',
    params: [viewer.effectiveAccountId, viewer.siteId, viewer.userId],
  };
}

function runner(em: EntityManager | Sql): Sql {
  return typeof em === 'function'
    ? em
    : <Row>(statement: string, params: unknown[] = []) =>
        em.getConnection().execute<Row[]>(statement, params);
}

/** A cart by its opaque ID, or the viewer's active cart when `globalId` is null. Null when not theirs. */
export async function findCart(
  em: EntityManager | Sql,
  viewer: Viewer,
  globalId: string | null,
  options: { lock?: boolean } = {},
): Promise<CartRow | null> {
  const sql = runner(em);
  const access = scope(viewer);
  if (!access) return null;
  const lock = options.lock ? ' FOR UPDATE OF c' : '';
  if (globalId === null) {
    const [row] = await sql<CartRow>(
      `SELECT ${CART_COLUMNS} FROM cart c JOIN app_user u ON u.id = c.owner_id
        WHERE ${access.sql} AND c.owner_id = ? AND c.status = 'ACTIVE'${lock}`,
      [...access.params, viewer.userId],
    );
    return row ?? null;
  }
  const id = fromGlobalId('Cart', globalId);
  if (!id) return null;
  const [row] = await sql<CartRow>(
    `SELECT ${CART_COLUMNS} FROM cart c JOIN app_user u ON u.id = c.owner_id WHERE ${access.sql} AND c.id = ?${lock}`,
    [...access.params, id],
  );
  return row ?? null;
}

/** The viewer's active cart for the account, created (with a first delivery group) when there is none. */
export async function activeCart(sql: Sql, viewer: Viewer): Promise<CartRow | null> {
  if (!viewer.effectiveAccountId) return null;
  const existing = await findCart(sql, viewer, null, { lock: true });
  if (existing) return existing;
  await sql(
    `INSERT INTO cart (id, site_id, account_id, owner_id, status, coupon_codes, version, created_at, updated_at)
     VALUES (gen_random_uuid(), ?, ?, ?, 'ACTIVE', '{}', 1, now(), now()) ON CONFLICT DO NOTHING`,
    [viewer.siteId, viewer.effectiveAccountId, viewer.userId],
  );
  const cart = await findCart(sql, viewer, null, { lock: true });
  if (cart) await ensureDeliveryGroup(sql, cart);
  return cart;
}

/** A cart always has at least one delivery group: the account's first address, the earliest standard date. */
export async function ensureDeliveryGroup(sql: Sql, cart: CartRow): Promise<void> {
  const [has] = await sql<{ id: string }>('SELECT id FROM delivery_group WHERE cart_id = ? LIMIT 1', [
    cart.id,
  ]);
  if (has) return;
  const [address] = await sql<{ id: string }>(
    'SELECT id FROM address WHERE account_id = ? ORDER BY label, id LIMIT 1',
    [cart.account_id],
  );
  await sql(
    `INSERT INTO delivery_group (id, cart_id, address_id, desired_date, shipping_method, position)
     VALUES (gen_random_uuid(), ?, ?, ?, 'STANDARD', 0)`,
    [cart.id, address?.id ?? null, earliestDelivery(today(), 'STANDARD')],
  );
}

export async function cartContents(
  em: EntityManager | Sql,
  cartId: string,
): Promise<{ lines: CartLineRow[]; groups: DeliveryGroupRow[]; offers: CartOfferRow[] }> {
  const sql = runner(em);
  const [lines, groups, offers] = await Promise.all([
    sql<CartLineRow>(
      'SELECT id, product_id, quantity, delivery_group_id, position FROM cart_line WHERE cart_id = ? ORDER BY position, id',
      [cartId],
    ),
    sql<DeliveryGroupRow>(
      `SELECT id, address_id, to_char(desired_date, 'YYYY-MM-DD') AS desired_date, shipping_method, position
         FROM delivery_group WHERE cart_id = ? ORDER BY position, id`,
      [cartId],
    ),
    sql<CartOfferRow>(
      `SELECT o.id, o.kind, o.terms_days, o.category_id, o.percent::text, o.reason, u.name AS applied_by, o.applied_at
         FROM cart_offer o JOIN app_user u ON u.id = o.applied_by_id WHERE o.cart_id = ? ORDER BY o.applied_at`,
      [cartId],
    ),
  ]);
  return { lines, groups, offers };
}

/** Marks a change: bumps the version (which concurrent editors compare) and the time. */
export async function touch(sql: Sql, cartId: string): Promise<void> {
  await sql('UPDATE cart SET version = version + 1, updated_at = now() WHERE id = ?', [cartId]);
}

/** Today in UTC, YYYY-MM-DD. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
