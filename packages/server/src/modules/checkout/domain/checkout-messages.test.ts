import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../platform/money.js';
import {
  cartLineProblem,
  cartRefusal,
  lineBlocker,
  offerDescription,
  pricingRefusal,
} from './cart-messages.js';
import {
  approvalNeededNotice,
  orderPlacedForYouNotice,
  orderPlacedNotice,
  priceChanged,
} from './checkout-messages.js';
import { paymentChoice, type CreditAccount } from './credit.js';
import { checkDelivery, checkSplit } from './delivery.js';
import { formatAmount, formatDate, languageOf, problemsSummary } from './locale-text.js';
import { checkOffer } from './offers.js';
import { parseQuickOrder } from './quick-order.js';

const NBSP = '\u00a0';
const d = (v: string) => new Decimal(v);
const approved: CreditAccount = {
  creditStatus: 'APPROVED',
  creditLimit: d('50000.00'),
  paymentTermsDays: 30,
};
const noExposure = { openOrders: d('0'), openReceivables: d('0') };

describe('locale text', () => {
  it('French for any French locale, English for everything else', () => {
    expect(['fr-CA', 'fr', 'FR-ca'].map(languageOf)).toEqual(['fr', 'fr', 'fr']);
    expect(['en-US', 'es-MX', ''].map(languageOf)).toEqual(['en', 'en', 'en']);
  });

  it('writes amounts from decimal strings: the API form in English, Intl fr-CA in French', () => {
    expect(formatAmount('en', '1234.5', 'USD')).toBe('1234.50 USD');
    expect(formatAmount('fr', '1234.56', 'CAD')).toBe(`1${NBSP}234,56${NBSP}$`);
    expect(formatAmount('fr', d('1234.5'), 'USD')).toBe(`1${NBSP}234,50${NBSP}$${NBSP}US`);
    // Beyond what a double holds exactly: still to the cent.
    expect(formatAmount('fr', '90071992547409.99', 'CAD')).toBe(
      `90${NBSP}071${NBSP}992${NBSP}547${NBSP}409,99${NBSP}$`,
    );
    // Rounded half up to the currency first, as money() does.
    expect(formatAmount('fr', '0.005', 'CAD')).toBe(`0,01${NBSP}$`);
  });

  it('writes dates as given in English and in words in French', () => {
    expect(formatDate('en', '2026-11-30')).toBe('2026-11-30');
    expect(formatDate('fr', '2026-11-30')).toBe('30 novembre 2026');
    expect(formatDate('fr', '2026-12-01')).toBe('1er décembre 2026');
    expect(formatDate('fr', '2026-12-11')).toBe('11 décembre 2026');
  });

  it('sums up several problems in French; English keeps ValidationFailed’s own wording', () => {
    expect(problemsSummary([{ message: 'a' }, { message: 'b' }], 'en-US')).toBeUndefined();
    expect(problemsSummary([{ message: 'a' }, { message: 'b' }], 'fr-CA')).toBe(
      '2 problèmes sont à corriger.',
    );
    expect(problemsSummary([{ message: 'Seul.' }], 'fr-CA')).toBe('Seul.');
  });
});

describe('payment options in French', () => {
  const cad = (v: Decimal) => formatAmount('fr', v, 'CAD');

  it('says why a purchase order is not offered', () => {
    const none = paymentChoice(
      { creditStatus: 'NONE', creditLimit: null, paymentTermsDays: null },
      noExposure,
      d('10'),
      cad,
      null,
      'fr-CA',
    );
    expect(none.purchaseOrder).toEqual({
      allowed: false,
      reason: `Votre compte n’a pas encore de crédit approuvé${NBSP}; les commandes se paient donc par carte.`,
    });
    const over = paymentChoice(
      approved,
      { openOrders: d('49000.00'), openReceivables: d('0') },
      d('1234.56'),
      cad,
      null,
      'fr-CA',
    );
    expect(over.purchaseOrder).toEqual({
      allowed: false,
      reason: `Cette commande (1${NBSP}234,56${NBSP}$) dépasse votre crédit disponible (1${NBSP}000,00${NBSP}$)${NBSP}; payez par carte ou divisez la commande.`,
    });
    const usedUp = paymentChoice(
      approved,
      { openOrders: d('50000.00'), openReceivables: d('100.00') },
      d('1'),
      cad,
      null,
      'fr-CA',
    );
    expect(usedUp.purchaseOrder).toMatchObject({
      reason: `Votre crédit disponible est épuisé (il reste 0,00${NBSP}$)${NBSP}; veuillez payer par carte.`,
    });
    const held = paymentChoice(
      { ...approved, creditStatus: 'ON_HOLD' },
      noExposure,
      d('1'),
      cad,
      null,
      'fr-CA',
    );
    expect(held.purchaseOrder).toMatchObject({
      reason: `Le crédit de votre compte est suspendu${NBSP}; veuillez payer par carte ou communiquer avec votre représentant.`,
    });
  });

  it('decides the same way in both languages', () => {
    const en = paymentChoice(approved, noExposure, d('1'), (v) => v.toFixed(2));
    const fr = paymentChoice(approved, noExposure, d('1'), cad, null, 'fr-CA');
    expect(fr).toEqual(en);
  });
});

