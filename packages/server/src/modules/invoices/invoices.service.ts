import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage } from '../../platform/db/keyset-page.js';
import { sqlArray } from '../../platform/db/sql.js';
import { BadUserInputError, cleanText } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { money, toDecimal } from '../../platform/money.js';
import { toConnection, type Connection } from '../../platform/pagination.js';
import { escapeLike } from '../accounts/index.js';
import { effectiveAccountId, type Viewer } from '../identity/index.js';
import { invoiceText } from './domain/invoice-messages.js';
import {
  addDays,
  agingBucket,
  agingSummary,
  daysPastDue,
  dateOf,
  daysBetween,
  invoiceStatus,
  isOutstanding,
  type StoredInvoiceState,
} from './domain/invoice-status.js';
import {
  AgingBucketName,
  InvoiceStatus,
  type InvoiceAging,
  type InvoiceFilter,
  type InvoiceNode,
} from './invoice.types.js';

export interface InvoiceRow {
  id: string;
  site_id: string;
  account_id: string;
  number: string;
  order_id: string;
  shipment_id: string | null;
  state: StoredInvoiceState;
  currency: string;
  issued_on: string;
  due_on: string;
  payment_terms_days: number;
  early_payment_discount_percent: string | null;
  early_payment_discount_days: number | null;
  subtotal: string;
  shipping_total: string;
  tax_total: string;
  total: string;
  amount_paid: string;
  amount_credited: string;
  balance: string;
  paid_at: string | null;
  voided_at: string | null;
  void_reason: string | null;
}

export const INVOICE_COLUMNS = `i.id, i.site_id, i.account_id, i.number, i.order_id, i.shipment_id, i.state, i.currency,
  to_char(i.issued_on, 'YYYY-MM-DD') AS issued_on, to_char(i.due_on, 'YYYY-MM-DD') AS due_on, i.payment_terms_days,
  i.early_payment_discount_percent::text AS early_payment_discount_percent, i.early_payment_discount_days,
  i.subtotal::text AS subtotal, i.shipping_total::text AS shipping_total, i.tax_total::text AS tax_total,
  i.total::text AS total, i.amount_paid::text AS amount_paid, i.amount_credited::text AS amount_credited,
  i.balance::text AS balance, i.paid_at, i.voided_at, i.void_reason`;

/** Today's date (UTC): the day overdue and aging are computed for. */
export function today(): string {
  return dateOf(new Date());
}

