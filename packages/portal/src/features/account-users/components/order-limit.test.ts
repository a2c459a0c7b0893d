import { describe, expect, it } from 'vitest';
import { checkOrderLimit, decimalMarkOf, sameAmount } from './order-limit';

describe('order limit input', () => {
  it('takes empty as no limit', () => {
    expect(checkOrderLimit('  ')).toEqual({ ok: true, value: null });
  });

  it('takes amounts with thousands separators and up to 4 decimals', () => {
    expect(checkOrderLimit('2,500')).toEqual({ ok: true, value: '2500' });
    expect(checkOrderLimit(' 2 500.50 ')).toEqual({ ok: true, value: '2500.50' });
    expect(checkOrderLimit('10000.1234')).toEqual({ ok: true, value: '10000.1234' });
  });

  it('reads a decimal comma in languages that use one', () => {
    expect(checkOrderLimit('2 500,50', ',')).toEqual({ ok: true, value: '2500.50' });
    expect(checkOrderLimit('2500.5', ',')).toEqual({ ok: true, value: '2500.5' });
    expect(checkOrderLimit('2,500.50', ',')).toEqual({ ok: false, problem: 'format' });
    expect(decimalMarkOf('fr-CA')).toBe(',');
    expect(decimalMarkOf('en-US')).toBe('.');
  });

  it('refuses what is not an amount', () => {
    expect(checkOrderLimit('-5')).toEqual({ ok: false, problem: 'format' });
    expect(checkOrderLimit('12.34567')).toEqual({ ok: false, problem: 'format' });
    expect(checkOrderLimit('abc')).toEqual({ ok: false, problem: 'format' });
    expect(checkOrderLimit('1e5')).toEqual({ ok: false, problem: 'format' });
    expect(checkOrderLimit('1234567890123456')).toEqual({ ok: false, problem: 'too-large' });
  });

  it('compares amounts written differently', () => {
    expect(sameAmount('2500', '2500.00')).toBe(true);
    expect(sameAmount('2500.5', '2500.50')).toBe(true);
    expect(sameAmount('2500', '250')).toBe(false);
    expect(sameAmount(null, null)).toBe(true);
    expect(sameAmount(null, '0')).toBe(false);
  });
});
