import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../platform/money.js';
import { findTier, nextTier, tiersFrom, validateTiers } from './tiers.js';

const d = (v: string) => new Decimal(v);

// The source document's growth tiers, defined without gaps: 2–5% → $2,000, 5–7% → $3,000, 7% and above → $4,000.
const growth = tiersFrom([
  { lowerBound: '5', upperBound: '7', value: '3000' },
  { lowerBound: '2', upperBound: '5', value: '2000' },
  { lowerBound: '7', upperBound: null, value: '4000' },
]);

// Volume tiers over quantity: 10–24, 25–49, 50 and above (stored as lower inclusive, upper exclusive).
const volume = tiersFrom([
  { lowerBound: '10', upperBound: '25', value: 'a' },
  { lowerBound: '25', upperBound: '50', value: 'b' },
  { lowerBound: '50', upperBound: null, value: 'c' },
]);

describe('tier lookup', () => {
  it('sorts by lower bound and finds the tier with the lower bound inclusive, the upper exclusive', () => {
    expect(validateTiers(growth)).toEqual([]);
    expect(findTier(growth, d('1.99'))).toBeNull();
    expect(findTier(growth, d('2'))?.value).toBe('2000');
    expect(findTier(growth, d('4.999'))?.value).toBe('2000');
    expect(findTier(growth, d('5'))?.value).toBe('3000');
    expect(findTier(growth, d('7'))?.value).toBe('4000');
    expect(findTier(growth, d('250'))?.value).toBe('4000');
  });

  it('puts every value in exactly one tier or none', () => {
    for (let tenths = 0; tenths <= 120; tenths++) {
      const value = d(String(tenths / 10));
      const matches = growth.filter(
        (t) =>
          value.greaterThanOrEqualTo(t.lowerBound) && (t.upperBound === null || value.lessThan(t.upperBound)),
      );
      expect(matches.length).toBe(value.lessThan(2) ? 0 : 1);
      expect(findTier(growth, value)).toBe(matches[0] ?? null);
    }
  });

  it('tells the next tier and how far it is', () => {
    expect(nextTier(growth, d('3.5'))).toEqual({ tier: growth[1], shortBy: d('1.5') });
    expect(nextTier(growth, d('0'))?.shortBy.toString()).toBe('2');
    expect(nextTier(growth, d('7'))).toBeNull();
  });

  it.each([
    ['0', null], // below the first tier
    ['9', null],
    ['10', 'a'], // a lower bound is in its tier
    ['24', 'a'],
    ['24.999', 'a'],
    ['25', 'b'], // an upper bound is in the next tier
    ['49', 'b'],
    ['50', 'c'],
    ['1000000', 'c'], // the open tier has no end
  ])('finds %s in tier %s', (measure, expected) => {
    expect(findTier(volume, d(measure))?.value ?? null).toBe(expected);
  });

  it.each([
    ['0', 'a', '10'],
    ['9', 'a', '1'],
    ['10', 'b', '15'], // at a lower bound, the next tier is the one after
    ['24', 'b', '1'],
    ['25', 'c', '25'],
    ['49', 'c', '1'],
  ])('from %s the next tier is %s, %s away', (measure, value, shortBy) => {
    const next = nextTier(volume, d(measure));
    expect(next?.tier.value).toBe(value);
    expect(next?.shortBy.toString()).toBe(shortBy);
  });

  it('has no next tier in or above the last one, and nothing in an empty table', () => {
    expect(nextTier(volume, d('50'))).toBeNull();
    expect(nextTier(volume, d('1000'))).toBeNull();
    expect(findTier([], d('1'))).toBeNull();
    expect(nextTier([], d('1'))).toBeNull();
  });
});

