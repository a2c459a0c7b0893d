import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../platform/money.js';
import { PriceRounding } from './derived-price.js';
import {
  priceOrder,
  type LineInput,
  type PriceCandidate,
  type PricingContext,
  type Promotion,
  type TierAdjustment,
  type VolumeTierTable,
} from './price-engine.js';
import { tiersFrom, type Tier } from './tiers.js';

// Every expected value below is worked out by hand in the comment beside it: the engine must reach the same
// figure, to the cent. Rounding is half-up to the currency (2 decimals for USD and CAD, 0 for JPY) after each
// step that changes the unit price, and on the line total.

const d = (v: string) => new Decimal(v);
const at = new Date('2026-11-23T12:00:00Z');
const ms = (offset: number) => new Date(at.getTime() + offset).toISOString();

const list = (amount: string): PriceCandidate => ({
  kind: 'LIST',
  recordId: 'book-list',
  label: 'List prices USD',
  priority: 1000,
  unitPrice: d(amount),
});
const book = (id: string, amount: string, priority: number): PriceCandidate => ({
  kind: 'BOOK',
  recordId: id,
  label: `Book ${id}`,
  priority,
  unitPrice: d(amount),
});
const contract = (amount: string, validFrom?: string, validTo?: string): PriceCandidate => ({
  kind: 'CONTRACT',
  recordId: 'contract-1',
  label: 'Contract C-1',
  priority: 0,
  unitPrice: d(amount),
  validFrom: validFrom ? new Date(validFrom) : null,
  validTo: validTo ? new Date(validTo) : null,
});

function line(over: Partial<LineInput> = {}): LineInput {
  return {
    lineId: 'l1',
    productId: 'p1',
    categoryIds: ['c-accessories', 'c-root'],
    quantity: 1,
    candidates: [list('10.00')],
    ...over,
  };
}

function context(over: Partial<PricingContext> = {}): PricingContext {
  return {
    currency: 'USD',
    at,
    strategy: 'LOWEST',
    buyerGroupIds: [],
    couponCodes: [],
    promotions: [],
    ...over,
  };
}

function promotion(over: Partial<Promotion>): Promotion {
  return {
    id: 'promo',
    name: 'Promo',
    productIds: [],
    categoryIds: ['c-accessories'],
    discount: { kind: 'PERCENT', percent: d('10') },
    buyerGroupIds: [],
    stacking: 'STACKABLE',
    priority: 1,
    ...over,
  };
}

const percentOff = (id: string, percent: string, over: Partial<Promotion> = {}) =>
  promotion({ id, name: `${percent}% off`, discount: { kind: 'PERCENT', percent: d(percent) }, ...over });
const amountOff = (id: string, amounts: Record<string, string>, over: Partial<Promotion> = {}) =>
  promotion({
    id,
    name: `Amount off ${id}`,
    discount: {
      kind: 'AMOUNT',
      amountPerUnit: Object.fromEntries(Object.entries(amounts).map(([c, a]) => [c, d(a)])),
    },
    ...over,
  });

function only(order: ReturnType<typeof priceOrder>) {
  const [priced] = order.lines;
  if (!priced.ok) throw new Error(`line not priced: ${priced.message}`);
  return priced;
}

/** Prices one line and returns it; throws when it cannot be priced. */
const priceOne = (over: Partial<LineInput>, ctx: Partial<PricingContext> = {}) =>
  only(priceOrder([line(over)], context(ctx)));

/** Unit price, line total and savings as strings with the currency's decimals. */
const figures = (priced: ReturnType<typeof only>, decimals = 2) => ({
  unit: priced.unitPrice.toFixed(decimals),
  total: priced.lineTotal.toFixed(decimals),
  savings: priced.savings.toFixed(decimals),
});

const table = (
  rows: Array<[string, string | null, TierAdjustment]>,
  mode: VolumeTierTable['mode'] = 'SLAB',
): VolumeTierTable => ({
  recordId: 'tiers-1',
  label: 'Volume tiers',
  mode,
  tiers: tiersFrom(
    rows.map(([lowerBound, upperBound, value]) => ({ lowerBound, upperBound, value })),
  ) as Tier<TierAdjustment>[],
});
const pct = (percent: string): TierAdjustment => ({ kind: 'PERCENT_OFF', percent: d(percent) });
const off = (amount: string): TierAdjustment => ({ kind: 'AMOUNT_OFF', amount: d(amount) });
const override = (unitPrice: string): TierAdjustment => ({ kind: 'OVERRIDE', unitPrice: d(unitPrice) });

const promotionIds = (priced: ReturnType<typeof only>) =>
  priced.steps.filter((s) => s.kind === 'PROMOTION').map((s) => s.recordId);

