/**
 * Amounts typed on the pay page, handled exactly: parsed into whole minor units (cents) as BigInt and
 * written back as decimal strings, so no binary float ever touches money. Accepts "1234.50",
 * "1 234,50" (French) and "1,234.50" (English grouping).
 */

/** The amount as a decimal string with `decimals` places ("1234.50"), or null when it cannot be read. */
export function normalizeAmount(typed: string, decimals = 2): string | null {
  let text = typed.replace(/[\s\u00a0\u202f$]/g, '');
  if (!text) return null;
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma > dot) {
    // "1.234,50" or "1234,50": the comma is the decimal separator.
    text = text.replace(/\./g, '').replace(',', '.');
  } else {
    text = text.replace(/,/g, '');
  }
  const match = /^(\d{1,15})(?:\.(\d*))?$/.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  return decimals === 0 ? whole : `${whole}.${fraction.padEnd(decimals, '0')}`;
}

/**
 * Whether the typed text is a number with a minus sign ("-5", "−12,50", "-1.234"): not an amount, but
 * told apart from one badly written, so the payer reads "greater than zero" rather than how to write it.
 */
export function isNegativeAmount(typed: string): boolean {
  const text = typed.trim();
  return /^[-\u2212]/.test(text) && normalizeAmount(text.slice(1), 20) !== null;
}

/** A normalized decimal string → minor units. */
export function toMinor(amount: string, decimals = 2): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return (
    BigInt(whole!) * 10n ** BigInt(decimals) +
    BigInt(fraction.padEnd(decimals, '0').slice(0, decimals) || '0')
  );
}

/** Minor units → a decimal string with `decimals` places. */
export function fromMinor(minor: bigint, decimals = 2): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}

/** The exact sum of normalized decimal strings. */
export function sumAmounts(amounts: readonly string[], decimals = 2): string {
  return fromMinor(
    amounts.reduce((total, a) => total + toMinor(a, decimals), 0n),
    decimals,
  );
}

/** -1, 0 or 1 as a < b, a = b, a > b (normalized decimal strings). */
export function compareAmounts(a: string, b: string, decimals = 2): number {
  const x = toMinor(a, decimals);
  const y = toMinor(b, decimals);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Decimal places of a currency's minor unit, as the server counts them. */
export function currencyDecimals(currency: string): number {
  return currency === 'JPY' ? 0 : 2;
}