describe('tier validation', () => {
  it('accepts tiers that follow each other, an open last tier, and no tiers at all', () => {
    expect(validateTiers(volume)).toEqual([]);
    expect(validateTiers(tiersFrom([{ lowerBound: '10', upperBound: null, value: 'a' }]))).toEqual([]);
    expect(validateTiers([])).toEqual([]);
  });

  it('refuses gaps, overlaps, empty ranges, an open tier before others and negative bounds', () => {
    const codes = (rows: Parameters<typeof tiersFrom<string>>[0]) =>
      validateTiers(tiersFrom(rows)).map((p) => p.code);
    expect(
      codes([
        { lowerBound: '0', upperBound: '10', value: 'a' },
        { lowerBound: '12', upperBound: null, value: 'b' },
      ]),
    ).toEqual(['GAP']);
    expect(
      codes([
        { lowerBound: '0', upperBound: '10', value: 'a' },
        { lowerBound: '9', upperBound: null, value: 'b' },
      ]),
    ).toEqual(['OVERLAP']);
    expect(codes([{ lowerBound: '5', upperBound: '5', value: 'a' }])).toEqual(['EMPTY_RANGE']);
    expect(
      codes([
        { lowerBound: '0', upperBound: null, value: 'a' },
        { lowerBound: '10', upperBound: '20', value: 'b' },
      ]),
    ).toEqual(['OPEN_TIER_NOT_LAST', 'OVERLAP']);
    expect(codes([{ lowerBound: '-1', upperBound: '3', value: 'a' }])).toEqual(['NEGATIVE_BOUND']);
    expect(
      validateTiers(tiersFrom([{ lowerBound: '-1', upperBound: '3', value: 'a' }]), { allowNegative: true }),
    ).toEqual([]);
  });

  it('refuses an upper bound below the lower one, and a second tier starting at the same bound', () => {
    const codes = (rows: Parameters<typeof tiersFrom<string>>[0]) =>
      validateTiers(tiersFrom(rows)).map((p) => p.code);
    expect(codes([{ lowerBound: '10', upperBound: '5', value: 'a' }])).toEqual(['EMPTY_RANGE']);
    expect(
      codes([
        { lowerBound: '0', upperBound: '10', value: 'a' },
        { lowerBound: '0', upperBound: '5', value: 'b' },
      ]),
    ).toEqual(['OVERLAP']);
  });

  it('tells which tier each problem is about', () => {
    const problems = validateTiers(
      tiersFrom([
        { lowerBound: '15', upperBound: '30', value: 'c' },
        { lowerBound: '0', upperBound: '10', value: 'a' },
        { lowerBound: '12', upperBound: '20', value: 'b' },
      ]),
    );
    // Sorted: 0–10, 12–20, 15–30. 10 up to 12 falls in no tier; 15–20 is in two.
    expect(problems.map((p) => [p.index, p.code])).toEqual([
      [1, 'GAP'],
      [2, 'OVERLAP'],
    ]);
  });

  it('says what is wrong in words a person understands', () => {
    const [gap] = validateTiers(
      tiersFrom([
        { lowerBound: '10', upperBound: '50', value: 'a' },
        { lowerBound: '100', upperBound: null, value: 'b' },
      ]),
    );
    expect(gap.message).toBe('Values from 50 up to 100 fall in no tier.');
    const messages = (rows: Parameters<typeof tiersFrom<string>>[0]) =>
      validateTiers(tiersFrom(rows)).map((p) => p.message);
    expect(messages([{ lowerBound: '5', upperBound: '5', value: 'a' }])).toEqual([
      'Tier 5–5 is empty: its upper bound must be above its lower bound.',
    ]);
    expect(
      messages([
        { lowerBound: '0', upperBound: null, value: 'a' },
        { lowerBound: '10', upperBound: '20', value: 'b' },
      ]),
    ).toEqual([
      'Tier 0 and above has no upper bound but is not the last tier.',
      'Tier 10–20 overlaps the open-ended tier 0 and above.',
    ]);
    expect(
      messages([
        { lowerBound: '0', upperBound: '10', value: 'a' },
        { lowerBound: '9', upperBound: null, value: 'b' },
      ]),
    ).toEqual(['Tier 9 and above overlaps tier 0–10.']);
  });
});
