import { minorUnits, type Decimal } from '../../platform/money.js';
import { PriceRounding } from './domain/derived-price.js';
import type { StepDetail, TierAdjustment } from './domain/price-engine.js';

/**
 * The words of a price explanation, in the viewer's language. The engine records what each step did as
 * data (`StepDetail`); this file turns it into a sentence for en-US or fr-CA (any other locale gets
 * English). Numbers are formatted with Intl.NumberFormat from decimal strings, never from JS floats, so
 * an amount reads exactly as it was computed.
 */

type Language = 'en' | 'fr';

/** The locale numbers are formatted in, for each language the explanations are written in. */
const FORMAT_LOCALE: Record<Language, string> = { en: 'en-US', fr: 'fr-CA' };

/** French typography: a non-breaking space before a colon and between an amount and its currency. */
const NBSP = '\u00a0';

function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to build and a dry run can explain thousands of steps: keep one per shape. */
function formatter(language: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${language}:${key}`;
  let format = formatters.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(FORMAT_LOCALE[language], options);
    formatters.set(cacheKey, format);
  }
  return format;
}

/** Intl.NumberFormat formats a decimal string exactly (Node 20+); toFixed() never uses exponent notation. */
function decimalString(value: Decimal): Intl.StringNumericLiteral {
  return value.toFixed() as Intl.StringNumericLiteral;
}

/** An amount with its currency's decimals and code: "4.00 USD", "4,00 USD". */
function amount(language: Language, value: Decimal, currency: string): string {
  return `${amountNumber(language, value, currency)}${language === 'fr' ? NBSP : ' '}${currency}`;
}

/** An amount's number only, with its currency's decimals: "78.00", "78,00". */
function amountNumber(language: Language, value: Decimal, currency: string): string {
  const digits = minorUnits(currency);
  return formatter(language, `amount${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimalString(value));
}

/** A percentage as given (5 → "5%", 7.5 → "7,5 %"). */
function percent(language: Language, value: Decimal): string {
  return formatter(language, 'percent', { style: 'percent', maximumFractionDigits: 20 }).format(
    decimalString(value.dividedBy(100)),
  );
}

/** A plain number as given: a quantity or a conversion rate ("1,000", "1 000", "1,36"). */
function plain(language: Language, value: number | Decimal): string {
  const format = formatter(language, 'plain', { maximumFractionDigits: 20 });
  return typeof value === 'number' ? format.format(value) : format.format(decimalString(value));
}

function colon(language: Language): string {
  return language === 'fr' ? `${NBSP}: ` : ': ';
}

/** How a derived price was rounded, in words. */
function roundingWords(language: Language, rounding: PriceRounding, currency: string): string {
  const fr = language === 'fr';
  // A currency without a minor unit (JPY) rounds "to the cent" to a whole unit.
  const whole =
    rounding === PriceRounding.WHOLE || (rounding === PriceRounding.MINOR_UNIT && minorUnits(currency) === 0);
  if (whole) return fr ? 'arrondi à l’unité près' : 'rounded to a whole unit';
  if (rounding === PriceRounding.MINOR_UNIT) return fr ? 'arrondi au cent près' : 'rounded to the cent';
  return fr ? 'arrondi au prix en ,49 ou ,99 le plus proche' : 'rounded to the nearest .49 or .99';
}

/** Which quantities a slab tier covers: "10–24 units", "50+ units", "De 10 à 24 unités". */
function quantityRange(language: Language, from: number, to: number | null): string {
  const fr = language === 'fr';
  const start = plain(language, from);
  if (to === null) return fr ? `${start} unités et plus` : `${start}+ units`;
  if (to === from) {
    const one = from === 1;
    return fr ? `${start} unité${one ? '' : 's'}` : `${start} unit${one ? '' : 's'}`;
  }
  const end = plain(language, to);
  return fr ? `De ${start} à ${end} unités` : `${start}–${end} units`;
}

/**
 * A tier's adjustment in words, as the tier table shows it: "5% off", "4.00 USD off", "70.00 USD each";
 * "5 % de rabais", "4,00 USD de rabais", "70,00 USD l’unité".
 */
export function describeAdjustment(adjustment: TierAdjustment, locale: string, currency: string): string {
  const language = languageOf(locale);
  const fr = language === 'fr';
  switch (adjustment.kind) {
    case 'PERCENT_OFF':
      return `${percent(language, adjustment.percent)}${fr ? ' de rabais' : ' off'}`;
    case 'AMOUNT_OFF':
      return `${amount(language, adjustment.amount, currency)}${fr ? ' de rabais' : ' off'}`;
    case 'OVERRIDE':
      return `${amount(language, adjustment.unitPrice, currency)}${fr ? ' l’unité' : ' each'}`;
  }
}

/** The tier table's first row: quantities below the first tier pay the base price. */
/** The label of the volume-pricing step. */
export function volumePricingLabel(locale: string): string {
  return languageOf(locale) === 'fr' ? 'Prix selon le volume' : 'Volume pricing';
}

/** The label of a contract price that names no agreement. */
export function contractPriceLabel(locale: string): string {
  return languageOf(locale) === 'fr' ? 'Prix contractuel' : 'Contract price';
}

export function basePriceLabel(locale: string): string {
  return languageOf(locale) === 'fr' ? 'Prix de base' : 'Base price';
}

/** One step of a price explanation in the viewer's language; `currency` is the currency being priced. */
export function describeStep(detail: StepDetail, locale: string, currency: string): string {
  const language = languageOf(locale);
  const fr = language === 'fr';
  switch (detail.kind) {
    case 'LIST':
      return fr ? 'Prix courant' : 'List price';
    case 'BOOK':
      return fr ? 'Liste de prix du groupe d’acheteurs' : 'Price book of the buyer group';
    case 'CONTRACT':
      return fr ? 'Prix contractuel du compte' : 'Contract price for the account';
    case 'DERIVED': {
      const source = amount(language, detail.sourceAmount, detail.sourceCurrency);
      const rate = plain(language, detail.rate);
      const rounding = roundingWords(language, detail.rounding, currency);
      return fr
        ? `${source} dans «${NBSP}${detail.sourceBook}${NBSP}» × ${rate} ${currency} par ${detail.sourceCurrency}, ${rounding}`
        : `${source} in ${detail.sourceBook} × ${rate} ${currency} per ${detail.sourceCurrency}, ${rounding}`;
    }
    case 'SLAB': {
      const range = quantityRange(language, detail.from, detail.to);
      const adjustment = describeAdjustment(detail.adjustment, locale, currency);
      // An override already says "each"; a discount says it applies to every unit, not just those above the bound.
      const everyUnit =
        detail.adjustment.kind === 'OVERRIDE' ? '' : fr ? ' sur chaque unité' : ' on every unit';
      return `${range}${colon(language)}${adjustment}${everyUnit}`;
    }
    case 'RANGE': {
      const parts = detail.parts.map(
        (part) => `${plain(language, part.units)} × ${amountNumber(language, part.unitPrice, currency)}`,
      );
      return `${fr ? 'Prix par tranche' : 'Priced by range'}${colon(language)}${parts.join(' + ')}`;
    }
    case 'PROMOTION':
      if (!detail.exclusive) return 'Promotion';
      return fr
        ? 'Promotion (non cumulable avec d’autres promotions)'
        : 'Promotion (does not combine with others)';
    default:
      return unreachable(detail);
  }
}

function unreachable(value: never): never {
  throw new Error(`unknown price step detail: ${JSON.stringify(value)}`);
}
