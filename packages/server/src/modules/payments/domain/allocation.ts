import { Decimal, minorUnits, sumAmounts, toDecimal } from '../../../platform/money.js';
import { earlyPaymentDiscount } from './early-payment-discount.js';
import { amountWords, dateWords, paymentProblem } from './payment-words.js';

/**
 * Validating a payment's allocation to invoices, and planning what each part settles. Pure: the
 * service loads the invoices (locked, with their current balances) and applies the plan.
 *
 * Rules, each refused with a message on the field it concerns (`allocations[i].invoiceId`,
 * `allocations[i].amount`, `amount`):
 * - at least one allocation, at most 100, each invoice once;
 * - every invoice exists for the viewer, belongs to the paying account, is neither VOID nor PAID, and
 *   all are in one currency (the payment's);
 * - every amount is a decimal with at most the currency's minor-unit decimals, greater than zero (a
 *   negative number is told so, not taken for a badly written one) and at most what is owed today:
 *   the balance, or — within an early-payment discount window — the discounted amount that settles
 *   it in full (paying more than that would pay for nothing);
 * - the amounts add up exactly to the payment's total.
 * An allocation equal to the discounted pay-in-full amount settles the invoice with the discount
 * credited; any smaller amount is a part payment and takes no discount (see early-payment-discount.ts).
 */

export type PayableState = 'OPEN' | 'PARTLY_PAID' | 'PAID' | 'VOID';

export interface PayableInvoice {
  id: string;
  number: string;
  accountId: string;
  currency: string;
  state: PayableState;
  balance: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  discountPercent: string | null;
  discountDays: number | null;
}

export interface RequestedAllocation {
  /** The invoice's database id, or null when the client's id is not an invoice id at all. */
  invoiceId: string | null;
  amount: string;
}

export interface PlannedAllocation {
  invoiceId: string;
  /** Money paid against the invoice. */
  amount: Decimal;
  /** Early-payment discount credited with it (zero for a part payment). */
  discount: Decimal;
  balanceBefore: Decimal;
  /** amount + discount = balanceBefore. */
  settlesInFull: boolean;
}

export interface PaymentProblem {
  field: string;
  message: string;
}

export type PaymentPlan =
  | {
      ok: true;
      currency: string;
      amount: Decimal;
      discountTotal: Decimal;
      allocations: PlannedAllocation[];
    }
  | { ok: false; problems: PaymentProblem[] };

export const MAX_ALLOCATIONS = 100;

/** A plain decimal with at most `decimals` places (no sign, exponent or thousands separator). */
function parseAmount(text: string, decimals: number): Decimal | null {
  const match = /^(\d{1,15})(?:\.(\d+))?$/.exec(text.trim());
  if (!match || (match[2]?.length ?? 0) > decimals) return null;
  return toDecimal(text.trim());
}

/** A number written with a minus sign ("-5.00", "−5"): refused as not greater than zero, not as a format. */
function isNegativeNumber(text: string): boolean {
  return /^[-\u2212]\s*\d{1,15}(?:\.\d+)?$/.test(text.trim());
}

