import { describe, expect, it } from 'vitest';
import {
  noPriceIn,
  notAvailableToYou,
  priceOnRequest,
  tooManyOnOneLine,
  unknownSku,
} from './price-line-messages.js';

describe('price line messages', () => {
  it('keep the English wording', () => {
    expect(unknownSku('AB-1', 'en-US')).toBe('No product with SKU AB-1.');
    expect(unknownSku('', 'en-US')).toBe('The SKU is empty.');
    expect(notAvailableToYou('en-US')).toBe('Not available to you.');
    expect(tooManyOnOneLine(1_000_000, 'en-US')).toBe('Order at most 1,000,000 on one line.');
    expect(priceOnRequest('en-US')).toBe('Price on request: your sales rep will quote it.');
    expect(noPriceIn('CAD', 'en-US')).toBe('This product has no price in CAD.');
  });

  it('read as French for fr-CA, with French typography', () => {
    expect(unknownSku('AB-1', 'fr-CA')).toBe('Aucun produit ne porte l’UGS AB-1.');
    expect(unknownSku('', 'fr-CA')).toBe('L’UGS est vide.');
    expect(notAvailableToYou('fr-CA')).toBe('Ce produit ne vous est pas offert.');
    expect(tooManyOnOneLine(1_000_000, 'fr-CA')).toBe(
      'Commandez au plus 1\u00a0000\u00a0000 unités sur une ligne.',
    );
    expect(priceOnRequest('fr-CA')).toBe(
      'Prix sur demande\u00a0: votre représentant vous fera une soumission.',
    );
    expect(noPriceIn('USD', 'fr-CA')).toBe('Ce produit n’a pas de prix en USD.');
  });
});
