import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage } from '../../platform/db/keyset-page.js';
import { inTransaction, type Sql } from '../../platform/db/transaction.js';
import { ForbiddenError, cleanText } from '../../platform/errors.js';
import { ValidationFailed } from '../../platform/graphql-types.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import type { Connection } from '../../platform/pagination.js';
import { escapeLike } from '../accounts/index.js';
import { invoiceShipment } from '../invoices/index.js';
import { Capability, capabilitiesOf, type Viewer } from '../identity/index.js';
import { OrderStatus, shipEvent, transition } from './domain/order-status.js';
import {
  carrierName,
  checkShipmentFields,
  groupStatus,
  planShipment,
  trackingUrlFor,
  type ShippableLine,
} from './domain/shipping.js';
import { orderDeliveredNotice, orderShippedNotice } from './domain/order-messages.js';
import { buyersOf, lockOrder, noSuchOrder, notifyUsers, recordEvent, setStatus } from './order-changes.js';
import { SHIPMENT_COLUMNS, toShipmentNode, type ShipmentRow } from './order-detail.js';
import {
  InvalidTransition,
  OrderChangedNode,
  ShipmentCreatedNode,
  type CreateShipmentInput,
  type OrderNode,
} from './order.types.js';
import { ORDER_COLUMNS, toOrderNode, type OrderRow } from './orders.service.js';

/** Which orders the fulfilment queue lists. */
export enum FulfilmentStage {
  /** Placed or approved, not fully shipped: goods to send. */
  TO_SHIP = 'TO_SHIP',
  /** Shipped in full, not yet delivered: deliveries to confirm. */
  IN_TRANSIT = 'IN_TRANSIT',
}

const STAGE_STATUSES: Record<FulfilmentStage, OrderStatus[]> = {
  [FulfilmentStage.TO_SHIP]: [OrderStatus.PLACED, OrderStatus.APPROVED, OrderStatus.PARTLY_SHIPPED],
  [FulfilmentStage.IN_TRANSIT]: [OrderStatus.SHIPPED],
};

/** The viewer, when they fulfil the site's orders; otherwise a FORBIDDEN error. */
export function requireFulfiller(viewer: Viewer): Viewer {
  if (!capabilitiesOf(viewer.roles, viewer.effectiveAccountId !== null).includes(Capability.FULFIL_ORDERS))
    throw new ForbiddenError('Only site admins may fulfil orders.');
  return viewer;
}

/**
 * Fulfilment by the seller, across every account of the viewer's site: the orders waiting to ship,
 * shipments (part or all of a delivery group or order) and delivery. Each change is one transaction
 * with the order row locked, moves the order through the state machine, and writes an order event
 * and notifications to the buyers.
 */
export class FulfilmentService {
  constructor(private readonly em: EntityManager) {}

