import { Decimal, toDecimal } from '../../../platform/money.js';

/** The stored states an invoice moves through as money settles it (VOID is set apart, by voiding). */
export type SettlementState = 'OPEN' | 'PARTLY_PAID' | 'PAID';

export interface InvoiceAmounts {
  total: string | Decimal;
  amountPaid: string | Decimal;
  /** Credit memos and early-payment discounts taken. */
  amountCredited: string | Decimal;
}

export interface SettledInvoice {
  amountPaid: Decimal;
  amountCredited: Decimal;
  balance: Decimal;
  state: SettlementState;
}

export class OverSettlementError extends Error {
  constructor(
    readonly balance: Decimal,
    readonly settling: Decimal,
  ) {
    super(`settling ${settling.toFixed(2)} exceeds the balance of ${balance.toFixed(2)}`);
  }
}

/**
 * An invoice's amounts after money is paid or credited against it: the balance is what remains of the
 * total; a settlement beyond the balance is refused (an invoice is never overpaid or overcredited).
 * Paid in full, or credited in full, the invoice is PAID; anything settled short of that, PARTLY_PAID.
 */
export function settleInvoice(
  invoice: InvoiceAmounts,
  change: { paid?: string | Decimal; credited?: string | Decimal },
): SettledInvoice {
  const paid = toDecimal(change.paid ?? '0');
  const credited = toDecimal(change.credited ?? '0');
  if (paid.isNegative() || credited.isNegative()) throw new RangeError('a settlement is never negative');
  const total = toDecimal(invoice.total);
  const amountPaid = toDecimal(invoice.amountPaid).plus(paid);
  const amountCredited = toDecimal(invoice.amountCredited).plus(credited);
  const before = total.minus(invoice.amountPaid).minus(invoice.amountCredited);
  const balance = total.minus(amountPaid).minus(amountCredited);
  if (balance.isNegative()) throw new OverSettlementError(before, paid.plus(credited));
  const state: SettlementState = balance.isZero()
    ? 'PAID'
    : amountPaid.plus(amountCredited).isZero()
      ? 'OPEN'
      : 'PARTLY_PAID';
  return { amountPaid, amountCredited, balance, state };
}
