import { Decimal, minorUnits, money } from '../../../platform/money.js';

/**
 * The words of invoice payments in the payer's language: English for en-US (and any locale that is not
 * French), Canadian French for fr-CA. Amounts are written from decimal strings, never floats, as a
 * reader of the language expects money: "$9,164.00" in English, "9 164,00 $" in French. Pure.
 */
export type Language = 'en' | 'fr';

export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const NBSP = '\u00a0';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount with its currency, rounded to the currency first, in the language's money format (Intl
 * currency style, en-US or fr-CA): "$9,164.00" / "9 164,00 $" (and "9 164,00 $ US" for USD in French).
 * The receipt uses it too (receipt-text.ts).
 */
export function amountWords(value: string | Decimal, currency: string, locale: string): string {
  const rounded = money(value, currency).amount;
  const language = languageOf(locale);
  const key = `${language}:${currency}`;
  let format = formatters.get(key);
  if (!format) {
    const digits = minorUnits(currency);
    format = new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format.format(rounded as Intl.StringNumericLiteral);
}

const frenchDate = new Intl.DateTimeFormat('fr-CA', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD): as given in English, "30 novembre 2026" ("1er décembre") in French. */
export function dateWords(isoDate: string, locale: string): string {
  if (languageOf(locale) === 'en') return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  const text = frenchDate.format(date);
  return date.getUTCDate() === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

export type PaymentProblemKind =
  | 'NO_ALLOCATIONS'
  | 'TOO_MANY_ALLOCATIONS'
  | 'INVOICE_NOT_FOUND'
  | 'DUPLICATE_INVOICE'
  | 'OTHER_ACCOUNT'
  | 'INVOICE_VOID'
  | 'INVOICE_PAID'
  | 'CURRENCY'
  | 'AMOUNT_FORMAT'
  | 'AMOUNT_NOT_POSITIVE'
  | 'AMOUNT_OVER_BALANCE'
  | 'AMOUNT_OVER_DISCOUNTED'
  | 'TOTAL_FORMAT'
  | 'TOTAL_MISMATCH'
  | 'IDEMPOTENCY_KEY'
  | 'CARD_MISSING'
  | 'CARD_WITH_BANK_TRANSFER'
  | 'BANK_REFERENCE'
  | 'BANK_REFERENCE_WITH_CARD'
  | 'SELLER_CARD'
  | 'NO_ACCOUNT';

export interface ProblemFacts {
  number?: string;
  currency?: string;
  paymentCurrency?: string;
  decimals?: number;
  balance?: string;
  payInFull?: string;
  discount?: string;
  payBy?: string;
  sum?: string;
  total?: string;
}

type Words = (f: Required<ProblemFacts>, locale: string) => string;

const WORDS: Record<PaymentProblemKind, { en: Words; fr: Words }> = {
  NO_ALLOCATIONS: {
    en: () => 'Choose at least one invoice to pay.',
    fr: () => 'Choisissez au moins une facture à payer.',
  },
  TOO_MANY_ALLOCATIONS: {
    en: () => 'Pay at most 100 invoices in one payment.',
    fr: () => 'Payez au plus 100 factures par paiement.',
  },
  INVOICE_NOT_FOUND: {
    en: () => 'There is no such invoice on this account.',
    fr: () => 'Cette facture est introuvable pour ce compte.',
  },
  DUPLICATE_INVOICE: {
    en: (f) => `Invoice ${f.number} is listed twice: give it one amount.`,
    fr: (f) => `La facture ${f.number} figure deux fois${NBSP}: indiquez-lui un seul montant.`,
  },
  OTHER_ACCOUNT: {
    en: (f) => `Invoice ${f.number} belongs to another account: pay each account’s invoices separately.`,
    fr: (f) =>
      `La facture ${f.number} appartient à un autre compte${NBSP}: payez les factures de chaque compte séparément.`,
  },
  INVOICE_VOID: {
    en: (f) => `Invoice ${f.number} is void: there is nothing to pay.`,
    fr: (f) => `La facture ${f.number} est annulée${NBSP}: il n’y a rien à payer.`,
  },
  INVOICE_PAID: {
    en: (f) => `Invoice ${f.number} is already paid.`,
    fr: (f) => `La facture ${f.number} est déjà payée.`,
  },
  CURRENCY: {
    en: (f) =>
      `Invoice ${f.number} is in ${f.currency} and this payment is in ${f.paymentCurrency}: pay invoices of one currency together.`,
    fr: (f) =>
      `La facture ${f.number} est en ${f.currency} et ce paiement en ${f.paymentCurrency}${NBSP}: payez ensemble des factures d’une même devise.`,
  },
  AMOUNT_FORMAT: {
    en: (f) => `Enter the amount as a number with at most ${f.decimals} decimals, e.g. 125.50.`,
    fr: (f) => `Entrez le montant en chiffres, avec au plus ${f.decimals} décimales (p. ex. 125,50).`,
  },
  AMOUNT_NOT_POSITIVE: {
    en: () => 'Enter an amount greater than zero.',
    fr: () => 'Entrez un montant supérieur à zéro.',
  },
  AMOUNT_OVER_BALANCE: {
    en: (f) => `Invoice ${f.number} has ${f.balance} left to pay: enter at most that.`,
    fr: (f) => `Il reste ${f.balance} à payer sur la facture ${f.number}${NBSP}: entrez au plus ce montant.`,
  },
  AMOUNT_OVER_DISCOUNTED: {
    en: (f) =>
      `${f.payInFull} pays invoice ${f.number} in full today (early-payment discount of ${f.discount} until ${f.payBy}): enter at most that.`,
    fr: (f) =>
      `${f.payInFull} règle la facture ${f.number} en entier aujourd’hui (escompte de paiement anticipé de ${f.discount} jusqu’au ${f.payBy})${NBSP}: entrez au plus ce montant.`,
  },
  TOTAL_FORMAT: {
    en: (f) => `Enter the total as a number with at most ${f.decimals} decimals.`,
    fr: (f) => `Entrez le total en chiffres, avec au plus ${f.decimals} décimales.`,
  },
  TOTAL_MISMATCH: {
    en: (f) => `The amounts add up to ${f.sum}, not the payment’s total of ${f.total}.`,
    fr: (f) => `Les montants totalisent ${f.sum} et non le total du paiement, ${f.total}.`,
  },
  IDEMPOTENCY_KEY: {
    en: () => 'The idempotency key is 8 to 100 letters, digits, - or _.',
    fr: () => 'La clé d’idempotence compte de 8 à 100 lettres, chiffres, - ou _.',
  },
  CARD_MISSING: {
    en: () => 'Enter the card to pay with.',
    fr: () => 'Entrez la carte avec laquelle payer.',
  },
  CARD_WITH_BANK_TRANSFER: {
    en: () => 'A bank transfer takes no card: choose one way to pay.',
    fr: () => `Un virement bancaire ne prend pas de carte${NBSP}: choisissez un seul mode de paiement.`,
  },
  BANK_REFERENCE: {
    en: () => 'Enter the bank transfer’s reference (1 to 100 characters).',
    fr: () => 'Entrez la référence du virement bancaire (de 1 à 100 caractères).',
  },
  BANK_REFERENCE_WITH_CARD: {
    en: () => 'A card payment takes no bank reference: choose one way to pay.',
    fr: () =>
      `Un paiement par carte ne prend pas de référence bancaire${NBSP}: choisissez un seul mode de paiement.`,
  },
  SELLER_CARD: {
    en: () =>
      'Seller-side users record bank transfers; a card payment is made by the customer in the portal.',
    fr: () =>
      `Les utilisateurs du vendeur inscrivent des virements bancaires${NBSP}; le paiement par carte est fait par le client dans le portail.`,
  },
  NO_ACCOUNT: {
    en: () => 'Choose an account first: payments are made for the account you act for.',
    fr: () =>
      `Choisissez d’abord un compte${NBSP}: les paiements sont faits pour le compte au nom duquel vous agissez.`,
  },
};

/** A payment problem worded in `locale`'s language. */
export function paymentProblem(kind: PaymentProblemKind, locale: string, facts: ProblemFacts = {}): string {
  const filled = {
    number: '',
    currency: '',
    paymentCurrency: '',
    decimals: 2,
    balance: '',
    payInFull: '',
    discount: '',
    payBy: '',
    sum: '',
    total: '',
    ...facts,
  };
  return WORDS[kind][languageOf(locale)](filled, locale);
}

/** The summary of several problems: English leaves ValidationFailed's own; French counts them. */
export function problemsSummary(
  problems: ReadonlyArray<{ message: string }>,
  locale: string,
): string | undefined {
  if (languageOf(locale) === 'en') return undefined;
  if (problems.length === 1) return problems[0]!.message;
  return `${problems.length} problèmes sont à corriger.`;
}

/** Why the same idempotency key was refused: it already made another payment. */
export function keyReused(paymentNumber: string, locale: string): string {
  return languageOf(locale) === 'fr'
    ? `Cette clé d’idempotence a déjà servi au paiement ${paymentNumber}, fait avec d’autres montants ou un autre mode de paiement. Rien n’a été débité${NBSP}; recommencez le paiement pour en faire un nouveau.`
    : `This idempotency key was already used for payment ${paymentNumber}, with other amounts or another way to pay. Nothing was charged; start the payment again to make a new one.`;
}

/** The prefix of what a declined or failed card leaves unchanged. */
export function nothingChanged(locale: string): string {
  return languageOf(locale) === 'fr' ? 'Aucune facture n’a été modifiée.' : 'No invoice was changed.';
}