describe('base price: list, price books and contracts', () => {
  const candidates = [list('10.00'), book('book-a', '9.50', 2), book('book-b', '9.80', 1), contract('9.90')];

  it('uses the list price when nothing else applies, and explains it', () => {
    const priced = priceOne({ quantity: 3 });
    expect(figures(priced)).toEqual({ unit: '10.00', total: '30.00', savings: '0.00' }); // 3 × 10.00
    expect(priced.steps).toEqual([
      {
        kind: 'LIST',
        recordId: 'book-list',
        label: 'List prices USD',
        unitPrice: d('10'),
        detail: { kind: 'LIST' },
      },
    ]);
  });

  describe('LOWEST', () => {
    it('takes the cheapest price of list, books and contract', () => {
      const priced = priceOne({ quantity: 4, candidates });
      // min(10.00, 9.50, 9.80, 9.90) = 9.50 (book-a); 4 × 9.50 = 38.00; saves 40.00 − 38.00 = 2.00
      expect(figures(priced)).toEqual({ unit: '9.50', total: '38.00', savings: '2.00' });
      expect(priced.steps.map((s) => [s.kind, s.recordId, s.unitPrice.toFixed(2)])).toEqual([
        ['LIST', 'book-list', '10.00'],
        ['BOOK', 'book-a', '9.50'],
      ]);
      expect(priced.steps[1]!.detail).toEqual({ kind: 'BOOK' });
    });

    it('takes the contract when it is the cheapest', () => {
      const priced = priceOne({ candidates: [...candidates.slice(0, 3), contract('9.40')] });
      expect(priced.unitPrice.toFixed(2)).toBe('9.40'); // 9.40 < 9.50
      expect(priced.steps.at(-1)).toMatchObject({
        kind: 'CONTRACT',
        recordId: 'contract-1',
        detail: { kind: 'CONTRACT' },
      });
    });

    it('keeps the list price, with a single step, when nothing beats it', () => {
      const priced = priceOne({ candidates: [list('9.00'), book('book-a', '9.50', 2), contract('9.90')] });
      expect(priced.unitPrice.toFixed(2)).toBe('9.00');
      expect(priced.steps.map((s) => s.kind)).toEqual(['LIST']);
    });

    it('breaks a tie on price by priority (lower first)', () => {
      const priced = priceOne({
        candidates: [list('10.00'), book('book-a', '9.50', 2), book('book-c', '9.50', 1)],
      });
      expect(priced.steps.at(-1)?.recordId).toBe('book-c'); // both 9.50: priority 1 before 2
    });
  });

  describe('PRIORITY', () => {
    const priority = { strategy: 'PRIORITY' } as const;

    it('takes the contract (priority 0) even when a book is cheaper', () => {
      const priced = priceOne({ quantity: 2, candidates }, priority);
      // 9.90 although book-a has 9.50; 2 × 9.90 = 19.80; saves 20.00 − 19.80 = 0.20
      expect(figures(priced)).toEqual({ unit: '9.90', total: '19.80', savings: '0.20' });
      expect(priced.steps.map((s) => s.kind)).toEqual(['LIST', 'CONTRACT']);
    });

    it('without a contract takes the book with the lowest priority number, not the cheapest', () => {
      const priced = priceOne({ candidates: candidates.slice(0, 3) }, priority);
      expect(priced.steps.at(-1)?.recordId).toBe('book-b'); // priority 1 (9.80) before priority 2 (9.50)
      expect(priced.unitPrice.toFixed(2)).toBe('9.80');
    });

    it('keeps the list price over a book ranked after it', () => {
      const priced = priceOne({ candidates: [list('10.00'), book('book-z', '5.00', 2000)] }, priority);
      expect(priced.unitPrice.toFixed(2)).toBe('10.00'); // list priority 1000 before 2000
      expect(priced.steps.map((s) => s.kind)).toEqual(['LIST']);
    });
  });

  it('without a list price, the base price is also the reference for savings', () => {
    const priced = priceOne({ quantity: 2, candidates: [book('book-a', '9.50', 2)] });
    expect(figures(priced)).toEqual({ unit: '9.50', total: '19.00', savings: '0.00' });
    expect(priced.listUnitPrice.toFixed(2)).toBe('9.50');
    expect(priced.steps.map((s) => s.kind)).toEqual(['BOOK']);
  });

  it('rounds candidate prices to the currency before anything else', () => {
    const priced = priceOne({ quantity: 2, candidates: [list('10.125'), book('book-a', '9.994', 1)] });
    // list 10.125 → 10.13 (half-up); book 9.994 → 9.99; 2 × 9.99 = 19.98; saves 2 × 10.13 − 19.98 = 0.28
    expect(priced.steps.map((s) => s.unitPrice.toFixed(3))).toEqual(['10.130', '9.990']);
    expect(figures(priced)).toEqual({ unit: '9.99', total: '19.98', savings: '0.28' });
  });

  it('carries a derived book’s detail (source, rate, rounding) into its step', () => {
    const detail = {
      kind: 'DERIVED' as const,
      sourceAmount: d('58.88'),
      sourceCurrency: 'USD',
      sourceBook: 'List prices USD',
      rate: d('1.36'),
      rounding: PriceRounding.PRICE_POINT_49_99,
    };
    const priced = priceOne({ candidates: [{ ...list('79.99'), detail }] }, { currency: 'CAD' });
    expect(priced.steps).toEqual([expect.objectContaining({ kind: 'LIST', detail })]);
  });

  describe('contract validity: from inclusive, to exclusive', () => {
    // The line is priced at `at` = 2026-11-23T12:00:00Z; the contract (8.00) beats the list (10.00) whenever valid.
    const cases: Array<[string, string | undefined, string | undefined, string]> = [
      ['starts exactly now', ms(0), undefined, '8.00'],
      ['starts 1 ms from now', ms(1), undefined, '10.00'],
      ['started 1 ms ago', ms(-1), undefined, '8.00'],
      ['ends exactly now', undefined, ms(0), '10.00'],
      ['ends 1 ms from now', undefined, ms(1), '8.00'],
      ['ended 1 ms ago', undefined, ms(-1), '10.00'],
      ['runs from now until 1 ms from now', ms(0), ms(1), '8.00'],
      ['is open at both ends', undefined, undefined, '8.00'],
    ];
    for (const strategy of ['LOWEST', 'PRIORITY'] as const) {
      it.each(cases)(`${strategy}: a contract that %s`, (_, from, to, expected) => {
        const priced = priceOne({ candidates: [list('10.00'), contract('8.00', from, to)] }, { strategy });
        expect(priced.unitPrice.toFixed(2)).toBe(expected);
      });
    }

    it('an expired contract under PRIORITY falls back to the best-ranked book, not the list', () => {
      const priced = priceOne(
        { candidates: [...candidates.slice(0, 3), contract('8.00', undefined, ms(0))] },
        { strategy: 'PRIORITY' },
      );
      expect(priced.steps.at(-1)?.recordId).toBe('book-b'); // 9.80, priority 1
    });
  });
});

