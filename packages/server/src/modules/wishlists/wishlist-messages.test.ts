import { describe, expect, it } from 'vitest';
import { wishlistLimit, wishlistRefusal } from './wishlist-messages.js';

const NBSP = '\u00a0';

describe('wishlist messages', () => {
  it('keep the English wording and read in French for fr-CA', () => {
    expect(wishlistRefusal('NAME_TAKEN', 'en-US')).toBe('There is already a list with that name.');
    expect(wishlistRefusal('NAME_TAKEN', 'fr-CA')).toBe('Une liste porte déjà ce nom.');
    expect(wishlistRefusal('NO_SUCH_SKU', 'fr-CA')).toBe('Aucun produit ne porte cette UGS.');
    expect(wishlistRefusal('NO_SUCH_ITEM', 'en-US')).toBe('There is no such item on this list.');
    expect(wishlistRefusal('NO_SUCH_ITEM', 'fr-CA')).toBe('Cet article ne figure pas sur cette liste.');
    expect(wishlistLimit('ITEMS', 1000, 'en-US')).toBe('A list holds at most 1000 products.');
    expect(wishlistLimit('ITEMS', 1000, 'fr-CA')).toBe(`Une liste contient au plus 1${NBSP}000 produits.`);
    expect(wishlistLimit('LISTS', 100, 'fr-CA')).toBe('Un compte garde au plus 100 listes.');
  });
});
