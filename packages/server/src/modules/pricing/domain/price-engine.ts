import { Decimal, roundToCurrency } from '../../../platform/money.js';
import type { DerivedPriceDetail } from './derived-price.js';
import { findTier, nextTier, type Tier } from './tiers.js';

/**
 * The pricing engine: pure and deterministic. For each line it goes list → price book or contract →
 * volume tier → promotions, and records every step with the record behind it and what it did (as data,
 * `StepDetail`, which explain-text.ts words in the viewer's language), so the portal can show how a price
 * was reached. Money is Decimal throughout; rounding to the currency happens at two named points only:
 * the unit price after each step that changes it (UNIT) and the line total (LINE).
 */

export type PriceStrategy = 'LOWEST' | 'PRIORITY';

/** A base unit price from the site's list book, a buyer-group book or an account contract. */
export interface PriceCandidate {
  kind: 'LIST' | 'BOOK' | 'CONTRACT';
  recordId: string;
  label: string;
  /** Lower wins under the PRIORITY strategy. */
  priority: number;
  unitPrice: Decimal;
  /** Contract validity: from inclusive, to exclusive; null for open. */
  validFrom?: Date | null;
  validTo?: Date | null;
  /** How this price came about when it is not a plain entry (a derived book's source, rate and rounding). */
  detail?: DerivedPriceDetail | null;
}

export type TierAdjustment =
  | { kind: 'AMOUNT_OFF'; amount: Decimal }
  | { kind: 'PERCENT_OFF'; percent: Decimal }
  | { kind: 'OVERRIDE'; unitPrice: Decimal };

/** Volume tiers over quantity. SLAB: the whole quantity at the tier it reaches. RANGE: each unit at the tier of its position. */
export interface VolumeTierTable {
  recordId: string;
  label: string;
  mode: 'SLAB' | 'RANGE';
  tiers: Tier<TierAdjustment>[];
}

export interface Promotion {
  id: string;
  name: string;
  /** The promotion targets these products, or any product in these categories. */
  productIds: string[];
  categoryIds: string[];
  discount:
    { kind: 'PERCENT'; percent: Decimal } | { kind: 'AMOUNT'; amountPerUnit: Record<string, Decimal> };
  minQuantity?: number | null;
  /** Order subtotal (after tiers, before promotions) needed, per currency. */
  minOrderAmount?: Record<string, Decimal> | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  /** Empty: every buyer group. */
  buyerGroupIds: string[];
  couponCode?: string | null;
  /** EXCLUSIVE never combines with another promotion on the same line; STACKABLE ones apply one after another. */
  stacking: 'EXCLUSIVE' | 'STACKABLE';
  /** Order in which stackable promotions apply (lower first). */
  priority: number;
}

export interface LineInput {
  lineId: string;
  productId: string;
  /** The product's category and all its ancestors. */
  categoryIds: string[];
  quantity: number;
  candidates: PriceCandidate[];
  tierTable?: VolumeTierTable | null;
}

export interface PricingContext {
  currency: string;
  at: Date;
  strategy: PriceStrategy;
  buyerGroupIds: string[];
  couponCodes: string[];
  promotions: Promotion[];
}

/**
 * What a step did, as data rather than words, so the explanation can be written in the viewer's language
 * (explain-text.ts). SLAB bounds are quantities, `to` inclusive (null: and above); RANGE parts are the
 * runs of units priced alike, in order.
 */
export type StepDetail =
  | { kind: 'LIST' }
  | { kind: 'BOOK' }
  | { kind: 'CONTRACT' }
  | DerivedPriceDetail
  | { kind: 'SLAB'; from: number; to: number | null; adjustment: TierAdjustment }
  | { kind: 'RANGE'; parts: Array<{ units: number; unitPrice: Decimal }> }
  | { kind: 'PROMOTION'; exclusive: boolean };

