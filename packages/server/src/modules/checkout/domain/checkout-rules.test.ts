import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../platform/money.js';
import { canDecide, needsApproval } from './approval.js';
import { availableCredit, dueDate, paymentChoice, type CreditAccount } from './credit.js';
import {
  checkDelivery,
  checkSplit,
  deliveryTotals,
  earliestDelivery,
  shippingCharge,
  taxRate,
} from './delivery.js';
import { checkOffer, limitsFor } from './offers.js';

const d = (v: string) => new Decimal(v);
const usd = (v: Decimal) => `$${v.toFixed(2)}`;
const approved: CreditAccount = {
  creditStatus: 'APPROVED',
  creditLimit: d('50000.00'),
  paymentTermsDays: 30,
};

describe('credit check', () => {
  it('available credit is the limit less open orders and receivables', () => {
    // 50,000.00 − 12,500.50 − 7,499.50 = 30,000.00
    expect(
      availableCredit(approved, { openOrders: d('12500.50'), openReceivables: d('7499.50') })?.toFixed(2),
    ).toBe('30000.00');
    expect(
      availableCredit({ ...approved, creditStatus: 'NONE' }, { openOrders: d('0'), openReceivables: d('0') }),
    ).toBeNull();
  });

  it('offers a purchase order only when the order fits, exactly up to the last cent', () => {
    const exposure = { openOrders: d('49000.00'), openReceivables: d('0') };
    const fits = paymentChoice(approved, exposure, d('1000.00'), usd);
    expect(fits.purchaseOrder).toEqual({ allowed: true, termsDays: 30 });
    const over = paymentChoice(approved, exposure, d('1000.01'), usd);
    expect(over.purchaseOrder).toEqual({
      allowed: false,
      reason:
        'This order ($1000.01) is more than your available credit ($1000.00); pay by card or split the order.',
    });
    expect(over.card).toBe(true);
  });

  it('new buyers and held accounts pay by card, with a reason', () => {
    const none = paymentChoice(
      { creditStatus: 'NONE', creditLimit: null, paymentTermsDays: null },
      { openOrders: d('0'), openReceivables: d('0') },
      d('10'),
      usd,
    );
    expect(none.purchaseOrder).toEqual({
      allowed: false,
      reason: 'Your account has no approved credit yet, so orders are paid by card.',
    });
    const held = paymentChoice(
      { ...approved, creditStatus: 'ON_HOLD' },
      { openOrders: d('0'), openReceivables: d('0') },
      d('10'),
      usd,
    );
    expect(held.purchaseOrder.allowed).toBe(false);
    const usedUp = paymentChoice(
      approved,
      { openOrders: d('50000.00'), openReceivables: d('100.00') },
      d('1'),
      usd,
    );
    expect(usedUp.purchaseOrder).toEqual({
      allowed: false,
      reason: 'Your available credit is used up ($0.00 left); please pay by card.',
    });
  });

  it('an extension overrides the account’s terms; due dates count calendar days', () => {
    expect(
      paymentChoice(approved, { openOrders: d('0'), openReceivables: d('0') }, d('1'), usd, 45).purchaseOrder,
    ).toEqual({
      allowed: true,
      termsDays: 45,
    });
    expect(dueDate(new Date('2026-11-25T23:30:00Z'), 45)).toBe('2027-01-09');
    expect(dueDate(new Date('2026-02-01T00:00:00Z'), 30)).toBe('2026-03-03');
  });
});

describe('approvals', () => {
  it('an order above a buyer’s limit waits for approval; at the limit it does not', () => {
    const buyer = { orderLimit: d('2500.00'), isBuyerAdmin: false, sellerSide: false };
    expect(needsApproval(buyer, d('2500.00'))).toBe(false);
    expect(needsApproval(buyer, d('2500.01'))).toBe(true);
    expect(needsApproval({ ...buyer, orderLimit: null }, d('999999'))).toBe(false);
    expect(needsApproval({ ...buyer, isBuyerAdmin: true }, d('999999'))).toBe(false);
    expect(needsApproval({ ...buyer, sellerSide: true }, d('999999'))).toBe(false);
  });

  it('only a buyer admin of the same account decides', () => {
    expect(canDecide({ isBuyerAdmin: true, accountId: 'a' }, 'a')).toBe(true);
    expect(canDecide({ isBuyerAdmin: true, accountId: 'b' }, 'a')).toBe(false);
    expect(canDecide({ isBuyerAdmin: false, accountId: 'a' }, 'a')).toBe(false);
  });
});

