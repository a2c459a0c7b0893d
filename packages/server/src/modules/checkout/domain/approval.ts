import type { Decimal } from '../../../platform/money.js';

/**
 * Spending limits: a buyer user may have an order limit; an order above it waits for the account's
 * buyer admin. Orders a seller-side user places on the account's behalf, and orders by a buyer admin,
 * do not need approval. Pure.
 */
export interface Placer {
  /** Null: no limit. */
  orderLimit: Decimal | null;
  isBuyerAdmin: boolean;
  sellerSide: boolean;
}

export function needsApproval(placer: Placer, total: Decimal): boolean {
  if (placer.sellerSide || placer.isBuyerAdmin) return false;
  return placer.orderLimit !== null && total.greaterThan(placer.orderLimit);
}

/** Who may decide on an order waiting for approval: a buyer admin of the same account. */
export function canDecide(
  decider: { isBuyerAdmin: boolean; accountId: string | null },
  orderAccountId: string,
): boolean {
  return decider.isBuyerAdmin && decider.accountId === orderAccountId;
}
