import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../../platform/db/transaction.js';
import { ForbiddenError } from '../../platform/errors.js';
import { ValidationFailed } from '../../platform/graphql-types.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { money, toDecimal } from '../../platform/money.js';
import { recordAudit } from '../audit/index.js';
import { Role, type Viewer } from '../identity/index.js';
import { settleInvoice } from './domain/invoice-balance.js';
import { invoiceText, overBalance } from './domain/invoice-messages.js';
import { CreditMemoKind } from './invoice.entity.js';
import { CreditMemoIssuedNode, InvoiceVoidedNode } from './invoice.types.js';
import { INVOICE_COLUMNS, toInvoiceNode, type InvoiceRow } from './invoices.service.js';

/** Seller-side roles that may credit or void invoices of the accounts they act for. */
const BILLING_ROLES: ReadonlySet<Role> = new Set([Role.SALES_REP, Role.ACCOUNT_MANAGER, Role.SITE_ADMIN]);

function requireBiller(viewer: Viewer): Viewer {
  if (!viewer.roles.some((r) => BILLING_ROLES.has(r)))
    throw new ForbiddenError(invoiceText('sellerOnly', viewer.locale));
  return viewer;
}

const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const MAX_REASON = 500;

function cleanReason(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text || text.length > MAX_REASON || text.includes('\u0000')) return null;
  return text;
}

/**
 * Changes to invoices by the seller: credit memos (returns, adjustments) and voiding. Each is one
 * transaction with the invoice row locked, settles through the one settlement rule, and is audited.
 */
export class InvoiceActionsService {
  constructor(private readonly em: EntityManager) {}

  async issueCreditMemo(
    viewer: Viewer,
    input: { invoiceId: string; kind: CreditMemoKind; amount: string; reason: string },
  ): Promise<CreditMemoIssuedNode | ValidationFailed> {
    requireBiller(viewer);
    const locale = viewer.locale;
    const problems: Array<{ field: string; message: string }> = [];
    const amountText = (input.amount ?? '').trim();
    if (!AMOUNT.test(amountText))
      problems.push({ field: 'amount', message: invoiceText('amountNotDecimal', locale) });
    else if (toDecimal(amountText).lessThanOrEqualTo(0))
      problems.push({ field: 'amount', message: invoiceText('amountNotPositive', locale) });
    const reason = cleanReason(input.reason);
    if (!reason) problems.push({ field: 'reason', message: invoiceText('reasonRequired', locale) });
    const id = fromGlobalId('Invoice', input.invoiceId);
    if (!id || !viewer.effectiveAccountId)
      problems.unshift({ field: 'invoiceId', message: invoiceText('noSuchInvoice', locale) });
    if (problems.length) return new ValidationFailed(problems);

    const outcome = await inTransaction(this.em, async (sql) => {
      const [row] = await sql<InvoiceRow>(
        `SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.id = ? AND i.account_id = ? AND i.site_id = ? FOR UPDATE`,
        [id, viewer.effectiveAccountId, viewer.siteId],
      );
      if (!row)
        return new ValidationFailed([{ field: 'invoiceId', message: invoiceText('noSuchInvoice', locale) }]);
      if (row.state === 'VOID')
        return new ValidationFailed([{ field: 'invoiceId', message: invoiceText('invoiceVoid', locale) }]);
      if (row.state === 'PAID')
        return new ValidationFailed([{ field: 'amount', message: invoiceText('invoicePaid', locale) }]);
      const amount = toDecimal(amountText);
      if (amount.greaterThan(row.balance))
        return new ValidationFailed([
          { field: 'amount', message: overBalance(row.balance, row.currency, locale) },
        ]);
      const settled = settleInvoice(
        { total: row.total, amountPaid: row.amount_paid, amountCredited: row.amount_credited },
        { credited: amount },
      );
      const [memo] = await sql<{ id: string; number: string }>(
        `INSERT INTO credit_memo (id, site_id, account_id, invoice_id, number, kind, amount, currency, reason, created_by_id, created_at)
         VALUES (gen_random_uuid(), ?, ?, ?, 'CM-' || nextval('credit_memo_number_seq'), ?, ?, ?, ?, ?, clock_timestamp())
         RETURNING id, number`,
        [
          row.site_id,
          row.account_id,
          row.id,
          input.kind,
          amount.toFixed(4),
          row.currency,
          reason,
          viewer.userId,
        ],
      );
      await sql(
        `UPDATE invoice SET amount_credited = ?, balance = ?, state = ?,
                paid_at = CASE WHEN ? = 'PAID' THEN now() ELSE paid_at END
          WHERE id = ?`,
        [settled.amountCredited.toFixed(4), settled.balance.toFixed(4), settled.state, settled.state, row.id],
      );
      await recordAudit(sql, {
        siteId: row.site_id,
        actorId: viewer.userId,
        action: 'invoice.credit',
        subjectType: 'Invoice',
        subjectId: row.id,
        summary: `${memo!.number} (${input.kind}) on ${row.number}: ${money(amount, row.currency).amount} ${row.currency} — ${reason}`,
        before: { balance: money(row.balance, row.currency).amount, state: row.state },
        after: { balance: money(settled.balance, row.currency).amount, state: settled.state },
      });
      return { memoId: memo!.id, invoiceId: row.id };
    });
    if (outcome instanceof ValidationFailed) return outcome;
    const invoice = await this.readBack(outcome.invoiceId);
    const [memo] = await this.em.getConnection().execute<
      Array<{
        id: string;
        number: string;
        kind: CreditMemoKind;
        amount: string;
        currency: string;
        reason: string;
        created_at: string;
        created_by: string;
      }>
    >(
      `SELECT m.id, m.number, m.kind, m.amount::text, m.currency, m.reason, m.created_at, u.name AS created_by
         FROM credit_memo m JOIN app_user u ON u.id = m.created_by_id WHERE m.id = ?`,
      [outcome.memoId],
    );
    return Object.assign(new CreditMemoIssuedNode(), {
      invoice,
      creditMemo: {
        id: toGlobalId('CreditMemo', memo!.id),
        number: memo!.number,
        kind: memo!.kind,
        amount: money(memo!.amount, memo!.currency),
        reason: memo!.reason,
        createdAt: new Date(memo!.created_at),
        createdByName: memo!.created_by,
      },
    });
  }

