import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import { inTransaction, type Sql } from '../../platform/db/transaction.js';
import { BadUserInputError } from '../../platform/errors.js';
import { ErrorCode, ValidationFailed, type FieldProblem } from '../../platform/graphql-types.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { CatalogService, checkQuantity } from '../catalog/index.js';
import type { Viewer } from '../identity/index.js';
import {
  activeCart,
  cartContents,
  ensureDeliveryGroup,
  findCart,
  today,
  touch,
  type CartRow,
} from './cart-store.js';
import { ShippingMethod } from './cart.entity.js';
import {
  CartChanged,
  CartUpdatedNode,
  LinesAddedNode,
  type CartLineRejectedNode,
  type CartNode,
  type CartSummaryNode,
} from './cart.types.js';
import { priceCart } from './cart-view.js';
import {
  alreadyInCart,
  backordered,
  cartAlreadyOrdered,
  cartLineLimit,
  cartLineProblem,
  cartRefusal,
  earliestDeliveryIs,
  noProductWithSku,
  noSuchCart,
  quickOrderTruncated,
  savedCartNamePrefix,
  splitPartProblem,
  tooManyLinesSent,
  type CartRefusal,
} from './domain/cart-messages.js';
import { problemsSummary } from './domain/locale-text.js';
import { checkSplit, earliestDelivery } from './domain/delivery.js';
import { checkOffer, type OfferInput } from './domain/offers.js';
import { MAX_QUICK_ORDER_LINES, type parseQuickOrder } from './domain/quick-order.js';

/** Most lines a cart holds (quick orders of thousands of rows fit). */
export const MAX_CART_LINES = 5000;
const MAX_QUANTITY = 1_000_000;

export interface LineRequest {
  /** Position in the request or file line, for reports. */
  line: number;
  sku: string;
  quantity: number | null;
  deliveryGroupId?: string | null;
}

/**
 * Carts: read, fill and arrange. Every change runs in one transaction with the cart row locked and bumps
 * its version; a caller that sends `expectedVersion` gets CartChanged instead of overwriting someone
 * else's change (a buyer and their sales rep may work on one cart).
 */
export class CartService {
  constructor(private readonly em: EntityManager) {}

  private requireAccount(viewer: Viewer): void {
    if (!viewer.effectiveAccountId) throw new BadUserInputError(cartRefusal('CHOOSE_ACCOUNT', viewer.locale));
  }

  /** The viewer's active cart, or a given cart of theirs; null when they have none (or it is not theirs). */
  async view(viewer: Viewer, cartId: string | null): Promise<CartNode | null> {
    const cart = await findCart(this.em, viewer, cartId);
    if (!cart) return null;
    const run: Sql = <Row>(statement: string, params: unknown[] = []) =>
      this.em.getConnection().execute<Row[]>(statement, params);
    return (await priceCart(this.em, run, viewer, cart)).node;
  }

  /** Carts of the effective account the viewer may use: their own, and for seller-side users the buyers'. */
  async list(viewer: Viewer): Promise<CartSummaryNode[]> {
    if (!viewer.effectiveAccountId) return [];
    const rows = await this.em.getConnection().execute<
      Array<{
        id: string;
        name: string | null;
        status: 'ACTIVE' | 'SAVED';
        owner_id: string;
        owner_name: string;
        owner_seller_side: boolean;
        line_count: string;
        unit_count: string;
        updated_at: string;
      }>
    >(
      `SELECT c.id, c.name, c.status, c.owner_id, u.name AS owner_name,
              NOT (u.roles && '{BUYER,BUYER_ADMIN,PARTNER_USER,PARTNER_MANAGER}'::text[]) AS owner_seller_side,
              (SELECT count(*) FROM cart_line l WHERE l.cart_id = c.id) AS line_count,
              (SELECT COALESCE(sum(quantity), 0) FROM cart_line l WHERE l.cart_id = c.id) AS unit_count, c.updated_at
         FROM cart c JOIN app_user u ON u.id = c.owner_id
        WHERE c.account_id = ? AND c.site_id = ? AND c.status IN ('ACTIVE', 'SAVED')
          ${viewer.sellerSide ? '' : 'AND c.owner_id = ?'}
        ORDER BY (c.owner_id = ?) DESC, c.status, c.updated_at DESC
        LIMIT 200`,
      viewer.sellerSide
        ? [viewer.effectiveAccountId, viewer.siteId, viewer.userId]
        : [viewer.effectiveAccountId, viewer.siteId, viewer.userId, viewer.userId],
    );
    return rows.map((r) => ({
      id: toGlobalId('Cart', r.id),
      name: r.name,
      status: r.status as CartSummaryNode['status'],
      owner: { name: r.owner_name, sellerSide: r.owner_seller_side, isViewer: r.owner_id === viewer.userId },
      lineCount: Number(r.line_count),
      unitCount: Number(r.unit_count),
      updatedAt: new Date(r.updated_at),
    }));
  }

