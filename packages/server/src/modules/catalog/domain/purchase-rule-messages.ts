import type { PurchaseRules, QuantityProblemCode } from './purchase-rules.js';

/**
 * The words of a quantity-rule problem in the viewer's language: English for en-US (and any locale that
 * is not French), French for fr-CA. English keeps the wording the API has always had; French writes
 * numbers grouped with non-breaking spaces ("1 000"). Pure.
 */

type Language = 'en' | 'fr';

function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const frenchCount = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 0 });

/** A quantity as the message writes it: "1000" in English (as always), "1 000" in French. */
function count(language: Language, value: number): string {
  return language === 'fr' ? frenchCount.format(value) : String(value);
}

/** The first allowed quantities, e.g. "10, 15, 20, …" ("…" when more follow). */
export function stepsExampleText(rules: PurchaseRules, locale: string): string {
  const language = languageOf(locale);
  const steps = [0, 1, 2]
    .map((i) => rules.minQuantity + i * rules.increment)
    .filter((q) => rules.maxQuantity === null || q <= rules.maxQuantity);
  const more = rules.maxQuantity === null || steps.at(-1)! + rules.increment <= rules.maxQuantity;
  return `${steps.map((q) => count(language, q)).join(', ')}${more ? ', …' : ''}`;
}

/** Why a quantity breaks the product's rules, for a person. */
export function quantityProblemMessage(
  code: QuantityProblemCode,
  rules: PurchaseRules,
  locale: string,
): string {
  const language = languageOf(locale);
  const fr = language === 'fr';
  switch (code) {
    case 'NOT_WHOLE':
      return fr
        ? 'La quantité doit être un nombre entier d’au moins 1.'
        : 'Quantity must be a whole number of at least 1.';
    case 'BELOW_MINIMUM':
      return fr
        ? `Commandez-en au moins ${count(language, rules.minQuantity)}.`
        : `Order at least ${rules.minQuantity}.`;
    case 'ABOVE_MAXIMUM':
      return fr
        ? `Commandez-en au plus ${count(language, rules.maxQuantity ?? 0)} par ligne.`
        : `Order at most ${rules.maxQuantity} on one line.`;
    case 'NOT_IN_INCREMENT':
      return fr
        ? `Commandez par tranches de ${count(language, rules.increment)} (${stepsExampleText(rules, locale)}).`
        : `Order in steps of ${rules.increment} (${stepsExampleText(rules, locale)}).`;
  }
}
