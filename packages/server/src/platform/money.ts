import { Decimal } from 'decimal.js';

/**
 * Money is decimal: amounts are Decimal values (never JS numbers) and leave the server as strings.
 * Rounding happens only at named points, to the currency's minor unit.
 */
Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export { Decimal };

export interface MoneyValue {
  amount: string;
  currency: string;
}

const MINOR_UNITS: Record<string, number> = { USD: 2, CAD: 2, EUR: 2, JPY: 0 };

/** Decimal places of a currency's smallest unit (2 when unknown). */
export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

/** Parses a decimal string (e.g. from a `numeric` column); refuses anything that is not a finite number. */
export function toDecimal(value: string | Decimal): Decimal {
  const d = value instanceof Decimal ? value : new Decimal(value);
  if (!d.isFinite()) throw new Error(`not a finite decimal: ${String(value)}`);
  return d;
}

/** Rounds half-up to the currency's minor unit. */
export function roundToCurrency(value: Decimal, currency: string): Decimal {
  const places = minorUnits(currency);
  // Already at most that many decimals (most stored prices): the value itself; Decimal is immutable.
  if (value.decimalPlaces() <= places) return value;
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** A Money value rounded to its currency, amount written with exactly the minor-unit decimals. */
export function money(value: string | Decimal, currency: string): MoneyValue {
  return { amount: amountText(toDecimal(value), minorUnits(currency)), currency };
}

/** The amount with exactly `places` decimals, rounded half up. */
function amountText(value: Decimal, places: number): string {
  // Already rounded (the usual case: prices are rounded at named points) and written without an
  // exponent: its own text, with no rounding copy.
  if (value.decimalPlaces() === places && value.e > -7 && value.e < 21 && !value.isZero())
    return value.toString();
  // toFixed rounds half up (the global rounding mode), exactly as roundToCurrency does.
  return value.toFixed(places);
}

/** Sums decimal strings exactly. */
export function sumAmounts(values: Array<string | Decimal>): Decimal {
  return values.reduce<Decimal>((total, v) => total.plus(toDecimal(v)), new Decimal(0));
}
