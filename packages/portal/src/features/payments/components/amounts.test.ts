import { describe, expect, it } from 'vitest';
import { compareAmounts, fromMinor, isNegativeAmount, normalizeAmount, sumAmounts, toMinor } from './amounts';

describe('typed amounts', () => {
  it('reads English and French forms exactly', () => {
    expect(normalizeAmount('1234.5')).toBe('1234.50');
    expect(normalizeAmount('1,234.56')).toBe('1234.56');
    expect(normalizeAmount('1 234,56')).toBe('1234.56');
    expect(normalizeAmount('1\u00a0234,56 $')).toBe('1234.56');
    expect(normalizeAmount('0.1')).toBe('0.10');
    expect(normalizeAmount('007')).toBe('7.00');
    expect(normalizeAmount('12', 0)).toBe('12');
  });

  it('refuses what is not an amount of the currency', () => {
    for (const bad of ['', 'abc', '-5', '1.234', '1e3', '12.3.4'])
      expect(normalizeAmount(bad), bad).toBeNull();
  });

  it('tells a negative number apart from one badly written', () => {
    for (const negative of ['-5', ' -5.00 ', '−12,50', '-1.234', '- 3'])
      expect(isNegativeAmount(negative), negative).toBe(true);
    for (const other of ['5', '0', '', '-', '-abc', '1-2', '1e3', 'abc'])
      expect(isNegativeAmount(other), other).toBe(false);
  });

  it('adds and compares without floats (0.10 + 0.20 = 0.30 exactly)', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['200.00', '1209.87'])).toBe('1409.87');
    expect(sumAmounts([])).toBe('0.00');
    expect(compareAmounts('1209.87', '1234.56')).toBe(-1);
    expect(compareAmounts('5.00', '5.00')).toBe(0);
    expect(toMinor('98.24')).toBe(9824n);
    expect(fromMinor(5n)).toBe('0.05');
    expect(fromMinor(-250n)).toBe('-2.50');
  });
});
