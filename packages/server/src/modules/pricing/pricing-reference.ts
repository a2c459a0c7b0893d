import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import { Decimal, toDecimal } from '../../platform/money.js';
import { VersionedCache } from '../../platform/versioned-cache.js';
import type { PriceRounding } from './domain/derived-price.js';
import type { Promotion, PriceStrategy } from './domain/price-engine.js';

/**
 * Pricing reference data for a site: its strategy, the books that price a currency for a set of buyer
 * groups, and its promotions. Small and read on every priced request, so cached per catalog version.
 */
export interface BookRecord {
  id: string;
  name: string;
  currency: string;
  isDefault: boolean;
  /** Under the priority strategy: contract first (-1), then group books by their priority, then the list. */
  priority: number;
  derivedFromId: string | null;
  sourceName: string | null;
  sourceCurrency: string | null;
  conversionRate: Decimal | null;
  rounding: PriceRounding | null;
}

export interface PromotionRecord {
  id: string;
  name: string;
  nameTranslations: Record<string, string>;
  discountKind: 'PERCENT' | 'AMOUNT';
  percent: Decimal | null;
  minQuantity: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  couponCode: string | null;
  stacking: 'EXCLUSIVE' | 'STACKABLE';
  priority: number;
  productIds: string[];
  categoryIds: string[];
  buyerGroupIds: string[];
  /** Per currency: amount off per unit and minimum order amount. */
  amounts: Record<string, { amountOff: Decimal | null; minOrderAmount: Decimal | null }>;
}

export const LIST_PRIORITY = 1_000_000;

const booksCache = new VersionedCache<{ strategy: PriceStrategy; books: BookRecord[] }>(1000);
const promotionsCache = new VersionedCache<PromotionRecord[]>(100);

export function pricingBooks(
  em: EntityManager,
  siteId: string,
  currency: string,
  buyerGroupIds: readonly string[],
  version: string,
): Promise<{ strategy: PriceStrategy; books: BookRecord[] }> {
  return booksCache.get(`${siteId}:${currency}:${buyerGroupIds.join(',')}`, version, async () => {
    const rows = await em.getConnection().execute<
      Array<{
        id: string;
        name: string;
        currency: string;
        is_default: boolean;
        priority: number | null;
        derived_from_id: string | null;
        source_name: string | null;
        source_currency: string | null;
        conversion_rate: string | null;
        rounding: PriceRounding | null;
        strategy: PriceStrategy;
      }>
    >(
      `SELECT b.id, b.name, b.currency, b.is_default, gb.priority, b.derived_from_id, src.name AS source_name,
              src.currency AS source_currency, b.conversion_rate, b.rounding, site.pricing_strategy AS strategy
         FROM site
         LEFT JOIN price_book b ON b.site_id = site.id AND b.currency = ? AND b.active
         LEFT JOIN price_book src ON src.id = b.derived_from_id
         LEFT JOIN (SELECT price_book_id, min(priority) AS priority FROM buyer_group_price_book
                     WHERE buyer_group_id = ANY(?::uuid[]) GROUP BY price_book_id) gb ON gb.price_book_id = b.id
        WHERE site.id = ?`,
      [currency, sqlArray([...buyerGroupIds]), siteId],
    );
    const strategy = rows[0]?.strategy ?? 'LOWEST';
    const books = rows
      .filter((r) => r.id && (r.is_default || r.priority !== null))
      .map((r) => ({
        id: r.id,
        name: r.name,
        currency: r.currency,
        isDefault: r.is_default,
        priority: r.priority ?? LIST_PRIORITY,
        derivedFromId: r.derived_from_id,
        sourceName: r.source_name,
        sourceCurrency: r.source_currency,
        conversionRate: r.conversion_rate === null ? null : toDecimal(r.conversion_rate),
        rounding: r.rounding,
      }));
    return { strategy, books };
  });
}

