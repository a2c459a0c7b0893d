import { transitionRefusalText } from './order-messages.js';

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

/** Why an event is refused, as a code; order-messages.ts words it in a person's language. */
export type TransitionRefusal =
  | 'SHIPPED_NO_CANCEL'
  | 'ALREADY_CANCELLED'
  | 'CANCELLED_OR_REJECTED'
  | 'NOT_AWAITING_APPROVAL'
  | 'STILL_AWAITING_APPROVAL'
  | 'DELIVER_NOT_SHIPPED'
  | 'APPROVAL_NOT_NEW'
  | 'IS_CANCELLED'
  | 'ALL_SHIPPED'
  | 'OTHER';

function refusalOf(from: OrderStatus, event: OrderEvent): TransitionRefusal {
  switch (event) {
    case 'CANCEL':
      return from === S.PARTLY_SHIPPED || from === S.SHIPPED || from === S.DELIVERED
        ? 'SHIPPED_NO_CANCEL'
        : 'ALREADY_CANCELLED';
    case 'APPROVE':
    case 'REJECT':
      return from === S.CANCELLED ? 'CANCELLED_OR_REJECTED' : 'NOT_AWAITING_APPROVAL';
    case 'SHIP_PART':
    case 'SHIP_ALL':
      if (from === S.AWAITING_APPROVAL) return 'STILL_AWAITING_APPROVAL';
      return from === S.CANCELLED ? 'IS_CANCELLED' : 'ALL_SHIPPED';
    case 'DELIVER':
      return 'DELIVER_NOT_SHIPPED';
    case 'SUBMIT_FOR_APPROVAL':
      return 'APPROVAL_NOT_NEW';
    default:
      return 'OTHER';
  }
}

export type Transition = { ok: true; to: OrderStatus } | { ok: false; reason: string };

/**
 * Where an event leads from a status, or why it is refused, in `locale`'s language (English unless
 * French). Pure.
 */
export function transition(from: OrderStatus, event: OrderEvent, locale = 'en-US'): Transition {
  const to = TRANSITIONS[from][event];
  if (to) return { ok: true, to };
  return { ok: false, reason: transitionRefusalText(refusalOf(from, event), from, locale) };
}

/** Whether the buyer may still cancel (nothing shipped, not already cancelled). */
export function canCancel(status: OrderStatus): boolean {
  return transition(status, 'CANCEL').ok;
}

/** The shipping event for a shipment: all remaining quantities shipped, or only part. */
export function shipEvent(remainingAfterShipment: number): OrderEvent {
  return remainingAfterShipment <= 0 ? 'SHIP_ALL' : 'SHIP_PART';
}
