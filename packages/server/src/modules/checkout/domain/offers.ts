import { Decimal } from '../../../platform/money.js';
import { offerProblem } from './cart-messages.js';

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

/** Problems with an offer for the viewer's roles, in `locale`'s language; empty when it may be applied. */
export function checkOffer(roles: readonly string[], offer: OfferInput, locale = 'en-US'): OfferProblem[] {
  const limits = limitsFor(roles);
  if (!limits) return [{ field: 'kind', message: offerProblem({ kind: 'ROLE_MAY_NOT' }, locale) }];
  const problems: OfferProblem[] = [];
  const reason = offer.reason.trim();
  if (reason.length < 3)
    problems.push({ field: 'reason', message: offerProblem({ kind: 'REASON_TOO_SHORT' }, locale) });
  if (reason.length > 500)
    problems.push({ field: 'reason', message: offerProblem({ kind: 'REASON_TOO_LONG' }, locale) });
  if (offer.kind === 'TERMS') {
    if (!Number.isSafeInteger(offer.days) || offer.days < 1) {
      problems.push({ field: 'days', message: offerProblem({ kind: 'DAYS_NOT_WHOLE' }, locale) });
    } else if (offer.days > limits.maxTermsDays) {
      problems.push({
        field: 'days',
        message: offerProblem({ kind: 'DAYS_ABOVE_LIMIT', max: limits.maxTermsDays }, locale),
      });
    }
  } else {
    const text = offer.percent.trim();
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(text) || new Decimal(text).lessThanOrEqualTo(0)) {
      problems.push({ field: 'percent', message: offerProblem({ kind: 'PERCENT_FORMAT' }, locale) });
    } else if (new Decimal(text).greaterThan(limits.maxCategoryPercent)) {
      problems.push({
        field: 'percent',
        message: offerProblem({ kind: 'PERCENT_ABOVE_LIMIT', max: limits.maxCategoryPercent }, locale),
      });
    }
  }
  return problems;
}