  /**
   * One change in one transaction: locks the cart (the active cart is created when needed), refuses a
   * stale version, runs `change`, bumps the version and returns the repriced cart.
   */
  private async change<T, R>(
    viewer: Viewer,
    cartId: string | null,
    expectedVersion: number | null | undefined,
    change: (sql: Sql, cart: CartRow) => Promise<T | ValidationFailed>,
    wrap: (cart: CartNode, result: T) => R,
  ): Promise<R | ValidationFailed | CartChanged> {
    this.requireAccount(viewer);
    return inTransaction(this.em, async (sql) => {
      const cart =
        cartId === null ? await activeCart(sql, viewer) : await findCart(sql, viewer, cartId, { lock: true });
      if (!cart) return refused(viewer, 'cartId', noSuchCart(viewer.locale));
      if (cart.status === 'ORDERED') return refused(viewer, 'cartId', cartAlreadyOrdered(viewer.locale));
      if (expectedVersion != null && expectedVersion !== cart.version) {
        return new CartChanged((await priceCart(this.em, sql, viewer, cart)).node, viewer.locale);
      }
      const result = await change(sql, cart);
      if (result instanceof ValidationFailed) throw new Refused(result);
      await touch(sql, cart.id);
      const fresh = (await findCart(sql, viewer, toGlobalId('Cart', cart.id)))!;
      return wrap((await priceCart(this.em, sql, viewer, fresh)).node, result);
    }).catch((error: unknown) => {
      if (error instanceof Refused) return error.result;
      throw error;
    });
  }

