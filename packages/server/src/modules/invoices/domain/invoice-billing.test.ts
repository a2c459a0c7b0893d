import { describe, expect, it } from 'vitest';
import { Decimal, sumAmounts } from '../../../platform/money.js';
import {
  apportion,
  billLines,
  completesOrder,
  draftInvoice,
  groupsToBill,
  type DeliveryGroupAmounts,
  type InvoiceDraft,
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

/**
 * An order with delivery groups invoiced shipment by shipment, as `invoiceShipment` does it: what is
 * invoiced already (per line: units and amount; per order: subtotal, tax, shipping) carries over.
 */
function groupedOrder(
  currency: string,
  groups: DeliveryGroupAmounts[],
  lines: Array<[id: string, group: string, quantity: number, unitPrice: string]>,
) {
  const orderLines: OrderLineToBill[] = lines.map(([id, group, quantity, unitPrice], i) => ({
    orderLineId: id,
    lineNumber: i + 1,
    sku: `SKU-${id}`,
    name: `Product ${id}`,
    quantity,
    unitPrice,
    quantityInvoiced: 0,
    deliveryGroupId: group,
    amountInvoiced: '0',
  }));
  const order = {
    currency,
    subtotal: sumAmounts(orderLines.map((l) => new Decimal(l.unitPrice).times(l.quantity))),
    taxTotal: sumAmounts(groups.map((g) => g.tax)),
    shippingTotal: sumAmounts(groups.map((g) => g.shippingCharge)),
  };
  const invoices: InvoiceDraft[] = [];
  return {
    order,
    invoices,
    ship(shipped: Array<[id: string, quantity: number]>): string[] {
      const billed = billLines(orderLines, new Map(shipped), currency);
      const draft = draftInvoice(
        {
          ...order,
          billedBefore: sumAmounts(invoices.map((i) => i.subtotal)),
          completesOrder: completesOrder(orderLines, billed),
          groups: groupsToBill(groups, orderLines, billed),
          taxBilledBefore: sumAmounts(invoices.map((i) => i.taxTotal)),
          shippingBilledBefore: sumAmounts(invoices.map((i) => i.shippingTotal)),
        },
        billed,
      )!;
      for (const b of billed) {
        const line = orderLines.find((l) => l.orderLineId === b.orderLineId)!;
        line.quantityInvoiced += b.quantity;
        line.amountInvoiced = new Decimal(line.amountInvoiced!).plus(b.lineTotal);
      }
      invoices.push(draft);
      return [draft.subtotal, draft.taxTotal, draft.shippingTotal, draft.total].map((d) => d.toFixed(2));
    },
    /** Sums of the invoices: subtotal, tax, shipping, total. */
    sums(): string[] {
      const sum = (pick: (i: InvoiceDraft) => Decimal) => sumAmounts(invoices.map(pick)).toFixed(2);
      return [
        sum((i) => i.subtotal),
        sum((i) => i.taxTotal),
        sum((i) => i.shippingTotal),
        sum((i) => i.total),
      ];
    },
  };
}

// QA5 F1: Cleveland (OH 5.75 %, standard shipping free from 500.00) and Detroit (MI 6 %, standard 15.00).
// Cleveland: 10 × 245.65 = 2,456.50, tax 141.24875 → 141.25, shipping 0.00.
// Detroit: 10 × 27.20 = 272.00, tax 16.32, shipping 15.00. Order: 2,728.50 + 157.57 tax + 15.00 shipping.
const cleveland = { id: 'CLE', subtotal: '2456.50', tax: '141.25', shippingCharge: '0.00' };
const detroit = { id: 'DET', subtotal: '272.00', tax: '16.32', shippingCharge: '15.00' };
const f1 = () =>
  groupedOrder(
    'USD',
    [cleveland, detroit],
    [
      ['cle', 'CLE', 10, '245.65'],
      ['det', 'DET', 10, '27.20'],
    ],
  );

describe('invoices by delivery group', () => {
  it('F1: shipping only Cleveland bills Cleveland’s tax and shipping, not Michigan tax or Detroit shipping', () => {
    const order = f1();
    // The old whole-order share was 141.86 tax and 13.50 shipping (157.57 and 15.00 × 2456.50 / 2728.50).
    expect(order.ship([['cle', 10]])).toEqual(['2456.50', '141.25', '0.00', '2597.75']);
    expect(order.ship([['det', 10]])).toEqual(['272.00', '16.32', '15.00', '303.32']);
    expect(order.sums()).toEqual(['2728.50', '157.57', '15.00', '2901.07']);
  });

  it('the other group first: Detroit bills 16.32 tax and its 15.00 shipping, then Cleveland 141.25 and 0.00', () => {
    const order = f1();
    expect(order.ship([['det', 10]])).toEqual(['272.00', '16.32', '15.00', '303.32']);
    expect(order.ship([['cle', 10]])).toEqual(['2456.50', '141.25', '0.00', '2597.75']);
    expect(order.sums()).toEqual(['2728.50', '157.57', '15.00', '2901.07']);
  });

  it('a group split in two shipments: its tax and shipping apportioned by its goods (3 then 7 of Detroit)', () => {
    const order = f1();
    // 3 × 27.20 = 81.60 of 272.00 (30 %): tax 16.32 × 0.3 = 4.896 → 4.90; shipping 15.00 × 0.3 = 4.50.
    expect(order.ship([['det', 3]])).toEqual(['81.60', '4.90', '4.50', '91.00']);
    // The rest of the group: 16.32 − 4.90 = 11.42 tax, 15.00 − 4.50 = 10.50 shipping.
    expect(order.ship([['det', 7]])).toEqual(['190.40', '11.42', '10.50', '212.32']);
    expect(order.ship([['cle', 10]])).toEqual(['2456.50', '141.25', '0.00', '2597.75']);
    expect(order.sums()).toEqual(['2728.50', '157.57', '15.00', '2901.07']);
  });

  it('one shipment across both groups bills each group’s own share, summed', () => {
    const order = f1();
    // Cleveland 4 of 10 (982.60): 141.25 × 0.4 = 56.50, shipping 0; Detroit 5 of 10 (136.00): 8.16 and 7.50.
    expect(
      order.ship([
        ['cle', 4],
        ['det', 5],
      ]),
    ).toEqual(['1118.60', '64.66', '7.50', '1190.76']);
    // The rest: 141.25 − 56.50 + 16.32 − 8.16 = 92.91 tax; 7.50 shipping.
    expect(
      order.ship([
        ['cle', 6],
        ['det', 5],
      ]),
    ).toEqual(['1609.90', '92.91', '7.50', '1710.31']);
    expect(order.sums()).toEqual(['2728.50', '157.57', '15.00', '2901.07']);
  });

  it('USD cumulative rounding within a group: 0.10 tax and 35.00 shipping over thirds add up to the cent', () => {
    const order = groupedOrder(
      'USD',
      [
        { id: 'A', subtotal: '100.00', tax: '0.10', shippingCharge: '35.00' },
        { id: 'B', subtotal: '10.00', tax: '0.83', shippingCharge: '15.00' },
      ],
      [
        ['a1', 'A', 3, '11.11'],
        ['a2', 'A', 3, '11.11'],
        ['a3', 'A', 2, '16.67'],
        ['b1', 'B', 1, '10.00'],
      ],
    );
    // Cumulative on A: tax round(0.0333) = 0.03, round(0.0667) = 0.07, 0.10; shipping 11.6655 → 11.67,
    // 23.331 → 23.33, 35.00: per invoice 11.67, 11.66, 11.67 (rounded apart they would be 11.67 × 3 = 35.01).
    expect(order.ship([['a1', 3]])).toEqual(['33.33', '0.03', '11.67', '45.03']);
    expect(order.ship([['a2', 3]])).toEqual(['33.33', '0.04', '11.66', '45.03']);
    expect(order.ship([['a3', 2]])).toEqual(['33.34', '0.03', '11.67', '45.04']);
    expect(order.ship([['b1', 1]])).toEqual(['10.00', '0.83', '15.00', '25.83']);
    expect(order.sums()).toEqual(['110.00', '0.93', '50.00', '160.93']);
  });

  it('CAD: Quebec tax 29.95 on 2 × 99.99 billed a unit at a time (14.98 then 14.97), Ontario in between', () => {
    // QC: 199.98 × 14.975 % = 29.947005 → 29.95; standard shipping 19.99 (under 680.00).
    // ON: 50.00 × 13 % = 6.50; standard shipping 19.99.
    const order = groupedOrder(
      'CAD',
      [
        { id: 'QC', subtotal: '199.98', tax: '29.95', shippingCharge: '19.99' },
        { id: 'ON', subtotal: '50.00', tax: '6.50', shippingCharge: '19.99' },
      ],
      [
        ['qc', 'QC', 2, '99.99'],
        ['on', 'ON', 1, '50.00'],
      ],
    );
    // Half of QC: tax 14.975 → 14.98, shipping 9.995 → 10.00 (half up).
    expect(order.ship([['qc', 1]])).toEqual(['99.99', '14.98', '10.00', '124.97']);
    expect(order.ship([['on', 1]])).toEqual(['50.00', '6.50', '19.99', '76.49']);
    expect(order.ship([['qc', 1]])).toEqual(['99.99', '14.97', '9.99', '124.95']);
    expect(order.sums()).toEqual(['249.98', '36.45', '39.98', '326.41']);
  });

  it('the same product split over two groups (two order lines) bills each part with its group', () => {
    const order = groupedOrder(
      'USD',
      [
        { id: 'OH', subtotal: '60.00', tax: '3.45', shippingCharge: '15.00' },
        { id: 'MI', subtotal: '40.00', tax: '2.40', shippingCharge: '35.00' },
      ],
      [
        ['p-oh', 'OH', 6, '10.00'],
        ['p-mi', 'MI', 4, '10.00'],
      ],
    );
    expect(order.ship([['p-mi', 4]])).toEqual(['40.00', '2.40', '35.00', '77.40']);
    expect(order.ship([['p-oh', 6]])).toEqual(['60.00', '3.45', '15.00', '78.45']);
  });

  it('the invoice completing the order takes exactly the rest of the order (an order partly invoiced by the old rule)', () => {
    const lines = [line(1, 10, '245.65', 10), line(2, 10, '27.20')].map((l, i) => ({
      ...l,
      deliveryGroupId: i === 0 ? 'CLE' : 'DET',
      amountInvoiced: i === 0 ? '2456.50' : '0',
    }));
    const billed = billLines(lines, new Map([['line-2', 10]]), 'USD');
    const draft = draftInvoice(
      {
        currency: 'USD',
        subtotal: '2728.50',
        taxTotal: '157.57',
        shippingTotal: '15.00',
        billedBefore: '2456.50',
        completesOrder: true,
        groups: groupsToBill([cleveland, detroit], lines, billed),
        // INV-700200 as issued before the fix: 141.86 tax, 13.50 shipping.
        taxBilledBefore: '141.86',
        shippingBilledBefore: '13.50',
      },
      billed,
    )!;
    expect([draft.taxTotal.toFixed(2), draft.shippingTotal.toFixed(2)]).toEqual(['15.71', '1.50']);
  });

  it('groupsToBill: goods billed before and completion per group; null without groups or with an ungrouped line', () => {
    const lines = [
      { ...line(1, 4, '10.00', 1), deliveryGroupId: 'A', amountInvoiced: '10.00' },
      { ...line(2, 2, '5.00'), deliveryGroupId: 'A' },
      { ...line(3, 1, '7.00'), deliveryGroupId: 'B' },
    ];
    const a = { id: 'A', subtotal: '50.00', tax: '1.00', shippingCharge: '2.00' };
    const b = { id: 'B', subtotal: '7.00', tax: '0.50', shippingCharge: '3.00' };
    const billed = billLines(
      lines,
      new Map([
        ['line-3', 1],
        ['line-1', 3],
      ]),
      'USD',
    );
    expect(
      groupsToBill([a, b], lines, billed)!.map((g) => [g.id, toFixed(g.billedBefore), g.completesGroup]),
    ).toEqual([
      ['A', '10.00', false],
      ['B', '0.00', true],
    ]);
    expect(groupsToBill([], lines, billed)).toBeNull();
    expect(groupsToBill([a, b], [...lines, line(4, 1, '1.00')], billed)).toBeNull();
    expect(groupsToBill([a], lines, billed)).toBeNull();
  });

  it('without groups (imported orders, per-order invoicing) the whole order’s tax and shipping are shared', () => {
    const lines = [
      { ...line(1, 10, '245.65'), deliveryGroupId: 'CLE' },
      { ...line(2, 10, '27.20'), deliveryGroupId: 'DET' },
    ];
    const billed = billLines(lines, new Map([['line-1', 10]]), 'USD');
    const draft = draftInvoice(
      {
        currency: 'USD',
        subtotal: '2728.50',
        taxTotal: '157.57',
        shippingTotal: '15.00',
        billedBefore: '0',
        groups: null,
      },
      billed,
    )!;
    // 157.57 × 2456.50 / 2728.50 = 141.8628 → 141.86; 15.00 × 0.90032 = 13.5048 → 13.50.
    expect([draft.taxTotal.toFixed(2), draft.shippingTotal.toFixed(2)]).toEqual(['141.86', '13.50']);
  });
});

const toFixed = (d: string | Decimal) => new Decimal(d).toFixed(2);