describe('a line that cannot be priced never affects the others', () => {
  it('reports a product without a price in the currency and a bad quantity, and prices the rest', () => {
    const order = priceOrder(
      [
        line({ lineId: 'none', candidates: [] }),
        line({ lineId: 'bad', quantity: 0 }),
        line({ lineId: 'ok', quantity: 2, candidates: [list('12.50')] }),
      ],
      context(),
    );
    expect(order.lines[0]).toEqual({
      lineId: 'none',
      ok: false,
      code: 'NO_PRICE',
      message: 'This product has no price in USD.',
    });
    expect(order.lines[1]).toEqual({
      lineId: 'bad',
      ok: false,
      code: 'INVALID_QUANTITY',
      message: 'Quantity must be a whole number of at least 1.',
    });
    expect(order.lines[2]).toMatchObject({ lineId: 'ok', ok: true });
    expect(order.subtotal.toFixed(2)).toBe('25.00'); // only 2 × 12.50
    expect(order.savings.toFixed(2)).toBe('0.00');
  });

  it.each([0, -2, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses quantity %s', (quantity) => {
    expect(priceOrder([line({ quantity })], context()).lines[0]).toMatchObject({
      ok: false,
      code: 'INVALID_QUANTITY',
    });
  });

  it('says NO_PRICE, in the currency priced, when the only price is an expired contract', () => {
    const [priced] = priceOrder(
      [line({ candidates: [contract('8.00', undefined, ms(0))] })],
      context({ currency: 'CAD' }),
    ).lines;
    expect(priced).toMatchObject({
      ok: false,
      code: 'NO_PRICE',
      message: 'This product has no price in CAD.',
    });
  });

  it('does not count an unpriced line towards a minimum order amount', () => {
    const order = priceOrder(
      [
        line({ lineId: 'ok', candidates: [list('60.00')] }),
        line({ lineId: 'bad', quantity: 1.5, candidates: [list('50.00')] }),
        line({ lineId: 'none', candidates: [] }),
      ],
      context({ promotions: [percentOff('min-100', '10', { minOrderAmount: { USD: d('100.00') } })] }),
    );
    // The order is 60.00 (the bad line would have added 75.00): below 100.00, so no promotion.
    expect(only(order).unitPrice.toFixed(2)).toBe('60.00');
    expect(order.subtotal.toFixed(2)).toBe('60.00');
  });
});

