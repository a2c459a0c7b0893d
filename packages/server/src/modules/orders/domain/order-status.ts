/** Where an order is in its life. */
export enum OrderStatus {
  PLACED = 'PLACED',
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  APPROVED = 'APPROVED',
  PARTLY_SHIPPED = 'PARTLY_SHIPPED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}

/** Statuses of an order that is still under way (counted as open). */
export const OPEN_STATUSES: readonly OrderStatus[] = [
  OrderStatus.PLACED,
  OrderStatus.AWAITING_APPROVAL,
  OrderStatus.APPROVED,
  OrderStatus.PARTLY_SHIPPED,
  OrderStatus.SHIPPED,
];
