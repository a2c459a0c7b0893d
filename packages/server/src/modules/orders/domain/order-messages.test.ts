import { describe, expect, it } from 'vitest';
import {
  noSuchOrder,
  orderCancelledNotice,
  orderDecidedNotice,
  orderDeliveredNotice,
  orderShippedNotice,
  reorderPriceChanged,
  textTooLong,
} from './order-messages.js';
import { OrderStatus as S, transition, type OrderEvent } from './order-status.js';

const NBSP = '\u00a0';

describe('order refusals', () => {
  it('are worded in French for every refused event, English unchanged by default', () => {
    expect(transition(S.SHIPPED, 'CANCEL', 'fr-CA')).toEqual({
      ok: false,
      reason: `Une partie de cette commande a déjà été expédiée${NBSP}; elle ne peut donc plus être annulée. Ouvrez un dossier pour retourner des articles.`,
    });
    expect(transition(S.CANCELLED, 'CANCEL', 'fr-CA')).toMatchObject({
      reason: 'Cette commande est déjà annulée.',
    });
    expect(transition(S.PLACED, 'APPROVE', 'fr-CA')).toMatchObject({
      reason: 'Cette commande n’attend pas d’approbation.',
    });
    expect(transition(S.CANCELLED, 'REJECT', 'fr-CA')).toMatchObject({
      reason: 'Cette commande a été annulée ou refusée.',
    });
    expect(transition(S.AWAITING_APPROVAL, 'SHIP_ALL', 'fr-CA')).toMatchObject({
      reason: 'Cette commande attend toujours une approbation.',
    });
    expect(transition(S.PLACED, 'DELIVER', 'fr-CA')).toMatchObject({
      reason: 'Seule une commande expédiée peut être marquée comme livrée.',
    });
    expect(transition(S.CANCELLED, 'SHIP_PART')).toMatchObject({ reason: 'This order is cancelled.' });
    expect(transition(S.PLACED, 'APPROVE', 'en-US')).toEqual(transition(S.PLACED, 'APPROVE'));
  });

  it('never change what is allowed', () => {
    const events: OrderEvent[] = [
      'SUBMIT_FOR_APPROVAL',
      'APPROVE',
      'REJECT',
      'SHIP_PART',
      'SHIP_ALL',
      'DELIVER',
      'CANCEL',
    ];
    for (const from of Object.values(S))
      for (const event of events)
        expect(transition(from, event, 'fr-CA').ok).toBe(transition(from, event).ok);
  });

  it('word validation in both languages', () => {
    expect(noSuchOrder('en-US')).toBe('There is no such order for this account.');
    expect(noSuchOrder('fr-CA')).toBe('Cette commande n’existe pas pour ce compte.');
    expect(textTooLong('comment', 1000, 'en-US')).toBe('The comment is limited to 1,000 characters.');
    expect(textTooLong('comment', 1000, 'fr-CA')).toBe(`Le commentaire est limité à 1${NBSP}000 caractères.`);
    expect(textTooLong('reason', 500, 'fr-CA')).toBe('La raison est limitée à 500 caractères.');
  });

  it('word a reordered line whose price changed', () => {
    const line = { sku: 'NB-WB-001', now: '12.50', was: '10.50', currency: 'CAD', orderNumber: 'CO-500123' };
    expect(reorderPriceChanged(line, 'en-US')).toBe(
      'NB-WB-001: now 12.50 CAD per unit (was 10.50 on CO-500123).',
    );
    expect(reorderPriceChanged(line, 'fr-CA')).toBe(
      `NB-WB-001${NBSP}: maintenant 12,50${NBSP}$ l’unité (c’était 10,50${NBSP}$ sur CO-500123).`,
    );
  });
});

describe('order notifications', () => {
  it('word each change in the recipient’s language', () => {
    expect(orderCancelledNotice({ number: 'CO-1', actorName: 'Luc', reason: null }, 'fr-CA')).toEqual({
      title: 'Commande CO-1 annulée',
      body: 'Luc l’a annulée.',
    });
    expect(orderCancelledNotice({ number: 'CO-1', actorName: 'Luc', reason: 'En double' }, 'en-US')).toEqual({
      title: 'Order CO-1 cancelled',
      body: 'Luc cancelled it: En double',
    });
    const decided = {
      number: 'CO-2',
      approved: false,
      actorName: 'Anne',
      total: { amount: '3100.00', currency: 'CAD' },
      comment: 'Trop cher',
    };
    expect(orderDecidedNotice(decided, 'fr-CA')).toEqual({
      title: 'Commande CO-2 refusée',
      body: `Anne a refusé votre commande de 3${NBSP}100,00${NBSP}$${NBSP}: Trop cher`,
    });
    expect(orderDecidedNotice({ ...decided, approved: true, comment: null }, 'en-US')).toEqual({
      title: 'Order CO-2 approved',
      body: 'Anne approved your order of 3100.00 CAD.',
    });
    const shipped = { number: 'CO-3', carrier: 'UPS', trackingNumber: '1Z999', units: 2, remaining: 7 };
    expect(orderShippedNotice(shipped, 'en-US')).toEqual({
      title: 'Order CO-3 shipped: UPS 1Z999',
      body: '2 units are on the way; 7 more to follow.',
    });
    expect(orderShippedNotice(shipped, 'fr-CA')).toEqual({
      title: `Commande CO-3 expédiée${NBSP}: UPS 1Z999`,
      body: `2 unités sont en route${NBSP}; 7 autres suivront.`,
    });
    expect(orderShippedNotice({ ...shipped, units: 1, remaining: 0 }, 'fr-CA').body).toBe(
      `1 unité est en route${NBSP}; la commande est ainsi complète.`,
    );
    expect(orderDeliveredNotice({ number: 'CO-4' }, 'fr-CA')).toEqual({
      title: 'Commande CO-4 livrée',
      body: 'Tout le contenu de la commande a été livré.',
    });
  });
});
