import type { Decimal } from '../../../platform/money.js';
import { colon, formatCount, formatDate, formatPercent, languageOf, NBSP, quoted } from './locale-text.js';

/**
 * The words of the cart and quick order in the viewer's language: English for en-US (and any locale
 * that is not French), Canadian French for fr-CA. Each function takes the facts and a locale and
 * returns the sentence; English is exactly what the API has always said. Pure. (Checkout and its
 * notifications: checkout-messages.ts.)
 */

const fr = (locale: string) => languageOf(locale) === 'fr';

// ---- Cart lines ----------------------------------------------------------------------------------

export type CartLineProblemKind =
  'NO_LONGER_AVAILABLE' | 'NOT_AVAILABLE_TO_ORDER' | 'PRICE_ON_REQUEST' | 'NO_PRICE' | 'INVALID_QUANTITY';

/** Why a line of the cart cannot be ordered as it is (quantity rules: see the catalog's words). */
export function cartLineProblem(kind: CartLineProblemKind, locale: string, currency = ''): string {
  const french = fr(locale);
  switch (kind) {
    case 'NO_LONGER_AVAILABLE':
      return french
        ? `Cet article n’est plus offert à votre compte${NBSP}; retirez-le.`
        : 'This item is no longer available to your account; remove it.';
    case 'NOT_AVAILABLE_TO_ORDER':
      return french ? 'Cet article ne peut pas être commandé.' : 'Not available to order.';
    case 'PRICE_ON_REQUEST':
      return french
        ? `Prix sur demande${NBSP}: demandez une soumission à votre représentant.`
        : 'Price on request: ask your sales rep to quote it.';
    case 'NO_PRICE':
      return french
        ? `Ce produit n’a pas de prix en ${currency}.`
        : `This product has no price in ${currency}.`;
    case 'INVALID_QUANTITY':
      return french
        ? 'La quantité doit être un nombre entier d’au moins 1.'
        : 'Quantity must be a whole number of at least 1.';
  }
}

/**
 * A pricing engine refusal (NO_PRICE, INVALID_QUANTITY), worded by its code at the boundary: English is
 * the engine's own message, French is ours.
 */
export function pricingRefusal(
  code: 'NO_PRICE' | 'INVALID_QUANTITY',
  engineMessage: string,
  currency: string,
  locale: string,
): string {
  return fr(locale) ? cartLineProblem(code, locale, currency) : engineMessage;
}

/** The name shown for a line whose product the account may no longer see. */
export function unavailableLineName(locale: string): string {
  return fr(locale) ? 'Article plus offert' : 'No longer available';
}

/** A quantity rule broken by adding to what is already in the cart: "… (4 already in the cart)". */
export function alreadyInCart(ruleMessage: string, quantityInCart: number, locale: string): string {
  return fr(locale)
    ? `${ruleMessage} (${formatCount('fr', quantityInCart)} déjà dans le panier)`
    : `${ruleMessage} (${quantityInCart} already in the cart)`;
}

/** A quantity rule broken by one part of a split: "A part of 3: …". */
export function splitPartProblem(quantity: number, ruleMessage: string, locale: string): string {
  return fr(locale)
    ? `Une partie de ${formatCount('fr', quantity)}${NBSP}: ${ruleMessage}`
    : `A part of ${quantity}: ${ruleMessage}`;
}

// ---- Blockers ------------------------------------------------------------------------------------

export function cartEmpty(locale: string): string {
  return fr(locale) ? 'Le panier est vide.' : 'The cart is empty.';
}

/** A line's problem as a blocker of the whole cart: "SKU-1: …". */
export function lineBlocker(sku: string, problem: string, locale: string): string {
  const language = languageOf(locale);
  return `${sku || (language === 'fr' ? 'Un article' : 'An item')}${colon(language)}${problem}`;
}

export function cartAlreadyOrdered(locale: string): string {
  return fr(locale) ? 'Ce panier a déjà été commandé.' : 'This cart has already been ordered.';
}

export function noSuchCart(locale: string): string {
  return fr(locale) ? 'Ce panier n’existe pas pour ce compte.' : 'There is no such cart for this account.';
}

export function cartChangedMeanwhile(locale: string): string {
  return fr(locale)
    ? 'Ce panier a été modifié entre-temps (peut-être par votre représentant). Le voici tel qu’il est maintenant.'
    : 'This cart was changed meanwhile (perhaps by your sales rep). Here it is as it is now.';
}

