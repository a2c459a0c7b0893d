import { Decimal, sumAmounts, toDecimal } from '../../../platform/money.js';

/**
 * Dates and status of invoices: due date from the terms, overdue (derived, never stored), days past due
 * and the aging buckets of receivables. Dates are calendar dates (YYYY-MM-DD, UTC). Pure.
 */

export type StoredInvoiceState = 'OPEN' | 'PARTLY_PAID' | 'PAID' | 'VOID';
export type InvoiceStatusValue = StoredInvoiceState | 'OVERDUE';

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(date: string): number {
  if (!DATE.test(date)) throw new RangeError(`not a date: ${date}`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date)
    throw new RangeError(`not a date: ${date}`);
  return ms;
}

/** The calendar date (UTC) of an instant. */
export function dateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(parseDate(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Due on the issue date plus the terms' days (Net N). */
export function dueDate(issuedOn: string, termsDays: number): string {
  if (!Number.isInteger(termsDays) || termsDays < 0) throw new RangeError('terms are whole days, 0 or more');
  return addDays(issuedOn, termsDays);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to) - parseDate(from)) / DAY_MS);
}

/** Days past the due date on `today` (0 on the due date and before it). */
export function daysPastDue(dueOn: string, today: string): number {
  return Math.max(0, daysBetween(dueOn, today));
}

/** Something is still owed on it: open or partly paid. */
export function isOutstanding(state: StoredInvoiceState): boolean {
  return state === 'OPEN' || state === 'PARTLY_PAID';
}

/** Overdue: still owed and `today` is after the due date. */
export function isOverdue(state: StoredInvoiceState, dueOn: string, today: string): boolean {
  return isOutstanding(state) && daysPastDue(dueOn, today) > 0;
}

/** The status people see: the stored state, or OVERDUE for an outstanding invoice past its due date. */
export function invoiceStatus(state: StoredInvoiceState, dueOn: string, today: string): InvoiceStatusValue {
  return isOverdue(state, dueOn, today) ? 'OVERDUE' : state;
}

export type AgingBucket = 'CURRENT' | 'DAYS_1_30' | 'DAYS_31_60' | 'DAYS_61_90' | 'OVER_90';
export const AGING_BUCKETS: readonly AgingBucket[] = [
  'CURRENT',
  'DAYS_1_30',
  'DAYS_31_60',
  'DAYS_61_90',
  'OVER_90',
];

/** The bucket of an outstanding invoice by days past due: current (not yet due), 1–30, 31–60, 61–90, over 90. */
export function agingBucket(pastDue: number): AgingBucket {
  if (pastDue <= 0) return 'CURRENT';
  if (pastDue <= 30) return 'DAYS_1_30';
  if (pastDue <= 60) return 'DAYS_31_60';
  if (pastDue <= 90) return 'DAYS_61_90';
  return 'OVER_90';
}

export interface AgingInput {
  state: StoredInvoiceState;
  dueOn: string;
  balance: string | Decimal;
}

export interface AgingLine {
  bucket: AgingBucket;
  amount: Decimal;
  count: number;
}

export interface AgingSummary {
  buckets: AgingLine[];
  totalOpen: Decimal;
  openCount: number;
}

/** Balances of outstanding invoices per aging bucket on `today` (paid and void ones are not receivables). */
export function agingSummary(invoices: readonly AgingInput[], today: string): AgingSummary {
  const lines = new Map<AgingBucket, { amounts: Decimal[]; count: number }>(
    AGING_BUCKETS.map((b) => [b, { amounts: [], count: 0 }]),
  );
  for (const invoice of invoices) {
    if (!isOutstanding(invoice.state)) continue;
    const line = lines.get(agingBucket(daysPastDue(invoice.dueOn, today)))!;
    line.amounts.push(toDecimal(invoice.balance));
    line.count += 1;
  }
  const buckets = AGING_BUCKETS.map((bucket) => ({
    bucket,
    amount: sumAmounts(lines.get(bucket)!.amounts),
    count: lines.get(bucket)!.count,
  }));
  return {
    buckets,
    totalOpen: sumAmounts(buckets.map((b) => b.amount)),
    openCount: buckets.reduce((n, b) => n + b.count, 0),
  };
}