  /**
   * Adds lines (a product page, a quick order, a wishlist, a reorder). Each line is checked: unknown or
   * unentitled SKU, quantity rules; a product already in the same delivery group has its quantity
   * increased. Lines that cannot be added are returned with why; the others are added.
   */
  async addLines(
    viewer: Viewer,
    cartId: string | null,
    requests: readonly LineRequest[],
    expectedVersion?: number | null,
    unreadable: readonly CartLineRejectedNode[] = [],
  ) {
    const locale = viewer.locale;
    if (requests.length === 0 && unreadable.length === 0)
      throw new BadUserInputError(cartRefusal('NO_LINES_SENT', locale));
    if (requests.length > MAX_CART_LINES)
      throw new BadUserInputError(tooManyLinesSent(MAX_CART_LINES, locale));
    const catalog = new CatalogService(this.em);
    const skus = [...new Set(requests.map((r) => r.sku.trim()).filter((s) => s && s.length <= 100))];
    const products = skus.length ? await catalog.productsBySkus(viewer, skus) : [];
    const bySku = new Map(products.map((p) => [p.sku.toUpperCase(), p]));
    const stock = skus.length
      ? await this.em
          .getConnection()
          .execute<Array<{ product_id: string; on_hand: string; next_receipt: string | null }>>(
            `SELECT product_id, sum(greatest(on_hand, 0))::text AS on_hand, to_char(min(next_receipt_date), 'YYYY-MM-DD') AS next_receipt
             FROM product_stock WHERE product_id = ANY(?::uuid[]) GROUP BY product_id`,
            [sqlArray(products.map((p) => p.dbId))],
          )
      : [];
    const onHand = new Map(stock.map((s) => [s.product_id, s]));

    return this.change(
      viewer,
      cartId,
      expectedVersion,
      async (sql, cart) => {
        await ensureDeliveryGroup(sql, cart);
        const { lines, groups } = await cartContents(sql, cart.id);
        const firstGroup = groups[0]!.id;
        const rejected: CartLineRejectedNode[] = [];
        const warnings: string[] = [];
        const reject = (r: LineRequest, code: ErrorCode, message: string, suggestion: number | null = null) =>
          rejected.push({
            line: r.line,
            sku: r.sku.trim(),
            quantity: r.quantity,
            code,
            message,
            suggestedQuantity: suggestion,
          });
        // quantity by (product, group) after this request, starting from the cart.
        const merged = new Map<
          string,
          { lineId: string | null; productId: string; groupId: string; quantity: number }
        >();
        for (const l of lines) {
          const key = `${l.product_id}:${l.delivery_group_id ?? firstGroup}`;
          if (!merged.has(key))
            merged.set(key, {
              lineId: l.id,
              productId: l.product_id,
              groupId: l.delivery_group_id ?? firstGroup,
              quantity: l.quantity,
            });
        }
        let added = 0;
        for (const r of requests) {
          const sku = r.sku.trim();
          const product = bySku.get(sku.toUpperCase());
          if (!sku) {
            reject(r, ErrorCode.UNKNOWN_SKU, cartRefusal('EMPTY_SKU', locale));
            continue;
          }
          if (!product) {
            reject(r, ErrorCode.UNKNOWN_SKU, noProductWithSku(sku.slice(0, 100), locale));
            continue;
          }
          if (
            r.quantity === null ||
            !Number.isSafeInteger(r.quantity) ||
            r.quantity < 1 ||
            r.quantity > MAX_QUANTITY
          ) {
            reject(r, ErrorCode.QUANTITY_RULE, cartRefusal('QUANTITY_RANGE', locale));
            continue;
          }
          if (!product.access.canBuy) {
            // An entitlement policy's reason is the seller's own text, shown as written.
            reject(
              r,
              ErrorCode.NOT_ENTITLED,
              product.access.reason ?? cartLineProblem('NOT_AVAILABLE_TO_ORDER', locale),
            );
            continue;
          }
          const groupId = r.deliveryGroupId ? fromGlobalId('DeliveryGroup', r.deliveryGroupId) : firstGroup;
          if (!groupId || !groups.some((g) => g.id === groupId)) {
            reject(r, ErrorCode.INVALID_INPUT, cartRefusal('GROUP_NOT_IN_CART', locale));
            continue;
          }
          const key = `${product.dbId}:${groupId}`;
          const current = merged.get(key);
          const total = (current?.quantity ?? 0) + r.quantity;
          const rule = checkQuantity(product.rules, total, locale);
          if (rule) {
            const message = current ? alreadyInCart(rule.message, current.quantity, locale) : rule.message;
            reject(
              r,
              ErrorCode.QUANTITY_RULE,
              message,
              rule.suggestion === null ? null : rule.suggestion - (current?.quantity ?? 0),
            );
            continue;
          }
          merged.set(key, {
            lineId: current?.lineId ?? null,
            productId: product.dbId,
            groupId,
            quantity: total,
          });
          added++;
          const level = onHand.get(product.dbId);
          if (!level || Number(level.on_hand) < total) {
            warnings.push(backordered(product.sku, level?.next_receipt ?? null, locale));
          }
        }
        const changed = [...merged.values()].filter(
          (m) => m.lineId === null || lines.find((l) => l.id === m.lineId)!.quantity !== m.quantity,
        );
        const newLines = changed.filter((m) => m.lineId === null);
        if (lines.length + newLines.length > MAX_CART_LINES) {
          return refused(viewer, 'lines', cartLineLimit(MAX_CART_LINES, locale));
        }
        const updates = changed.filter((m) => m.lineId !== null);
        if (updates.length) {
          await sql(
            `UPDATE cart_line l SET quantity = u.quantity FROM jsonb_to_recordset(?::jsonb) AS u(id uuid, quantity int) WHERE l.id = u.id`,
            [JSON.stringify(updates.map((u) => ({ id: u.lineId, quantity: u.quantity })))],
          );
        }
        if (newLines.length) {
          const start = lines.reduce((max, l) => Math.max(max, l.position), -1) + 1;
          await sql(
            `INSERT INTO cart_line (id, cart_id, product_id, quantity, delivery_group_id, position, added_by_id, added_at)
             SELECT gen_random_uuid(), ?, n.product_id, n.quantity, n.group_id, ? + n.ord - 1, ?, now()
               FROM jsonb_to_recordset(?::jsonb) AS n(product_id uuid, quantity int, group_id uuid, ord int)`,
            [
              cart.id,
              start,
              viewer.userId,
              JSON.stringify(
                newLines.map((n, i) => ({
                  product_id: n.productId,
                  quantity: n.quantity,
                  group_id: n.groupId,
                  ord: i + 1,
                })),
              ),
            ],
          );
        }
        return {
          added,
          rejected: [...unreadable, ...rejected].sort((a, b) => a.line - b.line),
          warnings: [...new Set(warnings)],
        };
      },
      (cart, result) =>
        Object.assign(new LinesAddedNode(), {
          cart,
          addedCount: result.added,
          rejected: result.rejected,
          warnings: result.warnings,
        }),
    );
  }