// ---- Delivery groups -----------------------------------------------------------------------------

export type ShippingMethodName = 'STANDARD' | 'EXPRESS' | 'FREIGHT';

export type DeliveryProblemFact =
  | { kind: 'UNASSIGNED_LINES'; count: number }
  | { kind: 'NO_ADDRESS'; group: number }
  | { kind: 'FOREIGN_ADDRESS'; group: number }
  | { kind: 'NO_DATE'; group: number }
  | { kind: 'INVALID_DATE'; group: number }
  | { kind: 'WEEKEND'; group: number }
  | { kind: 'TOO_EARLY'; group: number; method: ShippingMethodName; earliest: string }
  | { kind: 'EMPTY_GROUP'; group: number };

const FRENCH_METHOD: Record<ShippingMethodName, string> = {
  STANDARD: 'en livraison standard',
  EXPRESS: 'en livraison express',
  FREIGHT: 'par fret',
};

/** What keeps a delivery group (numbered from 1 as the cart shows them) from being placed. */
export function deliveryProblem(fact: DeliveryProblemFact, locale: string): string {
  const language = languageOf(locale);
  if (language === 'fr') return frenchDeliveryProblem(fact);
  if (fact.kind === 'UNASSIGNED_LINES')
    return `${fact.count} line${fact.count === 1 ? ' is' : 's are'} not in a delivery group yet.`;
  const label = `Delivery ${fact.group}`;
  switch (fact.kind) {
    case 'NO_ADDRESS':
      return `${label}: choose where it ships.`;
    case 'FOREIGN_ADDRESS':
      return `${label}: that address is not one of the account’s.`;
    case 'NO_DATE':
      return `${label}: choose a delivery date.`;
    case 'INVALID_DATE':
      return `${label}: the date is not valid.`;
    case 'WEEKEND':
      return `${label}: deliveries are made Monday to Friday.`;
    case 'TOO_EARLY':
      return `${label}: ${fact.method.toLowerCase()} shipping arrives on ${fact.earliest} at the earliest.`;
    case 'EMPTY_GROUP':
      return `${label} has no lines; remove it or move lines to it.`;
  }
}

function frenchDeliveryProblem(fact: DeliveryProblemFact): string {
  if (fact.kind === 'UNASSIGNED_LINES') {
    const n = formatCount('fr', fact.count);
    return fact.count === 1
      ? `${n} ligne n’est encore dans aucun groupe de livraison.`
      : `${n} lignes ne sont encore dans aucun groupe de livraison.`;
  }
  const label = `Livraison ${formatCount('fr', fact.group)}${NBSP}: `;
  switch (fact.kind) {
    case 'NO_ADDRESS':
      return `${label}choisissez l’adresse de livraison.`;
    case 'FOREIGN_ADDRESS':
      return `${label}cette adresse n’appartient pas au compte.`;
    case 'NO_DATE':
      return `${label}choisissez une date de livraison.`;
    case 'INVALID_DATE':
      return `${label}la date n’est pas valide.`;
    case 'WEEKEND':
      return `${label}les livraisons se font du lundi au vendredi.`;
    case 'TOO_EARLY':
      return `${label}${FRENCH_METHOD[fact.method]}, elle arrive au plus tôt le ${formatDate('fr', fact.earliest)}.`;
    case 'EMPTY_GROUP':
      return `La livraison ${formatCount('fr', fact.group)} n’a aucune ligne${NBSP}; supprimez-la ou déplacez-y des lignes.`;
  }
}

export type SplitProblemFact =
  { kind: 'NO_PARTS' } | { kind: 'PART_NOT_WHOLE' } | { kind: 'WRONG_SUM'; sum: number; quantity: number };

/** Why a split of a line's quantity into parts is refused. */
export function splitProblem(fact: SplitProblemFact, locale: string): string {
  const french = fr(locale);
  switch (fact.kind) {
    case 'NO_PARTS':
      return french ? 'Indiquez au moins une partie.' : 'Give at least one part.';
    case 'PART_NOT_WHOLE':
      return french
        ? 'Chaque partie doit être un nombre entier d’au moins 1.'
        : 'Each part must be a whole number of at least 1.';
    case 'WRONG_SUM':
      return french
        ? `La somme des parties est de ${formatCount('fr', fact.sum)}, et non de ${formatCount('fr', fact.quantity)}.`
        : `The parts add up to ${fact.sum}, not ${fact.quantity}.`;
  }
}