export function planPayment(
  request: { accountId: string; amount: string; allocations: readonly RequestedAllocation[] },
  invoices: ReadonlyMap<string, PayableInvoice>,
  today: string,
  locale: string,
): PaymentPlan {
  const problems: PaymentProblem[] = [];
  if (request.allocations.length === 0) {
    return {
      ok: false,
      problems: [{ field: 'allocations', message: paymentProblem('NO_ALLOCATIONS', locale) }],
    };
  }
  if (request.allocations.length > MAX_ALLOCATIONS) {
    return {
      ok: false,
      problems: [{ field: 'allocations', message: paymentProblem('TOO_MANY_ALLOCATIONS', locale) }],
    };
  }
  // The payment's currency: that of the first invoice found (all must share it).
  const currency =
    request.allocations.map((a) => (a.invoiceId ? invoices.get(a.invoiceId) : undefined)).find(Boolean)
      ?.currency ?? null;
  const decimals = minorUnits(currency ?? 'USD');
  const seen = new Set<string>();
  const planned: PlannedAllocation[] = [];
  let amountsReadable = true;
  request.allocations.forEach((requested, i) => {
    const at = `allocations[${i}]`;
    const invoice = requested.invoiceId ? invoices.get(requested.invoiceId) : undefined;
    const amount = parseAmount(requested.amount, decimals);
    if (!amount) {
      amountsReadable = false;
      problems.push({
        field: `${at}.amount`,
        message: isNegativeNumber(requested.amount)
          ? paymentProblem('AMOUNT_NOT_POSITIVE', locale)
          : paymentProblem('AMOUNT_FORMAT', locale, { decimals }),
      });
    } else if (amount.isZero()) {
      problems.push({ field: `${at}.amount`, message: paymentProblem('AMOUNT_NOT_POSITIVE', locale) });
    }
    if (!invoice) {
      problems.push({ field: `${at}.invoiceId`, message: paymentProblem('INVOICE_NOT_FOUND', locale) });
      return;
    }
    const number = invoice.number;
    if (seen.has(invoice.id)) {
      problems.push({
        field: `${at}.invoiceId`,
        message: paymentProblem('DUPLICATE_INVOICE', locale, { number }),
      });
      return;
    }
    seen.add(invoice.id);
    if (invoice.accountId !== request.accountId) {
      problems.push({
        field: `${at}.invoiceId`,
        message: paymentProblem('OTHER_ACCOUNT', locale, { number }),
      });
      return;
    }
    if (invoice.state === 'VOID' || invoice.state === 'PAID') {
      const kind = invoice.state === 'VOID' ? 'INVOICE_VOID' : 'INVOICE_PAID';
      problems.push({ field: `${at}.invoiceId`, message: paymentProblem(kind, locale, { number }) });
      return;
    }
    if (invoice.currency !== currency) {
      problems.push({
        field: `${at}.invoiceId`,
        message: paymentProblem('CURRENCY', locale, {
          number,
          currency: invoice.currency,
          paymentCurrency: currency ?? '',
        }),
      });
      return;
    }
    if (!amount || amount.isZero()) return;
    const balance = toDecimal(invoice.balance);
    const discount = earlyPaymentDiscount(
      {
        balance,
        currency: invoice.currency,
        issuedOn: invoice.issuedOn,
        percent: invoice.discountPercent,
        days: invoice.discountDays,
      },
      today,
    );
    if (discount && amount.greaterThan(discount.payInFullAmount)) {
      problems.push({
        field: `${at}.amount`,
        message: paymentProblem('AMOUNT_OVER_DISCOUNTED', locale, {
          number,
          payInFull: amountWords(discount.payInFullAmount, invoice.currency, locale),
          discount: amountWords(discount.amount, invoice.currency, locale),
          payBy: dateWords(discount.payBy, locale),
        }),
      });
      return;
    }
    if (amount.greaterThan(balance)) {
      problems.push({
        field: `${at}.amount`,
        message: paymentProblem('AMOUNT_OVER_BALANCE', locale, {
          number,
          balance: amountWords(balance, invoice.currency, locale),
        }),
      });
      return;
    }
    const taken = discount && amount.equals(discount.payInFullAmount) ? discount.amount : new Decimal(0);
    planned.push({
      invoiceId: invoice.id,
      amount,
      discount: taken,
      balanceBefore: balance,
      settlesInFull: amount.plus(taken).equals(balance),
    });
  });
  const total = parseAmount(request.amount, decimals);
  if (!total) {
    problems.push({
      field: 'amount',
      message: isNegativeNumber(request.amount)
        ? paymentProblem('AMOUNT_NOT_POSITIVE', locale)
        : paymentProblem('TOTAL_FORMAT', locale, { decimals }),
    });
  } else if (amountsReadable) {
    const sum = sumAmounts(request.allocations.map((a) => toDecimal(a.amount.trim())));
    if (!sum.equals(total)) {
      const words = (value: Decimal) => amountWords(value, currency ?? 'USD', locale);
      problems.push({
        field: 'amount',
        message: paymentProblem('TOTAL_MISMATCH', locale, { sum: words(sum), total: words(total) }),
      });
    }
  }
  if (problems.length || !currency || !total) return { ok: false, problems };
  return {
    ok: true,
    currency,
    amount: total,
    discountTotal: sumAmounts(planned.map((p) => p.discount)),
    allocations: planned,
  };
}
