import { formatAmount, languageOf, NBSP } from '../../checkout/domain/locale-text.js';

/**
 * The words of invoices for a person: English, or Canadian French for fr-CA. Validation messages,
 * refusals and the labels of invoice and statement documents. Pure.
 */

type Words = { en: string; fr: string };

const TEXT = {
  noSuchInvoice: {
    en: 'There is no such invoice for this account.',
    fr: 'Aucune facture de ce numéro pour ce compte.',
  },
  amountNotDecimal: {
    en: 'Enter the amount as a number with at most two decimals, e.g. 25.00.',
    fr: 'Saisissez le montant en chiffres, avec au plus deux décimales (p. ex. 25,00).',
  },
  amountNotPositive: {
    en: 'The amount must be more than zero.',
    fr: 'Le montant doit être supérieur à zéro.',
  },
  reasonRequired: {
    en: 'Give the reason for the credit (up to 500 characters).',
    fr: 'Indiquez le motif du crédit (500 caractères au plus).',
  },
  voidReasonRequired: {
    en: 'Give the reason for voiding (up to 500 characters).',
    fr: 'Indiquez le motif de l’annulation (500 caractères au plus).',
  },
  invoiceVoid: { en: 'This invoice is void.', fr: 'Cette facture est annulée.' },
  invoicePaid: {
    en: 'This invoice is paid in full: nothing is left to credit.',
    fr: `Cette facture est entièrement payée${NBSP}: il ne reste rien à créditer.`,
  },
  voidPaid: {
    en: 'Payments were recorded against this invoice, so it cannot be voided. Issue a credit memo instead.',
    fr: `Des paiements ont été enregistrés sur cette facture${NBSP}; elle ne peut pas être annulée. Émettez plutôt une note de crédit.`,
  },
  alreadyVoid: { en: 'This invoice is already void.', fr: 'Cette facture est déjà annulée.' },
  sellerOnly: {
    en: 'Only the seller (sales reps, account managers, site admins) may do this.',
    fr: 'Seul le vendeur (représentants, gestionnaires de compte, administrateurs) peut faire ceci.',
  },
  badDate: {
    en: 'Dates are written YYYY-MM-DD, between the years 1900 and 9999.',
    fr: 'Les dates s’écrivent AAAA-MM-JJ, entre les années 1900 et 9999.',
  },
  dateOrder: {
    en: 'The start date must not be after the end date.',
    fr: 'La date de début ne doit pas être postérieure à la date de fin.',
  },
  amountOrder: {
    en: 'The minimum amount must not be more than the maximum.',
    fr: 'Le montant minimum ne doit pas dépasser le maximum.',
  },
  filterAmount: {
    en: 'Amounts are numbers with at most two decimals, e.g. 250.00.',
    fr: 'Les montants s’écrivent en chiffres, avec au plus deux décimales (p. ex. 250,00).',
  },
  rangeTooLong: {
    en: 'A statement covers at most 5 years.',
    fr: 'Un relevé couvre au plus 5 ans.',
  },
} satisfies Record<string, Words>;

export type InvoiceMessage = keyof typeof TEXT;

export function invoiceText(key: InvoiceMessage, locale = 'en-US'): string {
  return TEXT[key][languageOf(locale)];
}

/** The credit would take the invoice below zero. */
export function overBalance(balance: string, currency: string, locale = 'en-US'): string {
  const lang = languageOf(locale);
  const amount = formatAmount(lang, balance, currency);
  return lang === 'fr'
    ? `Le crédit ne peut pas dépasser le solde de la facture (${amount}).`
    : `The credit cannot be more than the invoice's balance (${amount}).`;
}

/** Labels of the invoice and statement documents (PDF, CSV). */
export interface DocumentWords {
  invoice: string;
  statement: string;
  number: string;
  order: string;
  poNumber: string;
  issued: string;
  due: string;
  terms: (days: number) => string;
  earlyPayment: (percent: string, days: number, payBy: string) => string;
  billTo: string;
  shipments: string;
  sku: string;
  description: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  subtotal: string;
  shipping: string;
  tax: string;
  total: string;
  paid: string;
  credited: string;
  balance: string;
  /** A label and its value on one line: "Balance due: $5.00" / "Solde dû : 5,00 $" (French puts a non-breaking space before the colon). */
  labelled: (label: string, value: string) => string;
  status: Record<string, string>;
  creditMemos: string;
  period: (from: string, to: string) => string;
  openingBalance: string;
  closingBalance: string;
  runningBalance: string;
  currency: string;
  date: string;
  reference: string;
  charges: string;
  credits: string;
  kindInvoice: string;
  kindCredit: string;
  kindPayment: string;
  kindDiscount: string;
  aging: (asOf: string) => string;
  buckets: Record<string, string>;
  noActivity: string;
  footer: (site: string, date: string) => string;
}

