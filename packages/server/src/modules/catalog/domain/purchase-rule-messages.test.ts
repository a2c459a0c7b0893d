import { describe, expect, it } from 'vitest';
import { quantityProblemMessage, stepsExampleText } from './purchase-rule-messages.js';
import { checkQuantity } from './purchase-rules.js';

const NBSP = '\u00a0';
const rules = { minQuantity: 10, maxQuantity: 2000, increment: 5 };

describe('quantity-rule messages', () => {
  it('keep the English wording the API has always had', () => {
    expect(checkQuantity(rules, 0)?.message).toBe('Quantity must be a whole number of at least 1.');
    expect(checkQuantity(rules, 4)?.message).toBe('Order at least 10.');
    expect(checkQuantity(rules, 2500)?.message).toBe('Order at most 2000 on one line.');
    expect(checkQuantity(rules, 12)?.message).toBe('Order in steps of 5 (10, 15, 20, …).');
    expect(checkQuantity(rules, 12, 'en-US')).toEqual(checkQuantity(rules, 12));
  });

  it('read in Canadian French for fr-CA, with numbers grouped by non-breaking spaces', () => {
    expect(checkQuantity(rules, 0, 'fr-CA')).toEqual({
      code: 'NOT_WHOLE',
      message: 'La quantité doit être un nombre entier d’au moins 1.',
      suggestion: null,
    });
    expect(checkQuantity(rules, 4, 'fr-CA')?.message).toBe('Commandez-en au moins 10.');
    expect(checkQuantity(rules, 2500, 'fr-CA')).toEqual({
      code: 'ABOVE_MAXIMUM',
      message: `Commandez-en au plus 2${NBSP}000 par ligne.`,
      suggestion: 2000,
    });
    expect(checkQuantity(rules, 12, 'fr-CA')).toEqual({
      code: 'NOT_IN_INCREMENT',
      message: 'Commandez par tranches de 5 (10, 15, 20, …).',
      suggestion: 15,
    });
    const big = { minQuantity: 1000, maxQuantity: 3000, increment: 1000 };
    expect(quantityProblemMessage('NOT_IN_INCREMENT', big, 'fr-CA')).toBe(
      `Commandez par tranches de 1${NBSP}000 (1${NBSP}000, 2${NBSP}000, 3${NBSP}000).`,
    );
    expect(stepsExampleText(big, 'en-US')).toBe('1000, 2000, 3000');
  });

  it('fall back to English for any other locale; the suggestion never depends on the language', () => {
    expect(checkQuantity(rules, 4, 'de-DE')?.message).toBe('Order at least 10.');
    expect(checkQuantity(rules, 4, 'fr')?.message).toBe('Commandez-en au moins 10.');
    expect(checkQuantity(rules, 13, 'fr-CA')?.suggestion).toBe(checkQuantity(rules, 13)?.suggestion);
  });
});
