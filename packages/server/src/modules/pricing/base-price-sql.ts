import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import type { EntitlementScope } from '../entitlements/index.js';
import type { Viewer } from '../identity/index.js';
import { pricingBooks } from './pricing-reference.js';

/**
 * A LATERAL join giving each product (alias `p`) the viewer's base unit price (before tiers and
 * promotions) as `base_price.amount`, for sorting a list by price in SQL: the lowest or the first by
 * priority of the account's contract, its groups' books and the list book. Derived books use the raw
 * rate (their rounding moves a price by cents at most, which does not matter for an order).
 */
export async function basePriceJoin(
  em: EntityManager,
  viewer: Viewer,
  scope: EntitlementScope,
): Promise<{ join: string; params: unknown[] }> {
  const { strategy, books } = await pricingBooks(
    em,
    viewer.siteId,
    viewer.currency,
    scope.buyerGroupIds,
    viewer.catalogVersion,
  );
  const pick = strategy === 'LOWEST' ? 'min(x.price)' : '(array_agg(x.price ORDER BY x.priority))[1]';
  const contract = scope.accountId
    ? `UNION ALL SELECT c.unit_price, -1 FROM contract_price c
        WHERE c.account_id = ? AND c.currency = ? AND c.product_id = p.id
          AND (c.valid_from IS NULL OR c.valid_from <= now()) AND (c.valid_to IS NULL OR c.valid_to > now())`
    : '';
  return {
    join: `LEFT JOIN LATERAL (
      SELECT ${pick} AS amount FROM (
        SELECT COALESCE(e.unit_price, se.unit_price * bk.rate) AS price, bk.priority
          FROM unnest(?::uuid[], ?::uuid[], ?::numeric[], ?::int[]) AS bk(id, source_id, rate, priority)
          LEFT JOIN price_book_entry e ON e.price_book_id = bk.id AND e.product_id = p.id
          LEFT JOIN price_book_entry se ON se.price_book_id = bk.source_id AND se.product_id = p.id
         WHERE e.id IS NOT NULL OR se.id IS NOT NULL
        ${contract}
      ) x
    ) base_price ON true`,
    params: [
      sqlArray(books.map((b) => b.id)),
      sqlArray(books.map((b) => b.derivedFromId ?? '00000000-0000-0000-0000-000000000000')),
      sqlArray(books.map((b) => b.conversionRate?.toString() ?? '1')),
      sqlArray(books.map((b) => String(b.priority))),
      ...(scope.accountId ? [scope.accountId, viewer.currency] : []),
    ],
  };
}