describe('offers by role', () => {
  it('a sales rep may give 45-day terms and 30% off a category, with a reason', () => {
    expect(checkOffer(['SALES_REP'], { kind: 'TERMS', days: 45, reason: 'Trial of the new roast' })).toEqual(
      [],
    );
    expect(checkOffer(['SALES_REP'], { kind: 'TERMS', days: 46, reason: 'Trial' })).toEqual([
      { field: 'days', message: 'Your role may extend terms to at most 45 days.' },
    ]);
    expect(
      checkOffer(['SALES_REP'], {
        kind: 'CATEGORY_DISCOUNT',
        categoryId: 'c',
        percent: '30',
        reason: 'Accessories trial',
      }),
    ).toEqual([]);
    expect(
      checkOffer(['SALES_REP'], { kind: 'CATEGORY_DISCOUNT', categoryId: 'c', percent: '30.5', reason: 'x' }),
    ).toEqual([
      { field: 'reason', message: 'Say why the offer is made (at least 3 characters).' },
      { field: 'percent', message: 'Your role may give at most 30% off a category.' },
    ]);
    expect(checkOffer(['BUYER'], { kind: 'TERMS', days: 30, reason: 'please' })).toEqual([
      { field: 'kind', message: 'Your role may not apply offers.' },
    ]);
    expect(limitsFor(['SALES_REP', 'ACCOUNT_MANAGER'])?.maxTermsDays).toBe(60);
  });
});

describe('delivery groups', () => {
  const addresses = new Set(['pearl', 'alberta']);
  // Wednesday 2026-11-25: standard (3 business days) → Monday 2026-11-30; express → Thursday 2026-11-26.
  it('computes the earliest date per method over weekends', () => {
    expect(earliestDelivery('2026-11-25', 'STANDARD')).toBe('2026-11-30');
    expect(earliestDelivery('2026-11-25', 'EXPRESS')).toBe('2026-11-26');
    expect(earliestDelivery('2026-11-27', 'EXPRESS')).toBe('2026-11-30');
  });

  it('accepts two stores on two dates and refuses what cannot ship', () => {
    const groups = [
      { id: 'g1', addressId: 'pearl', desiredDate: '2026-11-30', method: 'STANDARD' as const },
      { id: 'g2', addressId: 'alberta', desiredDate: '2026-12-02', method: 'FREIGHT' as const },
    ];
    const lines = [
      { lineId: 'l1', groupId: 'g1', quantity: 3 },
      { lineId: 'l2', groupId: 'g2', quantity: 2 },
    ];
    expect(checkDelivery(groups, lines, addresses, '2026-11-25')).toEqual([]);
    const bad = checkDelivery(
      [
        { id: 'g1', addressId: 'elsewhere', desiredDate: '2026-11-28', method: 'STANDARD' },
        { id: 'g2', addressId: null, desiredDate: '2026-11-26', method: 'STANDARD' },
      ],
      [{ lineId: 'l1', groupId: null, quantity: 1 }],
      addresses,
      '2026-11-25',
    );
    expect(bad.map((p) => p.message)).toEqual([
      '1 line is not in a delivery group yet.',
      'Delivery 1: that address is not one of the account’s.',
      'Delivery 1: deliveries are made Monday to Friday.',
      'Delivery 1 has no lines; remove it or move lines to it.',
      'Delivery 2: choose where it ships.',
      'Delivery 2: standard shipping arrives on 2026-11-30 at the earliest.',
      'Delivery 2 has no lines; remove it or move lines to it.',
    ]);
  });

  it('splits a quantity only into whole parts that add up', () => {
    expect(checkSplit(5, [3, 2])).toBeNull();
    expect(checkSplit(5, [3, 3])).toBe('The parts add up to 6, not 5.');
    expect(checkSplit(5, [5, 0])).toBe('Each part must be a whole number of at least 1.');
  });

  it('charges shipping per group and estimates tax per ship-to region, rounded per group', () => {
    expect(shippingCharge('STANDARD', d('499.99'), 'USD').toFixed(2)).toBe('15.00');
    expect(shippingCharge('STANDARD', d('500.00'), 'USD').toFixed(2)).toBe('0.00');
    expect(shippingCharge('EXPRESS', d('5000'), 'CAD').toFixed(2)).toBe('45.00');
    expect(taxRate('CA', 'QC').toString()).toBe('0.14975');
    const totals = deliveryTotals(
      [
        // Portland (no sales tax): 320.00 + 15.00 shipping.
        {
          groupId: 'g1',
          method: 'STANDARD',
          country: 'US',
          region: 'OR',
          lineTotals: [d('256.00'), d('64.00')],
        },
        // Houston 8.25%: 600.00 × 0.0825 = 49.50; free standard shipping from 500.00.
        { groupId: 'g2', method: 'STANDARD', country: 'US', region: 'TX', lineTotals: [d('600.00')] },
        // Montréal 14.975%: 33.33 × 0.14975 = 4.991… → 4.99; express 35.00 (USD).
        { groupId: 'g3', method: 'EXPRESS', country: 'CA', region: 'QC', lineTotals: [d('33.33')] },
      ],
      'USD',
    );
    expect(
      totals.groups.map((g) => [
        g.subtotal.toFixed(2),
        g.shipping.toFixed(2),
        g.tax.toFixed(2),
        g.total.toFixed(2),
      ]),
    ).toEqual([
      ['320.00', '15.00', '0.00', '335.00'],
      ['600.00', '0.00', '49.50', '649.50'],
      ['33.33', '35.00', '4.99', '73.32'],
    ]);
    // 953.33 + 50.00 + 54.49 = 1057.82
    expect([totals.subtotal, totals.shipping, totals.tax, totals.total].map((v) => v.toFixed(2))).toEqual([
      '953.33',
      '50.00',
      '54.49',
      '1057.82',
    ]);
  });
});