  async voidInvoice(
    viewer: Viewer,
    invoiceId: string,
    reasonText: string,
  ): Promise<InvoiceVoidedNode | ValidationFailed> {
    requireBiller(viewer);
    const locale = viewer.locale;
    const id = fromGlobalId('Invoice', invoiceId);
    const reason = cleanReason(reasonText);
    const problems: Array<{ field: string; message: string }> = [];
    if (!id || !viewer.effectiveAccountId)
      problems.push({ field: 'invoiceId', message: invoiceText('noSuchInvoice', locale) });
    if (!reason) problems.push({ field: 'reason', message: invoiceText('voidReasonRequired', locale) });
    if (problems.length) return new ValidationFailed(problems);
    const outcome = await inTransaction(this.em, async (sql) => {
      const [row] = await sql<InvoiceRow>(
        `SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.id = ? AND i.account_id = ? AND i.site_id = ? FOR UPDATE`,
        [id, viewer.effectiveAccountId, viewer.siteId],
      );
      if (!row)
        return new ValidationFailed([{ field: 'invoiceId', message: invoiceText('noSuchInvoice', locale) }]);
      if (row.state === 'VOID')
        return new ValidationFailed([{ field: 'invoiceId', message: invoiceText('alreadyVoid', locale) }]);
      const [{ n }] = await sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM payment_allocation WHERE invoice_id = ?',
        [row.id],
      );
      if (!toDecimal(row.amount_paid).isZero() || n > 0)
        return new ValidationFailed([{ field: 'invoiceId', message: invoiceText('voidPaid', locale) }]);
      await sql(`UPDATE invoice SET state = 'VOID', voided_at = now(), void_reason = ? WHERE id = ?`, [
        reason,
        row.id,
      ]);
      await recordAudit(sql, {
        siteId: row.site_id,
        actorId: viewer.userId,
        action: 'invoice.void',
        subjectType: 'Invoice',
        subjectId: row.id,
        summary: `${row.number} voided (${money(row.total, row.currency).amount} ${row.currency}) — ${reason}`,
        before: { state: row.state, balance: money(row.balance, row.currency).amount },
        after: { state: 'VOID' },
      });
      return { invoiceId: row.id };
    });
    if (outcome instanceof ValidationFailed) return outcome;
    return Object.assign(new InvoiceVoidedNode(), { invoice: await this.readBack(outcome.invoiceId) });
  }

  private async readBack(invoiceId: string) {
    const [row] = await this.em
      .getConnection()
      .execute<InvoiceRow[]>(`SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.id = ?`, [invoiceId]);
    if (!row) throw new Error(`invoice ${invoiceId} just changed could not be read back`);
    return toInvoiceNode(row);
  }
}