export function toInvoiceNode(row: InvoiceRow, on: string = today()): InvoiceNode {
  const c = row.currency;
  const outstanding = isOutstanding(row.state);
  const pastDue = outstanding ? daysPastDue(row.due_on, on) : 0;
  const discountDays = row.early_payment_discount_days;
  const payBy = discountDays !== null ? addDays(row.issued_on, discountDays) : null;
  return {
    dbId: row.id,
    orderDbId: row.order_id,
    shipmentDbId: row.shipment_id,
    accountDbId: row.account_id,
    id: toGlobalId('Invoice', row.id),
    number: row.number,
    status: invoiceStatus(row.state, row.due_on, on) as InvoiceStatus,
    currency: c,
    issuedOn: row.issued_on,
    dueOn: row.due_on,
    paymentTermsDays: row.payment_terms_days,
    daysPastDue: pastDue,
    agingBucket: outstanding ? (agingBucket(pastDue) as AgingBucketName) : null,
    earlyPaymentTerms:
      row.early_payment_discount_percent !== null && discountDays !== null && payBy !== null
        ? {
            discountPercent: toDecimal(row.early_payment_discount_percent).toFixed(2),
            days: discountDays,
            payBy,
            available: outstanding && daysBetween(on, payBy) >= 0,
          }
        : null,
    subtotal: money(row.subtotal, c),
    shippingTotal: money(row.shipping_total, c),
    taxTotal: money(row.tax_total, c),
    total: money(row.total, c),
    amountPaid: money(row.amount_paid, c),
    amountCredited: money(row.amount_credited, c),
    balance: money(row.balance, c),
    paidAt: row.paid_at ? new Date(row.paid_at) : null,
    voidedAt: row.voided_at ? new Date(row.voided_at) : null,
    voidReason: row.void_reason,
    pdfUrl: `/api/invoices/${toGlobalId('Invoice', row.id)}.pdf`,
    payable: outstanding,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;

/** A date filter value: YYYY-MM-DD and a real day, or a clear input error in the viewer's language. */
export function checkDate(value: string | null | undefined, locale: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const ok =
    DATE.test(value) &&
    Number(value.slice(0, 4)) >= 1900 &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!ok) throw new BadUserInputError(invoiceText('badDate', locale));
  return value;
}

function checkAmount(value: string | null | undefined, locale: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (!AMOUNT.test(value.trim())) throw new BadUserInputError(invoiceText('filterAmount', locale));
  return value.trim();
}

type Where = Array<{ sql: string; params?: unknown[] }>;

/** Invoices of the viewer's effective account (never another's), like orders. */
export class InvoicesService {
  constructor(private readonly em: EntityManager) {}

  list(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; filter?: InvoiceFilter | null },
  ): Promise<Connection<InvoiceNode>> {
    const accountId = effectiveAccountId(viewer);
    const on = today();
    const where = this.conditions(viewer, accountId ?? '', args.filter ?? {}, on);
    if (!accountId) return Promise.resolve(toConnection([], 1, 0, () => [], toInvoiceNode));
    return keysetPage(this.em, {
      select: INVOICE_COLUMNS,
      from: 'invoice i JOIN customer_order o ON o.id = i.order_id',
      where,
      orderBy: [
        ['i.issued_on', 'date'],
        ['i.number', 'text'],
        ['i.id', 'uuid'],
      ],
      direction: 'DESC',
      first: args.first,
      defaultSize: 20,
      after: args.after,
      cursorOf: (r: InvoiceRow) => [r.issued_on, r.number, r.id],
      nodeOf: (r: InvoiceRow) => toInvoiceNode(r, on),
    });
  }

  private conditions(viewer: Viewer, accountId: string, filter: InvoiceFilter, on: string): Where {
    const locale = viewer.locale;
    const where: Where = [{ sql: 'i.account_id = ? AND i.site_id = ?', params: [accountId, viewer.siteId] }];
    const dueFrom = checkDate(filter.dueFrom, locale);
    const dueTo = checkDate(filter.dueTo, locale);
    if (dueFrom && dueTo && dueFrom > dueTo) throw new BadUserInputError(invoiceText('dateOrder', locale));
    const min = checkAmount(filter.minAmount, locale);
    const max = checkAmount(filter.maxAmount, locale);
    if (min && max && toDecimal(min).greaterThan(max))
      throw new BadUserInputError(invoiceText('amountOrder', locale));
    if (filter.statuses?.length) {
      const parts: string[] = [];
      const params: unknown[] = [];
      for (const status of new Set(filter.statuses)) {
        if (status === InvoiceStatus.OVERDUE) {
          parts.push(`(i.state IN ('OPEN', 'PARTLY_PAID') AND i.due_on < ?::date)`);
          params.push(on);
        } else if (status === InvoiceStatus.OPEN || status === InvoiceStatus.PARTLY_PAID) {
          parts.push(`(i.state = ? AND i.due_on >= ?::date)`);
          params.push(status, on);
        } else {
          parts.push('i.state = ?');
          params.push(status);
        }
      }
      where.push({ sql: `(${parts.join(' OR ')})`, params });
    }
    if (dueFrom) where.push({ sql: 'i.due_on >= ?::date', params: [dueFrom] });
    if (dueTo) where.push({ sql: 'i.due_on <= ?::date', params: [dueTo] });
    if (min) where.push({ sql: 'i.total >= ?::numeric', params: [min] });
    if (max) where.push({ sql: 'i.total <= ?::numeric', params: [max] });
    const orderNumber = filter.orderNumber ? cleanText(filter.orderNumber, 'Order number') : '';
    if (orderNumber) where.push({ sql: 'o.number ILIKE ?', params: [escapeLike(orderNumber)] });
    const search = filter.search ? cleanText(filter.search, 'Search') : '';
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.push({
        sql: '(i.number ILIKE ? OR o.number ILIKE ? OR o.po_number ILIKE ?)',
        params: [pattern, pattern, pattern],
      });
    }
    return where;
  }

  /** One invoice of the effective account; anyone else's is simply not found. */
  async byGlobalId(viewer: Viewer, globalId: string): Promise<InvoiceNode | null> {
    const row = await this.rowByGlobalId(viewer, globalId);
    return row ? toInvoiceNode(row) : null;
  }

  async rowByGlobalId(viewer: Viewer, globalId: string): Promise<InvoiceRow | null> {
    const id = fromGlobalId('Invoice', globalId);
    const accountId = effectiveAccountId(viewer);
    if (!id || !accountId) return null;
    const [row] = await this.em
      .getConnection()
      .execute<InvoiceRow[]>(
        `SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.id = ? AND i.account_id = ? AND i.site_id = ?`,
        [id, accountId, viewer.siteId],
      );
    return row ?? null;
  }

  /** Outstanding balances of the effective account by age, today. */
  async aging(viewer: Viewer): Promise<InvoiceAging> {
    const accountId = effectiveAccountId(viewer);
    const on = today();
    const rows = accountId
      ? await this.em
          .getConnection()
          .execute<Array<{ state: StoredInvoiceState; due_on: string; balance: string }>>(
            `SELECT state, to_char(due_on, 'YYYY-MM-DD') AS due_on, balance::text FROM invoice
            WHERE account_id = ? AND site_id = ? AND state IN ('OPEN', 'PARTLY_PAID')`,
            [accountId, viewer.siteId],
          )
      : [];
    const summary = agingSummary(
      rows.map((r) => ({ state: r.state, dueOn: r.due_on, balance: r.balance })),
      on,
    );
    const currency = viewer.currency;
    const overdue = summary.buckets
      .filter((b) => b.bucket !== 'CURRENT')
      .reduce((sum, b) => sum.plus(b.amount), toDecimal('0'));
    return {
      asOf: on,
      currency,
      buckets: summary.buckets.map((b) => ({
        bucket: b.bucket as AgingBucketName,
        amount: money(b.amount, currency),
        count: b.count,
      })),
      totalOpen: money(summary.totalOpen, currency),
      openCount: summary.openCount,
      overdue: money(overdue, currency),
    };
  }
}

/** Rows by invoice ids, for loaders (already reached through a scoped query). */
export function invoiceIdsParam(ids: readonly string[]): string {
  return sqlArray(ids);
}
