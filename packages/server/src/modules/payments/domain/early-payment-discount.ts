import { Decimal, roundToCurrency, toDecimal } from '../../../platform/money.js';

/**
 * Early-payment discount terms, e.g. "2/10 net 30": 2 percent off when the invoice is paid within 10
 * days of its issue date, else the whole balance is due within 30 days.
 *
 * The rule, exactly:
 * - It applies to a payment that settles the invoice IN FULL on a day at most N days after the issue
 *   date (day N itself included, day N + 1 not). Days are calendar days (UTC dates).
 * - The discount is `percent` of the invoice's balance at the time of payment, computed exactly in
 *   decimal and rounded once, half up, to the currency's minor unit (the named rounding point:
 *   `discountAmount`). The payer then pays `balance − discount` (`payInFullAmount`), and the invoice is
 *   settled by that payment plus the discount credited.
 * - Paying in part takes no discount: a part payment is applied at face value, and a later payment that
 *   settles the rest within the window takes the discount on what is left then.
 * Pure: plain data in, plain data out.
 */
export interface DiscountTerms {
  /** The balance still owed, a decimal string. */
  balance: string | Decimal;
  currency: string;
  /** Issue date, YYYY-MM-DD. */
  issuedOn: string;
  /** e.g. "2.00" for 2 percent; null when the invoice has no early-payment terms. */
  percent: string | Decimal | null;
  /** N: the last day the discount applies is issuedOn + N. */
  days: number | null;
}

export interface EarlyPaymentDiscount {
  /** The discount taken when paying in full by `payBy`, rounded to the currency. */
  amount: Decimal;
  /** The last day (YYYY-MM-DD) a payment in full takes the discount. */
  payBy: string;
  /** What settles the invoice in full today: balance − discount. */
  payInFullAmount: Decimal;
}

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD date as a UTC day number; throws on anything that is not a real calendar date. */
export function dayNumber(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== isoDate) throw new RangeError(`no such date: ${isoDate}`);
  return ms / DAY_MS;
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date in UTC, YYYY-MM-DD (the day payments and discounts are reckoned on). */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The named rounding point: `percent` of `balance`, exact, then rounded half up to the currency. */
export function discountAmount(
  balance: string | Decimal,
  percent: string | Decimal,
  currency: string,
): Decimal {
  return roundToCurrency(toDecimal(balance).times(toDecimal(percent)).dividedBy(100), currency);
}

/**
 * The discount a payment in full on `today` (YYYY-MM-DD) would take, or null when none applies: no
 * terms, nothing owed, the window has passed, or the discount rounds to nothing.
 */
export function earlyPaymentDiscount(terms: DiscountTerms, today: string): EarlyPaymentDiscount | null {
  if (terms.percent === null || terms.days === null) return null;
  const percent = toDecimal(terms.percent);
  if (!percent.isPositive() || percent.isZero() || terms.days < 0) return null;
  const balance = toDecimal(terms.balance);
  if (!balance.isPositive() || balance.isZero()) return null;
  const payBy = addDays(terms.issuedOn, terms.days);
  if (dayNumber(today) > dayNumber(payBy)) return null;
  const amount = discountAmount(balance, percent, terms.currency);
  if (amount.isZero()) return null;
  return { amount, payBy, payInFullAmount: balance.minus(amount) };
}