describe('SLAB volume tiers: the whole quantity at the tier it reaches', () => {
  // 10–24: 5% off; 25–49: 8.00 off; 50 and above: 49.99 each. List 58.88.
  const slab = table([
    ['10', '25', pct('5')],
    ['25', '50', off('8.00')],
    ['50', null, override('49.99')],
  ]);

  it.each([
    [1, '58.88', '58.88'], // no tier below 10
    [9, '58.88', '529.92'], // 9 × 58.88 = 529.92
    [10, '55.94', '559.40'], // 58.88 × 0.95 = 55.936 → 55.94; 10 × 55.94 = 559.40
    [24, '55.94', '1342.56'], // 24 × 55.94 = 1342.56
    [25, '50.88', '1272.00'], // 58.88 − 8.00 = 50.88; 25 × 50.88 = 1272.00
    [49, '50.88', '2493.12'], // 49 × 50.88 = 2493.12
    [50, '49.99', '2499.50'], // override 49.99; 50 × 49.99 = 2499.50
  ])('%i units: %s each, %s in all', (quantity, unit, total) => {
    const priced = priceOne({ quantity, tierTable: slab, candidates: [list('58.88')] });
    expect(priced.unitPrice.toFixed(2)).toBe(unit);
    expect(priced.lineTotal.toFixed(2)).toBe(total);
  });

  it('records the tier reached, with its quantities and adjustment', () => {
    const ten = priceOne({ quantity: 10, tierTable: slab, candidates: [list('58.88')] });
    expect(ten.steps.map((s) => s.kind)).toEqual(['LIST', 'TIER']);
    expect(ten.steps[1]).toEqual({
      kind: 'TIER',
      recordId: 'tiers-1',
      label: 'Volume tiers',
      unitPrice: d('55.94'),
      detail: { kind: 'SLAB', from: 10, to: 24, adjustment: pct('5') },
    });
    expect(ten.savings.toFixed(2)).toBe('29.40'); // 10 × 58.88 − 559.40 = 588.80 − 559.40
    const fifty = priceOne({ quantity: 50, tierTable: slab, candidates: [list('58.88')] });
    expect(fifty.steps[1]?.detail).toEqual({
      kind: 'SLAB',
      from: 50,
      to: null,
      adjustment: override('49.99'),
    });
    const nine = priceOne({ quantity: 9, tierTable: slab, candidates: [list('58.88')] });
    expect(nine.steps.map((s) => s.kind)).toEqual(['LIST']);
  });

  it('applies tiers to the contract or book price, not the list price', () => {
    const priced = priceOne({
      quantity: 10,
      tierTable: slab,
      candidates: [list('10.00'), book('b', '9.00', 1)],
    });
    expect(priced.unitPrice.toFixed(2)).toBe('8.55'); // 9.00 × 0.95 = 8.55
  });

  it.each([
    ['AMOUNT_OFF above the price', off('6.00')], // 5.00 − 6.00 < 0 → 0.00
    ['PERCENT_OFF above 100', pct('150')], // 5.00 × (1 − 1.5) < 0 → 0.00
    ['a negative OVERRIDE', override('-1.00')], // → 0.00
  ])('never goes below zero: %s', (_, adjustment) => {
    const priced = priceOne({
      quantity: 3,
      tierTable: table([['1', null, adjustment]]),
      candidates: [list('5.00')],
    });
    expect(figures(priced)).toEqual({ unit: '0.00', total: '0.00', savings: '15.00' });
  });

  it('ignores a table without tiers', () => {
    const priced = priceOne({ quantity: 10, tierTable: table([]) });
    expect(priced.steps.map((s) => s.kind)).toEqual(['LIST']);
  });
});