export function sitePromotions(
  em: EntityManager,
  siteId: string,
  version: string,
): Promise<PromotionRecord[]> {
  return promotionsCache.get(siteId, version, async () => {
    const rows = await em.getConnection().execute<
      Array<{
        id: string;
        name: string;
        name_translations: Record<string, string>;
        discount_kind: 'PERCENT' | 'AMOUNT';
        percent: string | null;
        min_quantity: number | null;
        starts_at: string | null;
        ends_at: string | null;
        coupon_code: string | null;
        stacking: 'EXCLUSIVE' | 'STACKABLE';
        priority: number;
        product_ids: string[];
        category_ids: string[];
        group_ids: string[];
        amounts: Array<{ currency: string; amount_off: string | null; min_order_amount: string | null }>;
      }>
    >(
      `SELECT p.id, p.name, p.name_translations, p.discount_kind, p.percent, p.min_quantity, p.starts_at,
              p.ends_at, p.coupon_code, p.stacking, p.priority,
              COALESCE((SELECT array_agg(t.product_id::text) FROM promotion_target t
                         WHERE t.promotion_id = p.id AND t.product_id IS NOT NULL), '{}') AS product_ids,
              COALESCE((SELECT array_agg(t.category_id::text) FROM promotion_target t
                         WHERE t.promotion_id = p.id AND t.category_id IS NOT NULL), '{}') AS category_ids,
              COALESCE((SELECT array_agg(g.buyer_group_id::text) FROM promotion_buyer_group g
                         WHERE g.promotion_id = p.id), '{}') AS group_ids,
              COALESCE((SELECT json_agg(json_build_object('currency', c.currency, 'amount_off', c.amount_off::text,
                                                          'min_order_amount', c.min_order_amount::text))
                          FROM promotion_currency c WHERE c.promotion_id = p.id), '[]') AS amounts
         FROM promotion p
        WHERE p.site_id = ? AND p.active AND (p.ends_at IS NULL OR p.ends_at > now() - interval '1 day')
        ORDER BY p.priority, p.id`,
      [siteId],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      nameTranslations: r.name_translations ?? {},
      discountKind: r.discount_kind,
      percent: r.percent === null ? null : toDecimal(r.percent),
      minQuantity: r.min_quantity,
      startsAt: r.starts_at ? new Date(r.starts_at) : null,
      endsAt: r.ends_at ? new Date(r.ends_at) : null,
      couponCode: r.coupon_code,
      stacking: r.stacking,
      priority: r.priority,
      productIds: r.product_ids,
      categoryIds: r.category_ids,
      buyerGroupIds: r.group_ids,
      amounts: Object.fromEntries(
        r.amounts.map((a) => [
          a.currency,
          {
            amountOff: a.amount_off === null ? null : toDecimal(a.amount_off),
            minOrderAmount: a.min_order_amount === null ? null : toDecimal(a.min_order_amount),
          },
        ]),
      ),
    }));
  });
}

/** A promotion as the engine takes it, in one currency and language. */
export function toEnginePromotion(record: PromotionRecord, currency: string, locale: string): Promotion {
  const amounts = record.amounts[currency];
  return {
    id: record.id,
    name: record.nameTranslations[locale] ?? record.name,
    productIds: record.productIds,
    categoryIds: record.categoryIds,
    discount:
      record.discountKind === 'PERCENT'
        ? { kind: 'PERCENT', percent: record.percent ?? new Decimal(0) }
        : { kind: 'AMOUNT', amountPerUnit: amounts?.amountOff ? { [currency]: amounts.amountOff } : {} },
    minQuantity: record.minQuantity,
    // A minimum set in other currencies but not this one keeps the promotion out, never in for free.
    minOrderAmount: Object.values(record.amounts).some((a) => a.minOrderAmount)
      ? amounts?.minOrderAmount
        ? { [currency]: amounts.minOrderAmount }
        : {}
      : null,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    buyerGroupIds: record.buyerGroupIds,
    couponCode: record.couponCode,
    stacking: record.stacking,
    priority: record.priority,
  };
}