  /** A quick order: lines read from pasted text or a CSV file, with the unreadable ones reported too. */
  async addQuickOrder(viewer: Viewer, cartId: string | null, parsed: ReturnType<typeof parseQuickOrder>) {
    const unreadable: CartLineRejectedNode[] = parsed.rejected.map((r) => ({
      line: r.line,
      sku: r.sku,
      quantity: r.quantity,
      code: ErrorCode.INVALID_INPUT,
      message: r.message,
      suggestedQuantity: null,
    }));
    const result = await this.addLines(viewer, cartId, parsed.lines, null, unreadable);
    if (parsed.tooMany && result instanceof LinesAddedNode) {
      result.warnings.unshift(quickOrderTruncated(MAX_QUICK_ORDER_LINES, viewer.locale));
    }
    return result;
  }

  async updateLine(
    viewer: Viewer,
    input: {
      cartId: string;
      lineId: string;
      quantity?: number | null;
      deliveryGroupId?: string | null;
      expectedVersion?: number | null;
    },
  ) {
    return this.change(
      viewer,
      input.cartId,
      input.expectedVersion,
      async (sql, cart) => {
        const locale = viewer.locale;
        const line = await this.lineOf(sql, cart, input.lineId);
        if (!line) return refusal(viewer, 'lineId', 'LINE_NOT_IN_CART');
        const problems: FieldProblem[] = [];
        if (input.quantity != null) {
          if (!Number.isSafeInteger(input.quantity) || input.quantity < 1 || input.quantity > MAX_QUANTITY) {
            problems.push({ field: 'quantity', message: cartRefusal('QUANTITY_RANGE', locale) });
          } else {
            const [product] = await new CatalogService(this.em).productsByIds(viewer, [line.product_id]);
            const rule = product ? checkQuantity(product.rules, input.quantity, locale) : null;
            if (rule) problems.push({ field: 'quantity', message: rule.message });
          }
        }
        const groupId = input.deliveryGroupId ? fromGlobalId('DeliveryGroup', input.deliveryGroupId) : null;
        if (input.deliveryGroupId && !(await this.groupOf(sql, cart, groupId))) {
          problems.push({ field: 'deliveryGroupId', message: cartRefusal('GROUP_NOT_IN_CART', locale) });
        }
        if (problems.length) return new ValidationFailed(problems, problemsSummary(problems, locale));
        // Moved into a group that already holds this product: one line there with both quantities.
        const [twin] = groupId
          ? await sql<{ id: string; quantity: number }>(
              `SELECT id, quantity FROM cart_line
                WHERE cart_id = ? AND product_id = ? AND delivery_group_id = ? AND id <> ?`,
              [cart.id, line.product_id, groupId, line.id],
            )
          : [];
        if (twin) {
          const merged = twin.quantity + (input.quantity ?? line.quantity);
          if (merged > MAX_QUANTITY) return refusal(viewer, 'quantity', 'MERGED_QUANTITY_TOO_LARGE');
          await sql('UPDATE cart_line SET quantity = ? WHERE id = ?', [merged, twin.id]);
          await sql('DELETE FROM cart_line WHERE id = ?', [line.id]);
          return true;
        }
        await sql(
          'UPDATE cart_line SET quantity = COALESCE(?, quantity), delivery_group_id = COALESCE(?, delivery_group_id) WHERE id = ?',
          [input.quantity ?? null, groupId, line.id],
        );
        return true;
      },
      wrapCart,
    );
  }

