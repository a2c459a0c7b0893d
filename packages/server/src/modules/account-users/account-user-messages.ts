/**
 * The words of a buyer admin's changes to the account's users, in the viewer's language: English for
 * en-US (and any locale that is not French), Canadian French for fr-CA. Pure.
 */

type Language = 'en' | 'fr';

function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const NBSP = '\u00a0';

export type AccountUserRefusal = 'LIMIT_FORMAT' | 'NO_SUCH_USER';

const REFUSALS: Record<AccountUserRefusal, { en: string; fr: string }> = {
  // Each example is written as a person types it in that language (the portal reads "2500,00" in French).
  LIMIT_FORMAT: {
    en: 'The limit is an amount like 2500 or 2500.00; leave it empty for no limit.',
    fr: `La limite est un montant comme 2500 ou 2500,00${NBSP}; laissez-la vide pour n’en fixer aucune.`,
  },
  NO_SUCH_USER: {
    en: 'There is no such user in this account.',
    fr: 'Cet utilisateur n’existe pas dans ce compte.',
  },
};

/** A refused change of a user's order limit, for a person. */
export function accountUserRefusal(refusal: AccountUserRefusal, locale: string): string {
  return REFUSALS[refusal][languageOf(locale)];
}
