import { Decimal } from '../../../platform/money.js';
import { paymentRefusal, type PaymentRefusalFact } from './checkout-messages.js';

/**
 * Credit standing and the payment options it allows. Pure: plain data in, plain data out.
 * Available credit = limit − open receivables − open orders on terms. An order may go on a purchase
 * order (on terms) only when the account's credit is approved and the order fits the available credit.
 */
export type CreditStatus = 'APPROVED' | 'NONE' | 'ON_HOLD';

export interface CreditAccount {
  creditStatus: CreditStatus;
  creditLimit: Decimal | null;
  /** The account's usual terms (Net N days). */
  paymentTermsDays: number | null;
}

export interface CreditExposure {
  /** Orders on terms not yet invoiced (placed, awaiting approval, approved, shipping). */
  openOrders: Decimal;
  /** Invoiced and not yet paid. */
  openReceivables: Decimal;
}

/** Limit minus exposure (may be negative); null when the account has no credit line. */
export function availableCredit(account: CreditAccount, exposure: CreditExposure): Decimal | null {
  if (account.creditStatus !== 'APPROVED' || account.creditLimit === null) return null;
  return account.creditLimit.minus(exposure.openOrders).minus(exposure.openReceivables);
}

export type PaymentMethod = 'PURCHASE_ORDER' | 'CARD';

export interface PaymentChoice {
  /** Purchase order on terms is offered. */
  purchaseOrder: { allowed: true; termsDays: number } | { allowed: false; reason: string };
  /** Card is always offered. */
  card: true;
  available: Decimal | null;
}

/**
 * What the buyer may pay with for an order of `total`. `termsDays` overrides the account's usual terms
 * (an extension a sales rep applied). The reason a purchase order is refused is in `locale`'s language;
 * `format` writes amounts for that language.
 */
export function paymentChoice(
  account: CreditAccount,
  exposure: CreditExposure,
  total: Decimal,
  format: (amount: Decimal) => string,
  termsDays: number | null = null,
  locale = 'en-US',
): PaymentChoice {
  const available = availableCredit(account, exposure);
  const refuse = (fact: PaymentRefusalFact): PaymentChoice => ({
    purchaseOrder: { allowed: false, reason: paymentRefusal(fact, locale) },
    card: true,
    available,
  });
  if (account.creditStatus === 'NONE') return refuse({ kind: 'NO_CREDIT' });
  if (account.creditStatus === 'ON_HOLD') return refuse({ kind: 'ON_HOLD' });
  if (available === null) return refuse({ kind: 'NO_LIMIT' });
  if (total.greaterThan(available)) {
    return refuse(
      available.lessThanOrEqualTo(0)
        ? { kind: 'USED_UP', left: format(Decimal.max(available, 0)) }
        : { kind: 'OVER_CREDIT', total: format(total), available: format(available) },
    );
  }
  return {
    purchaseOrder: { allowed: true, termsDays: termsDays ?? account.paymentTermsDays ?? 30 },
    card: true,
    available,
  };
}

/** The due date of a purchase order placed at `placedAt` on Net `termsDays` terms (calendar days, UTC). */
export function dueDate(placedAt: Date, termsDays: number): string {
  const due = new Date(
    Date.UTC(placedAt.getUTCFullYear(), placedAt.getUTCMonth(), placedAt.getUTCDate() + termsDays),
  );
  return due.toISOString().slice(0, 10);
}