// ---- Cart changes (refusals of an input) ----------------------------------------------------------

export type CartRefusal =
  | 'CHOOSE_ACCOUNT'
  | 'NO_LINES_SENT'
  | 'EMPTY_SKU'
  | 'QUANTITY_RANGE'
  | 'GROUP_NOT_IN_CART'
  | 'SOME_GROUP_NOT_IN_CART'
  | 'LINE_NOT_IN_CART'
  | 'MERGED_QUANTITY_TOO_LARGE'
  | 'INVALID_LINE_ID'
  | 'PARTS_SAME_GROUP'
  | 'FOREIGN_ADDRESS'
  | 'INVALID_DATE'
  | 'WEEKEND'
  | 'DATE_TOO_FAR'
  | 'TOO_MANY_GROUPS'
  | 'LAST_GROUP'
  | 'COUPON_FORMAT'
  | 'SELLER_ONLY_APPLY_OFFER'
  | 'SELLER_ONLY_REMOVE_OFFER'
  | 'NO_SUCH_CATEGORY'
  | 'OFFER_NOT_IN_CART'
  | 'CART_NAME'
  | 'OWNER_ONLY_SAVE'
  | 'OWNER_ONLY_ACTIVATE'
  | 'PASTE_SOMETHING'
  | 'CSV_BODY'
  | 'CSV_NO_LINES';

const CART_REFUSALS: Record<CartRefusal, { en: string; fr: string }> = {
  CHOOSE_ACCOUNT: {
    en: 'Choose an account to shop for first.',
    fr: 'Choisissez d’abord le compte pour lequel vous magasinez.',
  },
  NO_LINES_SENT: { en: 'Send at least one line.', fr: 'Envoyez au moins une ligne.' },
  EMPTY_SKU: { en: 'The SKU is empty.', fr: 'L’UGS est vide.' },
  QUANTITY_RANGE: {
    en: 'The quantity must be a whole number from 1 to 1,000,000.',
    fr: `La quantité doit être un nombre entier de 1 à 1${NBSP}000${NBSP}000.`,
  },
  GROUP_NOT_IN_CART: {
    en: 'That delivery group is not in this cart.',
    fr: 'Ce groupe de livraison n’est pas dans ce panier.',
  },
  SOME_GROUP_NOT_IN_CART: {
    en: 'A delivery group is not in this cart.',
    fr: 'Un des groupes de livraison n’est pas dans ce panier.',
  },
  LINE_NOT_IN_CART: { en: 'That line is not in this cart.', fr: 'Cette ligne n’est pas dans ce panier.' },
  MERGED_QUANTITY_TOO_LARGE: {
    en: 'Together with the line already there, the quantity would pass 1,000,000.',
    fr: `Avec la ligne qui s’y trouve déjà, la quantité dépasserait 1${NBSP}000${NBSP}000.`,
  },
  INVALID_LINE_ID: { en: 'A line ID is not valid.', fr: 'Un identifiant de ligne n’est pas valide.' },
  PARTS_SAME_GROUP: {
    en: 'Each part goes to a different delivery group.',
    fr: 'Chaque partie va dans un groupe de livraison différent.',
  },
  FOREIGN_ADDRESS: {
    en: 'That address is not one of the account’s.',
    fr: 'Cette adresse n’appartient pas au compte.',
  },
  INVALID_DATE: { en: 'The date is not valid.', fr: 'La date n’est pas valide.' },
  WEEKEND: {
    en: 'Deliveries are made Monday to Friday.',
    fr: 'Les livraisons se font du lundi au vendredi.',
  },
  DATE_TOO_FAR: { en: 'The date is too far away.', fr: 'La date est trop éloignée.' },
  TOO_MANY_GROUPS: {
    en: 'A cart ships to at most 50 delivery groups.',
    fr: 'Un panier compte au plus 50 groupes de livraison.',
  },
  LAST_GROUP: {
    en: 'A cart keeps at least one delivery group.',
    fr: 'Un panier garde au moins un groupe de livraison.',
  },
  COUPON_FORMAT: {
    en: 'Coupon codes are 3–30 letters, digits, dashes or underscores; at most 10.',
    fr: `Les codes promotionnels comptent de 3 à 30 lettres, chiffres, tirets ou traits de soulignement${NBSP}; 10 au plus.`,
  },
  SELLER_ONLY_APPLY_OFFER: {
    en: 'Only the seller’s people may apply offers.',
    fr: 'Seul le personnel du vendeur peut appliquer des offres.',
  },
  SELLER_ONLY_REMOVE_OFFER: {
    en: 'Only the seller’s people may remove offers.',
    fr: 'Seul le personnel du vendeur peut retirer des offres.',
  },
  NO_SUCH_CATEGORY: {
    en: 'There is no such category on this site.',
    fr: 'Cette catégorie n’existe pas sur ce site.',
  },
  OFFER_NOT_IN_CART: { en: 'That offer is not on this cart.', fr: 'Cette offre n’est pas sur ce panier.' },
  CART_NAME: {
    en: 'Give the cart a name of up to 100 characters.',
    fr: 'Donnez au panier un nom d’au plus 100 caractères.',
  },
  OWNER_ONLY_SAVE: {
    en: 'Only the cart’s owner may save it.',
    fr: 'Seul le propriétaire du panier peut l’enregistrer.',
  },
  OWNER_ONLY_ACTIVATE: {
    en: 'Only the cart’s owner may make it active.',
    fr: 'Seul le propriétaire du panier peut en faire le panier actif.',
  },
  PASTE_SOMETHING: {
    en: 'Paste at least one line of "SKU, quantity".',
    fr: `Collez au moins une ligne ${quoted('UGS, quantité')}.`,
  },
  CSV_BODY: {
    en: 'Send the CSV file as the request body with Content-Type: text/csv.',
    fr: `Envoyez le fichier CSV comme corps de la requête, avec Content-Type${NBSP}: text/csv.`,
  },
  CSV_NO_LINES: {
    en: 'The file has no "SKU, quantity" lines.',
    fr: `Le fichier ne contient aucune ligne ${quoted('UGS, quantité')}.`,
  },
};

