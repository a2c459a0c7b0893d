import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction, type Sql } from '../../platform/db/transaction.js';
import { ValidationFailed, type FieldProblem } from '../../platform/graphql-types.js';
import { toGlobalId } from '../../platform/ids.js';
import { Decimal, money, toDecimal } from '../../platform/money.js';
import type { Viewer } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { OrdersService } from '../orders/index.js';
import { PaymentMethod } from '../orders/order.entity.js';
import { chargeCard, chargeOutcomeMessage, checkCard, voidCharge } from '../payments/index.js';
import { findCart, type CartRow } from './cart-store.js';
import { addressText, priceCart, type PricedCart } from './cart-view.js';
import {
  CartNotReady,
  CreditLimitExceeded,
  OrderPlaced,
  PaymentDeclined,
  PaymentFailed,
  PriceChanged,
  type PlaceOrderInput,
} from './checkout.types.js';
import { creditStanding } from './credit.service.js';
import { needsApproval } from './domain/approval.js';
import { cartAlreadyOrdered, noSuchCart } from './domain/cart-messages.js';
import {
  amountText,
  approvalNeededNotice,
  orderPlacedForYouNotice,
  orderPlacedNotice,
  placeOrderProblem,
  type PlacedOrderFacts,
} from './domain/checkout-messages.js';
import { dueDate, paymentChoice } from './domain/credit.js';
import { problemsSummary } from './domain/locale-text.js';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Placing an order: one transaction with the account row locked, so concurrent checkouts on one account
 * never exceed its available credit, and an idempotency key so a retried submission returns the order
 * the first one placed. The cart is repriced under the lock; if its total differs from the one the
 * buyer saw, nothing is placed and the repriced cart comes back. A card is charged before the
 * transaction and voided if the order is then not placed.
 */
export class PlaceOrderService {
  constructor(private readonly em: EntityManager) {}

  async place(viewer: Viewer, input: PlaceOrderInput) {
    const locale = viewer.locale;
    const problems = this.check(input, locale);
    if (problems.length) return new ValidationFailed(problems, problemsSummary(problems, locale));
    const cart = await findCart(this.em, viewer, input.cartId);
    if (!cart) {
      const problem = { field: 'cartId', message: noSuchCart(locale) };
      return new ValidationFailed([problem], problemsSummary([problem], locale));
    }

    const run: Sql = <Row>(statement: string, params: unknown[] = []) =>
      this.em.getConnection().execute<Row[]>(statement, params);
    const replay = await this.existing(run, cart.account_id, input.idempotencyKey);
    if (replay) return this.placed(viewer, replay, true);
    if (cart.status === 'ORDERED') return new CartNotReady([cartAlreadyOrdered(locale)], locale);

    const first = await priceCart(this.em, run, viewer, cart);
    const expected = toDecimal(input.expectedTotal);
    if (!toDecimal(first.node.totals.total.amount).equals(expected)) {
      return new PriceChanged(first.node, money(expected, first.node.currency), locale);
    }
    if (first.node.blockers.length) return new CartNotReady(first.node.blockers, locale);

    let chargeId: string | null = null;
    if (input.paymentMethod === PaymentMethod.CARD) {
      const card = input.card!;
      const charge = await chargeCard(this.em, {
        accountId: cart.account_id,
        userId: viewer.userId,
        purpose: 'order',
        idempotencyKey: `order:${input.idempotencyKey}`,
        amount: expected,
        currency: first.node.currency,
        card: { ...card, number: card.number.replace(/[\s-]/g, '') },
        description: `Order for cart ${cart.id}`,
      });
      // The provider's words are its own (English); the payer reads them in their language.
      if (charge.outcome.status === 'DECLINED')
        return new PaymentDeclined(chargeOutcomeMessage(charge.outcome, locale));
      if (charge.outcome.status === 'FAILED')
        return new PaymentFailed(chargeOutcomeMessage(charge.outcome, locale));
      chargeId = charge.chargeId;
    }

    try {
      const result = await inTransaction(this.em, (sql) =>
        this.placeLocked(sql, viewer, cart, first, input, expected, chargeId),
      );
      if (typeof result === 'object' && 'orderId' in result)
        return this.placed(viewer, result.orderId, result.replayed);
      if (chargeId) await voidCharge(this.em, chargeId);
      if (result === 'CART_CHANGED') {
        // Changed meanwhile (e.g. by the sales rep): the buyer reviews the cart as it is now.
        const now = await findCart(this.em, viewer, input.cartId);
        if (!now || now.status === 'ORDERED') return new CartNotReady([cartAlreadyOrdered(locale)], locale);
        return new PriceChanged(
          (await priceCart(this.em, run, viewer, now)).node,
          money(expected, first.node.currency),
          locale,
        );
      }
      return result;
    } catch (error) {
      if (chargeId) await voidCharge(this.em, chargeId).catch(() => undefined);
      throw error;
    }
  }

