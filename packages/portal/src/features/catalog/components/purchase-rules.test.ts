import { describe, expect, it } from 'vitest';
import { checkQuantity, stepExamples } from './purchase-rules';
import { tierIndexFor } from './tiers';

describe('checkQuantity', () => {
  const rules = { minQuantity: 2, maxQuantity: 10, increment: 2 };

  it('accepts quantities on the steps from the minimum up to the maximum', () => {
    expect(checkQuantity(2, rules)).toBeNull();
    expect(checkQuantity(10, rules)).toBeNull();
  });

  it('names the rule a quantity breaks', () => {
    expect(checkQuantity(null, rules)).toEqual({ kind: 'empty' });
    expect(checkQuantity(1, rules)).toEqual({ kind: 'min', min: 2 });
    expect(checkQuantity(12, rules)).toEqual({ kind: 'max', max: 10 });
    expect(checkQuantity(5, rules)).toEqual({ kind: 'step', step: 2, examples: [2, 4, 6] });
    expect(checkQuantity(2.5, { minQuantity: 1, increment: 1 })).toMatchObject({ kind: 'step' });
  });

  it('lists fewer examples when the maximum comes first', () => {
    expect(stepExamples({ minQuantity: 6, maxQuantity: 12, increment: 6 })).toEqual([6, 12]);
  });
});

describe('tierIndexFor', () => {
  const tiers = [
    { minQuantity: 1, maxQuantity: 9 },
    { minQuantity: 10, maxQuantity: 24 },
    { minQuantity: 25, maxQuantity: null },
  ];
  it('finds the tier of a quantity, open-ended last', () => {
    expect(tierIndexFor(tiers, 1)).toBe(0);
    expect(tierIndexFor(tiers, 24)).toBe(1);
    expect(tierIndexFor(tiers, 1000)).toBe(2);
    expect(tierIndexFor(tiers, 0)).toBe(-1);
    expect(tierIndexFor(tiers, null)).toBe(-1);
  });
});