/** A refused cart change or quick order, for a person. */
export function cartRefusal(refusal: CartRefusal, locale: string): string {
  return CART_REFUSALS[refusal][languageOf(locale)];
}

export function noProductWithSku(sku: string, locale: string): string {
  return fr(locale) ? `Aucun produit ne porte l’UGS ${sku}.` : `No product with SKU ${sku}.`;
}

export function tooManyLinesSent(max: number, locale: string): string {
  return fr(locale)
    ? `Envoyez au plus ${formatCount('fr', max)} lignes à la fois.`
    : `Send at most ${max} lines at once.`;
}

export function cartLineLimit(max: number, locale: string): string {
  return fr(locale)
    ? `Un panier contient au plus ${formatCount('fr', max)} lignes.`
    : `A cart holds at most ${max} lines.`;
}

export function quickOrderTruncated(max: number, locale: string): string {
  return fr(locale)
    ? `Seules les ${formatCount('fr', max)} premières lignes ont été lues${NBSP}; divisez le fichier pour ajouter le reste.`
    : `Only the first ${max} lines were read; split the file to add the rest.`;
}

/** A product added beyond the stock on hand. */
export function backordered(sku: string, expected: string | null, locale: string): string {
  if (fr(locale)) {
    return expected
      ? `${sku} est en rupture de stock${NBSP}; arrivée prévue le ${formatDate('fr', expected)}.`
      : `${sku} est en rupture de stock${NBSP}; pas encore de date d’arrivée.`;
  }
  return expected ? `${sku} is backordered; expected ${expected}.` : `${sku} is backordered; no date yet.`;
}

export function earliestDeliveryIs(earliest: string, locale: string): string {
  return fr(locale)
    ? `Avec ce mode d’expédition, la livraison la plus hâtive est le ${formatDate('fr', earliest)}.`
    : `With this shipping method the earliest delivery is ${earliest}.`;
}

/** The name a replaced active cart is saved under, before its date: "Cart of 2026-11-25 14:30". */
export function savedCartNamePrefix(locale: string): string {
  return fr(locale) ? 'Panier du ' : 'Cart of ';
}

// ---- Quick order text ----------------------------------------------------------------------------

export type QuickOrderProblemFact =
  { kind: 'UNREADABLE' } | { kind: 'NOT_A_QUANTITY'; text: string } | { kind: 'NO_QUANTITY' };

