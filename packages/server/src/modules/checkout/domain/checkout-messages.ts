import type { Decimal } from '../../../platform/money.js';
import { formatAmount, languageOf, NBSP, semicolon, type Language } from './locale-text.js';

/**
 * The words of checkout in the viewer's language: English for en-US (and any locale that is not
 * French), Canadian French for fr-CA. Payment options, refusals of an order, and the notifications of a
 * placed order (worded per recipient). English is exactly what the API has always said. Pure. (The
 * cart's own words: cart-messages.ts.)
 */

const fr = (locale: string) => languageOf(locale) === 'fr';

// ---- Refusals of an order ---------------------------------------------------------------------------

export function cartNotReady(locale: string): string {
  return fr(locale) ? 'Le panier n’est pas prêt à être commandé.' : 'The cart is not ready to order.';
}

// ---- Payment options and checkout ------------------------------------------------------------------

export type PaymentRefusalFact =
  | { kind: 'NO_CREDIT' }
  | { kind: 'ON_HOLD' }
  | { kind: 'NO_LIMIT' }
  | { kind: 'USED_UP'; left: string }
  | { kind: 'OVER_CREDIT'; total: string; available: string };

/**
 * Why a purchase order on terms is not offered. Amounts come already written (`formatAmount` of the
 * same locale), so the domain decides and this only words.
 */
export function paymentRefusal(fact: PaymentRefusalFact, locale: string): string {
  const language = languageOf(locale);
  const french = language === 'fr';
  const semi = semicolon(language);
  switch (fact.kind) {
    case 'NO_CREDIT':
      return french
        ? `Votre compte n’a pas encore de crédit approuvé${semi}les commandes se paient donc par carte.`
        : 'Your account has no approved credit yet, so orders are paid by card.';
    case 'ON_HOLD':
      return french
        ? `Le crédit de votre compte est suspendu${semi}veuillez payer par carte ou communiquer avec votre représentant.`
        : 'Credit on your account is on hold; please pay by card or contact your sales rep.';
    case 'NO_LIMIT':
      return french
        ? `Aucune limite de crédit n’est fixée pour votre compte${semi}veuillez payer par carte.`
        : 'Your account has no credit limit set; please pay by card.';
    case 'USED_UP':
      return french
        ? `Votre crédit disponible est épuisé (il reste ${fact.left})${semi}veuillez payer par carte.`
        : `Your available credit is used up (${fact.left} left); please pay by card.`;
    case 'OVER_CREDIT':
      return french
        ? `Cette commande (${fact.total}) dépasse votre crédit disponible (${fact.available})${semi}payez par carte ou divisez la commande.`
        : `This order (${fact.total}) is more than your available credit (${fact.available}); pay by card or split the order.`;
  }
}

/** An amount as the checkout messages write it in `locale` ("1234.50 USD", "1 234,50 $ US"). */
export function amountText(value: string | Decimal, currency: string, locale: string): string {
  return formatAmount(languageOf(locale), value, currency);
}

export function priceChanged(
  total: { amount: string; currency: string },
  previousAmount: string,
  locale: string,
): string {
  const language: Language = languageOf(locale);
  if (language === 'fr') {
    return `Les prix ont changé depuis que vous avez ouvert le panier${NBSP}: le total est maintenant de ${formatAmount(language, total.amount, total.currency)} (il était de ${formatAmount(language, previousAmount, total.currency)}). Vérifiez-le avant de passer la commande.`;
  }
  return `Prices changed since you opened the cart: the total is now ${total.amount} ${total.currency} (was ${previousAmount}). Please review it before placing the order.`;
}

export type PlaceOrderInputProblem =
  | 'IDEMPOTENCY_KEY'
  | 'EXPECTED_TOTAL'
  | 'PO_NUMBER_LENGTH'
  | 'PO_TAKES_NO_CARD'
  | 'CARD_MISSING'
  | 'NOTE_LENGTH';

const PLACE_ORDER_PROBLEMS: Record<PlaceOrderInputProblem, { en: string; fr: string }> = {
  IDEMPOTENCY_KEY: {
    en: 'The idempotency key is 8–100 letters, digits, dashes or underscores.',
    fr: 'La clé d’idempotence compte de 8 à 100 lettres, chiffres, tirets ou traits de soulignement.',
  },
  EXPECTED_TOTAL: {
    en: 'The expected total is an amount like 123.45.',
    fr: 'Le total attendu est un montant comme 123.45.',
  },
  PO_NUMBER_LENGTH: {
    en: 'The PO number is limited to 50 characters.',
    fr: 'Le numéro de bon de commande est limité à 50 caractères.',
  },
  PO_TAKES_NO_CARD: {
    en: 'A purchase order takes no card.',
    fr: 'Un paiement sur bon de commande ne prend pas de carte.',
  },
  CARD_MISSING: { en: 'Enter the card to pay with.', fr: 'Entrez la carte avec laquelle payer.' },
  NOTE_LENGTH: {
    en: 'The note is limited to 1,000 characters.',
    fr: `La note est limitée à 1${NBSP}000 caractères.`,
  },
};

/** A refused field of the place-order input. */
export function placeOrderProblem(problem: PlaceOrderInputProblem, locale: string): string {
  return PLACE_ORDER_PROBLEMS[problem][languageOf(locale)];
}

// ---- Notifications of a placed order (written in each recipient's language) -----------------------

export interface PlacedOrderFacts {
  number: string;
  total: { amount: string; currency: string };
  awaitingApproval: boolean;
  /** Who placed it (for the buyer whose cart a rep ordered, and for the buyer admins). */
  placerName: string;
}

export function orderPlacedNotice(o: PlacedOrderFacts, locale: string): { title: string; body: string } {
  const language = languageOf(locale);
  const amount = formatAmount(language, o.total.amount, o.total.currency);
  if (language === 'fr') {
    return {
      title: `Commande ${o.number} passée`,
      body: o.awaitingApproval
        ? `${amount}${NBSP}; elle attend l’approbation d’un administrateur acheteur.`
        : `${amount}. Merci de votre commande.`,
    };
  }
  return {
    title: `Order ${o.number} placed`,
    body: o.awaitingApproval
      ? `${amount}; it waits for a buyer admin’s approval.`
      : `${amount}. Thank you for your order.`,
  };
}

export function orderPlacedForYouNotice(
  o: PlacedOrderFacts,
  locale: string,
): { title: string; body: string } {
  const language = languageOf(locale);
  const amount = formatAmount(language, o.total.amount, o.total.currency);
  return language === 'fr'
    ? {
        title: `${o.placerName} a passé la commande ${o.number} pour vous`,
        body: `${amount}, à partir de votre panier.`,
      }
    : { title: `${o.placerName} placed order ${o.number} for you`, body: `${amount}, from your cart.` };
}

export function approvalNeededNotice(o: PlacedOrderFacts, locale: string): { title: string; body: string } {
  const language = languageOf(locale);
  const amount = formatAmount(language, o.total.amount, o.total.currency);
  return language === 'fr'
    ? {
        title: `La commande ${o.number} attend votre approbation`,
        body: `${o.placerName} a passé une commande de ${amount}, au-delà de sa limite de commande.`,
      }
    : {
        title: `Order ${o.number} waits for your approval`,
        body: `${o.placerName} placed ${amount}, above their order limit.`,
      };
}
