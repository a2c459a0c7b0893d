import type { InvoiceFilter, InvoiceStatus } from '../../../gql/graphql';
import { isDay } from '../../../ui';
import { compareAmounts } from '../../payments/components/amounts';

/*
 * The invoice list's state in the URL: `?q=&status=A,B&dueFrom=&dueTo=&min=&max=&order=&after=`. Days
 * are YYYY-MM-DD (invoice dates are calendar days), amounts decimal strings. Anything malformed (or a
 * range that ends before it starts) is dropped when read, so a hand-edited URL never sends the API a
 * bad filter.
 */

export const invoiceStatuses: readonly InvoiceStatus[] = ['OPEN', 'PARTLY_PAID', 'OVERDUE', 'PAID', 'VOID'];

export const MAX_INVOICE_SEARCH = 200;

export interface InvoiceListState {
  q: string;
  statuses: InvoiceStatus[];
  dueFrom: string;
  dueTo: string;
  min: string;
  max: string;
  order: string;
}

export const emptyInvoiceList: InvoiceListState = {
  q: '',
  statuses: [],
  dueFrom: '',
  dueTo: '',
  min: '',
  max: '',
  order: '',
};

const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;

/** A decimal amount the API accepts (e.g. "250" or "250.00"). */
export function isAmount(value: string): boolean {
  return AMOUNT.test(value.trim());
}

/** A due-date range whose end is before its start (both given). */
export function isReversedDays(from: string, to: string): boolean {
  return !!from && !!to && from > to;
}

/** An amount range whose maximum is below its minimum (both valid amounts). */
export function isReversedAmounts(min: string, max: string): boolean {
  return isAmount(min) && isAmount(max) && compareAmounts(min.trim(), max.trim()) > 0;
}

/**
 * The state with a reversed range's end left out, so the API is never sent a range it refuses (the
 * form shows why next to the field and keeps the last valid one).
 */
export function withValidRanges(state: InvoiceListState): InvoiceListState {
  return {
    ...state,
    dueTo: isReversedDays(state.dueFrom, state.dueTo) ? '' : state.dueTo,
    max: isReversedAmounts(state.min, state.max) ? '' : state.max,
  };
}

export function parseInvoiceList(params: URLSearchParams): InvoiceListState {
  const text = (name: string) => (params.get(name) ?? '').trim();
  const day = (name: string) => (isDay(text(name)) ? text(name) : '');
  const amount = (name: string) => (isAmount(text(name)) ? text(name) : '');
  const statuses = text('status')
    .split(',')
    .filter((s): s is InvoiceStatus => (invoiceStatuses as readonly string[]).includes(s));
  return withValidRanges({
    q: text('q').slice(0, MAX_INVOICE_SEARCH),
    statuses: [...new Set(statuses)],
    dueFrom: day('dueFrom'),
    dueTo: day('dueTo'),
    min: amount('min'),
    max: amount('max'),
    order: text('order').slice(0, 100),
  });
}

/** The URL parameters of a state (empty values left out; the page starts again at the first). */
export function invoiceListParams(state: InvoiceListState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.statuses.length) p.set('status', state.statuses.join(','));
  if (state.dueFrom) p.set('dueFrom', state.dueFrom);
  if (state.dueTo) p.set('dueTo', state.dueTo);
  if (state.min) p.set('min', state.min);
  if (state.max) p.set('max', state.max);
  if (state.order) p.set('order', state.order);
  return p;
}

export function invoiceFilterCount(state: InvoiceListState): number {
  return (
    (state.statuses.length ? 1 : 0) +
    (state.dueFrom || state.dueTo ? 1 : 0) +
    (state.min || state.max ? 1 : 0) +
    (state.order ? 1 : 0)
  );
}

/** The `filter` of the invoices query for a state (a reversed range's end is left out). */
export function invoiceFilter(input: InvoiceListState): InvoiceFilter {
  const state = withValidRanges(input);
  return {
    search: state.q || null,
    statuses: state.statuses.length ? state.statuses : null,
    dueFrom: state.dueFrom || null,
    dueTo: state.dueTo || null,
    minAmount: state.min || null,
    maxAmount: state.max || null,
    orderNumber: state.order || null,
  };
}

/** Where "Pay selected" goes: the payment page with the invoices' IDs. */
export function payHref(siteCode: string, invoiceIds: readonly string[]): string {
  return `/${siteCode}/invoices/pay?ids=${invoiceIds.map(encodeURIComponent).join(',')}`;
}

/** The statement of account for a range, as PDF or CSV (the session cookie authenticates). */
export function statementHref(format: 'pdf' | 'csv', from: string, to: string): string {
  return `/api/statements/statement.${format}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
}
