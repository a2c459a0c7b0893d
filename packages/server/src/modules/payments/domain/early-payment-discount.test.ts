import { describe, expect, it } from 'vitest';
import { addDays, discountAmount, earlyPaymentDiscount } from './early-payment-discount.js';

/** 2/10 net 30 on an invoice issued 2026-11-01: the discount applies through 2026-11-11. */
const usd = { balance: '1234.56', currency: 'USD', issuedOn: '2026-11-01', percent: '2.00', days: 10 };

const text = (d: ReturnType<typeof earlyPaymentDiscount>) =>
  d && { amount: d.amount.toFixed(2), payBy: d.payBy, payInFullAmount: d.payInFullAmount.toFixed(2) };

describe('early-payment discount', () => {
  it('is the percent of the balance, rounded half up to the cent once (USD: 1234.56 × 2% = 24.6912 → 24.69)', () => {
    expect(text(earlyPaymentDiscount(usd, '2026-11-05'))).toEqual({
      amount: '24.69',
      payBy: '2026-11-11',
      payInFullAmount: '1209.87',
    });
  });

  it('applies on day N exactly and not on day N + 1', () => {
    expect(text(earlyPaymentDiscount(usd, '2026-11-11'))?.amount).toBe('24.69');
    expect(earlyPaymentDiscount(usd, '2026-11-12')).toBeNull();
    // The issue day itself is day 0.
    expect(text(earlyPaymentDiscount(usd, '2026-11-01'))?.amount).toBe('24.69');
  });

  it('rounds CAD half up at the cent: 100.25 × 2% = 2.005 → 2.01; 100.24 × 2% = 2.0048 → 2.00', () => {
    const cad = { ...usd, currency: 'CAD', issuedOn: '2026-11-20', days: 10 };
    expect(text(earlyPaymentDiscount({ ...cad, balance: '100.25' }, '2026-11-30'))).toEqual({
      amount: '2.01',
      payBy: '2026-11-30',
      payInFullAmount: '98.24',
    });
    expect(earlyPaymentDiscount({ ...cad, balance: '100.25' }, '2026-12-01')).toBeNull();
    expect(text(earlyPaymentDiscount({ ...cad, balance: '100.24' }, '2026-11-21'))?.amount).toBe('2.00');
    // 1.5% of 1000.25 = 15.00375 → 15.00; pay 985.25.
    expect(text(earlyPaymentDiscount({ ...cad, balance: '1000.25', percent: '1.50' }, '2026-11-21'))).toEqual(
      { amount: '15.00', payBy: '2026-11-30', payInFullAmount: '985.25' },
    );
  });

  it('rounds to the currency’s own unit (JPY has none: 12345 × 2% = 246.9 → 247)', () => {
    expect(discountAmount('12345', '2', 'JPY').toFixed()).toBe('247');
  });

  it('is null without terms, with nothing owed, or when it rounds to nothing', () => {
    expect(earlyPaymentDiscount({ ...usd, percent: null }, '2026-11-02')).toBeNull();
    expect(earlyPaymentDiscount({ ...usd, days: null }, '2026-11-02')).toBeNull();
    expect(earlyPaymentDiscount({ ...usd, percent: '0' }, '2026-11-02')).toBeNull();
    expect(earlyPaymentDiscount({ ...usd, balance: '0' }, '2026-11-02')).toBeNull();
    // 2% of 0.20 = 0.004 → 0.00: no discount.
    expect(earlyPaymentDiscount({ ...usd, balance: '0.20' }, '2026-11-02')).toBeNull();
  });

  it('counts calendar days across months and leap years', () => {
    expect(addDays('2026-01-25', 10)).toBe('2026-02-04');
    expect(addDays('2028-02-25', 5)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
