import type { TFunction } from '../../../app/i18n';
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

/** A status's name in the interface language (`t` from `useT()`). */
export function orderStatusLabel(status: OrderStatus, t: TFunction): string {
  switch (status) {
    case 'PLACED':
      return t('Placed');
    case 'AWAITING_APPROVAL':
      return t('Awaiting approval');
    case 'APPROVED':
      return t('Approved');
    case 'PARTLY_SHIPPED':
      return t('Partly shipped');
    case 'SHIPPED':
      return t('Shipped');
    case 'DELIVERED':
      return t('Delivered');
    case 'CANCELLED':
      return t('Cancelled');
  }
}

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