  async removeLines(
    viewer: Viewer,
    cartId: string,
    lineIds: readonly string[],
    expectedVersion?: number | null,
  ) {
    const ids = lineIds.map((id) => fromGlobalId('CartLine', id));
    return this.change(
      viewer,
      cartId,
      expectedVersion,
      async (sql, cart) => {
        if (ids.some((id) => !id)) return refusal(viewer, 'lineIds', 'INVALID_LINE_ID');
        await sql('DELETE FROM cart_line WHERE cart_id = ? AND id = ANY(?::uuid[])', [
          cart.id,
          sqlArray(ids as string[]),
        ]);
        return true;
      },
      wrapCart,
    );
  }

  /** Splits one line's quantity over delivery groups (e.g. 3 to one store, 2 to another). */
  async splitLine(
    viewer: Viewer,
    input: {
      cartId: string;
      lineId: string;
      parts: Array<{ deliveryGroupId: string; quantity: number }>;
      expectedVersion?: number | null;
    },
  ) {
    return this.change(
      viewer,
      input.cartId,
      input.expectedVersion,
      async (sql, cart) => {
        const locale = viewer.locale;
        const line = await this.lineOf(sql, cart, input.lineId);
        if (!line) return refusal(viewer, 'lineId', 'LINE_NOT_IN_CART');
        const problem = checkSplit(
          line.quantity,
          input.parts.map((p) => p.quantity),
          locale,
        );
        if (problem) return refused(viewer, 'parts', problem);
        const groups = input.parts.map((p) => fromGlobalId('DeliveryGroup', p.deliveryGroupId));
        if (new Set(groups).size !== groups.length) return refusal(viewer, 'parts', 'PARTS_SAME_GROUP');
        for (const g of groups) {
          if (!(await this.groupOf(sql, cart, g))) return refusal(viewer, 'parts', 'SOME_GROUP_NOT_IN_CART');
        }
        const [product] = await new CatalogService(this.em).productsByIds(viewer, [line.product_id]);
        for (const part of input.parts) {
          const rule = product ? checkQuantity(product.rules, part.quantity, locale) : null;
          if (rule) return refused(viewer, 'parts', splitPartProblem(part.quantity, rule.message, locale));
        }
        // Parts merge into a line of the same product already in the target group.
        await sql('DELETE FROM cart_line WHERE id = ?', [line.id]);
        for (const [i, part] of input.parts.entries()) {
          const [existing] = await sql<{ id: string }>(
            'SELECT id FROM cart_line WHERE cart_id = ? AND product_id = ? AND delivery_group_id = ?',
            [cart.id, line.product_id, groups[i]],
          );
          if (existing)
            await sql('UPDATE cart_line SET quantity = quantity + ? WHERE id = ?', [
              part.quantity,
              existing.id,
            ]);
          else {
            await sql(
              `INSERT INTO cart_line (id, cart_id, product_id, quantity, delivery_group_id, position, added_by_id, added_at)
             VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?, now())`,
              [cart.id, line.product_id, part.quantity, groups[i], line.position, viewer.userId],
            );
          }
        }
        return true;
      },
      wrapCart,
    );
  }