/** Why a pasted or uploaded "SKU, quantity" line could not be read. */
export function quickOrderProblem(fact: QuickOrderProblemFact, locale: string): string {
  const french = fr(locale);
  switch (fact.kind) {
    case 'UNREADABLE':
      return french ? 'Écrivez l’UGS, puis la quantité.' : 'Write the SKU, then the quantity.';
    case 'NOT_A_QUANTITY':
      return french
        ? `${quoted(fact.text)} n’est pas une quantité (un nombre entier à partir de 1).`
        : `“${fact.text}” is not a quantity (a whole number from 1).`;
    case 'NO_QUANTITY':
      return french ? 'La quantité est manquante.' : 'The quantity is missing.';
  }
}

// ---- Offers ----------------------------------------------------------------------------------------

/** An offer as the buyer sees it: "Net 45 payment terms", "30% off Espresso machines". */
export function offerDescription(
  offer: { kind: 'TERMS'; termsDays: number | null } | { kind: 'CATEGORY_DISCOUNT'; percent: Decimal },
  categoryName: string,
  locale: string,
): string {
  const language = languageOf(locale);
  if (offer.kind === 'TERMS') {
    return language === 'fr'
      ? `Paiement net ${offer.termsDays ?? ''} jours`
      : `Net ${offer.termsDays} payment terms`;
  }
  return language === 'fr'
    ? `${formatPercent(language, offer.percent)} de rabais sur ${categoryName}`
    : `${offer.percent.toString()}% off ${categoryName}`;
}

/** The name of the promotion a category discount becomes in the price steps. */
export function offerPromotionName(
  appliedBy: string,
  percent: Decimal,
  categoryName: string,
  locale: string,
): string {
  const language = languageOf(locale);
  return language === 'fr'
    ? `Offre de ${appliedBy}${colon(language)}${formatPercent(language, percent)} de rabais sur ${categoryName}`
    : `Offer from ${appliedBy}: ${percent.toString()}% off ${categoryName}`;
}

/** Stands in for a category that is no longer there. */
export function someCategory(locale: string): string {
  return fr(locale) ? 'une catégorie' : 'a category';
}

export type OfferProblemFact =
  | { kind: 'ROLE_MAY_NOT' }
  | { kind: 'REASON_TOO_SHORT' }
  | { kind: 'REASON_TOO_LONG' }
  | { kind: 'DAYS_NOT_WHOLE' }
  | { kind: 'DAYS_ABOVE_LIMIT'; max: number }
  | { kind: 'PERCENT_FORMAT' }
  | { kind: 'PERCENT_ABOVE_LIMIT'; max: Decimal };

/** Why a seller-side user's offer is refused. */
export function offerProblem(fact: OfferProblemFact, locale: string): string {
  const language = languageOf(locale);
  const french = language === 'fr';
  switch (fact.kind) {
    case 'ROLE_MAY_NOT':
      return french ? 'Votre rôle ne permet pas d’appliquer des offres.' : 'Your role may not apply offers.';
    case 'REASON_TOO_SHORT':
      return french
        ? 'Indiquez pourquoi l’offre est faite (au moins 3 caractères).'
        : 'Say why the offer is made (at least 3 characters).';
    case 'REASON_TOO_LONG':
      return french ? 'La raison est limitée à 500 caractères.' : 'The reason is limited to 500 characters.';
    case 'DAYS_NOT_WHOLE':
      return french ? 'Les modalités sont un nombre entier de jours.' : 'Terms are a whole number of days.';
    case 'DAYS_ABOVE_LIMIT':
      return french
        ? `Votre rôle permet de prolonger les modalités jusqu’à ${formatCount('fr', fact.max)} jours au plus.`
        : `Your role may extend terms to at most ${fact.max} days.`;
    case 'PERCENT_FORMAT':
      return french
        ? 'Le rabais est un pourcentage supérieur à 0, p. ex. 30 ou 12,5.'
        : 'The discount is a percentage above 0, e.g. 30 or 12.5.';
    case 'PERCENT_ABOVE_LIMIT':
      return french
        ? `Votre rôle permet d’accorder au plus ${formatPercent(language, fact.max)} de rabais sur une catégorie.`
        : `Your role may give at most ${fact.max.toString()}% off a category.`;
  }
}
