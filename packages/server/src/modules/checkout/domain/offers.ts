import { Decimal } from '../../../platform/money.js';

/**
 * Offers a seller-side user may apply to a cart for an account: extended payment terms and a
 * percentage off a category. What each role may give is bounded; a reason is always recorded. Pure.
 */
export type OfferInput =
  | { kind: 'TERMS'; days: number; reason: string }
  | { kind: 'CATEGORY_DISCOUNT'; categoryId: string; percent: string; reason: string };

export interface OfferLimits {
  maxTermsDays: number;
  maxCategoryPercent: Decimal;
}

/** Per seller-side role; a role not listed may apply no offers. */
export const OFFER_LIMITS: Readonly<Record<string, OfferLimits>> = {
  SALES_REP: { maxTermsDays: 45, maxCategoryPercent: new Decimal(30) },
  ACCOUNT_MANAGER: { maxTermsDays: 60, maxCategoryPercent: new Decimal(35) },
  SITE_ADMIN: { maxTermsDays: 90, maxCategoryPercent: new Decimal(50) },
};

/** The most generous limits among the viewer's roles, or null when none may apply offers. */
export function limitsFor(roles: readonly string[]): OfferLimits | null {
  const limits = roles.map((r) => OFFER_LIMITS[r]).filter((l): l is OfferLimits => !!l);
  if (limits.length === 0) return null;
  return {
    maxTermsDays: Math.max(...limits.map((l) => l.maxTermsDays)),
    maxCategoryPercent: Decimal.max(...limits.map((l) => l.maxCategoryPercent)),
  };
}

export interface OfferProblem {
  field: string;
  message: string;
}

export function checkOffer(roles: readonly string[], offer: OfferInput): OfferProblem[] {
  const limits = limitsFor(roles);
  if (!limits) return [{ field: 'kind', message: 'Your role may not apply offers.' }];
  const problems: OfferProblem[] = [];
  const reason = offer.reason.trim();
  if (reason.length < 3)
    problems.push({ field: 'reason', message: 'Say why the offer is made (at least 3 characters).' });
  if (reason.length > 500)
    problems.push({ field: 'reason', message: 'The reason is limited to 500 characters.' });
  if (offer.kind === 'TERMS') {
    if (!Number.isSafeInteger(offer.days) || offer.days < 1) {
      problems.push({ field: 'days', message: 'Terms are a whole number of days.' });
    } else if (offer.days > limits.maxTermsDays) {
      problems.push({
        field: 'days',
        message: `Your role may extend terms to at most ${limits.maxTermsDays} days.`,
      });
    }
  } else {
    const text = offer.percent.trim();
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(text) || new Decimal(text).lessThanOrEqualTo(0)) {
      problems.push({ field: 'percent', message: 'The discount is a percentage above 0, e.g. 30 or 12.5.' });
    } else if (new Decimal(text).greaterThan(limits.maxCategoryPercent)) {
      problems.push({
        field: 'percent',
        message: `Your role may give at most ${limits.maxCategoryPercent.toString()}% off a category.`,
      });
    }
  }
  return problems;
}
