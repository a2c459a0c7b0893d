/** How much of a product may go on one order line. Pure: plain data in, plain data out. */
export interface PurchaseRules {
  minQuantity: number;
  /** Null: no maximum. */
  maxQuantity: number | null;
  /** Quantities go up in steps of this many from the minimum. */
  increment: number;
}

export type QuantityProblemCode = 'NOT_WHOLE' | 'BELOW_MINIMUM' | 'ABOVE_MAXIMUM' | 'NOT_IN_INCREMENT';

export interface QuantityProblem {
  code: QuantityProblemCode;
  message: string;
  /** The nearest allowed quantity, when there is one. */
  suggestion: number | null;
}

export const DEFAULT_RULES: PurchaseRules = { minQuantity: 1, maxQuantity: null, increment: 1 };

/** Why a quantity breaks the rules, or null when it is allowed. */
export function checkQuantity(rules: PurchaseRules, quantity: number): QuantityProblem | null {
  const { minQuantity, maxQuantity, increment } = rules;
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    return { code: 'NOT_WHOLE', message: 'Quantity must be a whole number of at least 1.', suggestion: null };
  }
  if (quantity < minQuantity) {
    return {
      code: 'BELOW_MINIMUM',
      message: `Order at least ${minQuantity}.`,
      suggestion: minQuantity,
    };
  }
  if (maxQuantity !== null && quantity > maxQuantity) {
    return {
      code: 'ABOVE_MAXIMUM',
      message: `Order at most ${maxQuantity} on one line.`,
      suggestion: largestAllowed(rules),
    };
  }
  if ((quantity - minQuantity) % increment !== 0) {
    const below = quantity - ((quantity - minQuantity) % increment);
    const above = below + increment;
    const suggestion = maxQuantity !== null && above > maxQuantity ? below : above;
    return {
      code: 'NOT_IN_INCREMENT',
      message: `Order in steps of ${increment} (${stepsExample(rules)}).`,
      suggestion,
    };
  }
  return null;
}

/** Problems with a set of rules as a seller would enter them. */
export function validateRules(rules: PurchaseRules): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(rules.minQuantity) || rules.minQuantity < 1) {
    problems.push('The minimum quantity must be a whole number of at least 1.');
  }
  if (!Number.isSafeInteger(rules.increment) || rules.increment < 1) {
    problems.push('The increment must be a whole number of at least 1.');
  }
  if (rules.maxQuantity !== null) {
    if (!Number.isSafeInteger(rules.maxQuantity) || rules.maxQuantity < 1) {
      problems.push('The maximum quantity must be a whole number of at least 1, or empty.');
    } else if (rules.maxQuantity < rules.minQuantity) {
      problems.push('The maximum quantity must not be below the minimum.');
    }
  }
  return problems;
}

/** e.g. "10, 15, 20, …" */
export function stepsExample(rules: PurchaseRules): string {
  const steps = [0, 1, 2]
    .map((i) => rules.minQuantity + i * rules.increment)
    .filter((q) => rules.maxQuantity === null || q <= rules.maxQuantity);
  const more = rules.maxQuantity === null || steps.at(-1)! + rules.increment <= rules.maxQuantity;
  return `${steps.join(', ')}${more ? ', …' : ''}`;
}

function largestAllowed(rules: PurchaseRules): number | null {
  if (rules.maxQuantity === null) return null;
  const steps = Math.floor((rules.maxQuantity - rules.minQuantity) / rules.increment);
  return steps < 0 ? null : rules.minQuantity + steps * rules.increment;
}
