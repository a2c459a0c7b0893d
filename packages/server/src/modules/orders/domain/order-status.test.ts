import { describe, expect, it } from 'vitest';
import { canCancel, OrderStatus as S, shipEvent, transition, type OrderEvent } from './order-status.js';

const EVENTS: OrderEvent[] = [
  'SUBMIT_FOR_APPROVAL',
  'APPROVE',
  'REJECT',
  'SHIP_PART',
  'SHIP_ALL',
  'DELIVER',
  'CANCEL',
];

describe('order state machine', () => {
  it('allows exactly these transitions', () => {
    const allowed: string[] = [];
    for (const from of Object.values(S)) {
      for (const event of EVENTS) {
        const t = transition(from, event);
        if (t.ok) allowed.push(`${from} --${event}--> ${t.to}`);
      }
    }
    expect(allowed).toEqual([
      'PLACED --SUBMIT_FOR_APPROVAL--> AWAITING_APPROVAL',
      'PLACED --SHIP_PART--> PARTLY_SHIPPED',
      'PLACED --SHIP_ALL--> SHIPPED',
      'PLACED --CANCEL--> CANCELLED',
      'AWAITING_APPROVAL --APPROVE--> APPROVED',
      'AWAITING_APPROVAL --REJECT--> CANCELLED',
      'AWAITING_APPROVAL --CANCEL--> CANCELLED',
      'APPROVED --SHIP_PART--> PARTLY_SHIPPED',
      'APPROVED --SHIP_ALL--> SHIPPED',
      'APPROVED --CANCEL--> CANCELLED',
      'PARTLY_SHIPPED --SHIP_PART--> PARTLY_SHIPPED',
      'PARTLY_SHIPPED --SHIP_ALL--> SHIPPED',
      'SHIPPED --DELIVER--> DELIVERED',
    ]);
  });

  it('refuses with a reason a person can act on', () => {
    expect(transition(S.SHIPPED, 'CANCEL')).toEqual({
      ok: false,
      reason:
        'Part of this order has already shipped, so it can no longer be cancelled. Open a case to return items.',
    });
    expect(transition(S.CANCELLED, 'CANCEL')).toEqual({
      ok: false,
      reason: 'This order is already cancelled.',
    });
    expect(transition(S.PLACED, 'APPROVE')).toEqual({
      ok: false,
      reason: 'This order is not waiting for approval.',
    });
    expect(transition(S.AWAITING_APPROVAL, 'SHIP_ALL')).toEqual({
      ok: false,
      reason: 'This order is still waiting for approval.',
    });
    expect(transition(S.DELIVERED, 'SHIP_PART')).toEqual({
      ok: false,
      reason: 'Everything on this order has already shipped.',
    });
    expect(transition(S.PLACED, 'DELIVER')).toEqual({
      ok: false,
      reason: 'Only a shipped order can be marked delivered.',
    });
  });

  it('knows when a buyer may cancel and which event a shipment is', () => {
    expect([S.PLACED, S.AWAITING_APPROVAL, S.APPROVED].every(canCancel)).toBe(true);
    expect([S.PARTLY_SHIPPED, S.SHIPPED, S.DELIVERED, S.CANCELLED].some(canCancel)).toBe(false);
    expect(shipEvent(0)).toBe('SHIP_ALL');
    expect(shipEvent(3)).toBe('SHIP_PART');
  });
});