describe('RANGE volume tiers: each unit at the tier of its position', () => {
  it('9 × 10.00 + 10 × 9.00 + 6 × 8.00 = 228.00', () => {
    const ranged = table(
      [
        ['1', '10', pct('0')],
        ['10', '20', off('1.00')],
        ['20', null, pct('20')],
      ],
      'RANGE',
    );
    const priced = priceOne({ quantity: 25, tierTable: ranged });
    expect(priced.lineTotal.toFixed(2)).toBe('228.00');
    expect(priced.unitPrice.toFixed(2)).toBe('9.12'); // 228.00 / 25 = 9.12
    expect(priced.steps.at(-1)?.detail).toEqual({
      kind: 'RANGE',
      parts: [
        { units: 9, unitPrice: d('10') },
        { units: 10, unitPrice: d('9') },
        { units: 6, unitPrice: d('8') },
      ],
    });
    // Within the first range nothing changes, so there is no tier step.
    expect(priceOne({ quantity: 9, tierTable: ranged }).steps.map((s) => s.kind)).toEqual(['LIST']);
    // 9 × 10.00 + 1 × 9.00 = 99.00; 99.00 / 10 = 9.90
    expect(figures(priceOne({ quantity: 10, tierTable: ranged }))).toEqual({
      unit: '9.90',
      total: '99.00',
      savings: '1.00',
    });
  });

  describe('a table starting above 1: the first units pay the base price', () => {
    // 10–24: 5% off (58.88 × 0.95 = 55.936 → 55.94); 25 and above: 10% off (58.88 × 0.90 = 52.992 → 52.99).
    const ranged = table(
      [
        ['10', '25', pct('5')],
        ['25', null, pct('10')],
      ],
      'RANGE',
    );
    it.each([
      [9, '529.92', '58.88'], // 9 × 58.88 = 529.92
      [10, '585.86', '58.59'], // 529.92 + 1 × 55.94 = 585.86; / 10 = 58.586 → 58.59
      [24, '1369.02', '57.04'], // 529.92 + 15 × 55.94 (839.10) = 1369.02; / 24 = 57.0425 → 57.04
      [25, '1422.01', '56.88'], // 1369.02 + 1 × 52.99 = 1422.01; / 25 = 56.8804 → 56.88
      [30, '1686.96', '56.23'], // 1369.02 + 6 × 52.99 (317.94) = 1686.96; / 30 = 56.232 → 56.23
    ])('%i units: %s in all (exact), %s each (rounded)', (quantity, total, unit) => {
      const priced = priceOne({ quantity, tierTable: ranged, candidates: [list('58.88')] });
      expect(priced.lineTotal.toFixed(2)).toBe(total);
      expect(priced.unitPrice.toFixed(2)).toBe(unit);
    });

    it('explains each run of units', () => {
      const priced = priceOne({ quantity: 30, tierTable: ranged, candidates: [list('58.88')] });
      expect(priced.steps.at(-1)?.detail).toEqual({
        kind: 'RANGE',
        parts: [
          { units: 9, unitPrice: d('58.88') },
          { units: 15, unitPrice: d('55.94') },
          { units: 6, unitPrice: d('52.99') },
        ],
      });
    });
  });

  it('prices units in a gap at the base price and goes on with the next tier', () => {
    const gapped = table(
      [
        ['5', '10', pct('10')],
        ['20', null, pct('20')],
      ],
      'RANGE',
    );
    const priced = priceOne({ quantity: 22, tierTable: gapped });
    // 4 × 10.00 + 5 × 9.00 + 10 × 10.00 + 3 × 8.00 = 40 + 45 + 100 + 24 = 209.00; / 22 = 9.50
    expect(figures(priced)).toEqual({ unit: '9.50', total: '209.00', savings: '11.00' });
  });

  it('keeps the exact line total while the unit price is rounded half-up', () => {
    const ranged = table(
      [
        ['1', '4', pct('0')],
        ['4', null, override('9.98')],
      ],
      'RANGE',
    );
    const priced = priceOne({ quantity: 4, tierTable: ranged });
    // 3 × 10.00 + 9.98 = 39.98 (not 4 × 10.00 = 40.00); 39.98 / 4 = 9.995 → 10.00
    expect(figures(priced)).toEqual({ unit: '10.00', total: '39.98', savings: '0.02' });
  });

  it('a promotion prices the rounded unit, and the line follows it', () => {
    const ranged = table(
      [
        ['10', '25', pct('5')],
        ['25', null, pct('10')],
      ],
      'RANGE',
    );
    const priced = priceOne(
      { quantity: 25, tierTable: ranged, candidates: [list('58.88')] },
      { promotions: [percentOff('p10', '10')] },
    );
    // range: 56.88 each (see above); × 0.90 = 51.192 → 51.19; 25 × 51.19 = 1279.75
    expect(figures(priced)).toEqual({ unit: '51.19', total: '1279.75', savings: '192.25' }); // 1472.00 − 1279.75
  });
});