describe('cart blockers and line problems', () => {
  it('words line problems and blockers in both languages', () => {
    expect(cartLineProblem('PRICE_ON_REQUEST', 'en-US')).toBe(
      'Price on request: ask your sales rep to quote it.',
    );
    expect(cartLineProblem('PRICE_ON_REQUEST', 'fr-CA')).toBe(
      `Prix sur demande${NBSP}: demandez une soumission à votre représentant.`,
    );
    expect(lineBlocker('NB-WB-001', 'Order at least 10.', 'en-US')).toBe('NB-WB-001: Order at least 10.');
    expect(lineBlocker('NB-WB-001', 'Commandez-en au moins 10.', 'fr-CA')).toBe(
      `NB-WB-001${NBSP}: Commandez-en au moins 10.`,
    );
    expect(lineBlocker('', 'x', 'fr-CA')).toBe(`Un article${NBSP}: x`);
    expect(lineBlocker('', 'x', 'en-US')).toBe('An item: x');
  });

  it('translates a pricing engine refusal by its code, keeping the engine’s English', () => {
    const engine = 'This product has no price in CAD.';
    expect(pricingRefusal('NO_PRICE', engine, 'CAD', 'en-US')).toBe(engine);
    expect(pricingRefusal('NO_PRICE', engine, 'CAD', 'fr-CA')).toBe('Ce produit n’a pas de prix en CAD.');
  });

  it('words delivery problems in French, dates in words', () => {
    const problems = checkDelivery(
      [
        { id: 'g1', addressId: 'elsewhere', desiredDate: '2026-11-28', method: 'STANDARD' },
        { id: 'g2', addressId: null, desiredDate: '2026-11-26', method: 'STANDARD' },
      ],
      [
        { lineId: 'l1', groupId: null, quantity: 1 },
        { lineId: 'l2', groupId: null, quantity: 1 },
      ],
      new Set(['pearl']),
      '2026-11-25',
      'fr-CA',
    );
    expect(problems.map((p) => p.message)).toEqual([
      '2 lignes ne sont encore dans aucun groupe de livraison.',
      `Livraison 1${NBSP}: cette adresse n’appartient pas au compte.`,
      `Livraison 1${NBSP}: les livraisons se font du lundi au vendredi.`,
      `La livraison 1 n’a aucune ligne${NBSP}; supprimez-la ou déplacez-y des lignes.`,
      `Livraison 2${NBSP}: choisissez l’adresse de livraison.`,
      `Livraison 2${NBSP}: en livraison standard, elle arrive au plus tôt le 30 novembre 2026.`,
      `La livraison 2 n’a aucune ligne${NBSP}; supprimez-la ou déplacez-y des lignes.`,
    ]);
    // The same problems, for the same fields, in either language.
    const en = checkDelivery(
      [{ id: 'g1', addressId: null, desiredDate: null, method: 'EXPRESS' }],
      [],
      new Set(),
      '2026-11-25',
    );
    const fr = checkDelivery(
      [{ id: 'g1', addressId: null, desiredDate: null, method: 'EXPRESS' }],
      [],
      new Set(),
      '2026-11-25',
      'fr-CA',
    );
    expect(fr.map((p) => p.field)).toEqual(en.map((p) => p.field));
    expect(checkSplit(5, [3, 3], 'fr-CA')).toBe('La somme des parties est de 6, et non de 5.');
  });

  it('words refused cart changes', () => {
    expect(cartRefusal('QUANTITY_RANGE', 'en-US')).toBe(
      'The quantity must be a whole number from 1 to 1,000,000.',
    );
    expect(cartRefusal('QUANTITY_RANGE', 'fr-CA')).toBe(
      `La quantité doit être un nombre entier de 1 à 1${NBSP}000${NBSP}000.`,
    );
  });
});