  async saveDeliveryGroup(
    viewer: Viewer,
    input: {
      cartId: string;
      deliveryGroupId?: string | null;
      addressId: string | null;
      desiredDate: string | null;
      shippingMethod: ShippingMethod;
      expectedVersion?: number | null;
    },
  ) {
    return this.change(
      viewer,
      input.cartId,
      input.expectedVersion,
      async (sql, cart) => {
        const locale = viewer.locale;
        const problems: FieldProblem[] = [];
        const addressId = input.addressId ? fromGlobalId('Address', input.addressId) : null;
        if (input.addressId) {
          const [address] = addressId
            ? await sql<{ id: string }>('SELECT id FROM address WHERE id = ? AND account_id = ?', [
                addressId,
                cart.account_id,
              ])
            : [];
          if (!address)
            problems.push({ field: 'addressId', message: cartRefusal('FOREIGN_ADDRESS', locale) });
        }
        if (input.desiredDate !== null) {
          const earliest = earliestDelivery(today(), input.shippingMethod);
          const day = new Date(`${input.desiredDate}T00:00:00Z`).getUTCDay();
          if (!/^\d{4}-\d{2}-\d{2}$/.test(input.desiredDate) || Number.isNaN(day))
            problems.push({ field: 'desiredDate', message: cartRefusal('INVALID_DATE', locale) });
          else if (day === 0 || day === 6)
            problems.push({ field: 'desiredDate', message: cartRefusal('WEEKEND', locale) });
          else if (input.desiredDate < earliest) {
            problems.push({ field: 'desiredDate', message: earliestDeliveryIs(earliest, locale) });
          } else if (input.desiredDate > '2999-12-31')
            problems.push({ field: 'desiredDate', message: cartRefusal('DATE_TOO_FAR', locale) });
        }
        const groupId = input.deliveryGroupId ? fromGlobalId('DeliveryGroup', input.deliveryGroupId) : null;
        if (input.deliveryGroupId && !(await this.groupOf(sql, cart, groupId))) {
          problems.push({ field: 'deliveryGroupId', message: cartRefusal('GROUP_NOT_IN_CART', locale) });
        }
        if (problems.length) return new ValidationFailed(problems, problemsSummary(problems, locale));
        if (groupId) {
          await sql(
            'UPDATE delivery_group SET address_id = ?, desired_date = ?, shipping_method = ? WHERE id = ?',
            [addressId, input.desiredDate, input.shippingMethod, groupId],
          );
        } else {
          const [{ count }] = (await sql<{ count: string }>(
            'SELECT count(*) FROM delivery_group WHERE cart_id = ?',
            [cart.id],
          )) as [{ count: string }];
          if (Number(count) >= 50) return refusal(viewer, 'deliveryGroupId', 'TOO_MANY_GROUPS');
          await sql(
            `INSERT INTO delivery_group (id, cart_id, address_id, desired_date, shipping_method, position)
           VALUES (gen_random_uuid(), ?, ?, ?, ?, (SELECT COALESCE(max(position), -1) + 1 FROM delivery_group WHERE cart_id = ?))`,
            // A new group without a date starts on the earliest one its method allows, like the first group.
            [
              cart.id,
              addressId,
              input.desiredDate ?? earliestDelivery(today(), input.shippingMethod),
              input.shippingMethod,
              cart.id,
            ],
          );
        }
        return true;
      },
      wrapCart,
    );
  }

