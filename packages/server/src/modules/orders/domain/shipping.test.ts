import { describe, expect, it } from 'vitest';
import { mayCancel } from './order-access.js';
import {
  carrierName,
  checkShipmentFields,
  groupStatus,
  planShipment,
  trackingUrlFor,
  type ShippableLine,
} from './shipping.js';

describe('tracking URLs by carrier', () => {
  it('knows the usual carriers whatever the spelling', () => {
    expect(trackingUrlFor('UPS', '1Z999AA10123456784')).toBe(
      'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    );
    expect(trackingUrlFor('fedex', '7712 3456 7890')).toBe(
      'https://www.fedex.com/fedextrack/?trknbr=771234567890',
    );
    expect(trackingUrlFor('Fed Ex', '1')).toContain('fedex.com');
    expect(trackingUrlFor('U.S.P.S.', '9400100000000000000000')).toBe(
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000',
    );
    expect(trackingUrlFor('Canada Post', 'AB123456789CA')).toBe(
      'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=AB123456789CA',
    );
    expect(trackingUrlFor('Postes Canada', 'X')).toContain('canadapost-postescanada.ca');
    expect(trackingUrlFor('purolator', '329012345678')).toBe(
      'https://www.purolator.com/en/shipping/tracker?pin=329012345678',
    );
  });

  it('has no URL for an unknown carrier and keeps its name as given', () => {
    expect(trackingUrlFor('Own truck', '42')).toBeNull();
    expect(carrierName(' Own truck ')).toBe('Own truck');
    expect(carrierName('fedex')).toBe('FedEx');
    expect(carrierName('canada-post')).toBe('Canada Post');
  });

  it('checks carrier, tracking number and URL', () => {
    expect(checkShipmentFields({ carrier: 'UPS', trackingNumber: '1Z 999' })).toEqual([]);
    expect(
      checkShipmentFields({
        carrier: ' ',
        trackingNumber: '<script>',
        trackingUrl: 'javascript:alert(1)',
      }).map((p) => p.field),
    ).toEqual(['carrier', 'trackingNumber', 'trackingUrl']);
    expect(
      checkShipmentFields({ carrier: 'X', trackingNumber: '1', trackingUrl: 'https://track.example/1' }),
    ).toEqual([]);
  });
});

describe('shipment quantities', () => {
  const lines: ShippableLine[] = [
    { id: 'a', lineNumber: 1, sku: 'A', groupId: 'g1', quantity: 5, quantityShipped: 0 },
    { id: 'b', lineNumber: 2, sku: 'B', groupId: 'g1', quantity: 2, quantityShipped: 2 },
    { id: 'c', lineNumber: 3, sku: 'C', groupId: 'g2', quantity: 3, quantityShipped: 1 },
  ];

  it('ships everything remaining when no lines are given', () => {
    expect(planShipment(lines, [], null)).toEqual({
      ok: true,
      lines: [
        { lineId: 'a', quantity: 5 },
        { lineId: 'c', quantity: 2 },
      ],
      remainingAfter: 0,
      groupId: null,
    });
    expect(planShipment(lines, [], 'g2')).toEqual({
      ok: true,
      lines: [{ lineId: 'c', quantity: 2 }],
      remainingAfter: 5,
      groupId: 'g2',
    });
  });

  it('ships part of a line and knows the group of the lines shipped', () => {
    expect(planShipment(lines, [{ orderLineId: 'a', quantity: 3 }], null)).toEqual({
      ok: true,
      lines: [{ lineId: 'a', quantity: 3 }],
      remainingAfter: 4,
      groupId: 'g1',
    });
  });

  it('refuses more than remains, lines of another group or order, and nothing left', () => {
    const over = planShipment(
      lines,
      [
        { orderLineId: 'a', quantity: 3 },
        { orderLineId: 'a', quantity: 3 },
      ],
      null,
    );
    expect(over).toEqual({
      ok: false,
      problems: [{ field: 'lines[1].quantity', message: 'Line 1 (A) has 5 left to ship, not 6.' }],
    });
    const shipped = planShipment(lines, [{ orderLineId: 'b', quantity: 1 }], null);
    expect(shipped.ok === false && shipped.problems[0]!.message).toBe(
      'Line 2 (B) has already shipped in full.',
    );
    const otherGroup = planShipment(lines, [{ orderLineId: 'c', quantity: 1 }], 'g1');
    expect(otherGroup.ok === false && otherGroup.problems[0]!.field).toBe('lines[0].orderLineId');
    const unknown = planShipment(
      lines,
      [
        { orderLineId: 'zzz', quantity: 1 },
        { orderLineId: null, quantity: 1 },
      ],
      null,
    );
    expect(unknown.ok === false && unknown.problems.length).toBe(2);
    const zero = planShipment(lines, [{ orderLineId: 'a', quantity: 0 }], null);
    expect(zero.ok === false && zero.problems[0]!.message).toBe('Ship at least 1 unit.');
    const done = lines.map((l) => ({ ...l, quantityShipped: l.quantity }));
    expect(planShipment(done, [], null)).toEqual({
      ok: false,
      problems: [{ field: 'lines', message: 'Everything on this order has already shipped.' }],
    });
  });

  it('tells a delivery group status from its lines', () => {
    expect(groupStatus([{ quantity: 2, quantityShipped: 0 }])).toBe('PENDING');
    expect(
      groupStatus([
        { quantity: 2, quantityShipped: 1 },
        { quantity: 1, quantityShipped: 1 },
      ]),
    ).toBe('PARTLY_SHIPPED');
    expect(groupStatus([{ quantity: 2, quantityShipped: 2 }])).toBe('SHIPPED');
  });
});

describe('who may cancel an order', () => {
  const order = { placedById: 'buyer', onBehalfOfId: null };
  it('the placer, the buyer it was placed for, a buyer admin, the seller', () => {
    expect(mayCancel({ userId: 'buyer', roles: ['BUYER'], sellerSide: false }, order)).toBe(true);
    expect(mayCancel({ userId: 'other', roles: ['BUYER'], sellerSide: false }, order)).toBe(false);
    expect(mayCancel({ userId: 'admin', roles: ['BUYER_ADMIN'], sellerSide: false }, order)).toBe(true);
    expect(mayCancel({ userId: 'rep', roles: ['SALES_REP'], sellerSide: true }, order)).toBe(true);
    expect(
      mayCancel(
        { userId: 'owner', roles: ['BUYER'], sellerSide: false },
        { placedById: 'rep', onBehalfOfId: 'owner' },
      ),
    ).toBe(true);
  });
});
