import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import { toDecimal, type Decimal } from '../../platform/money.js';
import { siteCatalogReference, type SiteCatalogReference } from '../catalog/index.js';
import type { EntitlementScope } from '../entitlements/index.js';
import type { Viewer } from '../identity/index.js';
import { derivePrice } from './domain/derived-price.js';
import type { LineInput, PriceCandidate, PricingContext, VolumeTierTable } from './domain/price-engine.js';
import { tiersFrom } from './domain/tiers.js';
import { contractPriceLabel, volumePricingLabel } from './explain-text.js';
import { pricingBooks, sitePromotions, toEnginePromotion, type BookRecord } from './pricing-reference.js';

/** A product to price: its key and category (promotions may target a category and its ancestors). */
export interface PricedProduct {
  dbId: string;
  categoryDbId: string;
}

/**
 * Everything the pricing engine needs for a set of products and one viewer, loaded with a fixed number
 * of statements whatever the number of products: book entries (and the sources of derived books),
 * the account's contract prices, volume tiers. Books, promotions and categories come from caches.
 */
export class PriceInputs {
  private constructor(
    private readonly viewer: Viewer,
    private readonly scope: EntitlementScope,
    readonly strategy: PricingContext['strategy'],
    private readonly candidatesByProduct: Map<string, PriceCandidate[]>,
    private readonly tiersByProduct: Map<string, VolumeTierTable>,
    private readonly reference: SiteCatalogReference,
    private readonly promotions: PricingContext['promotions'],
  ) {}

  /** `listOnly`: only the books' prices are needed (list prices), not contracts, tiers or promotions. */
  static async load(
    em: EntityManager,
    viewer: Viewer,
    scope: EntitlementScope,
    productIds: readonly string[],
    options: { listOnly?: boolean } = {},
  ): Promise<PriceInputs> {
    const full = !options.listOnly;
    const currency = viewer.currency;
    const ids = sqlArray([...new Set(productIds)]);
    const connection = em.getConnection();
    const [{ strategy, books }, reference, promotionRecords] = await Promise.all([
      pricingBooks(em, viewer.siteId, currency, scope.buyerGroupIds, viewer.catalogVersion),
      siteCatalogReference(em, viewer.siteId, viewer.catalogVersion),
      full ? sitePromotions(em, viewer.siteId, viewer.catalogVersion) : Promise.resolve([]),
    ]);
    const bookIds = [...new Set(books.flatMap((b) => (b.derivedFromId ? [b.id, b.derivedFromId] : [b.id])))];
    // Book entries (with the sources of derived books), the account's contracts and the volume tiers,
    // in one statement: a product page, a catalog page or 2,000 priced lines cost one round trip.
    const parts: string[] = [];
    const params: unknown[] = [];
    if (bookIds.length) {
      parts.push(`SELECT 'E' AS kind, price_book_id AS record_id, product_id, unit_price::text AS amount,
          NULL::text AS extra, NULL::timestamptz AS valid_from, NULL::timestamptz AS valid_to,
          NULL::int AS lower_bound, NULL::int AS upper_bound
        FROM price_book_entry WHERE price_book_id = ANY(?::uuid[]) AND product_id = ANY(?::uuid[])`);
      params.push(sqlArray(bookIds), ids);
    }
    if (full && scope.accountId) {
      parts.push(`SELECT 'C', id, product_id, unit_price::text, reference, valid_from, valid_to, NULL, NULL
        FROM contract_price WHERE account_id = ? AND currency = ? AND product_id = ANY(?::uuid[])
          AND (valid_to IS NULL OR valid_to > now())`);
      params.push(scope.accountId, currency, ids);
    }
    if (full) {
      parts.push(`SELECT 'T', t.id, t.product_id, v.value::text, t.mode || ':' || v.adjustment, NULL, NULL,
          v.lower_bound, v.upper_bound
        FROM volume_tier_table t JOIN volume_tier v ON v.table_id = t.id
       WHERE t.product_id = ANY(?::uuid[]) AND t.currency = ?`);
      params.push(ids, currency);
    }
    const rows = parts.length
      ? await connection.execute<
          Array<{
            kind: 'E' | 'C' | 'T';
            record_id: string;
            product_id: string;
            amount: string;
            extra: string | null;
            valid_from: string | null;
            valid_to: string | null;
            lower_bound: number | null;
            upper_bound: number | null;
          }>
        >(parts.join(' UNION ALL '), params)
      : [];
    // Book entries by book, then product; contracts and tier rows as they come.
    const entryOf = new Map<string, Map<string, Decimal>>();
    const contracts: typeof rows = [];
    const tierRows = new Map<string, typeof rows>();
    for (const row of rows) {
      if (row.kind === 'E') {
        let book = entryOf.get(row.record_id);
        if (!book) entryOf.set(row.record_id, (book = new Map()));
        book.set(row.product_id, toDecimal(row.amount));
      } else if (row.kind === 'C') contracts.push(row);
      else {
        const forProduct = tierRows.get(row.product_id);
        if (forProduct) forProduct.push(row);
        else tierRows.set(row.product_id, [row]);
      }
    }
    const candidatesByProduct = new Map<string, PriceCandidate[]>();
    const add = (productId: string, candidate: PriceCandidate) => {
      const list = candidatesByProduct.get(productId);
      if (list) list.push(candidate);
      else candidatesByProduct.set(productId, [candidate]);
    };
    for (const productId of new Set(productIds)) {
      for (const book of books) {
        const candidate = bookCandidate(book, productId, entryOf, currency);
        if (candidate) add(productId, candidate);
      }
    }
    const contractLabel = contractPriceLabel(viewer.locale);
    for (const c of contracts) {
      add(c.product_id, {
        kind: 'CONTRACT',
        recordId: c.record_id,
        label: c.extra || contractLabel,
        priority: -1,
        unitPrice: toDecimal(c.amount),
        validFrom: c.valid_from ? new Date(c.valid_from) : null,
        validTo: c.valid_to ? new Date(c.valid_to) : null,
      });
    }
    const tiersByProduct = new Map<string, VolumeTierTable>();
    const tierLabel = volumePricingLabel(viewer.locale);
    for (const [productId, rows] of tierRows) {
      // `extra` is the table's mode and the tier's adjustment, e.g. "SLAB:PERCENT_OFF".
      const mode = (rows[0]!.extra ?? 'SLAB').split(':')[0] as 'SLAB' | 'RANGE';
      tiersByProduct.set(productId, {
        recordId: rows[0]!.record_id,
        label: tierLabel,
        mode,
        tiers: tiersFrom(
          rows.map((r) => {
            const adjustment = (r.extra ?? 'SLAB:PERCENT_OFF').split(':')[1];
            const value = toDecimal(r.amount);
            return {
              lowerBound: String(r.lower_bound!),
              upperBound: r.upper_bound === null ? null : String(r.upper_bound),
              value:
                adjustment === 'PERCENT_OFF'
                  ? { kind: 'PERCENT_OFF' as const, percent: value }
                  : adjustment === 'AMOUNT_OFF'
                    ? { kind: 'AMOUNT_OFF' as const, amount: value }
                    : { kind: 'OVERRIDE' as const, unitPrice: value },
            };
          }),
        ),
      });
    }
    const promotions = promotionRecords.map((p) => toEnginePromotion(p, currency, viewer.locale));
    return new PriceInputs(
      viewer,
      scope,
      strategy,
      candidatesByProduct,
      tiersByProduct,
      reference,
      promotions,
    );
  }

