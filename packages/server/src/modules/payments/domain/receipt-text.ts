import { Decimal, toDecimal } from '../../../platform/money.js';
import { amountWords, languageOf, NBSP } from './payment-words.js';

/**
 * The words and figures of a payment receipt in the reader's language (en-US or fr-CA), from the
 * payment's own amounts (decimal strings, formatted with Intl, never through a float). Pure: the route
 * draws what this returns into a PDF.
 */
export interface ReceiptPayment {
  number: string;
  createdAt: Date;
  method: 'CARD' | 'BANK_TRANSFER';
  amount: string;
  discountTotal: string;
  currency: string;
  paidByName: string;
  cardBrand: string | null;
  cardLast4: string | null;
  bankReference: string | null;
  siteName: string;
  accountName: string;
  accountNumber: string;
  allocations: Array<{ invoiceNumber: string; amount: string; discount: string; balanceAfter: string }>;
}

export interface ReceiptText {
  title: string;
  heading: string;
  facts: Array<[label: string, value: string]>;
  columns: [string, string, string, string, string];
  rows: Array<[string, string, string, string, string]>;
  totals: Array<[label: string, value: string]>;
  note: string;
  footer: string;
}

const WORDS = {
  en: {
    title: 'Payment receipt',
    number: 'Payment',
    date: 'Date',
    account: 'Account',
    paidBy: 'Paid by',
    method: 'Method',
    card: (brand: string, last4: string) => `Card ${brand} ending ${last4}`,
    bank: (reference: string) => `Bank transfer, reference ${reference}`,
    columns: ['Invoice', 'Paid', 'Early-payment discount', 'Settled', 'Balance after'] as const,
    paid: 'Amount paid',
    discounts: 'Early-payment discounts',
    settled: 'Total settled',
    note: 'The early-payment discount is taken only when an invoice is paid in full within its discount period; a part payment takes none.',
    footer: (site: string, date: string) => `${site} · receipt issued ${date}`,
  },
  fr: {
    title: 'Reçu de paiement',
    number: 'Paiement',
    date: 'Date',
    account: 'Compte',
    paidBy: 'Payé par',
    method: 'Mode de paiement',
    card: (brand: string, last4: string) => `Carte ${brand} se terminant par ${last4}`,
    bank: (reference: string) => `Virement bancaire, référence ${reference}`,
    columns: ['Facture', 'Payé', 'Escompte de paiement anticipé', 'Réglé', 'Solde restant'] as const,
    paid: 'Montant payé',
    discounts: 'Escomptes de paiement anticipé',
    settled: 'Total réglé',
    // French typography: a no-break space before ; : ! and ? (U+00A0: the PDF's standard fonts lack U+202F).
    note: `L’escompte de paiement anticipé ne s’applique que si la facture est payée en entier pendant la période d’escompte${NBSP}; un paiement partiel n’y donne pas droit.`,
    footer: (site: string, date: string) => `${site} · reçu émis le ${date}`,
  },
};

/** Intl's French spacing uses U+202F, which the PDF's standard fonts lack: a plain no-break space instead. */
function pdfSafe(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

/** Money as the payment messages write it (amountWords), safe for the PDF's fonts. */
export function formatMoney(value: string | Decimal, currency: string, locale: string): string {
  return pdfSafe(amountWords(value, currency, locale));
}

export function receiptText(payment: ReceiptPayment, locale: string, issuedAt: Date): ReceiptText {
  const language = languageOf(locale);
  const w = WORDS[language];
  const dateFormat = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-US', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const day = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const m = (value: string | Decimal) => formatMoney(value, payment.currency, locale);
  const method =
    payment.method === 'CARD'
      ? w.card(payment.cardBrand ?? '', payment.cardLast4 ?? '')
      : w.bank(payment.bankReference ?? '');
  const amount = toDecimal(payment.amount);
  const discount = toDecimal(payment.discountTotal);
  return {
    title: `${w.title} ${payment.number}`,
    heading: w.title,
    facts: [
      [w.number, payment.number],
      [w.date, pdfSafe(`${dateFormat.format(payment.createdAt)} UTC`)],
      [w.account, `${payment.accountName} (${payment.accountNumber})`],
      [w.paidBy, payment.paidByName],
      [w.method, method],
    ],
    columns: [...w.columns],
    rows: payment.allocations.map((a) => [
      a.invoiceNumber,
      m(a.amount),
      m(a.discount),
      m(toDecimal(a.amount).plus(a.discount)),
      m(a.balanceAfter),
    ]),
    totals: [
      [w.paid, m(amount)],
      [w.discounts, m(discount)],
      [w.settled, m(amount.plus(discount))],
    ],
    note: w.note,
    footer: pdfSafe(w.footer(payment.siteName, day.format(issuedAt))),
  };
}
