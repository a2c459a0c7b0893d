import type { CardProblem } from './card-rules.js';
import type { ChargeOutcome } from './provider.js';

/**
 * The words of card payments in the payer's language: English for en-US (and any locale that is not
 * French), Canadian French for fr-CA. Card checks are ours, so both languages are written here. A
 * provider's decline or failure message is the provider's own English text (kept as it is on the
 * charge record); for a French payer it is worded here from the outcome's status and decline code, at
 * the boundary where checkout turns it into PaymentDeclined / PaymentFailed. Pure.
 */

type Language = 'en' | 'fr';

function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const NBSP = '\u00a0';

export type CardProblemKind = 'NUMBER' | 'EXPIRY_INVALID' | 'EXPIRED' | 'CVC' | 'HOLDER_NAME';

const CARD_PROBLEMS: Record<CardProblemKind, { field: CardProblem['field']; en: string; fr: string }> = {
  NUMBER: {
    field: 'number',
    en: 'The card number is not valid.',
    fr: 'Le numéro de carte n’est pas valide.',
  },
  EXPIRY_INVALID: {
    field: 'expiry',
    en: 'The expiry date is not valid.',
    fr: 'La date d’expiration n’est pas valide.',
  },
  EXPIRED: { field: 'expiry', en: 'The card has expired.', fr: 'La carte est expirée.' },
  CVC: {
    field: 'cvc',
    en: 'The security code is 3 or 4 digits.',
    fr: 'Le code de sécurité compte 3 ou 4 chiffres.',
  },
  HOLDER_NAME: {
    field: 'holderName',
    en: 'Enter the name on the card.',
    fr: 'Entrez le nom inscrit sur la carte.',
  },
};

/** A problem with the card as entered, before anything reaches the provider. */
export function cardProblem(kind: CardProblemKind, locale: string): CardProblem {
  const problem = CARD_PROBLEMS[kind];
  return { field: problem.field, message: problem[languageOf(locale)] };
}

/**
 * What to tell the payer about a declined or failed charge. English: the provider's message as it
 * came. French: by outcome — the decline code when the provider gave one, else the status.
 */
export function chargeOutcomeMessage(
  outcome: Extract<ChargeOutcome, { status: 'DECLINED' | 'FAILED' }>,
  locale: string,
): string {
  if (languageOf(locale) === 'en') return outcome.message;
  if (outcome.status === 'FAILED')
    return `Le service de paiement n’a pas pu être joint. Rien n’a été débité${NBSP}; veuillez réessayer.`;
  switch (outcome.declineCode) {
    case 'INSUFFICIENT_FUNDS':
      return `Votre carte a été refusée${NBSP}: fonds insuffisants.`;
    default:
      return 'Votre carte a été refusée.';
  }
}