describe('promotions', () => {
  it('30% off a category: 2 accessories at 89.00 become 62.30 each, 124.60 in all', () => {
    const priced = priceOne(
      { quantity: 2, candidates: [list('89.00')] },
      { promotions: [percentOff('accessories-30', '30')] },
    );
    // 89.00 × 0.70 = 62.30; 2 × 62.30 = 124.60; saves 178.00 − 124.60 = 53.40
    expect(figures(priced)).toEqual({ unit: '62.30', total: '124.60', savings: '53.40' });
    expect(priced.steps.map((s) => s.kind)).toEqual(['LIST', 'PROMOTION']);
    expect(priced.steps[1]).toEqual({
      kind: 'PROMOTION',
      recordId: 'accessories-30',
      label: '30% off',
      unitPrice: d('62.3'),
      detail: { kind: 'PROMOTION', exclusive: false },
    });
  });

  describe('amount off per unit, per currency', () => {
    const twoOff = amountOff('two-off', { USD: '2.00', CAD: '2.50' });

    it('takes the amount in the currency priced', () => {
      const usd = priceOne({ quantity: 3, candidates: [list('12.99')] }, { promotions: [twoOff] });
      expect(figures(usd)).toEqual({ unit: '10.99', total: '32.97', savings: '6.00' }); // 12.99 − 2.00; × 3
      const cad = priceOne(
        { quantity: 3, candidates: [list('12.99')] },
        { currency: 'CAD', promotions: [twoOff] },
      );
      expect(figures(cad)).toEqual({ unit: '10.49', total: '31.47', savings: '7.50' }); // 12.99 − 2.50; × 3
    });

    it('does not apply in a currency it has no amount for', () => {
      const usdOnly = amountOff('usd-only', { USD: '2.00' });
      const cad = priceOne({ candidates: [list('12.99')] }, { currency: 'CAD', promotions: [usdOnly] });
      expect(cad.unitPrice.toFixed(2)).toBe('12.99');
      expect(promotionIds(cad)).toEqual([]);
    });

    it('never takes the price below zero', () => {
      const priced = priceOne({ quantity: 4, candidates: [list('1.50')] }, { promotions: [twoOff] });
      expect(figures(priced)).toEqual({ unit: '0.00', total: '0.00', savings: '6.00' }); // 1.50 − 2.00 → 0.00
    });
  });

  describe('who and when', () => {
    // 10% off a list price of 100.00: 90 when the promotion applies, 100 when it does not.
    const price = (p: Partial<Promotion>, c: Partial<PricingContext> = {}, quantity = 1) =>
      priceOne(
        { quantity, candidates: [list('100.00')] },
        { promotions: [promotion(p)], ...c },
      ).unitPrice.toFixed(2);

    it('minimum quantity: reached exactly qualifies', () => {
      expect(price({ minQuantity: 3 }, {}, 2)).toBe('100.00');
      expect(price({ minQuantity: 3 }, {}, 3)).toBe('90.00');
    });

    it('date window: starts inclusive, ends exclusive', () => {
      expect(price({ startsAt: at })).toBe('90.00');
      expect(price({ startsAt: new Date(ms(1)) })).toBe('100.00');
      expect(price({ endsAt: at })).toBe('100.00');
      expect(price({ endsAt: new Date(ms(1)) })).toBe('90.00');
      expect(price({ startsAt: new Date(ms(-1)), endsAt: new Date(ms(1)) })).toBe('90.00');
    });

    it('buyer groups: any one of them; none listed means everyone', () => {
      const groups = { buyerGroupIds: ['chains', 'hotels'] };
      expect(price(groups, { buyerGroupIds: ['hotels'] })).toBe('90.00');
      expect(price(groups, { buyerGroupIds: ['cafes'] })).toBe('100.00');
      expect(price(groups)).toBe('100.00');
      expect(price({ buyerGroupIds: [] }, { buyerGroupIds: ['cafes'] })).toBe('90.00');
    });

    it('coupon: needed when set, matched in any case and without surrounding spaces', () => {
      const coupon = { couponCode: 'BREW10' };
      expect(price(coupon)).toBe('100.00');
      expect(price(coupon, { couponCodes: [' brew10 '] })).toBe('90.00');
      expect(price(coupon, { couponCodes: ['Brew10'] })).toBe('90.00');
      expect(price(coupon, { couponCodes: ['OTHER', 'brew10'] })).toBe('90.00');
      expect(price(coupon, { couponCodes: ['BREW1'] })).toBe('100.00');
    });

    it('target: the product, or its category or any ancestor', () => {
      expect(price({ productIds: ['p1'], categoryIds: [] })).toBe('90.00');
      expect(price({ productIds: ['p2'], categoryIds: [] })).toBe('100.00');
      expect(price({ categoryIds: ['c-root'] })).toBe('90.00');
      expect(price({ categoryIds: ['c-machines'] })).toBe('100.00');
    });
  });

  describe('minimum order amount: the whole order, after tiers, before promotions, per currency', () => {
    const min = (amounts: Record<string, string>) =>
      percentOff('min', '10', {
        minOrderAmount: Object.fromEntries(Object.entries(amounts).map(([c, a]) => [c, d(a)])),
      });
    const order = (machinePrice: string, p: Promotion, currency = 'USD') =>
      priceOrder(
        [
          line({ lineId: 'accessory', candidates: [list('40.00')] }),
          line({
            lineId: 'machine',
            productId: 'p2',
            categoryIds: ['c-machines'],
            candidates: [list(machinePrice)],
          }),
        ],
        context({ currency, promotions: [p] }),
      );

    it('counts lines the promotion does not target', () => {
      const reached = order('60.00', min({ USD: '100.00' })); // 40.00 + 60.00 = 100.00 ≥ 100.00
      expect(reached.lines.map((l) => (l.ok ? l.unitPrice.toFixed(2) : l.code))).toEqual(['36.00', '60.00']);
      expect(reached.subtotal.toFixed(2)).toBe('96.00'); // 40.00 × 0.90 + 60.00
      const short = order('59.99', min({ USD: '100.00' })); // 40.00 + 59.99 = 99.99 < 100.00
      expect(short.subtotal.toFixed(2)).toBe('99.99');
    });

    it('takes the minimum in the currency priced; a minimum only in another currency keeps it out', () => {
      const both = min({ USD: '50.00', CAD: '100.00' });
      expect(order('59.99', both, 'CAD').subtotal.toFixed(2)).toBe('99.99'); // 99.99 < 100.00 CAD
      expect(order('60.00', both, 'CAD').subtotal.toFixed(2)).toBe('96.00'); // 100.00 ≥ 100.00 CAD
      expect(order('10.00', both, 'USD').subtotal.toFixed(2)).toBe('46.00'); // 50.00 ≥ 50.00 USD: 36.00 + 10.00
      expect(order('60.00', min({ EUR: '1.00' })).subtotal.toFixed(2)).toBe('100.00');
      expect(order('60.00', min({})).subtotal.toFixed(2)).toBe('100.00');
    });

    it('counts the order after volume tiers', () => {
      const slab = table([['10', null, pct('5')]]);
      const price = (minimum: string) =>
        priceOne(
          { quantity: 10, tierTable: slab },
          { promotions: [min({ USD: minimum })] },
        ).lineTotal.toFixed(2);
      // 10 × 10.00 = 100.00 before tiers, but 10 × 9.50 = 95.00 after: 95.00 < 100.00
      expect(price('100.00')).toBe('95.00');
      // 95.00 ≥ 95.00: 9.50 × 0.90 = 8.55; 10 × 8.55 = 85.50
      expect(price('95.00')).toBe('85.50');
    });

    it('counts a range-priced line at its exact total, not its rounded unit price × quantity', () => {
      const ranged = table(
        [
          ['1', '3', pct('0')],
          ['3', null, override('9.99')],
        ],
        'RANGE',
      );
      const price = (minimum: string) =>
        priceOne(
          { quantity: 3, tierTable: ranged },
          { promotions: [min({ USD: minimum })] },
        ).lineTotal.toFixed(2);
      // 10.00 + 10.00 + 9.99 = 29.99 (the unit rounds to 29.99 / 3 = 9.9967 → 10.00, × 3 = 30.00): below 30.00
      expect(price('30.00')).toBe('29.99');
      // 29.99 ≥ 29.99: unit 10.00 × 0.90 = 9.00; 3 × 9.00 = 27.00
      expect(price('29.99')).toBe('27.00');
    });
  });

  describe('exclusive and stackable', () => {
    const price = (promotions: Promotion[], listPrice = '100.00') =>
      priceOne({ candidates: [list(listPrice)] }, { promotions });

    it('two exclusive promotions never combine: the better one alone applies', () => {
      const x15 = percentOff('x15', '15', { stacking: 'EXCLUSIVE', priority: 2 });
      const x12 = amountOff('x12', { USD: '12.00' }, { stacking: 'EXCLUSIVE', priority: 1 });
      const priced = price([x12, x15]);
      // 100.00 × 0.85 = 85.00 beats 100.00 − 12.00 = 88.00 (together they would make 73.00)
      expect(priced.unitPrice.toFixed(2)).toBe('85.00');
      expect(promotionIds(priced)).toEqual(['x15']);
      expect(priced.steps.at(-1)?.detail).toEqual({ kind: 'PROMOTION', exclusive: true });
    });

    describe('an exclusive promotion against the stack of stackable ones: the better of the two', () => {
      const tenPercent = percentOff('a', '10', { priority: 1 });
      const fiveOff = amountOff('b', { USD: '5.00' }, { priority: 2 });

      it('the stack: 100.00 → 90.00 → 85.00', () => {
        const priced = price([fiveOff, tenPercent]);
        expect(priced.steps.filter((s) => s.kind === 'PROMOTION').map((s) => s.unitPrice.toFixed(2))).toEqual(
          [
            '90.00', // 100.00 × 0.90
            '85.00', // 90.00 − 5.00
          ],
        );
      });

      it('a better exclusive wins alone (80.00 < 85.00)', () => {
        const priced = price([tenPercent, fiveOff, percentOff('x', '20', { stacking: 'EXCLUSIVE' })]);
        expect(priced.unitPrice.toFixed(2)).toBe('80.00');
        expect(promotionIds(priced)).toEqual(['x']);
      });

      it('a worse exclusive loses to the stack (88.00 > 85.00)', () => {
        const priced = price([tenPercent, fiveOff, percentOff('y', '12', { stacking: 'EXCLUSIVE' })]);
        expect(priced.unitPrice.toFixed(2)).toBe('85.00');
        expect(promotionIds(priced)).toEqual(['a', 'b']);
      });

      it('on a tie the stack stays (85.00 = 85.00)', () => {
        const priced = price([tenPercent, fiveOff, percentOff('z', '15', { stacking: 'EXCLUSIVE' })]);
        expect(promotionIds(priced)).toEqual(['a', 'b']);
      });
    });

    it('stackable promotions apply in priority order, rounding after each', () => {
      const a = percentOff('a', '15', { priority: 1 });
      const b = percentOff('b', '10', { priority: 2 });
      const priced = price([b, a], '58.88');
      // 58.88 × 0.85 = 50.048 → 50.05; 50.05 × 0.90 = 45.045 → 45.05.
      // (Unrounded in between: 58.88 × 0.765 = 45.0432 → 45.04; in the other order: 52.99 × 0.85 = 45.0415 → 45.04.)
      expect(
        priced.steps.filter((s) => s.kind === 'PROMOTION').map((s) => [s.recordId, s.unitPrice.toFixed(2)]),
      ).toEqual([
        ['a', '50.05'],
        ['b', '45.05'],
      ]);
      expect(priced.unitPrice.toFixed(2)).toBe('45.05');
    });

    it('stackable promotions of the same priority apply in id order', () => {
      const priced = price([amountOff('b', { USD: '5.00' }), percentOff('a', '10')]);
      expect(promotionIds(priced)).toEqual(['a', 'b']);
    });
  });
});