export interface PriceStep {
  kind: 'LIST' | 'BOOK' | 'CONTRACT' | 'TIER' | 'PROMOTION';
  recordId: string;
  label: string;
  /** Unit price after this step, rounded to the currency. */
  unitPrice: Decimal;
  detail: StepDetail;
}

export type PricedLine =
  | {
      lineId: string;
      ok: true;
      quantity: number;
      listUnitPrice: Decimal;
      unitPrice: Decimal;
      lineTotal: Decimal;
      /** What the buyer saves against the list price, for the whole line. */
      savings: Decimal;
      steps: PriceStep[];
    }
  | { lineId: string; ok: false; code: 'NO_PRICE' | 'INVALID_QUANTITY'; message: string };

export interface PricedOrder {
  lines: PricedLine[];
  /** Sum of priced line totals. */
  subtotal: Decimal;
  savings: Decimal;
}

const ZERO = new Decimal(0);

/** Prices every line of an order; a line that cannot be priced says why and never fails the others. */
export function priceOrder(lines: readonly LineInput[], context: PricingContext): PricedOrder {
  const beforePromotions = lines.map((line) => priceBeforePromotions(line, context));
  // The exact totals: a range-priced line's rounded average unit price times its quantity can differ.
  const orderAmount = beforePromotions.reduce(
    (sum, line) => (line.ok ? sum.plus(line.lineTotalBeforePromotions) : sum),
    ZERO,
  );
  const priced = beforePromotions.map((line, i): PricedLine => {
    if (!line.ok) return line;
    const steps = [...line.steps];
    const promoted = applyPromotions(lines[i], line.unitPrice, orderAmount, context);
    steps.push(...promoted.steps);
    const unitPrice = promoted.unitPrice;
    // A promotion prices the unit; without one, the line keeps its exact (range-priced) total.
    const lineTotal = roundToCurrency(
      promoted.steps.length ? unitPrice.times(line.quantity) : line.lineTotalBeforePromotions,
      context.currency,
    );
    return {
      lineId: line.lineId,
      ok: true,
      quantity: line.quantity,
      listUnitPrice: line.listUnitPrice,
      unitPrice,
      lineTotal,
      savings: roundToCurrency(line.listUnitPrice.times(line.quantity), context.currency).minus(lineTotal),
      steps,
    };
  });
  const subtotal = priced.reduce((sum, line) => (line.ok ? sum.plus(line.lineTotal) : sum), ZERO);
  const savings = priced.reduce((sum, line) => (line.ok ? sum.plus(line.savings) : sum), ZERO);
  return { lines: priced, subtotal, savings };
}

type BeforePromotions =
  | {
      lineId: string;
      ok: true;
      quantity: number;
      listUnitPrice: Decimal;
      unitPrice: Decimal;
      lineTotalBeforePromotions: Decimal;
      steps: PriceStep[];
    }
  | { lineId: string; ok: false; code: 'NO_PRICE' | 'INVALID_QUANTITY'; message: string };

