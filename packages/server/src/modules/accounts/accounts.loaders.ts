import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, firstPageLoader } from '../../app/batch.js';
import { money } from '../../platform/money.js';
import { OPEN_STATUSES } from '../orders/domain/order-status.js';
import type { AccountSummary } from './account.types.js';
import { toAccountNode, toAddressNode, type AccountRow, type AddressRow } from './accounts.service.js';
import { sqlArray } from '../../platform/db/sql.js';

interface SummaryRow {
  account_id: string;
  currency: string;
  open_order_count: string;
  last_order_at: string | null;
  orders_last_12_months: string;
  spend_last_12_months: string;
}

/**
 * Batch loaders for fields under an account. They load by key only: callers reach an account through
 * a scoped query first (the viewer's accounts, or an order of the effective account).
 */
export function accountLoaders(em: EntityManager) {
  const connection = em.getConnection();
  return {
    accountById: batchLoader(
      (ids) =>
        connection.execute<AccountRow[]>(
          `SELECT a.id, a.site_id, a.number, a.name, a.kind, a.currency, a.locale, a.credit_status,
                  a.credit_limit, a.payment_terms_days
             FROM account a WHERE a.id = ANY(?::uuid[])`,
          [sqlArray(ids)],
        ),
      (row) => row.id,
      (rows) => (rows[0] ? toAccountNode(rows[0]) : null),
    ),
    /** The first `size` (+1, to tell whether more follow) addresses of many accounts; key `${accountId}:${size}`. */
    firstAddresses: firstPageLoader(
      (accountIds, size) =>
        connection.execute<AddressRow[]>(
          `SELECT * FROM (
             SELECT a.*, row_number() OVER (PARTITION BY a.account_id ORDER BY a.label, a.id) AS position,
                    count(*) OVER (PARTITION BY a.account_id) AS total
               FROM address a WHERE a.account_id = ANY(?::uuid[])) numbered
            WHERE position <= ? ORDER BY account_id, label, id`,
          [sqlArray(accountIds), size + 1],
        ),
      (row) => row.account_id,
    ),
    addressById: batchLoader(
      (ids) =>
        connection.execute<AddressRow[]>('SELECT * FROM address WHERE id = ANY(?::uuid[])', [sqlArray(ids)]),
      (row) => row.id,
      (rows) => (rows[0] ? toAddressNode(rows[0]) : null),
    ),
    summaryByAccount: batchLoader(
      (ids) =>
        connection.execute<SummaryRow[]>(
          `SELECT a.id AS account_id, a.currency,
                  count(o.id) FILTER (WHERE o.status = ANY(?::text[])) AS open_order_count,
                  max(o.placed_at) AS last_order_at,
                  count(o.id) FILTER (WHERE o.placed_at >= now() - interval '12 months') AS orders_last_12_months,
                  coalesce(sum(o.total) FILTER (WHERE o.placed_at >= now() - interval '12 months'
                                                  AND o.status <> 'CANCELLED'), 0) AS spend_last_12_months
             FROM account a LEFT JOIN customer_order o ON o.account_id = a.id
            WHERE a.id = ANY(?::uuid[])
            GROUP BY a.id`,
          [sqlArray(OPEN_STATUSES), sqlArray(ids)],
        ),
      (row) => row.account_id,
      (rows): AccountSummary | null =>
        rows[0]
          ? {
              openOrderCount: Number(rows[0].open_order_count),
              lastOrderAt: rows[0].last_order_at === null ? null : new Date(rows[0].last_order_at),
              ordersLast12Months: Number(rows[0].orders_last_12_months),
              spendLast12Months: money(rows[0].spend_last_12_months, rows[0].currency),
            }
          : null,
    ),
  };
}
