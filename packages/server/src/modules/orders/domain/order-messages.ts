import {
  colon,
  formatAmount,
  formatCount,
  languageOf,
  NBSP,
  semicolon,
} from '../../checkout/domain/locale-text.js';
import type { OrderStatus, TransitionRefusal } from './order-status.js';

/** A notification's words. */
export interface NoticeText {
  title: string;
  body: string;
}

/**
 * The words of orders in a person's language: English for en-US (and any locale that is not French),
 * Canadian French for fr-CA. Refusals and validation go to the viewer; notifications to each recipient
 * in theirs. English is exactly what the API has always said. Pure.
 */

/** The status as a French adjective, for "une commande {status}". */
const FRENCH_STATUS: Record<OrderStatus, string> = {
  PLACED: 'passée',
  AWAITING_APPROVAL: 'en attente d’approbation',
  APPROVED: 'approuvée',
  PARTLY_SHIPPED: 'partiellement expédiée',
  SHIPPED: 'expédiée',
  DELIVERED: 'livrée',
  CANCELLED: 'annulée',
};

const REFUSALS: Record<Exclude<TransitionRefusal, 'OTHER'>, { en: string; fr: string }> = {
  SHIPPED_NO_CANCEL: {
    en: 'Part of this order has already shipped, so it can no longer be cancelled. Open a case to return items.',
    fr: `Une partie de cette commande a déjà été expédiée${NBSP}; elle ne peut donc plus être annulée. Ouvrez un dossier pour retourner des articles.`,
  },
  ALREADY_CANCELLED: { en: 'This order is already cancelled.', fr: 'Cette commande est déjà annulée.' },
  CANCELLED_OR_REJECTED: {
    en: 'This order was cancelled or rejected.',
    fr: 'Cette commande a été annulée ou refusée.',
  },
  NOT_AWAITING_APPROVAL: {
    en: 'This order is not waiting for approval.',
    fr: 'Cette commande n’attend pas d’approbation.',
  },
  STILL_AWAITING_APPROVAL: {
    en: 'This order is still waiting for approval.',
    fr: 'Cette commande attend toujours une approbation.',
  },
  DELIVER_NOT_SHIPPED: {
    en: 'Only a shipped order can be marked delivered.',
    fr: 'Seule une commande expédiée peut être marquée comme livrée.',
  },
  APPROVAL_NOT_NEW: {
    en: 'Only a newly placed order can be sent for approval.',
    fr: 'Seule une commande qui vient d’être passée peut être soumise à l’approbation.',
  },
  IS_CANCELLED: { en: 'This order is cancelled.', fr: 'Cette commande est annulée.' },
  ALL_SHIPPED: {
    en: 'Everything on this order has already shipped.',
    fr: 'Tout ce qui figure sur cette commande a déjà été expédié.',
  },
};

/** Why the state machine refuses a change of an order that is `from`, for a person. */
export function transitionRefusalText(refusal: TransitionRefusal, from: OrderStatus, locale: string): string {
  const language = languageOf(locale);
  if (refusal !== 'OTHER') return REFUSALS[refusal][language];
  return language === 'fr'
    ? `Cette action n’est pas possible pour une commande ${FRENCH_STATUS[from]}.`
    : `An order that is ${from.toLowerCase()} cannot do that.`;
}

export function noSuchOrder(locale: string): string {
  return languageOf(locale) === 'fr'
    ? 'Cette commande n’existe pas pour ce compte.'
    : 'There is no such order for this account.';
}

/** Free text (a cancel reason, an approval comment) longer than allowed. */
export function textTooLong(field: 'reason' | 'comment', max: number, locale: string): string {
  if (languageOf(locale) === 'fr') {
    const limit = formatCount('fr', max);
    return field === 'reason'
      ? `La raison est limitée à ${limit} caractères.`
      : `Le commentaire est limité à ${limit} caractères.`;
  }
  return `The ${field} is limited to ${max.toLocaleString('en-US')} characters.`;
}

/** A reordered line whose unit price changed since the order (amounts in the order's currency). */
export function reorderPriceChanged(
  line: { sku: string; now: string; was: string; currency: string; orderNumber: string },
  locale: string,
): string {
  const language = languageOf(locale);
  if (language === 'fr') {
    const now = formatAmount(language, line.now, line.currency);
    const was = formatAmount(language, line.was, line.currency);
    return `${line.sku}${colon(language)}maintenant ${now} l’unité (c’était ${was} sur ${line.orderNumber}).`;
  }
  return `${line.sku}: now ${line.now} ${line.currency} per unit (was ${line.was} on ${line.orderNumber}).`;
}

// ---- Notifications (worded in each recipient's language) ------------------------------------------

/** "{name} cancelled it: {reason}" — `reason` is the canceller's own words, as written. */
export function orderCancelledNotice(
  o: { number: string; actorName: string; reason: string | null },
  locale: string,
): NoticeText {
  const language = languageOf(locale);
  if (language === 'fr') {
    return {
      title: `Commande ${o.number} annulée`,
      body: `${o.actorName} l’a annulée${o.reason ? `${colon(language)}${o.reason}` : '.'}`,
    };
  }
  return {
    title: `Order ${o.number} cancelled`,
    body: `${o.actorName} cancelled it${o.reason ? `: ${o.reason}` : '.'}`,
  };
}

export function orderDecidedNotice(
  o: {
    number: string;
    approved: boolean;
    actorName: string;
    total: { amount: string; currency: string };
    comment: string | null;
  },
  locale: string,
): NoticeText {
  const language = languageOf(locale);
  const amount = formatAmount(language, o.total.amount, o.total.currency);
  if (language === 'fr') {
    const comment = o.comment ? `${colon(language)}${o.comment}` : '.';
    return {
      title: `Commande ${o.number} ${o.approved ? 'approuvée' : 'refusée'}`,
      body: `${o.actorName} a ${o.approved ? 'approuvé' : 'refusé'} votre commande de ${amount}${comment}`,
    };
  }
  return {
    title: `Order ${o.number} ${o.approved ? 'approved' : 'rejected'}`,
    body: `${o.actorName} ${o.approved ? 'approved' : 'rejected'} your order of ${amount}${
      o.comment ? `: ${o.comment}` : '.'
    }`,
  };
}

export function orderShippedNotice(
  o: { number: string; carrier: string; trackingNumber: string; units: number; remaining: number },
  locale: string,
): NoticeText {
  const language = languageOf(locale);
  if (language === 'fr') {
    const units = `${formatCount(language, o.units)} ${o.units === 1 ? 'unité est' : 'unités sont'} en route`;
    return {
      title: `Commande ${o.number} expédiée${colon(language)}${o.carrier} ${o.trackingNumber}`,
      body:
        o.remaining > 0
          ? `${units}${semicolon(language)}${formatCount(language, o.remaining)} ${o.remaining === 1 ? 'autre suivra' : 'autres suivront'}.`
          : `${units}${semicolon(language)}la commande est ainsi complète.`,
    };
  }
  const units = `${o.units} ${o.units === 1 ? 'unit is' : 'units are'} on the way`;
  return {
    title: `Order ${o.number} shipped: ${o.carrier} ${o.trackingNumber}`,
    body:
      o.remaining > 0 ? `${units}; ${o.remaining} more to follow.` : `${units}; that completes the order.`,
  };
}

export function orderDeliveredNotice(o: { number: string }, locale: string): NoticeText {
  return languageOf(locale) === 'fr'
    ? { title: `Commande ${o.number} livrée`, body: 'Tout le contenu de la commande a été livré.' }
    : { title: `Order ${o.number} delivered`, body: 'Everything on the order has been delivered.' };
}
