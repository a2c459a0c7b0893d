import type { OrderStatus } from '../../../gql/graphql';

export const orderStatuses: readonly OrderStatus[] = [
  'PLACED',
  'AWAITING_APPROVAL',
  'APPROVED',
  'PARTLY_SHIPPED',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
];

export const orderStatusLabel: Record<OrderStatus, string> = {
  PLACED: 'Placed',
  AWAITING_APPROVAL: 'Awaiting approval',
  APPROVED: 'Approved',
  PARTLY_SHIPPED: 'Partly shipped',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

export const orderStatusColor: Record<OrderStatus, string> = {
  PLACED: 'blue',
  AWAITING_APPROVAL: 'yellow',
  APPROVED: 'teal',
  PARTLY_SHIPPED: 'cyan',
  SHIPPED: 'indigo',
  DELIVERED: 'green',
  CANCELLED: 'gray',
};

export function isOrderStatus(value: string): value is OrderStatus {
  return (orderStatuses as readonly string[]).includes(value);
}

/** Statuses from the `status` query-string value(s): comma-separated or repeated; unknown ones dropped. */
export function parseStatuses(values: string[]): OrderStatus[] {
  const seen = new Set<OrderStatus>();
  for (const value of values) {
    for (const part of value.split(',')) {
      const s = part.trim().toUpperCase();
      if (isOrderStatus(s)) seen.add(s);
    }
  }
  return orderStatuses.filter((s) => seen.has(s));
}
