import { describe, expect, it } from 'vitest';
import {
  emptyInvoiceList,
  invoiceFilter,
  invoiceFilterCount,
  invoiceListParams,
  isReversedAmounts,
  isReversedDays,
  parseInvoiceList,
  payHref,
  statementHref,
} from './invoice-params';

describe('invoice list URL state', () => {
  it('reads what it writes', () => {
    const state = {
      q: 'INV-7',
      statuses: ['OVERDUE' as const, 'OPEN' as const],
      dueFrom: '2026-11-01',
      dueTo: '2026-11-30',
      min: '100',
      max: '250.50',
      order: 'CO-100042',
    };
    expect(parseInvoiceList(invoiceListParams(state))).toEqual(state);
    expect(invoiceFilterCount(state)).toBe(4);
    expect(invoiceFilter(state)).toEqual({
      search: 'INV-7',
      statuses: ['OVERDUE', 'OPEN'],
      dueFrom: '2026-11-01',
      dueTo: '2026-11-30',
      minAmount: '100',
      maxAmount: '250.50',
      orderNumber: 'CO-100042',
    });
  });

  it('drops malformed values rather than sending them', () => {
    const state = parseInvoiceList(
      new URLSearchParams('status=OPEN,NOPE,OPEN&dueFrom=2026-02-30&min=1e5&max=12.345'),
    );
    expect(state).toEqual({ ...emptyInvoiceList, statuses: ['OPEN'] });
    expect(invoiceFilter(emptyInvoiceList)).toEqual({
      search: null,
      statuses: null,
      dueFrom: null,
      dueTo: null,
      minAmount: null,
      maxAmount: null,
      orderNumber: null,
    });
  });

  it('never sends a range that ends before it starts', () => {
    expect(isReversedDays('2026-11-01', '2026-10-01')).toBe(true);
    expect(isReversedDays('2026-11-01', '2026-11-01')).toBe(false);
    expect(isReversedDays('2026-11-01', '')).toBe(false);
    expect(isReversedAmounts('500', '100.50')).toBe(true);
    expect(isReversedAmounts('100', '100.00')).toBe(false);
    expect(isReversedAmounts('abc', '1')).toBe(false);

    // A hand-edited URL: the reversed ends are dropped, the starts kept.
    const state = parseInvoiceList(
      new URLSearchParams('dueFrom=2026-11-01&dueTo=2026-10-01&min=500&max=100&order=CO-1'),
    );
    expect(state).toEqual({ ...emptyInvoiceList, dueFrom: '2026-11-01', min: '500', order: 'CO-1' });

    // And the query's filter never carries one, whatever state it is given.
    const filter = invoiceFilter({
      ...emptyInvoiceList,
      dueFrom: '2026-11-01',
      dueTo: '2026-10-01',
      min: '500',
      max: '100',
    });
    expect(filter).toMatchObject({ dueFrom: '2026-11-01', dueTo: null, minAmount: '500', maxAmount: null });
  });

  it('links to the payment page and the statement', () => {
    expect(payHref('coffee', ['a', 'b='])).toBe('/coffee/invoices/pay?ids=a,b%3D');
    expect(statementHref('pdf', '2026-01-01', '2026-03-31')).toBe(
      '/api/statements/statement.pdf?from=2026-01-01&to=2026-03-31',
    );
  });
});
