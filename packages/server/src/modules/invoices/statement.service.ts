import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal, money, sumAmounts, toDecimal } from '../../platform/money.js';
import type { Viewer } from '../identity/index.js';
import { invoiceText } from './domain/invoice-messages.js';
import { agingSummary, daysBetween, type AgingSummary } from './domain/invoice-status.js';

/**
 * A statement of account for a date range: the balance owed when it opens, every invoice, credit memo,
 * payment and early-payment discount in it with the running balance, the closing balance, and the
 * aging on its last day (which adds up to the closing balance). Void invoices are left out, with what
 * was credited on them.
 */
export type StatementEntryKind = 'INVOICE' | 'CREDIT_MEMO' | 'PAYMENT' | 'DISCOUNT';

export interface StatementEntry {
  date: string;
  kind: StatementEntryKind;
  reference: string;
  /** The invoice it concerns (payments: the invoices they settle). */
  detail: string;
  charge: Decimal;
  credit: Decimal;
  balance: Decimal;
}

export interface Statement {
  account: { name: string; number: string; currency: string };
  siteName: string;
  from: string;
  to: string;
  opening: Decimal;
  entries: StatementEntry[];
  charges: Decimal;
  credits: Decimal;
  closing: Decimal;
  aging: AgingSummary;
}

export class StatementInputError extends Error {}

const KIND_ORDER: Record<StatementEntryKind, number> = {
  INVOICE: 0,
  CREDIT_MEMO: 1,
  PAYMENT: 2,
  DISCOUNT: 3,
};

/** Checks a statement's range (dates YYYY-MM-DD, from ≤ to, at most 5 years), in the viewer's language. */
export function statementRange(
  from: string | null,
  to: string | null,
  locale: string,
): { from: string; to: string } {
  const valid = (d: string | null): d is string =>
    !!d &&
    /^\d{4}-\d{2}-\d{2}$/.test(d) &&
    Number(d.slice(0, 4)) >= 1900 &&
    !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
    new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  if (!valid(from) || !valid(to)) throw new StatementInputError(invoiceText('badDate', locale));
  if (from > to) throw new StatementInputError(invoiceText('dateOrder', locale));
  if (daysBetween(from, to) > 5 * 366) throw new StatementInputError(invoiceText('rangeTooLong', locale));
  return { from, to };
}

