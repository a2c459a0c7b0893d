/**
 * Why a line of a `priceLines` dry run was not priced, in the viewer's language (fr-CA or English). The
 * English wording is the API's long-standing one.
 */

const NBSP = '\u00a0';

function isFrench(locale: string): boolean {
  return locale.toLowerCase().startsWith('fr');
}

export function unknownSku(sku: string, locale: string): string {
  if (!sku) return isFrench(locale) ? 'L’UGS est vide.' : 'The SKU is empty.';
  return isFrench(locale) ? `Aucun produit ne porte l’UGS ${sku}.` : `No product with SKU ${sku}.`;
}

export function notAvailableToYou(locale: string): string {
  return isFrench(locale) ? 'Ce produit ne vous est pas offert.' : 'Not available to you.';
}

export function tooManyOnOneLine(max: number, locale: string): string {
  return isFrench(locale)
    ? `Commandez au plus ${new Intl.NumberFormat('fr-CA').format(max)} unités sur une ligne.`
    : `Order at most ${max.toLocaleString('en-US')} on one line.`;
}

export function priceOnRequest(locale: string): string {
  return isFrench(locale)
    ? `Prix sur demande${NBSP}: votre représentant vous fera une soumission.`
    : 'Price on request: your sales rep will quote it.';
}

export function noPriceIn(currency: string, locale: string): string {
  return isFrench(locale)
    ? `Ce produit n’a pas de prix en ${currency}.`
    : `This product has no price in ${currency}.`;
}
