import { formatCount, languageOf, NBSP } from '../checkout/domain/locale-text.js';

/**
 * The words of wishlists in the viewer's language: English for en-US (and any locale that is not
 * French), Canadian French for fr-CA. English is exactly what the API has always said. Pure.
 */

export type WishlistRefusal =
  | 'NO_SUCH_LIST'
  | 'NO_SUCH_ITEM'
  | 'NAME_TAKEN'
  | 'QUANTITY_RANGE'
  | 'NO_SUCH_SKU'
  | 'NOTHING_TO_ADD'
  | 'INVALID_ITEM_ID'
  | 'NAME_MISSING'
  | 'NAME_TOO_LONG'
  | 'CHOOSE_ACCOUNT';

const REFUSALS: Record<WishlistRefusal, { en: string; fr: string }> = {
  NO_SUCH_LIST: {
    en: 'There is no such list for this account.',
    fr: 'Cette liste n’existe pas pour ce compte.',
  },
  NO_SUCH_ITEM: {
    en: 'There is no such item on this list.',
    fr: 'Cet article ne figure pas sur cette liste.',
  },
  NAME_TAKEN: { en: 'There is already a list with that name.', fr: 'Une liste porte déjà ce nom.' },
  QUANTITY_RANGE: {
    en: 'The quantity must be a whole number from 1 to 1,000,000.',
    fr: `La quantité doit être un nombre entier de 1 à 1${NBSP}000${NBSP}000.`,
  },
  NO_SUCH_SKU: { en: 'There is no product with that SKU.', fr: 'Aucun produit ne porte cette UGS.' },
  NOTHING_TO_ADD: {
    en: 'There is nothing on this list to add.',
    fr: 'Il n’y a rien à ajouter sur cette liste.',
  },
  INVALID_ITEM_ID: { en: 'An item ID is not valid.', fr: 'Un identifiant d’article n’est pas valide.' },
  NAME_MISSING: { en: 'Give the list a name.', fr: 'Donnez un nom à la liste.' },
  NAME_TOO_LONG: {
    en: 'A list name is up to 100 characters.',
    fr: 'Le nom d’une liste compte au plus 100 caractères.',
  },
  CHOOSE_ACCOUNT: { en: 'Choose an account first.', fr: 'Choisissez d’abord un compte.' },
};

/** A refused wishlist change, for a person. */
export function wishlistRefusal(refusal: WishlistRefusal, locale: string): string {
  return REFUSALS[refusal][languageOf(locale)];
}

/** Too many of something: lists in an account, products on a list, item ids in one request. */
export function wishlistLimit(what: 'LISTS' | 'ITEMS' | 'ITEM_IDS', max: number, locale: string): string {
  if (languageOf(locale) === 'fr') {
    const n = formatCount('fr', max);
    switch (what) {
      case 'LISTS':
        return `Un compte garde au plus ${n} listes.`;
      case 'ITEMS':
        return `Une liste contient au plus ${n} produits.`;
      case 'ITEM_IDS':
        return `Envoyez au plus ${n} identifiants d’articles.`;
    }
  }
  switch (what) {
    case 'LISTS':
      return `An account keeps at most ${max} lists.`;
    case 'ITEMS':
      return `A list holds at most ${max} products.`;
    case 'ITEM_IDS':
      return `Send at most ${max} item ids.`;
  }
}
