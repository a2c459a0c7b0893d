/** The purchase rules of a product line, as the API sends them. */
export interface PurchaseRulesLike {
  minQuantity: number;
  maxQuantity?: number | null;
  increment: number;
}

/** Why a typed quantity cannot be ordered; null when it can. */
export type QuantityProblem =
  | { kind: 'empty' }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number }
  | { kind: 'step'; step: number; examples: number[] };

/** Checks a quantity against the rules: at least the minimum, at most the maximum, in steps from the minimum. */
export function checkQuantity(
  quantity: number | null | undefined,
  rules: PurchaseRulesLike,
): QuantityProblem | null {
  if (quantity == null || !Number.isFinite(quantity)) return { kind: 'empty' };
  if (quantity < rules.minQuantity) return { kind: 'min', min: rules.minQuantity };
  if (rules.maxQuantity != null && quantity > rules.maxQuantity)
    return { kind: 'max', max: rules.maxQuantity };
  const step = Math.max(1, rules.increment);
  if (!Number.isInteger(quantity) || (quantity - rules.minQuantity) % step !== 0) {
    return { kind: 'step', step, examples: stepExamples(rules) };
  }
  return null;
}

/** The first three allowed quantities, e.g. 2, 4, 6 (fewer when the maximum comes first). */
export function stepExamples(rules: PurchaseRulesLike): number[] {
  const step = Math.max(1, rules.increment);
  const out: number[] = [];
  for (let q = rules.minQuantity; out.length < 3; q += step) {
    if (rules.maxQuantity != null && q > rules.maxQuantity) break;
    out.push(q);
  }
  return out;
}

/** The smallest quantity that may be ordered (the starting value of the quantity input). */
export function firstAllowedQuantity(rules: PurchaseRulesLike): number {
  return Math.max(1, rules.minQuantity);
}
