import { Decimal, toDecimal } from '../../../platform/money.js';

/**
 * Tiers over a measure (a quantity, an amount, a growth percentage): lower bound inclusive, upper bound
 * exclusive, the last one open-ended or not. Shared by volume pricing, rebate tiers and the what-if
 * simulator, so a cart and a simulation always agree on the tier. Pure: plain data in, plain data out.
 */
export interface Tier<T> {
  /** Inclusive. */
  lowerBound: Decimal;
  /** Exclusive; null for "and above". */
  upperBound: Decimal | null;
  value: T;
}

export interface TierProblem {
  /** Index of the tier the problem is about (in the order given). */
  index: number;
  code: 'EMPTY_RANGE' | 'GAP' | 'OVERLAP' | 'OPEN_TIER_NOT_LAST' | 'NEGATIVE_BOUND';
  message: string;
}

/** Builds tiers from decimal strings (e.g. from a form or a CSV), sorted by lower bound. */
export function tiersFrom<T>(
  rows: Array<{ lowerBound: string; upperBound: string | null; value: T }>,
): Tier<T>[] {
  return rows
    .map((row) => ({
      lowerBound: toDecimal(row.lowerBound),
      upperBound: row.upperBound === null ? null : toDecimal(row.upperBound),
      value: row.value,
    }))
    .sort((a, b) => a.lowerBound.comparedTo(b.lowerBound));
}

/**
 * Every problem with a tier table: each tier must be a non-empty range, tiers must follow each other
 * without gaps or overlaps (the next lower bound equals the previous upper bound), and only the last may
 * be open-ended. `tiers` must be sorted by lower bound (tiersFrom does that).
 */
export function validateTiers<T>(
  tiers: readonly Tier<T>[],
  options: { allowNegative?: boolean } = {},
): TierProblem[] {
  const problems: TierProblem[] = [];
  tiers.forEach((tier, index) => {
    const range = describe(tier);
    if (!options.allowNegative && tier.lowerBound.isNegative()) {
      problems.push({ index, code: 'NEGATIVE_BOUND', message: `Tier ${range} starts below zero.` });
    }
    if (tier.upperBound !== null && tier.upperBound.lessThanOrEqualTo(tier.lowerBound)) {
      problems.push({
        index,
        code: 'EMPTY_RANGE',
        message: `Tier ${range} is empty: its upper bound must be above its lower bound.`,
      });
    }
    if (tier.upperBound === null && index < tiers.length - 1) {
      problems.push({
        index,
        code: 'OPEN_TIER_NOT_LAST',
        message: `Tier ${range} has no upper bound but is not the last tier.`,
      });
    }
    const previous = tiers[index - 1];
    if (previous?.upperBound) {
      if (tier.lowerBound.greaterThan(previous.upperBound)) {
        problems.push({
          index,
          code: 'GAP',
          message: `Values from ${previous.upperBound.toString()} up to ${tier.lowerBound.toString()} fall in no tier.`,
        });
      } else if (tier.lowerBound.lessThan(previous.upperBound)) {
        problems.push({
          index,
          code: 'OVERLAP',
          message: `Tier ${range} overlaps tier ${describe(previous)}.`,
        });
      }
    } else if (previous && previous.upperBound === null) {
      problems.push({
        index,
        code: 'OVERLAP',
        message: `Tier ${range} overlaps the open-ended tier ${describe(previous)}.`,
      });
    }
  });
  return problems;
}

/** The tier a measure falls in (lower bound inclusive, upper exclusive), or null when it falls in none. */
export function findTier<T>(tiers: readonly Tier<T>[], measure: Decimal): Tier<T> | null {
  for (const tier of tiers) {
    if (measure.lessThan(tier.lowerBound)) continue;
    if (tier.upperBound === null || measure.lessThan(tier.upperBound)) return tier;
  }
  return null;
}

/** The first tier above the one a measure is in, and how much more of the measure reaches it. */
export function nextTier<T>(
  tiers: readonly Tier<T>[],
  measure: Decimal,
): { tier: Tier<T>; shortBy: Decimal } | null {
  const next = tiers.find((tier) => tier.lowerBound.greaterThan(measure));
  return next ? { tier: next, shortBy: next.lowerBound.minus(measure) } : null;
}

function describe<T>(tier: Tier<T>): string {
  return tier.upperBound === null
    ? `${tier.lowerBound.toString()} and above`
    : `${tier.lowerBound.toString()}–${tier.upperBound.toString()}`;
}
