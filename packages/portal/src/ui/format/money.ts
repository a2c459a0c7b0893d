/** A Money value as the API sends it: a decimal string amount and an ISO 4217 currency. */
export interface MoneyValue {
  amount: string;
  currency: string;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Formats a decimal-string amount for people. The string goes straight to Intl (which accepts
 * decimal strings exactly), so no binary-float arithmetic ever touches money in the portal.
 */
export function formatMoney(money: MoneyValue, locale: string): string {
  if (!DECIMAL.test(money.amount)) return `${money.amount} ${money.currency}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
      money.amount as `${number}`,
    );
  } catch {
    // Unknown locale or currency code: still show something truthful.
    return `${money.amount} ${money.currency}`;
  }
}
