import { toGlobalId } from '../../platform/ids.js';
import { money } from '../../platform/money.js';
import type { OrderStatus } from './domain/order-status.js';
import type { DeliveryStatus } from './order-delivery-group.entity.js';
import type {
  OrderDeliveryGroupNode,
  OrderTimelineEventNode,
  ShipmentLineNode,
  ShipmentNode,
} from './order.types.js';

/** Rows of an order's details (delivery groups, shipments, timeline) and their GraphQL nodes. */
export interface DeliveryGroupRow {
  id: string;
  order_id: string;
  position: number;
  address_label: string;
  address_text: string;
  desired_date: string;
  shipping_method: string;
  subtotal: string;
  shipping_charge: string;
  tax: string;
  status: DeliveryStatus;
  currency: string;
}

export const DELIVERY_GROUP_COLUMNS = `g.id, g.order_id, g.position, g.address_label, g.address_text,
  to_char(g.desired_date, 'YYYY-MM-DD') AS desired_date, g.shipping_method, g.subtotal, g.shipping_charge, g.tax,
  g.status, o.currency`;

export function toDeliveryGroupNode(row: DeliveryGroupRow): OrderDeliveryGroupNode {
  return {
    dbId: row.id,
    orderDbId: row.order_id,
    id: toGlobalId('OrderDeliveryGroup', row.id),
    position: row.position,
    addressLabel: row.address_label,
    addressText: row.address_text,
    desiredDate: row.desired_date,
    shippingMethod: row.shipping_method,
    subtotal: money(row.subtotal, row.currency),
    shipping: money(row.shipping_charge, row.currency),
    tax: money(row.tax, row.currency),
    status: row.status,
  };
}

export interface ShipmentRow {
  id: string;
  order_id: string;
  delivery_group_id: string | null;
  group_position: number | null;
  carrier: string;
  tracking_number: string;
  tracking_url: string | null;
  shipped_at: string;
}

export const SHIPMENT_COLUMNS = `s.id, s.order_id, s.delivery_group_id, g.position AS group_position, s.carrier,
  s.tracking_number, s.tracking_url, s.shipped_at`;

export function toShipmentNode(row: ShipmentRow): ShipmentNode {
  return {
    dbId: row.id,
    orderDbId: row.order_id,
    deliveryGroupDbId: row.delivery_group_id,
    id: toGlobalId('Shipment', row.id),
    carrier: row.carrier,
    trackingNumber: row.tracking_number,
    trackingUrl: row.tracking_url,
    shippedAt: new Date(row.shipped_at),
    deliveryGroupPosition: row.group_position,
  };
}

export interface ShipmentLineRow {
  shipment_id: string;
  order_line_id: string;
  line_number: number;
  sku: string;
  name: string;
  quantity: number;
}

export function toShipmentLineNode(row: ShipmentLineRow): ShipmentLineNode {
  return {
    orderLineId: toGlobalId('OrderLine', row.order_line_id),
    lineNumber: row.line_number,
    sku: row.sku,
    name: row.name,
    quantity: row.quantity,
  };
}

export interface TimelineRow {
  order_id: string;
  status: OrderStatus;
  at: string;
  actor_name: string | null;
  note: string | null;
}

export function toTimelineNode(row: TimelineRow): OrderTimelineEventNode {
  return { status: row.status, at: new Date(row.at), actorName: row.actor_name, note: row.note };
}