  /** Removes a delivery group; its lines move to the first remaining group. */
  async removeDeliveryGroup(
    viewer: Viewer,
    cartId: string,
    deliveryGroupId: string,
    expectedVersion?: number | null,
  ) {
    return this.change(
      viewer,
      cartId,
      expectedVersion,
      async (sql, cart) => {
        const groupId = fromGlobalId('DeliveryGroup', deliveryGroupId);
        const groups = await sql<{ id: string }>(
          'SELECT id FROM delivery_group WHERE cart_id = ? ORDER BY position, id',
          [cart.id],
        );
        if (!groups.some((g) => g.id === groupId))
          return refusal(viewer, 'deliveryGroupId', 'GROUP_NOT_IN_CART');
        if (groups.length === 1) return refusal(viewer, 'deliveryGroupId', 'LAST_GROUP');
        const target = groups.find((g) => g.id !== groupId)!.id;
        const moving = await sql<{ id: string; product_id: string; quantity: number }>(
          'SELECT id, product_id, quantity FROM cart_line WHERE delivery_group_id = ?',
          [groupId],
        );
        for (const line of moving) {
          const [existing] = await sql<{ id: string }>(
            'SELECT id FROM cart_line WHERE cart_id = ? AND product_id = ? AND delivery_group_id = ?',
            [cart.id, line.product_id, target],
          );
          if (existing) {
            await sql('UPDATE cart_line SET quantity = quantity + ? WHERE id = ?', [
              line.quantity,
              existing.id,
            ]);
            await sql('DELETE FROM cart_line WHERE id = ?', [line.id]);
          } else await sql('UPDATE cart_line SET delivery_group_id = ? WHERE id = ?', [target, line.id]);
        }
        await sql('DELETE FROM delivery_group WHERE id = ?', [groupId]);
        return true;
      },
      wrapCart,
    );
  }

  async setCoupons(viewer: Viewer, cartId: string, codes: readonly string[]) {
    return this.change(
      viewer,
      cartId,
      null,
      async (sql, cart) => {
        const cleaned = [...new Set(codes.map((c) => c.trim().toUpperCase()).filter(Boolean))];
        if (cleaned.length > 10 || cleaned.some((c) => !/^[A-Z0-9_-]{3,30}$/.test(c)))
          return refusal(viewer, 'codes', 'COUPON_FORMAT');
        await sql('UPDATE cart SET coupon_codes = ?::text[] WHERE id = ?', [sqlArray(cleaned), cart.id]);
        return true;
      },
      wrapCart,
    );
  }

  /** Seller-side users: extended terms or a category discount, within what their role allows, with a reason. */
  async applyOffer(viewer: Viewer, cartId: string, offer: OfferInput) {
    return this.change(
      viewer,
      cartId,
      null,
      async (sql, cart) => {
        if (!viewer.sellerSide) return refusal(viewer, 'kind', 'SELLER_ONLY_APPLY_OFFER');
        const problems = checkOffer(viewer.roles, offer, viewer.locale);
        let categoryId: string | null = null;
        if (offer.kind === 'CATEGORY_DISCOUNT') {
          categoryId = fromGlobalId('Category', offer.categoryId);
          const [category] = categoryId
            ? await sql<{ id: string }>('SELECT id FROM category WHERE id = ? AND site_id = ?', [
                categoryId,
                cart.site_id,
              ])
            : [];
          if (!category)
            problems.push({ field: 'categoryId', message: cartRefusal('NO_SUCH_CATEGORY', viewer.locale) });
        }
        if (problems.length) return new ValidationFailed(problems, problemsSummary(problems, viewer.locale));
        // One offer of a kind per cart (per category for discounts): a new one replaces the old.
        await sql(
          `DELETE FROM cart_offer WHERE cart_id = ? AND kind = ? AND (kind = 'TERMS' OR category_id = ?)`,
          [cart.id, offer.kind, categoryId],
        );
        await sql(
          `INSERT INTO cart_offer (id, cart_id, kind, terms_days, category_id, percent, reason, applied_by_id, applied_at)
         VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, now())`,
          [
            cart.id,
            offer.kind,
            offer.kind === 'TERMS' ? offer.days : null,
            categoryId,
            offer.kind === 'CATEGORY_DISCOUNT' ? offer.percent.trim() : null,
            offer.reason.trim(),
            viewer.userId,
          ],
        );
        return true;
      },
      wrapCart,
    );
  }

