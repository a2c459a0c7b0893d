import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction, type Sql } from '../../platform/db/transaction.js';
import { ForbiddenError } from '../../platform/errors.js';
import type { ValidationFailed } from '../../platform/graphql-types.js';
import { money } from '../../platform/money.js';
import { canDecide } from '../checkout/domain/approval.js';
import { Role, type Viewer } from '../identity/index.js';
import { voidCharge } from '../payments/index.js';
import { MAY_NOT_CANCEL, mayCancel } from './domain/order-access.js';
import { orderCancelledNotice, orderDecidedNotice } from './domain/order-messages.js';
import { transition } from './domain/order-status.js';
import {
  buyersOf,
  lockOrder,
  noSuchOrder,
  notifyUsers,
  optionalText,
  recordEvent,
  setStatus,
} from './order-changes.js';
import { InvalidTransition, OrderChangedNode } from './order.types.js';
import { OrdersService, type OrderRow } from './orders.service.js';

type ChangeResult = OrderChangedNode | InvalidTransition | ValidationFailed;

/**
 * Cancelling, approving and rejecting an order of the effective account: one transaction each, with
 * the order row locked; every status change goes through the state machine, and writes an order event
 * and notifications. A card charge of an order that will not be fulfilled is voided inside the
 * transaction (when the provider refuses, nothing changes). Credit needs no update: exposure counts
 * open orders, and a cancelled order is not open.
 */
export class OrderActionsService {
  constructor(private readonly em: EntityManager) {}

  async cancel(viewer: Viewer, orderId: string, reason: string | null | undefined): Promise<ChangeResult> {
    const text = optionalText(reason, 'reason', 500, viewer.locale);
    if (!text.ok) return text.failed;
    return this.change(viewer, orderId, async (sql, order) => {
      if (!mayCancel(viewer, { placedById: order.placed_by_id, onBehalfOfId: order.on_behalf_of_id }))
        throw new ForbiddenError(MAY_NOT_CANCEL);
      const t = transition(order.status, 'CANCEL', viewer.locale);
      if (!t.ok) return new InvalidTransition(t.reason, order.status);
      await setStatus(sql, order.id, t.to);
      await sql(`UPDATE order_delivery_group SET status = 'CANCELLED' WHERE order_id = ?`, [order.id]);
      await recordEvent(sql, order.id, t.to, viewer.userId, text.value ?? `Cancelled by ${viewer.name}`);
      const buyers = await buyersOf(sql, order);
      await notifyUsers(sql, viewer, order, buyers, {
        kind: 'order.cancelled',
        text: (locale) =>
          orderCancelledNotice({ number: order.number, actorName: viewer.name, reason: text.value }, locale),
      });
      await this.voidCard(order);
      return null;
    });
  }

  async approve(viewer: Viewer, orderId: string, comment: string | null | undefined): Promise<ChangeResult> {
    return this.decide(viewer, orderId, comment, 'APPROVE');
  }

  async reject(viewer: Viewer, orderId: string, comment: string | null | undefined): Promise<ChangeResult> {
    return this.decide(viewer, orderId, comment, 'REJECT');
  }

  private async decide(
    viewer: Viewer,
    orderId: string,
    comment: string | null | undefined,
    event: 'APPROVE' | 'REJECT',
  ): Promise<ChangeResult> {
    const buyerAdmin = !viewer.sellerSide && viewer.roles.includes(Role.BUYER_ADMIN);
    if (!buyerAdmin)
      throw new ForbiddenError('Only a buyer admin of the account may approve or reject orders.');
    const text = optionalText(comment, 'comment', 1000, viewer.locale);
    if (!text.ok) return text.failed;
    return this.change(viewer, orderId, async (sql, order) => {
      if (!canDecide({ isBuyerAdmin: buyerAdmin, accountId: viewer.effectiveAccountId }, order.account_id))
        throw new ForbiddenError('Only a buyer admin of the account may approve or reject orders.');
      const t = transition(order.status, event, viewer.locale);
      if (!t.ok) return new InvalidTransition(t.reason, order.status);
      await sql(
        `UPDATE customer_order SET status = ?, decided_by_id = ?, decided_at = now(), decision_comment = ? WHERE id = ?`,
        [t.to, viewer.userId, text.value, order.id],
      );
      const approved = event === 'APPROVE';
      if (!approved)
        await sql(`UPDATE order_delivery_group SET status = 'CANCELLED' WHERE order_id = ?`, [order.id]);
      const verb = approved ? 'Approved' : 'Rejected';
      await recordEvent(
        sql,
        order.id,
        t.to,
        viewer.userId,
        `${verb} by ${viewer.name}${text.value ? `: ${text.value}` : ''}`,
      );
      const amount = money(order.total, order.currency);
      await notifyUsers(sql, viewer, order, await buyersOf(sql, order), {
        kind: 'order.decided',
        text: (locale) =>
          orderDecidedNotice(
            { number: order.number, approved, actorName: viewer.name, total: amount, comment: text.value },
            locale,
          ),
      });
      if (!approved) await this.voidCard(order);
      return null;
    });
  }

  /** Runs one change on the locked order; null from `work` means done: the order is read back. */
  private async change(
    viewer: Viewer,
    orderId: string,
    work: (sql: Sql, order: OrderRow) => Promise<InvalidTransition | ValidationFailed | null>,
  ): Promise<ChangeResult> {
    const outcome = await inTransaction(this.em, async (sql) => {
      const order = await lockOrder(sql, viewer, orderId, 'account');
      if (!order) return noSuchOrder(viewer.locale);
      return work(sql, order);
    });
    if (outcome) return outcome;
    const order = await new OrdersService(this.em).byGlobalId(viewer, orderId);
    if (!order) throw new Error(`order ${orderId} just changed could not be read back`);
    return Object.assign(new OrderChangedNode(), { order });
  }

  private async voidCard(order: OrderRow): Promise<void> {
    if (order.payment_method === 'CARD' && order.card_charge_id)
      await voidCharge(this.em, order.card_charge_id);
  }
}