function priceBeforePromotions(line: LineInput, context: PricingContext): BeforePromotions {
  const { currency } = context;
  if (!Number.isInteger(line.quantity) || line.quantity < 1) {
    return {
      lineId: line.lineId,
      ok: false,
      code: 'INVALID_QUANTITY',
      message: 'Quantity must be a whole number of at least 1.',
    };
  }
  const list = line.candidates.find((c) => c.kind === 'LIST') ?? null;
  const usable = line.candidates.filter((c) => isValidAt(c, context.at));
  const base = chooseBase(usable, context.strategy);
  if (!base) {
    return {
      lineId: line.lineId,
      ok: false,
      code: 'NO_PRICE',
      message: `This product has no price in ${currency}.`,
    };
  }
  const steps: PriceStep[] = [];
  const listUnitPrice = roundToCurrency((list ?? base).unitPrice, currency);
  if (list)
    steps.push({
      kind: 'LIST',
      recordId: list.recordId,
      label: list.label,
      unitPrice: listUnitPrice,
      detail: list.detail ?? { kind: 'LIST' },
    });
  let unitPrice = roundToCurrency(base.unitPrice, currency);
  if (base !== list) {
    steps.push({
      kind: base.kind,
      recordId: base.recordId,
      label: base.label,
      unitPrice,
      detail: base.detail ?? { kind: base.kind },
    });
  }

  let lineTotal = unitPrice.times(line.quantity);
  const table = line.tierTable;
  if (table && table.tiers.length > 0) {
    if (table.mode === 'SLAB') {
      const tier = findTier(table.tiers, new Decimal(line.quantity));
      if (tier) {
        unitPrice = roundToCurrency(adjust(unitPrice, tier.value), currency);
        lineTotal = unitPrice.times(line.quantity);
        steps.push({
          kind: 'TIER',
          recordId: table.recordId,
          label: table.label,
          unitPrice,
          detail: {
            kind: 'SLAB',
            from: tier.lowerBound.ceil().toNumber(),
            to: tier.upperBound ? tier.upperBound.ceil().toNumber() - 1 : null,
            adjustment: tier.value,
          },
        });
      }
    } else {
      let total = ZERO;
      const parts: Array<{ units: number; unitPrice: Decimal }> = [];
      for (let position = 1; position <= line.quantity;) {
        const measure = new Decimal(position);
        const tier = findTier(table.tiers, measure);
        // Units in no tier (below the first, or in a gap) pay the base price up to the next tier only.
        const limit = tier ? tier.upperBound : (nextTier(table.tiers, measure)?.tier.lowerBound ?? null);
        // The last whole quantity below the limit (upper bounds are exclusive).
        const end = limit ? Math.min(line.quantity, limit.ceil().toNumber() - 1) : line.quantity;
        const units = end - position + 1;
        const price = tier ? roundToCurrency(adjust(unitPrice, tier.value), currency) : unitPrice;
        total = total.plus(price.times(units));
        parts.push({ units, unitPrice: price });
        position = end + 1;
      }
      if (!total.equals(lineTotal)) {
        lineTotal = total;
        unitPrice = roundToCurrency(total.dividedBy(line.quantity), currency);
        steps.push({
          kind: 'TIER',
          recordId: table.recordId,
          label: table.label,
          unitPrice,
          detail: { kind: 'RANGE', parts },
        });
      }
    }
  }
  return {
    lineId: line.lineId,
    ok: true,
    quantity: line.quantity,
    listUnitPrice,
    unitPrice,
    lineTotalBeforePromotions: lineTotal,
    steps,
  };
}

/**
 * The base unit price a line would start from (before tiers and promotions): the candidate the strategy
 * picks among those valid at `at`, or null when none prices it.
 */
export function basePrice(
  candidates: readonly PriceCandidate[],
  strategy: PriceStrategy,
  at: Date,
): PriceCandidate | null {
  return chooseBase(
    candidates.filter((c) => isValidAt(c, at)),
    strategy,
  );
}

/** Unit price in each tier of a table, from a base unit price, rounded to the currency. */
export function tierUnitPrices(
  base: Decimal,
  table: VolumeTierTable,
  currency: string,
): Array<{ tier: Tier<TierAdjustment>; unitPrice: Decimal }> {
  const rounded = roundToCurrency(base, currency);
  return table.tiers.map((tier) => ({
    tier,
    unitPrice: roundToCurrency(adjust(rounded, tier.value), currency),
  }));
}

function chooseBase(candidates: PriceCandidate[], strategy: PriceStrategy): PriceCandidate | null {
  if (candidates.length === 0) return null;
  const byPriority = (a: PriceCandidate, b: PriceCandidate) =>
    a.priority - b.priority || a.recordId.localeCompare(b.recordId);
  const sorted = [...candidates].sort(
    strategy === 'LOWEST' ? (a, b) => a.unitPrice.comparedTo(b.unitPrice) || byPriority(a, b) : byPriority,
  );
  return sorted[0];
}

