import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, firstPageLoader } from '../../app/batch.js';
import { sqlArray } from '../../platform/db/sql.js';
import { isSellerSide, type Role } from '../identity/index.js';
import {
  DELIVERY_GROUP_COLUMNS,
  SHIPMENT_COLUMNS,
  toDeliveryGroupNode,
  toShipmentLineNode,
  toShipmentNode,
  toTimelineNode,
  type DeliveryGroupRow,
  type ShipmentLineRow,
  type ShipmentRow,
  type TimelineRow,
} from './order-detail.js';
import { OrderStatus } from './domain/order-status.js';
import type { OrderActor, OrderPaymentCard } from './order.types.js';
import { LINE_COLUMNS, toOrderLineNode, type OrderLineRow } from './orders.service.js';

/**
 * Batch loaders for fields under orders already reached through a scoped query: one statement per
 * field kind for a whole page of orders.
 */
export function orderLoaders(em: EntityManager) {
  const connection = em.getConnection();
  const byIds =
    <Row>(sql: string) =>
    (ids: readonly string[]) =>
      connection.execute<Row[]>(sql, [sqlArray(ids)]);
  return {
    actorById: batchLoader(
      byIds<{ id: string; name: string; roles: Role[] }>(
        'SELECT id, name, roles FROM app_user WHERE id = ANY(?::uuid[])',
      ),
      (row) => row.id,
      (rows): OrderActor => ({
        name: rows[0]?.name ?? 'Unknown',
        onBehalf: rows[0] ? isSellerSide(rows[0].roles) : false,
      }),
    ),
    /** The first `size` lines of many orders in one query; key: `${orderId}:${size}`. */
    firstLines: firstPageLoader(
      (orderIds, size) =>
        connection.execute<OrderLineRow[]>(
          `SELECT * FROM (
             SELECT ${LINE_COLUMNS}, row_number() OVER (PARTITION BY l.order_id ORDER BY l.line_number) AS position
               FROM order_line l JOIN customer_order o ON o.id = l.order_id
              WHERE l.order_id = ANY(?::uuid[])) numbered
            WHERE position <= ? ORDER BY order_id, line_number`,
          [sqlArray(orderIds), size],
        ),
      (row) => row.order_id,
    ),
    /** The card an order was paid with (brand and last four digits only; nothing else is kept). */
    paymentCardByCharge: batchLoader(
      byIds<{ id: string; card_brand: string; card_last4: string }>(
        'SELECT id, card_brand, card_last4 FROM card_charge WHERE id = ANY(?::uuid[])',
      ),
      (row) => row.id,
      (rows): OrderPaymentCard | null =>
        rows[0] ? { brand: rows[0].card_brand, last4: rows[0].card_last4 } : null,
    ),
    deliveryGroupsByOrder: batchLoader(
      byIds<DeliveryGroupRow>(
        `SELECT ${DELIVERY_GROUP_COLUMNS} FROM order_delivery_group g JOIN customer_order o ON o.id = g.order_id
          WHERE g.order_id = ANY(?::uuid[]) ORDER BY g.order_id, g.position`,
      ),
      (row) => row.order_id,
      (rows) => rows.map(toDeliveryGroupNode),
    ),
    deliveryGroupById: batchLoader(
      byIds<DeliveryGroupRow>(
        `SELECT ${DELIVERY_GROUP_COLUMNS} FROM order_delivery_group g JOIN customer_order o ON o.id = g.order_id
          WHERE g.id = ANY(?::uuid[])`,
      ),
      (row) => row.id,
      (rows) => (rows[0] ? toDeliveryGroupNode(rows[0]) : null),
    ),
    linesByDeliveryGroup: batchLoader(
      byIds<OrderLineRow>(
        `SELECT ${LINE_COLUMNS} FROM order_line l JOIN customer_order o ON o.id = l.order_id
          WHERE l.delivery_group_id = ANY(?::uuid[]) ORDER BY l.line_number`,
      ),
      (row) => row.delivery_group_id ?? '',
      (rows) => rows.map(toOrderLineNode),
    ),
    shipmentsByOrder: batchLoader(
      byIds<ShipmentRow>(
        `SELECT ${SHIPMENT_COLUMNS} FROM shipment s LEFT JOIN order_delivery_group g ON g.id = s.delivery_group_id
          WHERE s.order_id = ANY(?::uuid[]) ORDER BY s.shipped_at, s.id`,
      ),
      (row) => row.order_id,
      (rows) => rows.map(toShipmentNode),
    ),
    shipmentLines: batchLoader(
      byIds<ShipmentLineRow>(
        `SELECT sl.shipment_id, sl.order_line_id, l.line_number, l.sku, l.name, sl.quantity
           FROM shipment_line sl JOIN order_line l ON l.id = sl.order_line_id
          WHERE sl.shipment_id = ANY(?::uuid[]) ORDER BY l.line_number`,
      ),
      (row) => row.shipment_id,
      (rows) => rows.map(toShipmentLineNode),
    ),
    timelineByOrder: batchLoader(
      (ids) =>
        connection.execute<TimelineRow[]>(
          `SELECT e.order_id, e.status, e.at, u.name AS actor_name, e.note
           FROM order_event e LEFT JOIN app_user u ON u.id = e.actor_id
          WHERE e.order_id = ANY(?::uuid[])
          ORDER BY e.at, array_position(?::text[], e.status), e.id`,
          [sqlArray(ids), sqlArray(Object.values(OrderStatus))],
        ),
      (row) => row.order_id,
      (rows) => rows.map(toTimelineNode),
    ),
  };
}
