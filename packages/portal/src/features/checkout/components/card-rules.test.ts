import { describe, expect, it } from 'vitest';
import { checkCardForm, formatCardNumber, formatExpiry, luhnValid, parseExpiry } from './card-rules';

const today = new Date(2026, 10, 25);
const good = { number: '4242 4242 4242 4242', expiry: '04/28', cvc: '123', holderName: 'Maya Chen' };

describe('card form checks', () => {
  it('knows valid card numbers (Luhn)', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4000000000000002')).toBe(true);
    expect(luhnValid('4000000000000119')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('4242')).toBe(false);
  });

  it('formats the number in fours and the expiry as MM/YY while typing', () => {
    expect(formatCardNumber('4242424242424242')).toBe('4242 4242 4242 4242');
    expect(formatCardNumber('4242-42x')).toBe('4242 42');
    expect(formatExpiry('0428')).toBe('04/28');
    expect(formatExpiry('04/')).toBe('04/');
    expect(formatExpiry('4')).toBe('4');
  });

  it('reads MM/YY and MM/YYYY', () => {
    expect(parseExpiry('04/28')).toEqual({ month: 4, year: 2028 });
    expect(parseExpiry('4/2028')).toEqual({ month: 4, year: 2028 });
    expect(parseExpiry('13/28')).toBeNull();
    expect(parseExpiry('0428')).toBeNull();
  });

  it('accepts a good card and names each problem otherwise', () => {
    expect(checkCardForm(good, today)).toEqual([]);
    expect(checkCardForm({ number: '', expiry: '', cvc: '', holderName: ' ' }, today)).toEqual([
      { field: 'number', kind: 'missing' },
      { field: 'expiry', kind: 'missing' },
      { field: 'cvc', kind: 'invalid' },
      { field: 'holderName', kind: 'missing' },
    ]);
    expect(checkCardForm({ ...good, number: '4242 4242 4242 4241' }, today)).toEqual([
      { field: 'number', kind: 'invalid' },
    ]);
    expect(checkCardForm({ ...good, expiry: '10/26' }, today)).toEqual([
      { field: 'expiry', kind: 'expired' },
    ]);
    expect(checkCardForm({ ...good, expiry: '11/26' }, today)).toEqual([]);
    expect(checkCardForm({ ...good, cvc: '12a' }, today)).toEqual([{ field: 'cvc', kind: 'invalid' }]);
  });
});
