import { Decimal, minorUnits, money } from '../../../platform/money.js';

/**
 * What the buyer-facing messages of checkout, orders and wishlists are written with: the language of a
 * locale, French typography, and numbers, amounts and dates formatted with Intl from decimal strings
 * (never from JS floats). English keeps the exact wording the API has always had (amounts as
 * "1234.50 USD", dates as "2026-11-30"); French reads as a Canadian French buyer expects
 * ("1 234,50 $", "30 novembre 2026"). Pure: no ORM, no GraphQL.
 */

export type Language = 'en' | 'fr';

/** fr-CA (or any French locale) → French; every other locale → English. */
export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** French typography: a non-breaking space before : ; ? ! and inside « ». */
export const NBSP = '\u00a0';

/** ": " in English, " : " (non-breaking space before) in French. */
export function colon(language: Language): string {
  return language === 'fr' ? `${NBSP}: ` : ': ';
}

/** "; " in English, " ; " (non-breaking space before) in French. */
export function semicolon(language: Language): string {
  return language === 'fr' ? `${NBSP}; ` : '; ';
}

/** Text in French quotation marks: «\u00a0text\u00a0». */
export function quoted(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = formatters.get(key);
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

/**
 * An amount with its currency. English: the API's form, "1234.50 USD". French: Intl fr-CA currency
 * style, "1 234,50 $" (CAD) or "1 234,50 $ US" (USD). Rounded to the currency with Decimal first, then
 * formatted from the decimal string, so no binary float ever touches it.
 */
export function formatAmount(language: Language, value: string | Decimal, currency: string): string {
  const rounded = money(value, currency).amount;
  if (language === 'en') return `${rounded} ${currency}`;
  const digits = minorUnits(currency);
  return formatter(
    `fr:${currency}`,
    () =>
      new Intl.NumberFormat('fr-CA', {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(rounded as Intl.StringNumericLiteral);
}

/**
 * A whole number. English as the messages have always written it: digits only ("5000") unless
 * `grouped` ("1,000,000"); French always grouped with non-breaking spaces ("5 000", "1 000 000").
 */
export function formatCount(language: Language, value: number, grouped = false): string {
  if (language === 'en') return grouped ? value.toLocaleString('en-US') : String(value);
  return formatter('fr:count', () => new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 0 })).format(
    value,
  );
}

/** A decimal as given, e.g. a percentage: "12.5" in English, "12,5" in French. */
export function formatDecimal(language: Language, value: string | Decimal): string {
  const text = (value instanceof Decimal ? value : new Decimal(value)).toFixed();
  if (language === 'en') return text;
  return formatter('fr:decimal', () => new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 20 })).format(
    text as Intl.StringNumericLiteral,
  );
}

/** A percentage: "30%" in English, "30 %" in French (non-breaking space). */
export function formatPercent(language: Language, value: string | Decimal): string {
  return language === 'fr'
    ? `${formatDecimal(language, value)}${NBSP}%`
    : `${formatDecimal(language, value)}%`;
}

const frenchDate = new Intl.DateTimeFormat('fr-CA', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD): as given in English, "30 novembre 2026" ("1er décembre") in French. */
export function formatDate(language: Language, isoDate: string): string {
  if (language === 'en') return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const text = frenchDate.format(date);
  return date.getUTCDate() === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

/**
 * The message of a refused input with several problems: undefined in English (ValidationFailed's own
 * "N problems need fixing."), else the one problem's message or "N problèmes sont à corriger."
 */
export function problemsSummary(
  problems: ReadonlyArray<{ message: string }>,
  locale: string,
): string | undefined {
  if (languageOf(locale) === 'en') return undefined;
  if (problems.length === 1) return problems[0]!.message;
  return `${formatCount('fr', problems.length)} problèmes sont à corriger.`;
}
