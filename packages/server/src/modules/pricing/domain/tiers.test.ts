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

  it('says what is wrong in words a person understands', () => {
    const [gap] = validateTiers(
      tiersFrom([
        { lowerBound: '10', upperBound: '50', value: 'a' },
        { lowerBound: '100', upperBound: null, value: 'b' },
      ]),
    );
    expect(gap.message).toBe('Values from 50 up to 100 fall in no tier.');
  });
});
