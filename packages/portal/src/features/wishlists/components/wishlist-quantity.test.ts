import { describe, expect, it } from 'vitest';
import { wishlistQuantityProblem } from './wishlist-quantity';

describe('wishlistQuantityProblem', () => {
  it('accepts whole numbers from 1 to 1,000,000', () => {
    expect(wishlistQuantityProblem(1)).toBeNull();
    expect(wishlistQuantityProblem(24)).toBeNull();
    expect(wishlistQuantityProblem(1_000_000)).toBeNull();
  });

  it('names an empty field, and a quantity out of range or not whole', () => {
    expect(wishlistQuantityProblem('')).toBe('empty');
    expect(wishlistQuantityProblem(Number.NaN)).toBe('empty');
    expect(wishlistQuantityProblem(0)).toBe('range');
    expect(wishlistQuantityProblem(-2)).toBe('range');
    expect(wishlistQuantityProblem(1_000_001)).toBe('range');
    expect(wishlistQuantityProblem(2.5)).toBe('range');
  });
});
