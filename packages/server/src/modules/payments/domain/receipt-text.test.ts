import { describe, expect, it } from 'vitest';
import { receiptText, type ReceiptPayment } from './receipt-text.js';

const NBSP = '\u00a0';
const payment: ReceiptPayment = {
  number: 'PAY-900007',
  createdAt: new Date('2026-11-25T15:04:00Z'),
  method: 'CARD',
  amount: '1209.87',
  discountTotal: '24.69',
  currency: 'CAD',
  paidByName: 'Marie Tremblay',
  cardBrand: 'Visa',
  cardLast4: '4242',
  bankReference: null,
  siteName: 'Portway Café',
  accountName: 'Café Brûlerie',
  accountNumber: 'C-1001',
  allocations: [{ invoiceNumber: 'INV-700012', amount: '1209.87', discount: '24.69', balanceAfter: '0' }],
};

describe('receipt text', () => {
  it('is written in Canadian French with CAD amounts and French dates', () => {
    const text = receiptText(payment, 'fr-CA', new Date('2026-11-26T10:00:00Z'));
    expect(text.title).toBe('Reçu de paiement PAY-900007');
    expect(text.facts).toContainEqual(['Mode de paiement', 'Carte Visa se terminant par 4242']);
    expect(text.facts[1]![1]).toMatch(/^25 novembre 2026/);
    expect(text.rows).toEqual([
      ['INV-700012', `1${NBSP}209,87${NBSP}$`, `24,69${NBSP}$`, `1${NBSP}234,56${NBSP}$`, `0,00${NBSP}$`],
    ]);
    expect(text.totals).toEqual([
      ['Montant payé', `1${NBSP}209,87${NBSP}$`],
      ['Escomptes de paiement anticipé', `24,69${NBSP}$`],
      ['Total réglé', `1${NBSP}234,56${NBSP}$`],
    ]);
    expect(text.footer).toBe('Portway Café · reçu émis le 26 novembre 2026');
  });

  it('follows French typography: a no-break space before ; : ! and ?', () => {
    const text = receiptText(
      { ...payment, allocations: [{ ...payment.allocations[0]!, balanceAfter: '9164' }] },
      'fr-CA',
      new Date('2026-11-26T10:00:00Z'),
    );
    const words = [
      text.title,
      text.heading,
      ...text.facts.flat(),
      ...text.columns,
      ...text.rows.flat(),
      ...text.totals.flat(),
      text.note,
      text.footer,
    ];
    const punctuation = words.filter((w) => /[;:!?]/.test(w));
    expect(punctuation.length).toBeGreaterThan(0);
    for (const w of punctuation) expect(w, w).not.toMatch(/[^\u00a0][;:!?]/);
    expect(text.note).toContain(`d’escompte${NBSP}; un paiement`);
    // The balance right after the payment, as recorded; no character the PDF fonts lack (U+202F).
    expect(text.columns[4]).toBe('Solde restant');
    expect(text.rows[0]![4]).toBe(`9${NBSP}164,00${NBSP}$`);
    expect(words.join('')).not.toContain('\u202f');
  });

  it('is written in English for other locales, with a bank transfer’s reference', () => {
    const text = receiptText(
      { ...payment, currency: 'USD', method: 'BANK_TRANSFER', bankReference: 'WIRE-42', cardBrand: null },
      'en-US',
      new Date('2026-11-26T10:00:00Z'),
    );
    expect(text.facts).toContainEqual(['Method', 'Bank transfer, reference WIRE-42']);
    expect(text.totals[2]).toEqual(['Total settled', '$1,234.56']);
    expect(text.columns[4]).toBe('Balance after');
  });
});