describe('quick order in French', () => {
  it('reports unreadable lines in French with French quotation marks', () => {
    const { rejected } = parseQuickOrder('NB-WB-001,deux\nNB-WB-003\nNB-WB-004,', 'fr-CA');
    expect(rejected.map((r) => r.message)).toEqual([
      `«${NBSP}deux${NBSP}» n’est pas une quantité (un nombre entier à partir de 1).`,
      'Écrivez l’UGS, puis la quantité.',
      'La quantité est manquante.',
    ]);
  });
});

describe('offers', () => {
  it('describes and refuses offers in French', () => {
    expect(offerDescription({ kind: 'CATEGORY_DISCOUNT', percent: d('12.5') }, 'Moulins', 'fr-CA')).toBe(
      `12,5${NBSP}% de rabais sur Moulins`,
    );
    expect(offerDescription({ kind: 'CATEGORY_DISCOUNT', percent: d('12.5') }, 'Grinders', 'en-US')).toBe(
      '12.5% off Grinders',
    );
    expect(offerDescription({ kind: 'TERMS', termsDays: 45 }, '', 'fr-CA')).toBe('Paiement net 45 jours');
    expect(checkOffer(['SALES_REP'], { kind: 'TERMS', days: 46, reason: 'Essai' }, 'fr-CA')).toEqual([
      { field: 'days', message: 'Votre rôle permet de prolonger les modalités jusqu’à 45 jours au plus.' },
    ]);
  });
});

describe('checkout messages', () => {
  it('says the total changed, amounts in the reader’s format', () => {
    const total = { amount: '1250.00', currency: 'CAD' };
    expect(priceChanged(total, '1200.00', 'en-US')).toBe(
      'Prices changed since you opened the cart: the total is now 1250.00 CAD (was 1200.00). Please review it before placing the order.',
    );
    expect(priceChanged(total, '1200.00', 'fr-CA')).toBe(
      `Les prix ont changé depuis que vous avez ouvert le panier${NBSP}: le total est maintenant de 1${NBSP}250,00${NBSP}$ (il était de 1${NBSP}200,00${NBSP}$). Vérifiez-le avant de passer la commande.`,
    );
  });

  it('words the notifications of a placed order for each recipient’s language', () => {
    const facts = {
      number: 'CO-500123',
      total: { amount: '2750.00', currency: 'CAD' },
      awaitingApproval: true,
      placerName: 'Marie Tremblay',
    };
    expect(orderPlacedNotice(facts, 'en-US')).toEqual({
      title: 'Order CO-500123 placed',
      body: '2750.00 CAD; it waits for a buyer admin’s approval.',
    });
    expect(orderPlacedNotice(facts, 'fr-CA')).toEqual({
      title: 'Commande CO-500123 passée',
      body: `2${NBSP}750,00${NBSP}$${NBSP}; elle attend l’approbation d’un administrateur acheteur.`,
    });
    expect(orderPlacedNotice({ ...facts, awaitingApproval: false }, 'fr-CA').body).toBe(
      `2${NBSP}750,00${NBSP}$. Merci de votre commande.`,
    );
    expect(approvalNeededNotice(facts, 'fr-CA')).toEqual({
      title: 'La commande CO-500123 attend votre approbation',
      body: `Marie Tremblay a passé une commande de 2${NBSP}750,00${NBSP}$, au-delà de sa limite de commande.`,
    });
    expect(orderPlacedForYouNotice(facts, 'en-US')).toEqual({
      title: 'Marie Tremblay placed order CO-500123 for you',
      body: '2750.00 CAD, from your cart.',
    });
  });
});
