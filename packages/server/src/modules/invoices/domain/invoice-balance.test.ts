import { describe, expect, it } from 'vitest';
import { OverSettlementError, settleInvoice } from './invoice-balance.js';

describe('settleInvoice', () => {
  const invoice = { total: '100.00', amountPaid: '0', amountCredited: '0' };

  it('a part payment leaves the rest as balance: PARTLY_PAID', () => {
    const s = settleInvoice(invoice, { paid: '40.01' });
    expect([s.amountPaid, s.amountCredited, s.balance].map((d) => d.toFixed(2))).toEqual([
      '40.01',
      '0.00',
      '59.99',
    ]);
    expect(s.state).toBe('PARTLY_PAID');
  });

  it('paid plus credited to the cent: PAID', () => {
    const s = settleInvoice(
      { total: '100.00', amountPaid: '60.00', amountCredited: '0' },
      {
        paid: '38.00',
        credited: '2.00',
      },
    );
    expect(s.balance.toFixed(2)).toBe('0.00');
    expect(s.state).toBe('PAID');
  });

  it('a credit memo for the whole balance settles it: PAID', () => {
    expect(settleInvoice(invoice, { credited: '100' }).state).toBe('PAID');
  });

  it('nothing settled: OPEN', () => {
    expect(settleInvoice(invoice, {}).state).toBe('OPEN');
  });

  it('refuses a cent beyond the balance, and negative amounts', () => {
    expect(() =>
      settleInvoice({ total: '100.00', amountPaid: '50', amountCredited: '0' }, { paid: '50.01' }),
    ).toThrow(OverSettlementError);
    expect(() => settleInvoice(invoice, { credited: '-1' })).toThrow(RangeError);
  });
});
