import { describe, expect, it } from 'vitest';
import {
  fromLocalInput,
  isAmount,
  isPercent,
  isRate,
  normalizeAmount,
  parseWhole,
  toLocalInput,
} from './values';

describe('pricing admin values', () => {
  it('accepts amounts as the server does', () => {
    expect(isAmount('12.50')).toBe(true);
    expect(isAmount('12.12345')).toBe(false);
    expect(isAmount('-1')).toBe(false);
    expect(normalizeAmount(' 12,50 ')).toBe('12.50');
    expect(normalizeAmount('1 234.5')).toBe('1234.5');
    expect(normalizeAmount('12.5.0')).toBeNull();
  });

  it('checks rates and percentages without floats', () => {
    expect(isRate('1.36')).toBe(true);
    expect(isRate('0')).toBe(false);
    expect(isRate('1.123456789')).toBe(false);
    expect(isPercent('100')).toBe(true);
    expect(isPercent('100.00')).toBe(true);
    expect(isPercent('100.01')).toBe(false);
    expect(isPercent('0')).toBe(false);
    expect(isPercent('12.5')).toBe(true);
  });

  it('reads whole numbers', () => {
    expect(parseWhole(' 25 ')).toBe(25);
    expect(parseWhole('2.5')).toBeNull();
    expect(parseWhole('')).toBeNull();
  });

  it('round-trips datetime-local values through ISO instants', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-02-30T10:00')).toBeUndefined();
    const iso = fromLocalInput('2026-12-01T09:30')!;
    expect(toLocalInput(iso)).toBe('2026-12-01T09:30');
    expect(toLocalInput(null)).toBe('');
  });
});