describe('rounding half-up to the currency at each named point', () => {
  it('USD: list, tier, promotion and line total', () => {
    const priced = priceOne(
      { quantity: 10, candidates: [list('10.125')], tierTable: table([['10', null, pct('5')]]) },
      { promotions: [percentOff('p15', '15')] },
    );
    // list 10.125 → 10.13; tier 10.13 × 0.95 = 9.6235 → 9.62; promotion 9.62 × 0.85 = 8.177 → 8.18
    expect(priced.steps.map((s) => s.unitPrice.toFixed(3))).toEqual(['10.130', '9.620', '8.180']);
    // 10 × 8.18 = 81.80; saves 10 × 10.13 − 81.80 = 101.30 − 81.80 = 19.50
    expect(figures(priced)).toEqual({ unit: '8.18', total: '81.80', savings: '19.50' });
  });

  it('USD: a half cent goes up, not to even', () => {
    const priced = priceOne({}, { promotions: [percentOff('p', '12.35')] });
    expect(priced.unitPrice.toFixed(2)).toBe('8.77'); // 10.00 × 0.8765 = 8.765 → 8.77 (half-even would give 8.76)
  });

  it('CAD: after the promotion and on the line total', () => {
    const priced = priceOne(
      { quantity: 7, candidates: [list('12.99')] },
      { currency: 'CAD', promotions: [percentOff('p15', '15')] },
    );
    // 12.99 × 0.85 = 11.0415 → 11.04; 7 × 11.04 = 77.28; saves 90.93 − 77.28 = 13.65
    expect(figures(priced)).toEqual({ unit: '11.04', total: '77.28', savings: '13.65' });
    const tie = priceOne(
      { quantity: 2, candidates: [list('4.10')] },
      { currency: 'CAD', promotions: [percentOff('p15', '15')] },
    );
    expect(figures(tie)).toEqual({ unit: '3.49', total: '6.98', savings: '1.22' }); // 4.10 × 0.85 = 3.485 → 3.49
  });

  it('JPY: to whole yen', () => {
    const priced = priceOne(
      { quantity: 3, candidates: [list('1234.5')] },
      { currency: 'JPY', promotions: [percentOff('p15', '15')] },
    );
    // list 1234.5 → 1235; 1235 × 0.85 = 1049.75 → 1050; 3 × 1050 = 3150; saves 3705 − 3150 = 555
    expect(figures(priced, 0)).toEqual({ unit: '1050', total: '3150', savings: '555' });
    expect(priced.unitPrice.decimalPlaces()).toBe(0);
    const tiered = priceOne(
      { quantity: 10, candidates: [list('1235')], tierTable: table([['10', null, pct('5')]]) },
      { currency: 'JPY', promotions: [amountOff('yen', { JPY: '100' })] },
    );
    // tier 1235 × 0.95 = 1173.25 → 1173; promotion 1173 − 100 = 1073; 10 × 1073 = 10730
    expect(figures(tiered, 0)).toEqual({ unit: '1073', total: '10730', savings: '1620' }); // 12350 − 10730
  });

  it('keeps totals exact in decimal over many lines', () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      line({ lineId: `l${i}`, candidates: [list('0.10')] }),
    );
    expect(priceOrder(lines, context()).subtotal.toFixed(2)).toBe('100.00'); // 1000 × 0.10, no float drift
  });

  it('is deterministic: the same input prices the same, steps included', () => {
    const input = [line({ quantity: 12, tierTable: table([['10', null, pct('7.5')]]) })];
    const ctx = context({ promotions: [promotion({}), promotion({ id: 'z', stacking: 'EXCLUSIVE' })] });
    expect(JSON.stringify(priceOrder(input, ctx))).toBe(JSON.stringify(priceOrder(input, ctx)));
  });
});