const EN: DocumentWords = {
  invoice: 'Invoice',
  statement: 'Statement of account',
  number: 'Number',
  order: 'Order',
  poNumber: 'PO number',
  issued: 'Issued',
  due: 'Due',
  terms: (days) => `Net ${days} days`,
  earlyPayment: (percent, days, payBy) => `${percent}% discount if paid within ${days} days (by ${payBy})`,
  billTo: 'Bill to',
  shipments: 'Shipments',
  sku: 'SKU',
  description: 'Description',
  quantity: 'Qty',
  unitPrice: 'Unit price',
  amount: 'Amount',
  subtotal: 'Subtotal',
  shipping: 'Shipping',
  tax: 'Tax',
  total: 'Total',
  paid: 'Paid',
  credited: 'Credited',
  balance: 'Balance due',
  labelled: (label, value) => `${label}: ${value}`,
  status: { OPEN: 'Open', PARTLY_PAID: 'Partly paid', PAID: 'Paid', OVERDUE: 'Overdue', VOID: 'Void' },
  creditMemos: 'Credit memos',
  period: (from, to) => `Period: ${from} to ${to}`,
  openingBalance: 'Opening balance',
  closingBalance: 'Closing balance',
  runningBalance: 'Balance',
  currency: 'Currency',
  date: 'Date',
  reference: 'Reference',
  charges: 'Charges',
  credits: 'Credits',
  kindInvoice: 'Invoice',
  kindCredit: 'Credit memo',
  kindPayment: 'Payment',
  kindDiscount: 'Early-payment discount',
  aging: (asOf) => `Aging on ${asOf}`,
  buckets: {
    CURRENT: 'Current',
    DAYS_1_30: '1–30 days',
    DAYS_31_60: '31–60 days',
    DAYS_61_90: '61–90 days',
    OVER_90: 'Over 90 days',
  },
  noActivity: 'No activity in this period.',
  footer: (site, date) => `${site} · generated ${date}`,
};

const FR: DocumentWords = {
  invoice: 'Facture',
  statement: 'Relevé de compte',
  number: 'Numéro',
  order: 'Commande',
  poNumber: 'Bon de commande',
  issued: 'Émise le',
  due: 'Échéance',
  terms: (days) => `Net ${days} jours`,
  earlyPayment: (percent, days, payBy) =>
    `Escompte de ${percent}${NBSP}% si payée dans les ${days} jours (au plus tard le ${payBy})`,
  billTo: 'Facturer à',
  shipments: 'Expéditions',
  sku: 'UGS',
  description: 'Description',
  quantity: 'Qté',
  unitPrice: 'Prix unitaire',
  amount: 'Montant',
  subtotal: 'Sous-total',
  shipping: 'Livraison',
  tax: 'Taxes',
  total: 'Total',
  paid: 'Payé',
  credited: 'Crédité',
  balance: 'Solde dû',
  labelled: (label, value) => `${label}${NBSP}: ${value}`,
  status: {
    OPEN: 'Ouverte',
    PARTLY_PAID: 'Partiellement payée',
    PAID: 'Payée',
    OVERDUE: 'En retard',
    VOID: 'Annulée',
  },
  creditMemos: 'Notes de crédit',
  period: (from, to) => `Période${NBSP}: du ${from} au ${to}`,
  openingBalance: 'Solde d’ouverture',
  closingBalance: 'Solde de clôture',
  runningBalance: 'Solde',
  currency: 'Devise',
  date: 'Date',
  reference: 'Référence',
  charges: 'Débits',
  credits: 'Crédits',
  kindInvoice: 'Facture',
  kindCredit: 'Note de crédit',
  kindPayment: 'Paiement',
  kindDiscount: 'Escompte pour paiement hâtif',
  aging: (asOf) => `Classement chronologique au ${asOf}`,
  buckets: {
    CURRENT: 'Courant',
    DAYS_1_30: '1 à 30 jours',
    DAYS_31_60: '31 à 60 jours',
    DAYS_61_90: '61 à 90 jours',
    OVER_90: 'Plus de 90 jours',
  },
  noActivity: 'Aucune opération pendant cette période.',
  footer: (site, date) => `${site} · produit le ${date}`,
};

export function documentWords(locale: string): DocumentWords {
  return languageOf(locale) === 'fr' ? FR : EN;
}

/** An amount for a document: "1,234.50 USD"-style in English is hard to read on paper, so Intl in both. */
export function documentAmount(locale: string, value: string, currency: string): string {
  return new Intl.NumberFormat(languageOf(locale) === 'fr' ? 'fr-CA' : 'en-US', {
    style: 'currency',
    currency,
    currencyDisplay: languageOf(locale) === 'fr' ? 'symbol' : 'code',
  })
    .format(value as Intl.StringNumericLiteral)
    .replace(/\u202f/g, NBSP);
}

/**
 * A date (YYYY-MM-DD) for a document: "November 25, 2026" / "25 novembre 2026". French writes the
 * first of the month as an ordinal: "1er octobre 2026" (Intl gives "1 octobre").
 */
export function documentDate(locale: string, date: string): string {
  const fr = languageOf(locale) === 'fr';
  const text = new Intl.DateTimeFormat(fr ? 'fr-CA' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
  return fr ? text.replace(/^1(?=[\s\u00a0\u202f])/, '1er') : text;
}