export async function buildStatement(
  em: EntityManager,
  viewer: Viewer,
  accountId: string,
  from: string,
  to: string,
): Promise<Statement> {
  const run = <Row>(sql: string, params: unknown[]) => em.getConnection().execute<Row[]>(sql, params);
  const [account] = await run<{ name: string; number: string; currency: string; site_name: string }>(
    'SELECT a.name, a.number, a.currency, s.name AS site_name FROM account a JOIN site s ON s.id = a.site_id WHERE a.id = ? AND a.site_id = ?',
    [accountId, viewer.siteId],
  );
  if (!account) throw new Error(`account ${accountId} is missing`);

  // Every movement on the account's invoices that are not void, up to the end of the range.
  const movements = await run<{
    invoice_id: string;
    kind: StatementEntryKind;
    on: string;
    reference: string;
    detail: string;
    amount: string;
    sort_key: string;
  }>(
    `SELECT i.id AS invoice_id, 'INVOICE' AS kind, to_char(i.issued_on, 'YYYY-MM-DD') AS on, i.number AS reference,
            o.number AS detail, i.total::text AS amount, i.number AS sort_key
       FROM invoice i JOIN customer_order o ON o.id = i.order_id
      WHERE i.account_id = ? AND i.state <> 'VOID' AND i.issued_on <= ?::date
     UNION ALL
     SELECT i.id, 'CREDIT_MEMO', to_char((m.created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD'), m.number,
            i.number || ' · ' || m.reason, m.amount::text, m.number
       FROM credit_memo m JOIN invoice i ON i.id = m.invoice_id
      WHERE i.account_id = ? AND i.state <> 'VOID' AND (m.created_at AT TIME ZONE 'UTC')::date <= ?::date
     UNION ALL
     SELECT i.id, 'PAYMENT', to_char((p.created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD'), p.number,
            i.number, a.amount::text, p.number
       FROM payment_allocation a JOIN payment p ON p.id = a.payment_id JOIN invoice i ON i.id = a.invoice_id
      WHERE i.account_id = ? AND i.state <> 'VOID' AND (p.created_at AT TIME ZONE 'UTC')::date <= ?::date
     UNION ALL
     SELECT i.id, 'DISCOUNT', to_char((p.created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD'), p.number,
            i.number, a.discount::text, p.number
       FROM payment_allocation a JOIN payment p ON p.id = a.payment_id JOIN invoice i ON i.id = a.invoice_id
      WHERE i.account_id = ? AND i.state <> 'VOID' AND a.discount > 0 AND (p.created_at AT TIME ZONE 'UTC')::date <= ?::date`,
    [accountId, to, accountId, to, accountId, to, accountId, to],
  );

  const signed = (m: { kind: StatementEntryKind; amount: string }) =>
    m.kind === 'INVOICE' ? toDecimal(m.amount) : toDecimal(m.amount).negated();
  const opening = sumAmounts(movements.filter((m) => m.on < from).map(signed));

  // In the range: one entry per invoice and credit memo; a payment (and its discount) per payment, over its invoices.
  const grouped = new Map<
    string,
    {
      date: string;
      kind: StatementEntryKind;
      reference: string;
      details: string[];
      amount: Decimal;
      sort: string;
    }
  >();
  for (const m of movements.filter((x) => x.on >= from)) {
    const key = `${m.kind}:${m.reference}`;
    const entry = grouped.get(key);
    if (entry) {
      entry.amount = entry.amount.plus(m.amount);
      entry.details.push(m.detail);
    } else {
      grouped.set(key, {
        date: m.on,
        kind: m.kind,
        reference: m.reference,
        details: [m.detail],
        amount: toDecimal(m.amount),
        sort: m.sort_key,
      });
    }
  }
  let running = opening;
  const entries: StatementEntry[] = [...grouped.values()]
    .sort((a, b) =>
      a.date < b.date
        ? -1
        : a.date > b.date
          ? 1
          : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0),
    )
    .map((e) => {
      const charge = e.kind === 'INVOICE' ? e.amount : new Decimal(0);
      const credit = e.kind === 'INVOICE' ? new Decimal(0) : e.amount;
      running = running.plus(charge).minus(credit);
      return {
        date: e.date,
        kind: e.kind,
        reference: e.reference,
        detail: e.details.join(', '),
        charge,
        credit,
        balance: running,
      };
    });
  const charges = sumAmounts(entries.map((e) => e.charge));
  const credits = sumAmounts(entries.map((e) => e.credit));

  // Each invoice's balance on the last day, aged on that day.
  const byInvoice = new Map<string, { dueOn: string; balance: Decimal }>();
  const dueDates = new Map(
    (
      await run<{ id: string; due_on: string }>(
        `SELECT id, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM invoice WHERE account_id = ? AND state <> 'VOID' AND issued_on <= ?::date`,
        [accountId, to],
      )
    ).map((r) => [r.id, r.due_on]),
  );
  for (const m of movements) {
    const current = byInvoice.get(m.invoice_id) ?? {
      dueOn: dueDates.get(m.invoice_id) ?? to,
      balance: new Decimal(0),
    };
    current.balance = current.balance.plus(signed(m));
    byInvoice.set(m.invoice_id, current);
  }
  const aging = agingSummary(
    [...byInvoice.values()].map((b) => ({
      state: b.balance.greaterThan(0) ? 'OPEN' : 'PAID',
      dueOn: b.dueOn,
      balance: b.balance,
    })),
    to,
  );
  return {
    account: { name: account.name, number: account.number, currency: account.currency },
    siteName: account.site_name,
    from,
    to,
    opening,
    entries,
    charges,
    credits,
    closing: opening.plus(charges).minus(credits),
    aging,
  };
}

/** Amount text for CSV cells: the currency's decimals, no grouping (machine-readable). */
export function csvAmount(value: Decimal, currency: string): string {
  return money(value, currency).amount;
}
