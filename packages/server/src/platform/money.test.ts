import { describe, expect, it } from 'vitest';
import { money, roundToCurrency, sumAmounts, toDecimal } from './money.js';

describe('money', () => {
  it('rounds half-up to the currency minor unit', () => {
    expect(money('10.005', 'USD')).toEqual({ amount: '10.01', currency: 'USD' });
    expect(money('10.004', 'CAD')).toEqual({ amount: '10.00', currency: 'CAD' });
    expect(money('-1.005', 'USD').amount).toBe('-1.01');
    expect(money('1234.5', 'JPY')).toEqual({ amount: '1235', currency: 'JPY' });
  });

  it('writes whole amounts with the minor-unit decimals', () => {
    expect(money('7', 'USD').amount).toBe('7.00');
    expect(money('12.50', 'USD').amount).toBe('12.50');
    expect(money('0', 'USD').amount).toBe('0.00');
  });

  it('writes rounded amounts of any size without an exponent', () => {
    expect(money('12.34', 'USD').amount).toBe('12.34');
    expect(money('-0.05', 'CAD').amount).toBe('-0.05');
    expect(money('123456789012345678901234.56', 'USD').amount).toBe('123456789012345678901234.56');
    expect(money(toDecimal('0.00000001'), 'USD').amount).toBe('0.00');
    expect(money('5000000', 'JPY').amount).toBe('5000000');
  });

  it('rounds to the currency only when there is something to round', () => {
    const price = toDecimal('9.99');
    expect(roundToCurrency(price, 'USD')).toBe(price);
    expect(roundToCurrency(toDecimal('9.995'), 'USD').toString()).toBe('10');
    expect(roundToCurrency(toDecimal('-2.345'), 'CAD').toString()).toBe('-2.35');
  });

  it('adds exactly where binary floating point would not', () => {
    expect(sumAmounts(['0.1', '0.2']).toString()).toBe('0.3');
    expect(roundToCurrency(sumAmounts(Array(1000).fill('0.01')), 'USD').toString()).toBe('10');
  });

  it('refuses values that are not finite numbers', () => {
    expect(() => toDecimal('abc')).toThrow();
    expect(() => toDecimal('Infinity')).toThrow();
  });
});