function isValidAt(candidate: PriceCandidate, at: Date): boolean {
  if (candidate.validFrom && at < candidate.validFrom) return false;
  if (candidate.validTo && at >= candidate.validTo) return false;
  return true;
}

function adjust(unitPrice: Decimal, adjustment: TierAdjustment): Decimal {
  switch (adjustment.kind) {
    case 'AMOUNT_OFF':
      return atLeastZero(unitPrice.minus(adjustment.amount));
    case 'PERCENT_OFF':
      return atLeastZero(unitPrice.times(keptShare(adjustment.percent)));
    case 'OVERRIDE':
      return atLeastZero(adjustment.unitPrice);
  }
}

function atLeastZero(value: Decimal): Decimal {
  return value.isNegative() ? ZERO : value;
}

const keptShares = new WeakMap<Decimal, Decimal>();

/** What a percentage off leaves to pay, exactly: 30 → 0.7 (worked out once per tier or promotion). */
function keptShare(percent: Decimal): Decimal {
  let share = keptShares.get(percent);
  if (!share) {
    share = new Decimal(100).minus(percent).dividedBy(100);
    keptShares.set(percent, share);
  }
  return share;
}

function applyPromotions(
  line: LineInput,
  unitPrice: Decimal,
  orderAmount: Decimal,
  context: PricingContext,
): { unitPrice: Decimal; steps: PriceStep[] } {
  const eligible = context.promotions
    .filter((promotion) => qualifies(promotion, line, orderAmount, context))
    .sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  const stackable = eligible.filter((p) => p.stacking === 'STACKABLE');
  const options: Promotion[][] = [
    stackable,
    ...eligible.filter((p) => p.stacking === 'EXCLUSIVE').map((p) => [p]),
  ];
  let best: { unitPrice: Decimal; steps: PriceStep[] } = { unitPrice, steps: [] };
  for (const option of options) {
    if (option.length === 0) continue;
    let price = unitPrice;
    const steps: PriceStep[] = [];
    for (const promotion of option) {
      price = roundToCurrency(discounted(price, promotion, context.currency), context.currency);
      steps.push({
        kind: 'PROMOTION',
        recordId: promotion.id,
        label: promotion.name,
        unitPrice: price,
        detail: { kind: 'PROMOTION', exclusive: promotion.stacking === 'EXCLUSIVE' },
      });
    }
    if (price.lessThan(best.unitPrice)) best = { unitPrice: price, steps };
  }
  return best;
}

function qualifies(
  promotion: Promotion,
  line: LineInput,
  orderAmount: Decimal,
  context: PricingContext,
): boolean {
  if (promotion.startsAt && context.at < promotion.startsAt) return false;
  if (promotion.endsAt && context.at >= promotion.endsAt) return false;
  if (
    promotion.buyerGroupIds.length &&
    !promotion.buyerGroupIds.some((g) => context.buyerGroupIds.includes(g))
  )
    return false;
  if (
    promotion.couponCode &&
    !context.couponCodes.some((c) => c.trim().toUpperCase() === promotion.couponCode!.toUpperCase())
  )
    return false;
  const targeted =
    promotion.productIds.includes(line.productId) ||
    promotion.categoryIds.some((c) => line.categoryIds.includes(c));
  if (!targeted) return false;
  if (promotion.minQuantity && line.quantity < promotion.minQuantity) return false;
  const minimum = promotion.minOrderAmount?.[context.currency];
  if (promotion.minOrderAmount && (!minimum || orderAmount.lessThan(minimum))) return false;
  if (promotion.discount.kind === 'AMOUNT' && !promotion.discount.amountPerUnit[context.currency])
    return false;
  return true;
}

function discounted(unitPrice: Decimal, promotion: Promotion, currency: string): Decimal {
  const discount = promotion.discount;
  if (discount.kind === 'PERCENT') return atLeastZero(unitPrice.times(keptShare(discount.percent)));
  return atLeastZero(unitPrice.minus(discount.amountPerUnit[currency]!));
}
