import { describe, expect, it } from 'vitest';
import { Decimal, sumAmounts } from '../../../platform/money.js';
import {
  apportion,
  billLines,
  completesOrder,
  draftInvoice,
  type OrderLineToBill,
} from './invoice-billing.js';

const line = (n: number, quantity: number, unitPrice: string, quantityInvoiced = 0): OrderLineToBill => ({
  orderLineId: `line-${n}`,
  lineNumber: n,
  sku: `SKU-${n}`,
  name: `Product ${n}`,
  quantity,
  unitPrice,
  quantityInvoiced,
});

describe('billLines', () => {
  it('bills the shipped quantities at the order prices, in line order, positions from 1', () => {
    const billed = billLines(
      [line(2, 5, '12.50'), line(1, 10, '3.25')],
      new Map([
        ['line-1', 4],
        ['line-2', 5],
      ]),
      'USD',
    );
    expect(billed.map((l) => [l.position, l.sku, l.quantity, l.lineTotal.toFixed(2)])).toEqual([
      [1, 'SKU-1', 4, '13.00'],
      [2, 'SKU-2', 5, '62.50'],
    ]);
  });

  it('per order: every unit not yet invoiced; lines billed in full are left out', () => {
    const billed = billLines([line(1, 10, '3.25', 4), line(2, 5, '12.50', 5)], null, 'USD');
    expect(billed.map((l) => [l.sku, l.quantity, l.lineTotal.toFixed(2)])).toEqual([['SKU-1', 6, '19.50']]);
  });

  it('never bills more than is left of a line, and nothing for lines not shipped', () => {
    const billed = billLines([line(1, 3, '1.00', 2), line(2, 3, '1.00')], new Map([['line-1', 5]]), 'USD');
    expect(billed.map((l) => [l.sku, l.quantity])).toEqual([['SKU-1', 1]]);
  });

  it('rounds each line total to the currency, half up: 4.0005 → 4.00, 4.0047 → 4.00, 0.125 → 0.13', () => {
    const [a, b] = billLines([line(1, 3, '1.3335'), line(2, 3, '1.3349')], null, 'CAD');
    expect(a!.lineTotal.toFixed(4)).toBe('4.0000');
    expect(b!.lineTotal.toFixed(4)).toBe('4.0000'); // 4.0047 → 4.00
    const [c] = billLines([line(1, 1, '0.125')], null, 'USD');
    expect(c!.lineTotal.toFixed(4)).toBe('0.1300'); // half up
  });
});

