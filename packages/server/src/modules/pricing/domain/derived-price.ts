import { Decimal, minorUnits } from '../../../platform/money.js';

/** How prices derived from another currency's book are rounded. */
export enum PriceRounding {
  /** Half up to the currency's smallest unit (cents). */
  MINOR_UNIT = 'MINOR_UNIT',
  /** Half up to a whole unit. */
  WHOLE = 'WHOLE',
  /** To the nearest price ending in .49 or .99 (ties go up), never below 0.49. */
  PRICE_POINT_49_99 = 'PRICE_POINT_49_99',
}

/** How a derived price came about, for the explanation: source price × rate, then the book's rounding. */
export interface DerivedPriceDetail {
  kind: 'DERIVED';
  /** The source book's price, in its currency. */
  sourceAmount: Decimal;
  sourceCurrency: string;
  /** The source book's name. */
  sourceBook: string;
  /** Units of the derived book's currency per unit of the source currency. */
  rate: Decimal;
  rounding: PriceRounding;
}

/** A unit price derived from a source book's price: source × rate, then rounded as the book says. */
export function derivePrice(
  source: Decimal,
  rate: Decimal,
  rounding: PriceRounding,
  currency: string,
): Decimal {
  const raw = source.times(rate);
  switch (rounding) {
    case PriceRounding.MINOR_UNIT:
      return raw.toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_UP);
    case PriceRounding.WHOLE:
      return raw.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    case PriceRounding.PRICE_POINT_49_99:
      return nearestPricePoint(raw);
  }
}

function nearestPricePoint(raw: Decimal): Decimal {
  const whole = raw.floor();
  const candidates = [whole.minus('0.01'), whole.plus('0.49'), whole.plus('0.99')].filter((c) =>
    c.greaterThan(0),
  );
  let best = candidates[0]!;
  for (const candidate of candidates.slice(1)) {
    const distance = candidate.minus(raw).abs();
    const bestDistance = best.minus(raw).abs();
    if (distance.lessThan(bestDistance) || (distance.equals(bestDistance) && candidate.greaterThan(best))) {
      best = candidate;
    }
  }
  return best;
}