  async removeOffer(viewer: Viewer, cartId: string, offerId: string) {
    return this.change(
      viewer,
      cartId,
      null,
      async (sql, cart) => {
        if (!viewer.sellerSide) return refusal(viewer, 'offerId', 'SELLER_ONLY_REMOVE_OFFER');
        const id = fromGlobalId('CartOffer', offerId);
        const removed = id
          ? await sql<{ id: string }>('DELETE FROM cart_offer WHERE id = ? AND cart_id = ? RETURNING id', [
              id,
              cart.id,
            ])
          : [];
        if (!removed.length) return refusal(viewer, 'offerId', 'OFFER_NOT_IN_CART');
        return true;
      },
      wrapCart,
    );
  }

  /** Puts the active cart aside under a name; the next add starts a new active cart. */
  async saveAs(viewer: Viewer, cartId: string, name: string) {
    const trimmed = name.trim();
    return this.change(
      viewer,
      cartId,
      null,
      async (sql, cart) => {
        if (!trimmed || trimmed.length > 100) return refusal(viewer, 'name', 'CART_NAME');
        if (cart.owner_id !== viewer.userId) return refusal(viewer, 'cartId', 'OWNER_ONLY_SAVE');
        await sql(`UPDATE cart SET status = 'SAVED', name = ? WHERE id = ?`, [trimmed, cart.id]);
        return true;
      },
      wrapCart,
    );
  }

  /** Makes a saved cart the active one; the active cart, if any, is saved under a dated name. */
  async activate(viewer: Viewer, cartId: string) {
    return this.change(
      viewer,
      cartId,
      null,
      async (sql, cart) => {
        if (cart.owner_id !== viewer.userId) return refusal(viewer, 'cartId', 'OWNER_ONLY_ACTIVATE');
        if (cart.status === 'ACTIVE') return true;
        // The viewer is the owner here: the name is in their language.
        await sql(
          `UPDATE cart SET status = 'SAVED', name = ? || to_char(now(), 'YYYY-MM-DD HH24:MI')
          WHERE account_id = ? AND owner_id = ? AND status = 'ACTIVE'`,
          [savedCartNamePrefix(viewer.locale), cart.account_id, viewer.userId],
        );
        await sql(`UPDATE cart SET status = 'ACTIVE', name = NULL WHERE id = ?`, [cart.id]);
        return true;
      },
      wrapCart,
    );
  }

  async deleteCart(viewer: Viewer, cartId: string): Promise<boolean> {
    this.requireAccount(viewer);
    return inTransaction(this.em, async (sql) => {
      const cart = await findCart(sql, viewer, cartId, { lock: true });
      if (!cart || cart.status === 'ORDERED') return false;
      if (cart.owner_id !== viewer.userId && !viewer.sellerSide) return false;
      await sql('DELETE FROM cart WHERE id = ?', [cart.id]);
      return true;
    });
  }

  private async lineOf(sql: Sql, cart: CartRow, lineGlobalId: string) {
    const id = fromGlobalId('CartLine', lineGlobalId);
    if (!id) return null;
    const [line] = await sql<{ id: string; product_id: string; quantity: number; position: number }>(
      'SELECT id, product_id, quantity, position FROM cart_line WHERE id = ? AND cart_id = ?',
      [id, cart.id],
    );
    return line ?? null;
  }

  private async groupOf(sql: Sql, cart: CartRow, groupId: string | null) {
    if (!groupId) return null;
    const [group] = await sql<{ id: string }>('SELECT id FROM delivery_group WHERE id = ? AND cart_id = ?', [
      groupId,
      cart.id,
    ]);
    return group ?? null;
  }
}

/** A change refused for one field, worded in the viewer's language. */
function refused(viewer: Viewer, field: string, message: string): ValidationFailed {
  return new ValidationFailed([{ field, message }], problemsSummary([{ message }], viewer.locale));
}

function refusal(viewer: Viewer, field: string, kind: CartRefusal): ValidationFailed {
  return refused(viewer, field, cartRefusal(kind, viewer.locale));
}

function wrapCart(cart: CartNode): CartUpdatedNode {
  return Object.assign(new CartUpdatedNode(), { cart });
}

/** Carries a refusal out of the transaction so it rolls back. */
class Refused extends Error {
  constructor(readonly result: ValidationFailed) {
    super('refused');
  }
}
