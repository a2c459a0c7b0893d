import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../platform/money.js';
import {
  priceOrder,
  type LineInput,
  type PriceCandidate,
  type PricingContext,
  type Promotion,
  type VolumeTierTable,
} from './price-engine.js';
import { tiersFrom, type Tier } from './tiers.js';
import type { TierAdjustment } from './price-engine.js';

const d = (v: string) => new Decimal(v);
const at = new Date('2026-11-23T12:00:00Z');

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

function only(order: ReturnType<typeof priceOrder>) {
  const [priced] = order.lines;
  if (!priced.ok) throw new Error(`line not priced: ${priced.message}`);
  return priced;
}

const slab = (
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

describe('base price: list, price books and contracts', () => {
  it('uses the list price when nothing else applies, and explains it', () => {
    const priced = only(priceOrder([line({ quantity: 3 })], context()));
    expect(priced.unitPrice.toString()).toBe('10');
    expect(priced.lineTotal.toString()).toBe('30');
    expect(priced.steps.map((s) => [s.kind, s.recordId])).toEqual([['LIST', 'book-list']]);
  });

  it('LOWEST takes the cheapest applicable price; PRIORITY takes the contract, else the highest-priority book', () => {
    const candidates = [
      list('10.00'),
      book('book-a', '9.50', 2),
      book('book-b', '9.80', 1),
      contract('9.90'),
    ];
    expect(only(priceOrder([line({ candidates })], context())).unitPrice.toString()).toBe('9.5');
    const byPriority = only(priceOrder([line({ candidates })], context({ strategy: 'PRIORITY' })));
    expect(byPriority.unitPrice.toString()).toBe('9.9');
    expect(byPriority.steps.map((s) => s.kind)).toEqual(['LIST', 'CONTRACT']);
    const noContract = only(
      priceOrder([line({ candidates: candidates.slice(0, 3) })], context({ strategy: 'PRIORITY' })),
    );
    expect(noContract.steps.at(-1)?.recordId).toBe('book-b');
  });

  it('uses a contract only within its validity (from inclusive, to exclusive)', () => {
    const price = (c: PriceCandidate) =>
      only(
        priceOrder([line({ candidates: [list('10.00'), c] })], context({ strategy: 'PRIORITY' })),
      ).unitPrice.toString();
    expect(price(contract('8.00', '2026-11-23T12:00:00Z', '2026-12-01T00:00:00Z'))).toBe('8');
    expect(price(contract('8.00', '2026-01-01T00:00:00Z', '2026-11-23T12:00:00Z'))).toBe('10');
    expect(price(contract('8.00', '2026-11-24T00:00:00Z'))).toBe('10');
  });

  it('reports a line without a price in the currency, and prices the others', () => {
    const order = priceOrder(
      [line({ lineId: 'none', candidates: [] }), line({ lineId: 'ok', quantity: 2 })],
      context(),
    );
    expect(order.lines[0]).toMatchObject({
      ok: false,
      code: 'NO_PRICE',
      message: 'This product has no price in USD.',
    });
    expect(order.subtotal.toString()).toBe('20');
  });

  it('refuses a quantity that is not a whole number of at least 1', () => {
    for (const quantity of [0, -2, 1.5]) {
      expect(priceOrder([line({ quantity })], context()).lines[0]).toMatchObject({
        ok: false,
        code: 'INVALID_QUANTITY',
      });
    }
  });
});

describe('volume tiers', () => {
  const table = slab([
    ['10', '50', { kind: 'PERCENT_OFF', percent: d('5') }],
    ['50', null, { kind: 'OVERRIDE', unitPrice: d('8.00') }],
  ]);

  it('SLAB: the whole quantity at the tier reached, bounds hit exactly', () => {
    const unit = (quantity: number) =>
      only(priceOrder([line({ quantity, tierTable: table })], context())).unitPrice.toString();
    expect(unit(9)).toBe('10');
    expect(unit(10)).toBe('9.5');
    expect(unit(49)).toBe('9.5');
    expect(unit(50)).toBe('8');
    const priced = only(priceOrder([line({ quantity: 10, tierTable: table })], context()));
    expect(priced.lineTotal.toString()).toBe('95');
    expect(priced.savings.toString()).toBe('5');
    expect(priced.steps.at(-1)).toMatchObject({
      kind: 'TIER',
      recordId: 'tiers-1',
      note: '10–49 units: 5% off on every unit',
    });
  });

  it('RANGE: each unit at the tier of its position (9 × 10.00 + 10 × 9.00 + 6 × 8.00 = 228.00)', () => {
    const ranged = slab(
      [
        ['1', '10', { kind: 'PERCENT_OFF', percent: d('0') }],
        ['10', '20', { kind: 'AMOUNT_OFF', amount: d('1.00') }],
        ['20', null, { kind: 'PERCENT_OFF', percent: d('20') }],
      ],
      'RANGE',
    );
    const priced = only(priceOrder([line({ quantity: 25, tierTable: ranged })], context()));
    expect(priced.lineTotal.toString()).toBe('228');
    expect(priced.unitPrice.toString()).toBe('9.12');
    expect(priced.steps.at(-1)?.note).toBe('Priced by range: 9 × 10 + 10 × 9 + 6 × 8');
  });

  it('applies tiers to the contract or book price, not the list price', () => {
    const priced = only(
      priceOrder(
        [line({ quantity: 10, tierTable: table, candidates: [list('10.00'), book('b', '9.00', 1)] })],
        context(),
      ),
    );
    expect(priced.unitPrice.toString()).toBe('8.55');
  });
});

describe('promotions', () => {
  it('30% off a category: 2 accessories at 89.00 become 62.30 each, 124.60 in all', () => {
    const order = priceOrder(
      [line({ quantity: 2, candidates: [list('89.00')] })],
      context({
        promotions: [
          promotion({
            id: 'accessories-30',
            name: '30% off espresso-machine accessories',
            discount: { kind: 'PERCENT', percent: d('30') },
          }),
        ],
      }),
    );
    const priced = only(order);
    expect(priced.unitPrice.toString()).toBe('62.3');
    expect(priced.lineTotal.toString()).toBe('124.6');
    expect(priced.savings.toString()).toBe('53.4');
    expect(priced.steps.map((s) => s.kind)).toEqual(['LIST', 'PROMOTION']);
  });

  it('stacks stackable promotions in priority order, and lets an exclusive one win only when it is better', () => {
    const tenPercent = promotion({ id: 'a', discount: { kind: 'PERCENT', percent: d('10') }, priority: 1 });
    const fiveOff = promotion({
      id: 'b',
      discount: { kind: 'AMOUNT', amountPerUnit: { USD: d('5.00') } },
      priority: 2,
    });
    const price = (promotions: Promotion[]) =>
      only(priceOrder([line({ candidates: [list('100.00')] })], context({ promotions })));
    expect(price([fiveOff, tenPercent]).unitPrice.toString()).toBe('85'); // 100 → 90 → 85
    const exclusive20 = promotion({
      id: 'x',
      stacking: 'EXCLUSIVE',
      discount: { kind: 'PERCENT', percent: d('20') },
    });
    const best = price([tenPercent, fiveOff, exclusive20]);
    expect(best.unitPrice.toString()).toBe('80');
    expect(best.steps.filter((s) => s.kind === 'PROMOTION').map((s) => s.recordId)).toEqual(['x']);
    const exclusive12 = promotion({
      id: 'y',
      stacking: 'EXCLUSIVE',
      discount: { kind: 'PERCENT', percent: d('12') },
    });
    expect(
      price([tenPercent, fiveOff, exclusive12])
        .steps.filter((s) => s.kind === 'PROMOTION')
        .map((s) => s.recordId),
    ).toEqual(['a', 'b']);
  });

  it('qualifies by coupon (any case), buyer group, minimum quantity, date window and minimum order amount', () => {
    const price = (p: Partial<Promotion>, c: Partial<PricingContext> = {}, quantity = 1) =>
      only(
        priceOrder(
          [line({ quantity, candidates: [list('100.00')] })],
          context({ promotions: [promotion(p)], ...c }),
        ),
      ).unitPrice.toString();
    expect(price({ couponCode: 'BREW10' })).toBe('100');
    expect(price({ couponCode: 'BREW10' }, { couponCodes: [' brew10 '] })).toBe('90');
    expect(price({ buyerGroupIds: ['chains'] })).toBe('100');
    expect(price({ buyerGroupIds: ['chains'] }, { buyerGroupIds: ['chains'] })).toBe('90');
    expect(price({ minQuantity: 3 }, {}, 2)).toBe('100');
    expect(price({ minQuantity: 3 }, {}, 3)).toBe('90');
    expect(price({ startsAt: new Date('2026-11-24T00:00:00Z') })).toBe('100');
    expect(price({ endsAt: at })).toBe('100'); // the end is exclusive
    expect(price({ startsAt: at, endsAt: new Date('2026-12-01T00:00:00Z') })).toBe('90');
    expect(price({ minOrderAmount: { USD: d('100.01') } })).toBe('100');
    expect(price({ minOrderAmount: { USD: d('100.00') } })).toBe('90'); // the minimum itself qualifies
    expect(price({ minOrderAmount: { EUR: d('1') } })).toBe('100'); // no minimum in this currency: not offered
    expect(price({ productIds: ['p1'], categoryIds: [] })).toBe('90');
    expect(price({ productIds: ['p2'], categoryIds: [] })).toBe('100');
  });

  it('offers an amount-off promotion only in the currencies it has an amount for', () => {
    const p = promotion({ discount: { kind: 'AMOUNT', amountPerUnit: { USD: d('2.00') } } });
    const cad = only(
      priceOrder([line({ candidates: [list('12.99')] })], context({ currency: 'CAD', promotions: [p] })),
    );
    expect(cad.unitPrice.toString()).toBe('12.99');
  });
});

describe('rounding', () => {
  it('rounds half-up to the cent after each step in USD and CAD', () => {
    const percent = (v: string) => promotion({ discount: { kind: 'PERCENT', percent: d(v) } });
    const usd = only(
      priceOrder(
        [line({ quantity: 3, candidates: [list('10.15')] })],
        context({ promotions: [percent('15')] }),
      ),
    );
    expect(usd.unitPrice.toString()).toBe('8.63'); // 8.6275 → 8.63
    expect(usd.lineTotal.toString()).toBe('25.89');
    const cad = only(
      priceOrder(
        [line({ quantity: 7, candidates: [list('12.99')] })],
        context({ currency: 'CAD', promotions: [percent('15')] }),
      ),
    );
    expect(cad.unitPrice.toString()).toBe('11.04'); // 11.0415 → 11.04
    expect(cad.lineTotal.toString()).toBe('77.28');
  });

  it('keeps totals exact in decimal over many lines', () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      line({ lineId: `l${i}`, candidates: [list('0.10')] }),
    );
    const order = priceOrder(lines, context());
    expect(order.subtotal.toString()).toBe('100');
  });

  it('is deterministic: the same input prices the same, steps included', () => {
    const input = [
      line({ quantity: 12, tierTable: slab([['10', null, { kind: 'PERCENT_OFF', percent: d('7.5') }]]) }),
    ];
    const ctx = context({ promotions: [promotion({}), promotion({ id: 'z', stacking: 'EXCLUSIVE' })] });
    expect(JSON.stringify(priceOrder(input, ctx))).toBe(JSON.stringify(priceOrder(input, ctx)));
  });
});
