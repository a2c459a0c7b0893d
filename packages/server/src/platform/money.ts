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
  return value.toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_UP);
}

/** A Money value rounded to its currency, amount written with exactly the minor-unit decimals. */
export function money(value: string | Decimal, currency: string): MoneyValue {
  // toFixed rounds half up (the global rounding mode), exactly as roundToCurrency does.
  return { amount: toDecimal(value).toFixed(minorUnits(currency)), currency };
}

/** Sums decimal strings exactly. */
export function sumAmounts(values: Array<string | Decimal>): Decimal {
  return values.reduce<Decimal>((total, v) => total.plus(toDecimal(v)), new Decimal(0));
}
