import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it('formats a decimal string in the locale and currency', () => {
    expect(formatMoney({ amount: '1234.50', currency: 'USD' }, 'en-US')).toBe('$1,234.50');
  });

  it('keeps full precision of large amounts (no float rounding)', () => {
    expect(formatMoney({ amount: '90071992547409.93', currency: 'USD' }, 'en-US')).toBe(
      '$90,071,992,547,409.93',
    );
  });

  it('formats Canadian French', () => {
    const out = formatMoney({ amount: '1234.5', currency: 'CAD' }, 'fr-CA');
    expect(out.replace(/\s/g, ' ')).toBe('1 234,50 $');
  });

  it('formats negative amounts', () => {
    expect(formatMoney({ amount: '-5', currency: 'EUR' }, 'en-US')).toBe('-€5.00');
  });

  it('falls back to plain text for an unknown currency code or a malformed amount', () => {
    expect(formatMoney({ amount: '12.00', currency: 'NOPE1' }, 'en-US')).toBe('12.00 NOPE1');
    expect(formatMoney({ amount: 'abc', currency: 'USD' }, 'en-US')).toBe('abc USD');
  });
});
