import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from '../../platform/db/transaction.js';
import { Decimal, toDecimal } from '../../platform/money.js';
import type { CreditAccount, CreditExposure, CreditStatus } from './domain/credit.js';

/**
 * An account's credit standing, read from the database. Exposure counts what the account owes or has
 * committed to on terms:
 * - open orders: the part of orders on terms (placed, awaiting approval, approved, shipping) not yet
 *   invoiced — an order's invoices, void ones included, take their totals off it;
 * - open receivables: the balances of its invoices that are not void (payments and credit memos lower
 *   them, so available credit follows invoices and payments).
 * Demo history without a payment method counts as on terms when it carries a PO number.
 */
export async function creditStanding(
  run: EntityManager | Sql,
  accountId: string,
  lock = false,
): Promise<{ account: CreditAccount; exposure: CreditExposure; currency: string }> {
  const sql: Sql =
    typeof run === 'function'
      ? run
      : <Row>(statement: string, params: unknown[] = []) =>
          run.getConnection().execute<Row[]>(statement, params);
  const [account] = await sql<{
    credit_status: CreditStatus;
    credit_limit: string | null;
    payment_terms_days: number | null;
    currency: string;
  }>(
    `SELECT credit_status, credit_limit::text, payment_terms_days, currency FROM account WHERE id = ?${lock ? ' FOR UPDATE' : ''}`,
    [accountId],
  );
  if (!account) throw new Error(`account ${accountId} is missing`);
  const [exposure] = await sql<{ open_orders: string; open_receivables: string }>(
    `SELECT (SELECT COALESCE(sum(GREATEST(o.total - COALESCE(
                      (SELECT sum(i.total) FROM invoice i WHERE i.order_id = o.id), 0), 0)), 0)
               FROM customer_order o
              WHERE o.account_id = ?
                AND o.status IN ('PLACED', 'AWAITING_APPROVAL', 'APPROVED', 'PARTLY_SHIPPED', 'SHIPPED')
                AND (o.payment_method = 'PURCHASE_ORDER' OR (o.payment_method IS NULL AND o.po_number IS NOT NULL))
            )::text AS open_orders,
            (SELECT COALESCE(sum(i.balance), 0) FROM invoice i
              WHERE i.account_id = ? AND i.state <> 'VOID')::text AS open_receivables`,
    [accountId, accountId],
  );
  return {
    account: {
      creditStatus: account.credit_status,
      creditLimit: account.credit_limit === null ? null : toDecimal(account.credit_limit),
      paymentTermsDays: account.payment_terms_days,
    },
    exposure: {
      openOrders: toDecimal(exposure?.open_orders ?? '0'),
      openReceivables: toDecimal(exposure?.open_receivables ?? '0'),
    },
    currency: account.currency,
  };
}

export const ZERO = new Decimal(0);
