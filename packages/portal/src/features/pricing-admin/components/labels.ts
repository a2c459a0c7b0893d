import type { TFunction } from '../../../app/i18n';
import type {
  PriceRounding,
  PromotionStacking,
  PromotionStatus,
  TierAdjustmentKind,
  TierMode,
} from '../../../gql/graphql';

/**
 * A decimal string (a rate, a percentage) in the reader's locale ("1,36" in French). Intl takes the
 * string itself, so no float ever rounds it.
 */
export function formatDecimal(text: string, locale: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 8 }).format(text as `${number}`);
  } catch {
    return text;
  }
}

export const roundings: PriceRounding[] = ['PRICE_POINT_49_99', 'MINOR_UNIT', 'WHOLE'];

export function roundingLabel(rounding: PriceRounding, t: TFunction): string {
  switch (rounding) {
    case 'MINOR_UNIT':
      return t('To the cent');
    case 'PRICE_POINT_49_99':
      return t('To the nearest .49 or .99');
    case 'WHOLE':
      return t('To a whole unit');
  }
}

/** "Derived from List prices (USD) at 1.36, rounded to .49/.99", as one sentence per rounding. */
export function derivationText(
  book: { derivedFromName: string | null; conversionRate: string | null; rounding: PriceRounding | null },
  locale: string,
  t: TFunction,
): string | null {
  if (!book.derivedFromName) return null;
  const vars = {
    book: book.derivedFromName,
    rate: book.conversionRate ? formatDecimal(book.conversionRate, locale) : '—',
  };
  switch (book.rounding) {
    case 'MINOR_UNIT':
      return t('Derived from {book} at {rate}, rounded to the cent', vars);
    case 'PRICE_POINT_49_99':
      return t('Derived from {book} at {rate}, rounded to .49/.99', vars);
    case 'WHOLE':
      return t('Derived from {book} at {rate}, rounded to whole units', vars);
    default:
      return t('Derived from {book} at {rate}', vars);
  }
}

export const adjustmentKinds: TierAdjustmentKind[] = ['PERCENT_OFF', 'AMOUNT_OFF', 'OVERRIDE'];

export function adjustmentLabel(kind: TierAdjustmentKind, t: TFunction): string {
  switch (kind) {
    case 'PERCENT_OFF':
      return t('Percent off');
    case 'AMOUNT_OFF':
      return t('Amount off per unit');
    case 'OVERRIDE':
      return t('Fixed unit price');
  }
}

export function tierModeLabel(mode: TierMode, t: TFunction): string {
  return mode === 'SLAB' ? t('tier mode|Slab') : t('tier mode|Range');
}

export function tierModeExplanation(mode: TierMode, t: TFunction): string {
  return mode === 'SLAB'
    ? t(
        'The whole quantity is priced at the tier it reaches: with tiers from 10 and from 25, all 30 units of a line of 30 get the second tier’s price.',
      )
    : t(
        'Each unit is priced at the tier of its position: with tiers from 10 and from 25, units 1–9 of a line of 30 pay the book price, units 10–24 the first tier’s and units 25–30 the second’s.',
      );
}

export const promotionStatuses: PromotionStatus[] = ['ACTIVE', 'SCHEDULED', 'EXPIRED', 'INACTIVE'];

export function promotionStatusLabel(status: PromotionStatus, t: TFunction): string {
  switch (status) {
    case 'ACTIVE':
      return t('promotion|Active');
    case 'SCHEDULED':
      return t('promotion|Scheduled');
    case 'EXPIRED':
      return t('promotion|Expired');
    case 'INACTIVE':
      return t('promotion|Inactive');
  }
}

export function stackingLabel(stacking: PromotionStacking, t: TFunction): string {
  return stacking === 'EXCLUSIVE' ? t('Exclusive') : t('Stackable');
}

export function stackingExplanation(stacking: PromotionStacking, t: TFunction): string {
  return stacking === 'EXCLUSIVE'
    ? t(
        'Never combined with another promotion on the same line. The buyer gets whichever is better: this promotion alone, or the stackable ones together.',
      )
    : t(
        'Combines with the other stackable promotions on the same line, applied one after another in priority order (lowest number first).',
      );
}

/** What an audit event's action code means, in words; an unknown code is shown as it is. */
export function auditActionLabel(action: string, t: TFunction): string {
  switch (action) {
    case 'price.create':
      return t('Price set');
    case 'price.update':
      return t('Price changed');
    case 'price.remove':
      return t('Price removed');
    case 'price-book.create':
      return t('Price book created');
    case 'price-book.update':
      return t('Price book changed');
    case 'tiers.replace':
      return t('Volume tiers saved');
    case 'tiers.remove':
      return t('Volume tiers removed');
    case 'promotion.create':
      return t('Promotion created');
    case 'promotion.update':
      return t('Promotion changed');
    case 'catalog.import':
      return t('Products imported');
    case 'prices.import':
      return t('Prices imported');
    default:
      return action;
  }
}

/** Subject types of the audit trail, as the server names them. */
export const auditSubjects = ['PriceBook', 'Product', 'Promotion', 'Catalog'] as const;

export function auditSubjectLabel(subject: string, t: TFunction): string {
  switch (subject) {
    case 'PriceBook':
      return t('Price books');
    case 'Product':
      return t('Volume tiers');
    case 'Promotion':
      return t('Promotions');
    case 'Catalog':
      return t('Catalog imports');
    default:
      return subject;
  }
}
