import { quantityProblemMessage, stepsExampleText } from './purchase-rule-messages.js';

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
  /** Why, in the language asked for (see purchase-rule-messages.ts). */
  message: string;
  /** The nearest allowed quantity, when there is one. */
  suggestion: number | null;
}

export const DEFAULT_RULES: PurchaseRules = { minQuantity: 1, maxQuantity: null, increment: 1 };

/**
 * Why a quantity breaks the rules, or null when it is allowed; the message is in `locale`'s language
 * (English unless French).
 */
export function checkQuantity(
  rules: PurchaseRules,
  quantity: number,
  locale = 'en-US',
): QuantityProblem | null {
  const { minQuantity, maxQuantity, increment } = rules;
  const problem = (code: QuantityProblemCode, suggestion: number | null): QuantityProblem => ({
    code,
    message: quantityProblemMessage(code, rules, locale),
    suggestion,
  });
  if (!Number.isSafeInteger(quantity) || quantity < 1) return problem('NOT_WHOLE', null);
  if (quantity < minQuantity) return problem('BELOW_MINIMUM', minQuantity);
  if (maxQuantity !== null && quantity > maxQuantity) return problem('ABOVE_MAXIMUM', largestAllowed(rules));
  if ((quantity - minQuantity) % increment !== 0) {
    const below = quantity - ((quantity - minQuantity) % increment);
    const above = below + increment;
    return problem('NOT_IN_INCREMENT', maxQuantity !== null && above > maxQuantity ? below : above);
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
  return stepsExampleText(rules, 'en-US');
}

function largestAllowed(rules: PurchaseRules): number | null {
  if (rules.maxQuantity === null) return null;
  const steps = Math.floor((rules.maxQuantity - rules.minQuantity) / rules.increment);
  return steps < 0 ? null : rules.minQuantity + steps * rules.increment;
}