  private check(input: PlaceOrderInput, locale: string): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (!KEY.test(input.idempotencyKey)) {
      problems.push({ field: 'idempotencyKey', message: placeOrderProblem('IDEMPOTENCY_KEY', locale) });
    }
    if (!/^\d{1,15}(\.\d{1,4})?$/.test(input.expectedTotal)) {
      problems.push({ field: 'expectedTotal', message: placeOrderProblem('EXPECTED_TOTAL', locale) });
    }
    const po = input.poNumber?.trim() ?? '';
    if (po.length > 50)
      problems.push({ field: 'poNumber', message: placeOrderProblem('PO_NUMBER_LENGTH', locale) });
    if (input.paymentMethod === PaymentMethod.PURCHASE_ORDER && input.card) {
      problems.push({ field: 'card', message: placeOrderProblem('PO_TAKES_NO_CARD', locale) });
    }
    if (input.paymentMethod === PaymentMethod.CARD) {
      if (!input.card) problems.push({ field: 'card', message: placeOrderProblem('CARD_MISSING', locale) });
      else {
        for (const p of checkCard(
          { ...input.card, number: input.card.number.replace(/[\s-]/g, '') },
          new Date(),
          locale,
        )) {
          problems.push({ field: `card.${p.field}`, message: p.message });
        }
      }
    }
    if ((input.notes ?? '').length > 1000)
      problems.push({ field: 'notes', message: placeOrderProblem('NOTE_LENGTH', locale) });
    return problems;
  }

  private async existing(sql: Sql, accountId: string, key: string): Promise<string | null> {
    const [row] = await sql<{ id: string }>(
      'SELECT id FROM customer_order WHERE account_id = ? AND idempotency_key = ?',
      [accountId, key],
    );
    return row?.id ?? null;
  }

  /**
   * Under the account lock: nothing here reads through another connection (the catalog and prices were
   * read before), so checkouts waiting for the lock never starve the one holding it of connections.
   * The cart must still be the version that was priced; otherwise the buyer reviews it again.
   */
  private async placeLocked(
    sql: Sql,
    viewer: Viewer,
    cartRow: CartRow,
    priced: PricedCart,
    input: PlaceOrderInput,
    expected: Decimal,
    chargeId: string | null,
  ): Promise<{ orderId: string; replayed: boolean } | 'CART_CHANGED' | CartNotReady | CreditLimitExceeded> {
    // The account row lock serializes checkouts of one account: credit is read and used under it.
    const credit = await creditStanding(sql, cartRow.account_id, true);
    const replay = await this.existing(sql, cartRow.account_id, input.idempotencyKey);
    if (replay) return { orderId: replay, replayed: true };
    const cart = await findCart(sql, viewer, toGlobalId('Cart', cartRow.id), { lock: true });
    if (!cart || cart.status === 'ORDERED')
      return new CartNotReady([cartAlreadyOrdered(viewer.locale)], viewer.locale);
    if (cart.version !== priced.node.version) return 'CART_CHANGED';
    const total = toDecimal(priced.node.totals.total.amount);

    const currency = priced.node.currency;
    let termsDays: number | null = null;
    if (input.paymentMethod === PaymentMethod.PURCHASE_ORDER) {
      const format = (amount: Decimal) => amountText(amount, currency, viewer.locale);
      const choice = paymentChoice(
        credit.account,
        credit.exposure,
        total,
        format,
        priced.termsDays,
        viewer.locale,
      );
      if (!choice.purchaseOrder.allowed) {
        return new CreditLimitExceeded(
          choice.purchaseOrder.reason,
          choice.available === null ? null : money(Decimal.max(choice.available, 0), currency),
        );
      }
      termsDays = choice.purchaseOrder.termsDays;
    }
    const [placer] = await sql<{ order_limit: string | null; roles: string[] }>(
      'SELECT order_limit::text, roles FROM app_user WHERE id = ?',
      [viewer.userId],
    );
    const awaitingApproval = needsApproval(
      {
        orderLimit: placer?.order_limit ? toDecimal(placer.order_limit) : null,
        isBuyerAdmin: !!placer?.roles.includes('BUYER_ADMIN'),
        sellerSide: viewer.sellerSide,
      },
      total,
    );
    const orderId = await this.insertOrder(sql, viewer, cart, priced, input, {
      total,
      termsDays,
      chargeId,
      status: awaitingApproval ? 'AWAITING_APPROVAL' : 'PLACED',
    });
    await sql(`UPDATE cart SET status = 'ORDERED', version = version + 1, updated_at = now() WHERE id = ?`, [
      cart.id,
    ]);
    await this.notifyPlaced(sql, viewer, cart, orderId, awaitingApproval, priced.node.totals.total);
    return { orderId, replayed: false };
  }

  private async insertOrder(
    sql: Sql,
    viewer: Viewer,
    cart: CartRow,
    priced: PricedCart,
    input: PlaceOrderInput,
    o: {
      total: Decimal;
      termsDays: number | null;
      chargeId: string | null;
      status: 'PLACED' | 'AWAITING_APPROVAL';
    },
  ): Promise<string> {
    const { node } = priced;
    const groups = await sql<{
      id: string;
      address_id: string;
      desired_date: string;
      shipping_method: string;
      position: number;
    }>(
      `SELECT id, address_id, to_char(desired_date, 'YYYY-MM-DD') AS desired_date, shipping_method, position
         FROM delivery_group WHERE cart_id = ? ORDER BY position, id`,
      [cart.id],
    );
    const lines = await sql<{ id: string; product_id: string; delivery_group_id: string; quantity: number }>(
      'SELECT id, product_id, delivery_group_id, quantity FROM cart_line WHERE cart_id = ? ORDER BY position, id',
      [cart.id],
    );
    const placedAt = new Date();
    const onBehalf = viewer.sellerSide && cart.owner_id !== viewer.userId ? cart.owner_id : null;
    const [order] = await sql<{ id: string }>(
      `INSERT INTO customer_order (id, site_id, account_id, number, status, placed_at, placed_by_id, po_number, ship_to_id,
                                   currency, subtotal, total, line_count, idempotency_key, cart_id, on_behalf_of_id,
                                   payment_method, payment_terms_days, payment_due_date, card_charge_id, discount_total,
                                   shipping_total, tax_total, offer_summary, notes)
       SELECT gen_random_uuid(), s.id, ?, s.order_prefix || nextval('order_number_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              ?, ?, ?, ?, ?, ?, ?, ?, ?
         FROM site s WHERE s.id = ?
       RETURNING id`,
      [
        cart.account_id,
        o.status,
        placedAt,
        viewer.userId,
        input.poNumber?.trim() || null,
        groups[0]?.address_id ?? null,
        node.currency,
        node.totals.subtotal.amount,
        o.total.toFixed(4),
        lines.length,
        input.idempotencyKey,
        cart.id,
        onBehalf,
        input.paymentMethod,
        o.termsDays,
        o.termsDays === null ? null : dueDate(placedAt, o.termsDays),
        o.chargeId,
        node.totals.discounts.amount,
        node.totals.shipping.amount,
        node.totals.tax.amount,
        priced.offerSummary,
        input.notes?.trim() || null,
        cart.site_id,
      ],
    );
    const orderId = order!.id;
    // The delivery groups in one statement, whatever their number (ids made here, to link the lines).
    const groupIds = new Map(groups.map((group) => [group.id, randomUUID()]));
    await sql(
      `INSERT INTO order_delivery_group (id, order_id, position, address_id, address_label, address_text, country, region,
                                         desired_date, shipping_method, subtotal, shipping_charge, tax, status)
       SELECT g.id, ?, g.position, g.address_id, g.address_label, g.address_text, g.country, g.region, g.desired_date,
              g.shipping_method, g.subtotal, g.shipping_charge, g.tax, 'PENDING'
         FROM jsonb_to_recordset(?::jsonb) AS g(id uuid, position int, address_id uuid, address_label text,
              address_text text, country text, region text, desired_date date, shipping_method text,
              subtotal numeric, shipping_charge numeric, tax numeric)`,
      [
        orderId,
        JSON.stringify(
          groups.map((group, i) => {
            const address = priced.addresses.get(group.address_id)!;
            const totals = node.deliveryGroups[i]!;
            return {
              id: groupIds.get(group.id),
              position: i + 1,
              address_id: address.id,
              address_label: address.label,
              address_text: addressText(address),
              country: address.country,
              region: address.region,
              desired_date: group.desired_date,
              shipping_method: group.shipping_method,
              subtotal: totals.subtotal.amount,
              shipping_charge: totals.shipping.amount,
              tax: totals.tax.amount,
            };
          }),
        ),
      ],
    );
    // Lines by delivery group, then as they were added; one statement whatever their number.
    const groupPosition = new Map(groups.map((group, i) => [group.id, i]));
    const ordered = [...lines].sort(
      (a, b) => groupPosition.get(a.delivery_group_id)! - groupPosition.get(b.delivery_group_id)!,
    );
    const nodeByLine = new Map(node.lines.map((l) => [l.dbId, l]));
    await sql(
      `INSERT INTO order_line (id, order_id, line_number, product_id, sku, name, quantity, unit_price, line_total,
                               list_unit_price, price_steps, delivery_group_id, quantity_shipped)
       SELECT gen_random_uuid(), ?, l.line_number, l.product_id, l.sku, l.name, l.quantity, l.unit_price, l.line_total,
              l.list_unit_price, l.price_steps, l.delivery_group_id, 0
         FROM jsonb_to_recordset(?::jsonb) AS l(line_number int, product_id uuid, sku text, name text, quantity int,
              unit_price numeric, line_total numeric, list_unit_price numeric, price_steps jsonb, delivery_group_id uuid)`,
      [
        orderId,
        JSON.stringify(
          ordered.map((line, i) => {
            const view = nodeByLine.get(line.id)!;
            const engine = priced.priced.get(line.id)!;
            return {
              line_number: i + 1,
              product_id: line.product_id,
              sku: view.sku,
              name: view.name,
              quantity: line.quantity,
              unit_price: engine.unitPrice.toFixed(4),
              line_total: engine.lineTotal.toFixed(4),
              list_unit_price: engine.listUnitPrice.toFixed(4),
              // The explanation as the buyer saw it; amounts as plain strings (the order's currency).
              price_steps: (view.price?.steps ?? []).map((step) => ({
                kind: step.kind,
                recordId: step.recordId,
                label: step.label,
                note: step.note,
                unitPrice: step.unitPrice.amount,
              })),
              delivery_group_id: groupIds.get(line.delivery_group_id),
            };
          }),
        ),
      ],
    );
    const note = viewer.sellerSide ? `Placed by ${viewer.name} on the account’s behalf` : null;
    await sql(
      `INSERT INTO order_event (id, order_id, status, at, actor_id, note)
       VALUES (gen_random_uuid(), ?, 'PLACED', ?, ?, ?)${o.status === 'AWAITING_APPROVAL' ? `, (gen_random_uuid(), ?, 'AWAITING_APPROVAL', ?, ?, ?)` : ''}`,
      o.status === 'AWAITING_APPROVAL'
        ? [
            orderId,
            placedAt,
            viewer.userId,
            note,
            orderId,
            placedAt,
            viewer.userId,
            'Above the buyer’s order limit: waits for a buyer admin',
          ]
        : [orderId, placedAt, viewer.userId, note],
    );
    return orderId;
  }

  private async notifyPlaced(
    sql: Sql,
    viewer: Viewer,
    cart: CartRow,
    orderId: string,
    awaitingApproval: boolean,
    total: { amount: string; currency: string },
  ): Promise<void> {
    const [order] = await sql<{ number: string; site_code: string }>(
      'SELECT o.number, s.code AS site_code FROM customer_order o JOIN site s ON s.id = o.site_id WHERE o.id = ?',
      [orderId],
    );
    const link = `/${order!.site_code}/orders/${toGlobalId('Order', orderId)}`;
    // Each recipient reads the notification in their own language.
    const facts: PlacedOrderFacts = {
      number: order!.number,
      total,
      awaitingApproval,
      placerName: viewer.name,
    };
    await notify(sql, cart.site_id, [viewer.userId], {
      kind: 'order.placed',
      text: (locale) => orderPlacedNotice(facts, locale),
      link,
    });
    if (viewer.sellerSide && cart.owner_id !== viewer.userId) {
      await notify(sql, cart.site_id, [cart.owner_id], {
        kind: 'order.placed-for-you',
        text: (locale) => orderPlacedForYouNotice(facts, locale),
        link,
      });
    }
    if (awaitingApproval) {
      const admins = await sql<{ id: string }>(
        `SELECT id FROM app_user WHERE account_id = ? AND 'BUYER_ADMIN' = ANY(roles)`,
        [cart.account_id],
      );
      await notify(
        sql,
        cart.site_id,
        admins.map((a) => a.id),
        {
          kind: 'order.approval-needed',
          text: (locale) => approvalNeededNotice(facts, locale),
          link,
        },
      );
    }
  }

  private async placed(viewer: Viewer, orderId: string, replayed: boolean) {
    const order = await new OrdersService(this.em).byGlobalId(viewer, toGlobalId('Order', orderId));
    if (!order) throw new Error(`order ${orderId} just placed could not be read back`);
    return Object.assign(new OrderPlaced(), { order, replayed });
  }
}