  lineInput(lineId: string, product: PricedProduct, quantity: number): LineInput {
    return {
      lineId,
      productId: product.dbId,
      categoryIds: this.reference.categoryById.get(product.categoryDbId)?.path ?? [product.categoryDbId],
      quantity,
      candidates: this.candidatesByProduct.get(product.dbId) ?? [],
      tierTable: this.tiersByProduct.get(product.dbId) ?? null,
    };
  }

  candidates(productId: string): PriceCandidate[] {
    return this.candidatesByProduct.get(productId) ?? [];
  }

  tierTable(productId: string): VolumeTierTable | null {
    return this.tiersByProduct.get(productId) ?? null;
  }

  context(couponCodes: string[] = [], at = new Date()): PricingContext {
    return {
      currency: this.viewer.currency,
      at,
      strategy: this.strategy,
      buyerGroupIds: this.scope.buyerGroupIds,
      couponCodes,
      promotions: this.promotions,
    };
  }
}

function bookCandidate(
  book: BookRecord,
  productId: string,
  entryOf: Map<string, Map<string, Decimal>>,
  currency: string,
): PriceCandidate | null {
  const kind = book.isDefault ? ('LIST' as const) : ('BOOK' as const);
  const own = entryOf.get(book.id)?.get(productId);
  if (own) return { kind, recordId: book.id, label: book.name, priority: book.priority, unitPrice: own };
  if (!book.derivedFromId || !book.conversionRate || !book.rounding) return null;
  const base = { kind, recordId: book.id, label: book.name, priority: book.priority };
  const source = entryOf.get(book.derivedFromId)?.get(productId);
  if (!source) return null;
  return {
    ...base,
    unitPrice: derivePrice(source, book.conversionRate, book.rounding, currency),
    detail: {
      kind: 'DERIVED',
      sourceAmount: source,
      sourceCurrency: book.sourceCurrency ?? currency,
      sourceBook: book.sourceName ?? '',
      rate: book.conversionRate,
      rounding: book.rounding,
    },
  };
}
