import { Decimal } from '../../../platform/money.js';

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
 * (an extension a sales rep applied).
 */
export function paymentChoice(
  account: CreditAccount,
  exposure: CreditExposure,
  total: Decimal,
  format: (amount: Decimal) => string,
  termsDays: number | null = null,
): PaymentChoice {
  const available = availableCredit(account, exposure);
  const refuse = (reason: string): PaymentChoice => ({
    purchaseOrder: { allowed: false, reason },
    card: true,
    available,
  });
  if (account.creditStatus === 'NONE') {
    return refuse('Your account has no approved credit yet, so orders are paid by card.');
  }
  if (account.creditStatus === 'ON_HOLD') {
    return refuse('Credit on your account is on hold; please pay by card or contact your sales rep.');
  }
  if (available === null) return refuse('Your account has no credit limit set; please pay by card.');
  if (total.greaterThan(available)) {
    return refuse(
      available.lessThanOrEqualTo(0)
        ? `Your available credit is used up (${format(Decimal.max(available, 0))} left); please pay by card.`
        : `This order (${format(total)}) is more than your available credit (${format(available)}); pay by card or split the order.`,
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
