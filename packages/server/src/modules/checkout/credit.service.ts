import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from '../../platform/db/transaction.js';
import { Decimal, toDecimal } from '../../platform/money.js';
import type { CreditAccount, CreditExposure, CreditStatus } from './domain/credit.js';

/**
 * An account's credit standing, read from the database. Exposure counts orders on terms:
 * - open orders: placed, awaiting approval, approved or shipping (not yet delivered or cancelled);
 * - open receivables: delivered orders on terms whose due date has not passed (until invoices and
 *   payments record what is actually owed, an order is taken to be paid when its terms run out).
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
    `SELECT COALESCE(sum(total) FILTER (WHERE status IN ('PLACED', 'AWAITING_APPROVAL', 'APPROVED', 'PARTLY_SHIPPED', 'SHIPPED')), 0)::text AS open_orders,
            COALESCE(sum(total) FILTER (WHERE status = 'DELIVERED'
                 AND placed_at + make_interval(days => COALESCE(payment_terms_days, ?)) > now()), 0)::text AS open_receivables
       FROM customer_order
      WHERE account_id = ?
        AND (payment_method = 'PURCHASE_ORDER' OR (payment_method IS NULL AND po_number IS NOT NULL))`,
    [account.payment_terms_days ?? 30, accountId],
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