  ordersToFulfil(
    viewer: Viewer,
    args: {
      first?: number | null;
      after?: string | null;
      search?: string | null;
      stage?: FulfilmentStage | null;
    },
  ): Promise<Connection<OrderNode>> {
    requireFulfiller(viewer);
    const statuses = STAGE_STATUSES[args.stage ?? FulfilmentStage.TO_SHIP];
    const where: Array<{ sql: string; params?: unknown[] }> = [
      {
        sql: 'o.site_id = ? AND o.status = ANY(?::text[])',
        params: [viewer.siteId, `{${statuses.join(',')}}`],
      },
    ];
    const search = args.search ? cleanText(args.search, 'Search') : '';
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.push({
        sql: `(o.number ILIKE ? OR o.po_number ILIKE ?
               OR EXISTS (SELECT 1 FROM account a WHERE a.id = o.account_id AND a.name ILIKE ?)
               OR EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id AND (l.sku ILIKE ? OR l.name ILIKE ?)))`,
        params: [pattern, pattern, pattern, pattern, pattern],
      });
    }
    return keysetPage(this.em, {
      select: ORDER_COLUMNS,
      from: 'customer_order o',
      where,
      orderBy: [
        ['o.placed_at', 'timestamptz'],
        ['o.id', 'uuid'],
      ],
      direction: 'ASC',
      first: args.first,
      defaultSize: 20,
      after: args.after,
      cursorOf: (r: OrderRow) => [new Date(r.placed_at).toISOString(), r.id],
      nodeOf: (r: OrderRow) => toOrderNode(r, viewer),
    });
  }

  async createShipment(
    viewer: Viewer,
    input: CreateShipmentInput,
  ): Promise<ShipmentCreatedNode | InvalidTransition | ValidationFailed> {
    requireFulfiller(viewer);
    const problems = checkShipmentFields(input);
    if (input.lines.length > 5000) problems.push({ field: 'lines', message: 'Send at most 5,000 lines.' });
    if (problems.length) return new ValidationFailed(problems);
    const groupId = input.deliveryGroupId ? fromGlobalId('OrderDeliveryGroup', input.deliveryGroupId) : null;
    if (input.deliveryGroupId && !groupId)
      return new ValidationFailed([
        { field: 'deliveryGroupId', message: 'That delivery group is not on this order.' },
      ]);
    const carrier = carrierName(input.carrier);
    const trackingNumber = input.trackingNumber.trim();
    const trackingUrl = input.trackingUrl?.trim() || trackingUrlFor(carrier, trackingNumber);

    const outcome = await inTransaction(this.em, async (sql) => {
      const order = await lockOrder(sql, viewer, input.orderId, 'site');
      if (!order) return noSuchOrder(viewer.locale, 'There is no such order on this site.');
      const allowed = transition(order.status, 'SHIP_PART', viewer.locale);
      if (!allowed.ok) return new InvalidTransition(allowed.reason, order.status);
      const lines = await sql<{
        id: string;
        line_number: number;
        sku: string;
        delivery_group_id: string | null;
        quantity: number;
        quantity_shipped: number;
      }>(
        'SELECT id, line_number, sku, delivery_group_id, quantity, quantity_shipped FROM order_line WHERE order_id = ? ORDER BY line_number',
        [order.id],
      );
      if (groupId) {
        const [group] = await sql('SELECT 1 FROM order_delivery_group WHERE id = ? AND order_id = ?', [
          groupId,
          order.id,
        ]);
        if (!group)
          return new ValidationFailed([
            { field: 'deliveryGroupId', message: 'That delivery group is not on this order.' },
          ]);
      }
      const shippable: ShippableLine[] = lines.map((l) => ({
        id: l.id,
        lineNumber: l.line_number,
        sku: l.sku,
        groupId: l.delivery_group_id,
        quantity: l.quantity,
        quantityShipped: l.quantity_shipped,
      }));
      const plan = planShipment(
        shippable,
        input.lines.map((l) => ({
          orderLineId: fromGlobalId('OrderLine', l.orderLineId),
          quantity: l.quantity,
        })),
        groupId,
      );
      if (!plan.ok) return new ValidationFailed(plan.problems);
      const t = transition(order.status, shipEvent(plan.remainingAfter), viewer.locale);
      if (!t.ok) return new InvalidTransition(t.reason, order.status);

      const [shipment] = await sql<{ id: string }>(
        `INSERT INTO shipment (id, order_id, delivery_group_id, carrier, tracking_number, tracking_url, shipped_at, created_by_id)
         VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, now(), ?) RETURNING id`,
        [order.id, plan.groupId, carrier, trackingNumber, trackingUrl, viewer.userId],
      );
      const shipped = JSON.stringify(plan.lines.map((l) => ({ line_id: l.lineId, quantity: l.quantity })));
      await sql(
        `INSERT INTO shipment_line (id, shipment_id, order_line_id, quantity)
         SELECT gen_random_uuid(), ?, s.line_id, s.quantity FROM jsonb_to_recordset(?::jsonb) AS s(line_id uuid, quantity int)`,
        [shipment!.id, shipped],
      );
      await sql(
        `UPDATE order_line l SET quantity_shipped = l.quantity_shipped + s.quantity
           FROM jsonb_to_recordset(?::jsonb) AS s(line_id uuid, quantity int) WHERE l.id = s.line_id`,
        [shipped],
      );
      await this.updateGroups(sql, shippable, plan.lines);
      await setStatus(sql, order.id, t.to);
      // Orders on terms are invoiced as they ship (per shipment, or once complete: the site's setting).
      await invoiceShipment(sql, {
        orderId: order.id,
        shipmentId: shipment!.id,
        orderComplete: plan.remainingAfter === 0,
        actorId: viewer.userId,
      });
      const units = plan.lines.reduce((sum, l) => sum + l.quantity, 0);
      const rest = plan.remainingAfter > 0 ? `; ${plan.remainingAfter} still to ship` : '';
      await recordEvent(
        sql,
        order.id,
        t.to,
        viewer.userId,
        `${carrier} ${trackingNumber}: ${units} ${units === 1 ? 'unit' : 'units'}${rest}`,
      );
      const notice = { number: order.number, carrier, trackingNumber, units, remaining: plan.remainingAfter };
      await notifyUsers(sql, viewer, order, await buyersOf(sql, order), {
        kind: 'order.shipped',
        text: (locale) => orderShippedNotice(notice, locale),
      });
      return { shipmentId: shipment!.id, orderId: order.id };
    });
    if (!('shipmentId' in outcome)) return outcome;
    const [row] = await this.em
      .getConnection()
      .execute<ShipmentRow[]>(
        `SELECT ${SHIPMENT_COLUMNS} FROM shipment s LEFT JOIN order_delivery_group g ON g.id = s.delivery_group_id WHERE s.id = ?`,
        [outcome.shipmentId],
      );
    return Object.assign(new ShipmentCreatedNode(), {
      shipment: toShipmentNode(row!),
      order: await this.readBack(viewer, outcome.orderId),
    });
  }

  async markDelivered(
    viewer: Viewer,
    orderId: string,
  ): Promise<OrderChangedNode | InvalidTransition | ValidationFailed> {
    requireFulfiller(viewer);
    const outcome = await inTransaction(this.em, async (sql) => {
      const order = await lockOrder(sql, viewer, orderId, 'site');
      if (!order) return noSuchOrder(viewer.locale, 'There is no such order on this site.');
      const t = transition(order.status, 'DELIVER', viewer.locale);
      if (!t.ok) return new InvalidTransition(t.reason, order.status);
      await setStatus(sql, order.id, t.to);
      await sql(
        `UPDATE order_delivery_group SET status = 'DELIVERED' WHERE order_id = ? AND status <> 'CANCELLED'`,
        [order.id],
      );
      await recordEvent(sql, order.id, t.to, viewer.userId, null);
      await notifyUsers(sql, viewer, order, await buyersOf(sql, order), {
        kind: 'order.delivered',
        text: (locale) => orderDeliveredNotice({ number: order.number }, locale),
      });
      return { orderId: order.id };
    });
    if (!('orderId' in outcome)) return outcome;
    return Object.assign(new OrderChangedNode(), { order: await this.readBack(viewer, outcome.orderId) });
  }

  /** Delivery groups of the lines shipped, with their new status. */
  private async updateGroups(
    sql: Sql,
    lines: readonly ShippableLine[],
    shipped: ReadonlyArray<{ lineId: string; quantity: number }>,
  ): Promise<void> {
    const added = new Map(shipped.map((s) => [s.lineId, s.quantity]));
    const touched = new Set(lines.filter((l) => added.has(l.id) && l.groupId).map((l) => l.groupId!));
    const updates = [...touched].map((groupId) => ({
      id: groupId,
      status: groupStatus(
        lines
          .filter((l) => l.groupId === groupId)
          .map((l) => ({
            quantity: l.quantity,
            quantityShipped: l.quantityShipped + (added.get(l.id) ?? 0),
          })),
      ),
    }));
    if (!updates.length) return;
    await sql(
      `UPDATE order_delivery_group g SET status = u.status FROM jsonb_to_recordset(?::jsonb) AS u(id uuid, status text)
        WHERE g.id = u.id`,
      [JSON.stringify(updates)],
    );
  }

  /** The order after a change, read in the site's scope (the fulfiller may not act for its account). */
  private async readBack(viewer: Viewer, orderId: string): Promise<OrderNode> {
    const [row] = await this.em
      .getConnection()
      .execute<OrderRow[]>(`SELECT ${ORDER_COLUMNS} FROM customer_order o WHERE o.id = ? AND o.site_id = ?`, [
        orderId,
        viewer.siteId,
      ]);
    if (!row) throw new Error(`order ${toGlobalId('Order', orderId)} just changed could not be read back`);
    return toOrderNode(row, viewer);
  }
}
