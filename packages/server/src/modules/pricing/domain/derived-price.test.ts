import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../platform/money.js';
import { derivePrice, PriceRounding } from './derived-price.js';

// A derived book's price is source × rate, then rounded as the book says. Each expected value is worked
// out by hand beside it.

const derive = (source: string, rate: string, rounding: PriceRounding, currency = 'CAD') =>
  derivePrice(new Decimal(source), new Decimal(rate), rounding, currency).toFixed();

describe('derived prices', () => {
  describe('MINOR_UNIT: half-up to the currency’s smallest unit', () => {
    it.each([
      ['58.88', '1.36', 'CAD', '80.08'], // 58.88 × 1.36 = 80.0768 → 80.08
      ['1.05', '1.3', 'CAD', '1.37'], // 1.05 × 1.3 = 1.365 → 1.37 (half-up; half-even would give 1.36)
      ['58.88', '1.3725', 'CAD', '80.81'], // 58.88 × 1.3725 = 80.8128 → 80.81
      ['9.99', '150.5', 'JPY', '1503'], // 9.99 × 150.5 = 1503.495 → 1503 (no minor unit in JPY)
      ['10.00', '150.05', 'JPY', '1501'], // 10.00 × 150.05 = 1500.5 → 1501
    ])('%s × %s in %s = %s', (source, rate, currency, expected) => {
      expect(derive(source, rate, PriceRounding.MINOR_UNIT, currency)).toBe(expected);
    });
  });

  describe('WHOLE: half-up to a whole unit', () => {
    it.each([
      ['58.88', '1.36', '80'], // 80.0768 → 80
      ['11.03', '1.36', '15'], // 11.03 × 1.36 = 15.0008 → 15
      ['10.00', '1.25', '13'], // 12.5 → 13 (half-up; half-even would give 12)
      ['10.00', '1.2499', '12'], // 12.499 → 12
    ])('%s × %s = %s', (source, rate, expected) => {
      expect(derive(source, rate, PriceRounding.WHOLE)).toBe(expected);
    });
  });

  describe('PRICE_POINT_49_99: the nearest price ending in .49 or .99, ties up, never below 0.49', () => {
    it.each([
      ['58.88', '1.36', '79.99'], // 80.0768: 79.99 is 0.0868 away, 80.49 is 0.4132
      ['59.05', '1.36', '80.49'], // 59.05 × 1.36 = 80.308: 80.49 is 0.182 away, 79.99 is 0.318
      ['59.37', '1.36', '80.99'], // 59.37 × 1.36 = 80.7432: 80.99 is 0.2468 away, 80.49 is 0.2532
      ['58.88', '1.3725', '80.99'], // 80.8128: 80.99 is 0.1772 away, 80.49 is 0.3228
      ['40.37', '2', '80.99'], // 80.74: 80.49 and 80.99 both 0.25 away → the higher
      ['40.12', '2', '80.49'], // 80.24: 79.99 and 80.49 both 0.25 away → the higher
      ['40.245', '2', '80.49'], // 80.49 exactly
      ['40.495', '2', '80.99'], // 80.99 exactly
      ['40.4995', '2', '80.99'], // 80.999: 80.99 is 0.009 away
      ['40.5', '2', '80.99'], // 81.00: 80.99 is 0.01 away, 81.49 is 0.49
      ['0.05', '2', '0.49'], // 0.10: −0.01 is not a price, so 0.49
      ['0', '1.36', '0.49'], // 0 → 0.49, never below
      ['0.37', '2', '0.99'], // 0.74: 0.49 and 0.99 both 0.25 away → the higher
    ])('%s × %s = %s', (source, rate, expected) => {
      expect(derive(source, rate, PriceRounding.PRICE_POINT_49_99)).toBe(expected);
    });
  });
});
