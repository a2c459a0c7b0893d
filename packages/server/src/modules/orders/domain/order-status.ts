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

/** What happens to an order; each event moves it along the state machine or is refused. */
export type OrderEvent =
  'SUBMIT_FOR_APPROVAL' | 'APPROVE' | 'REJECT' | 'SHIP_PART' | 'SHIP_ALL' | 'DELIVER' | 'CANCEL';

const S = OrderStatus;

/** The state machine: for each status, the events it accepts and where they lead. */
const TRANSITIONS: Record<OrderStatus, Partial<Record<OrderEvent, OrderStatus>>> = {
  [S.PLACED]: {
    SUBMIT_FOR_APPROVAL: S.AWAITING_APPROVAL,
    SHIP_PART: S.PARTLY_SHIPPED,
    SHIP_ALL: S.SHIPPED,
    CANCEL: S.CANCELLED,
  },
  [S.AWAITING_APPROVAL]: { APPROVE: S.APPROVED, REJECT: S.CANCELLED, CANCEL: S.CANCELLED },
  [S.APPROVED]: { SHIP_PART: S.PARTLY_SHIPPED, SHIP_ALL: S.SHIPPED, CANCEL: S.CANCELLED },
  [S.PARTLY_SHIPPED]: { SHIP_PART: S.PARTLY_SHIPPED, SHIP_ALL: S.SHIPPED },
  [S.SHIPPED]: { DELIVER: S.DELIVERED },
  [S.DELIVERED]: {},
  [S.CANCELLED]: {},
};

const REASONS: Partial<Record<OrderEvent, (from: OrderStatus) => string>> = {
  CANCEL: (from) =>
    from === S.PARTLY_SHIPPED || from === S.SHIPPED || from === S.DELIVERED
      ? 'Part of this order has already shipped, so it can no longer be cancelled. Open a case to return items.'
      : 'This order is already cancelled.',
  APPROVE: (from) =>
    from === S.CANCELLED
      ? 'This order was cancelled or rejected.'
      : 'This order is not waiting for approval.',
  REJECT: (from) =>
    from === S.CANCELLED
      ? 'This order was cancelled or rejected.'
      : 'This order is not waiting for approval.',
  SHIP_PART: (from) =>
    from === S.AWAITING_APPROVAL ? 'This order is still waiting for approval.' : shipReason(from),
  SHIP_ALL: (from) =>
    from === S.AWAITING_APPROVAL ? 'This order is still waiting for approval.' : shipReason(from),
  DELIVER: () => 'Only a shipped order can be marked delivered.',
  SUBMIT_FOR_APPROVAL: () => 'Only a newly placed order can be sent for approval.',
};

function shipReason(from: OrderStatus): string {
  if (from === S.CANCELLED) return 'This order is cancelled.';
  return 'Everything on this order has already shipped.';
}

export type Transition = { ok: true; to: OrderStatus } | { ok: false; reason: string };

/** Where an event leads from a status, or why it is refused. Pure. */
export function transition(from: OrderStatus, event: OrderEvent): Transition {
  const to = TRANSITIONS[from][event];
  if (to) return { ok: true, to };
  return {
    ok: false,
    reason: REASONS[event]?.(from) ?? `An order that is ${from.toLowerCase()} cannot do that.`,
  };
}

/** Whether the buyer may still cancel (nothing shipped, not already cancelled). */
export function canCancel(status: OrderStatus): boolean {
  return transition(status, 'CANCEL').ok;
}

/** The shipping event for a shipment: all remaining quantities shipped, or only part. */
export function shipEvent(remainingAfterShipment: number): OrderEvent {
  return remainingAfterShipment <= 0 ? 'SHIP_ALL' : 'SHIP_PART';
}