describe('apportion (cumulative rounding)', () => {
  it('USD: 0.10 of tax over three thirds adds up to 0.10 (per-invoice rounding would give 0.09)', () => {
    const parts = [
      apportion('0.10', '100.00', '0', '33.33', 'USD'),
      apportion('0.10', '100.00', '33.33', '33.33', 'USD'),
      apportion('0.10', '100.00', '66.66', '33.34', 'USD'),
    ];
    // cumulative: round(0.033333) = 0.03, round(0.066666) = 0.07, then all of 0.10
    expect(parts.map((p) => p.toFixed(2))).toEqual(['0.03', '0.04', '0.03']);
    expect(sumAmounts(parts).toFixed(2)).toBe('0.10');
  });

  it('USD: 8.25 tax on 100.00 billed 33.33 / 33.33 / 33.34 → 2.75 each', () => {
    const parts = [
      apportion('8.25', '100.00', '0', '33.33', 'USD'), // 2.749725 → 2.75
      apportion('8.25', '100.00', '33.33', '33.33', 'USD'), // 5.49945 → 5.50, minus 2.75
      apportion('8.25', '100.00', '66.66', '33.34', 'USD'), // 8.25 − 5.50
    ];
    expect(parts.map((p) => p.toFixed(2))).toEqual(['2.75', '2.75', '2.75']);
  });

  it('CAD (QC 14.975 %): 29.95 tax on 199.98 billed in halves → 14.98 then 14.97 (half up at 14.975)', () => {
    const first = apportion('29.95', '199.98', '0', '99.99', 'CAD');
    const second = apportion('29.95', '199.98', '99.99', '99.99', 'CAD');
    expect(first.toFixed(2)).toBe('14.98');
    expect(second.toFixed(2)).toBe('14.97');
    expect(first.plus(second).toFixed(2)).toBe('29.95');
  });

  it('the invoice completing the order takes the rest of the amount; a zero amount apportions zero', () => {
    expect(apportion('7.00', '30.00', '0', '30.00', 'USD').toFixed(2)).toBe('7.00');
    expect(apportion('0', '30.00', '10.00', '5.00', 'USD').toFixed(2)).toBe('0.00');
  });

  it('the invoice billing the last units takes the rest even when rounded line totals fall short', () => {
    // An order subtotal of 8.0000 whose invoices' rounded line totals add up to 3.99 + 4.00 = 7.99; tax 8.00.
    const first = apportion('8.00', '8.0000', '0', '3.99', 'USD'); // 3.99
    const byAmountOnly = apportion('8.00', '8.0000', '3.99', '4.00', 'USD'); // 7.99 − 3.99: a cent short
    const last = apportion('8.00', '8.0000', '3.99', '4.00', 'USD', true); // 8.00 − 3.99
    expect([first.toFixed(2), byAmountOnly.toFixed(2), last.toFixed(2)]).toEqual(['3.99', '4.00', '4.01']);
    expect(first.plus(last).toFixed(2)).toBe('8.00');
  });

  it('completesOrder: every unit invoiced after these lines', () => {
    const order = [line(1, 3, '1.00', 1), line(2, 2, '1.00', 2)];
    expect(completesOrder(order, billLines(order, new Map([['line-1', 2]]), 'USD'))).toBe(true);
    expect(completesOrder(order, billLines(order, new Map([['line-1', 1]]), 'USD'))).toBe(false);
  });

  it('JPY rounds to whole yen: 100 over thirds → 33, 34, 33', () => {
    const parts = [
      apportion('100', '3000', '0', '1000', 'JPY'),
      apportion('100', '3000', '1000', '1000', 'JPY'),
      apportion('100', '3000', '2000', '1000', 'JPY'),
    ];
    expect(parts.map((p) => p.toFixed(0))).toEqual(['33', '34', '33']);
  });
});

describe('draftInvoice', () => {
  it('totals: subtotal + its share of shipping + its share of tax', () => {
    const lines = billLines([line(1, 2, '24.99'), line(2, 1, '50.00')], new Map([['line-1', 2]]), 'USD');
    const draft = draftInvoice(
      { currency: 'USD', subtotal: '99.98', taxTotal: '8.25', shippingTotal: '12.00', billedBefore: '0' },
      lines,
    )!;
    expect(draft.subtotal.toFixed(2)).toBe('49.98');
    expect(draft.shippingTotal.toFixed(2)).toBe('6.00'); // 12 × 49.98 / 99.98 = 5.9988
    expect(draft.taxTotal.toFixed(2)).toBe('4.12'); // 8.25 × 0.49990 = 4.1242
    expect(draft.total.toFixed(2)).toBe('60.10');
    const rest = draftInvoice(
      { currency: 'USD', subtotal: '99.98', taxTotal: '8.25', shippingTotal: '12.00', billedBefore: '49.98' },
      billLines([line(1, 2, '24.99', 2), line(2, 1, '50.00')], null, 'USD'),
    )!;
    expect([rest.subtotal, rest.shippingTotal, rest.taxTotal, rest.total].map((d) => d.toFixed(2))).toEqual([
      '50.00',
      '6.00',
      '4.13',
      '60.13',
    ]);
    expect(draft.total.plus(rest.total).toFixed(2)).toBe(
      new Decimal('99.98').plus(12).plus('8.25').toFixed(2),
    );
  });

  it('nothing to bill: no invoice', () => {
    expect(
      draftInvoice(
        { currency: 'USD', subtotal: '1', taxTotal: '0', shippingTotal: '0', billedBefore: '1' },
        [],
      ),
    ).toBeNull();
  });
});
