import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { inTransaction } from '../../platform/db/transaction.js';
import { money, toDecimal } from '../../platform/money.js';
import { recordAudit, recordAudits } from '../audit/index.js';
import type { Viewer } from '../identity/index.js';
import {
  checkHeader,
  PRICE_COLUMNS,
  PRODUCT_COLUMNS,
  validatePriceRows,
  validateProductRows,
  type ProductRowInput,
  type RowProblem,
} from './domain/csv-rows.js';

/** What an import found and (when applied) did. Nothing is applied unless every row is valid. */
export interface ImportReport {
  kind: 'products' | 'prices';
  rows: number;
  validRows: number;
  problemCount: number;
  /** The first 1,000 problems, by line. */
  problems: RowProblem[];
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
}

export const MAX_IMPORT_ROWS = 100_000;
const MAX_REPORTED = 1000;

/** Reads a CSV with a header row; header names are matched without regard to case, spaces or dashes. */
export function readCsv(text: string): { header: string[]; rows: ProductRowInput[]; problems: RowProblem[] } {
  let header: string[] = [];
  try {
    const records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
      columns: (names: string[]) => {
        header = names.map((n) =>
          n
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, '_'),
        );
        return header;
      },
    }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
    return { header, rows: records.map((r) => ({ line: r.info.lines, values: r.record })), problems: [] };
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    const message = (e.message ?? 'The file is not valid CSV.').replace(/^Invalid .*?: /, '');
    return {
      header,
      rows: [],
      problems: [
        { line: e.lines ?? 1, column: '', message: `The file could not be read as CSV: ${message}` },
      ],
    };
  }
}

function report(
  kind: ImportReport['kind'],
  rows: number,
  validRows: number,
  problems: RowProblem[],
): ImportReport {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  return {
    kind,
    rows,
    validRows,
    problemCount: problems.length,
    problems: sorted.slice(0, MAX_REPORTED),
    applied: false,
    created: 0,
    updated: 0,
    unchanged: 0,
  };
}

/** Seller-side CSV import and export of products and prices: every row validated, nothing half-applied. */
export class CatalogImportService {
  constructor(private readonly em: EntityManager) {}

  async importProducts(viewer: Viewer, text: string, apply: boolean): Promise<ImportReport> {
    const csv = readCsv(text);
    if (csv.problems.length) return report('products', 0, 0, csv.problems);
    const headerProblems = checkHeader(csv.header, PRODUCT_COLUMNS, ['sku', 'name', 'category']);
    if (headerProblems.length) return report('products', csv.rows.length, 0, headerProblems);
    if (csv.rows.length > MAX_IMPORT_ROWS) {
      return report('products', csv.rows.length, 0, [
        {
          line: 1,
          column: '',
          message: `A file holds at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows.`,
        },
      ]);
    }
    const connection = this.em.getConnection();
    const [categories, facets] = await Promise.all([
      connection.execute<Array<{ slug: string }>>('SELECT slug FROM category WHERE site_id = ?', [
        viewer.siteId,
      ]),
      connection.execute<Array<{ code: string; values: Array<{ code: string }> }>>(
        'SELECT code, "values" FROM catalog_facet WHERE site_id = ?',
        [viewer.siteId],
      ),
    ]);
    const { valid, problems } = validateProductRows(csv.rows, {
      categorySlugs: new Set(categories.map((c) => c.slug)),
      facets: new Map(facets.map((f) => [f.code, new Set(f.values.map((v) => v.code))])),
    });
    const result = report('products', csv.rows.length, valid.length, problems);
    if (problems.length || valid.length === 0) return result;

    const input = JSON.stringify(
      valid.map((r) => ({
        sku: r.sku,
        name: r.name,
        description: r.description,
        category_slug: r.categorySlug,
        unit: r.unitOfMeasure,
        status: r.status,
        min_q: r.minQuantity,
        max_q: r.maxQuantity,
        inc: r.increment,
        attributes: r.attributes,
        name_fr: r.nameFr,
        description_fr: r.descriptionFr,
      })),
    );
    const inputSql = `SELECT r.*, c.id AS category_id FROM jsonb_to_recordset(?::jsonb) AS r(sku text, name text,
        description text, category_slug text, unit text, status text, min_q int, max_q int, inc int, attributes jsonb,
        name_fr text, description_fr text)
      JOIN category c ON c.site_id = ? AND c.slug = r.category_slug`;
    const changedSql = `(p.category_id, p.name, p.description, p.unit_of_measure, p.status, p.min_order_quantity,
        p.max_order_quantity, p.order_increment, p.attributes)
      IS DISTINCT FROM (i.category_id, i.name, i.description, i.unit, i.status, i.min_q, i.max_q, i.inc, i.attributes)
      OR (i.name_fr IS NOT NULL AND (t.name, t.description) IS DISTINCT FROM (i.name_fr, COALESCE(i.description_fr, '')))`;
    return inTransaction(this.em, async (sql) => {
      const [counts] = await sql<{ created: string; updated: string; unchanged: string }>(
        `WITH i AS (${inputSql})
         SELECT count(*) FILTER (WHERE p.id IS NULL) AS created,
                count(*) FILTER (WHERE p.id IS NOT NULL AND (${changedSql})) AS updated,
                count(*) FILTER (WHERE p.id IS NOT NULL AND NOT (${changedSql})) AS unchanged
           FROM i LEFT JOIN product p ON p.site_id = ? AND p.sku = i.sku
           LEFT JOIN product_translation t ON t.product_id = p.id AND t.locale = 'fr-CA'`,
        [input, viewer.siteId, viewer.siteId],
      );
      result.created = Number(counts!.created);
      result.updated = Number(counts!.updated);
      result.unchanged = Number(counts!.unchanged);
      if (!apply) return result;
      await sql(
        `WITH i AS (${inputSql})
         INSERT INTO product (id, site_id, category_id, sku, name, description, unit_of_measure, status, attributes,
                              min_order_quantity, max_order_quantity, order_increment, created_at, updated_at)
         SELECT gen_random_uuid(), ?, i.category_id, i.sku, i.name, i.description, i.unit, i.status, i.attributes,
                i.min_q, i.max_q, i.inc, now(), now() FROM i
         ON CONFLICT (site_id, sku) DO UPDATE SET category_id = excluded.category_id, name = excluded.name,
                description = excluded.description, unit_of_measure = excluded.unit_of_measure, status = excluded.status,
                attributes = excluded.attributes, min_order_quantity = excluded.min_order_quantity,
                max_order_quantity = excluded.max_order_quantity, order_increment = excluded.order_increment,
                updated_at = now()
          WHERE (product.category_id, product.name, product.description, product.unit_of_measure, product.status,
                 product.attributes, product.min_order_quantity, product.max_order_quantity, product.order_increment)
                IS DISTINCT FROM (excluded.category_id, excluded.name, excluded.description, excluded.unit_of_measure,
                 excluded.status, excluded.attributes, excluded.min_order_quantity, excluded.max_order_quantity,
                 excluded.order_increment)`,
        [input, viewer.siteId, viewer.siteId],
      );
      await sql(
        `WITH i AS (${inputSql})
         INSERT INTO product_translation (id, product_id, locale, name, description)
         SELECT gen_random_uuid(), p.id, 'fr-CA', i.name_fr, COALESCE(i.description_fr, '')
           FROM i JOIN product p ON p.site_id = ? AND p.sku = i.sku WHERE i.name_fr IS NOT NULL
         ON CONFLICT (product_id, locale) DO UPDATE SET name = excluded.name, description = excluded.description
          WHERE (product_translation.name, product_translation.description)
                IS DISTINCT FROM (excluded.name, excluded.description)`,
        [input, viewer.siteId, viewer.siteId],
      );
      await recordAudit(sql, {
        siteId: viewer.siteId,
        actorId: viewer.userId,
        action: 'catalog.import',
        subjectType: 'Catalog',
        subjectId: null,
        summary: `Product import: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`,
        after: {
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
        },
      });
      result.applied = true;
      return result;
    });
  }

  async importPrices(viewer: Viewer, text: string, apply: boolean): Promise<ImportReport> {
    const csv = readCsv(text);
    if (csv.problems.length) return report('prices', 0, 0, csv.problems);
    const headerProblems = checkHeader(csv.header, PRICE_COLUMNS, ['price_book', 'sku', 'unit_price']);
    if (headerProblems.length) return report('prices', csv.rows.length, 0, headerProblems);
    if (csv.rows.length > MAX_IMPORT_ROWS) {
      return report('prices', csv.rows.length, 0, [
        {
          line: 1,
          column: '',
          message: `A file holds at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows.`,
        },
      ]);
    }
    const connection = this.em.getConnection();
    const skusInFile = [...new Set(csv.rows.map((r) => (r.values.sku ?? '').trim()))];
    const [books, products] = await Promise.all([
      connection.execute<Array<{ name: string; currency: string; derived: boolean }>>(
        'SELECT name, currency, derived_from_id IS NOT NULL AS derived FROM price_book WHERE site_id = ?',
        [viewer.siteId],
      ),
      connection.execute<Array<{ sku: string }>>(
        'SELECT sku FROM product WHERE site_id = ? AND sku = ANY(SELECT jsonb_array_elements_text(?::jsonb))',
        [viewer.siteId, JSON.stringify(skusInFile)],
      ),
    ]);
    const { valid, problems } = validatePriceRows(csv.rows, {
      books: new Map(books.map((b) => [b.name, { currency: b.currency, derived: b.derived }])),
      skus: new Set(products.map((p) => p.sku)),
    });
    const result = report('prices', csv.rows.length, valid.length, problems);
    if (problems.length || valid.length === 0) return result;

    const input = JSON.stringify(
      valid.map((r) => ({ book_name: r.bookName, sku: r.sku, unit_price: r.unitPrice.toFixed(4) })),
    );
    return inTransaction(this.em, async (sql) => {
      const resolved = await sql<{
        book_id: string;
        book_name: string;
        currency: string;
        product_id: string;
        sku: string;
        unit_price: string;
        old: string | null;
      }>(
        `SELECT b.id AS book_id, b.name AS book_name, b.currency, p.id AS product_id, p.sku, r.unit_price::text,
                e.unit_price::text AS old
           FROM jsonb_to_recordset(?::jsonb) AS r(book_name text, sku text, unit_price numeric)
           JOIN price_book b ON b.site_id = ? AND b.name = r.book_name
           JOIN product p ON p.site_id = ? AND p.sku = r.sku
           LEFT JOIN price_book_entry e ON e.price_book_id = b.id AND e.product_id = p.id
           FOR UPDATE OF b`,
        [input, viewer.siteId, viewer.siteId],
      );
      const changed = resolved.filter(
        (r) => r.old === null || !toDecimal(r.old).equals(toDecimal(r.unit_price)),
      );
      result.created = changed.filter((r) => r.old === null).length;
      result.updated = changed.length - result.created;
      result.unchanged = resolved.length - changed.length;
      if (!apply) return result;
      await sql(
        `INSERT INTO price_book_entry (id, price_book_id, product_id, unit_price)
         SELECT gen_random_uuid(), c.book_id, c.product_id, c.unit_price
           FROM jsonb_to_recordset(?::jsonb) AS c(book_id uuid, product_id uuid, unit_price numeric)
         ON CONFLICT (price_book_id, product_id) DO UPDATE SET unit_price = excluded.unit_price`,
        [
          JSON.stringify(
            changed.map((c) => ({ book_id: c.book_id, product_id: c.product_id, unit_price: c.unit_price })),
          ),
        ],
      );
      await sql(
        'UPDATE price_book SET updated_at = now() WHERE id = ANY(SELECT jsonb_array_elements_text(?::jsonb)::uuid)',
        [JSON.stringify([...new Set(changed.map((c) => c.book_id))])],
      );
      await recordAudits(
        sql,
        changed.map((c) => ({
          siteId: viewer.siteId,
          actorId: viewer.userId,
          action: c.old === null ? 'price.create' : 'price.update',
          subjectType: 'PriceBook',
          subjectId: c.book_id,
          summary: `${c.sku} in ${c.book_name}: ${c.old === null ? 'not set' : money(c.old, c.currency).amount} → ${money(c.unit_price, c.currency).amount} (import)`,
          before: c.old === null ? null : { sku: c.sku, unitPrice: c.old },
          after: { sku: c.sku, unitPrice: c.unit_price },
        })),
      );
      await recordAudit(sql, {
        siteId: viewer.siteId,
        actorId: viewer.userId,
        action: 'prices.import',
        subjectType: 'Catalog',
        subjectId: null,
        summary: `Price import: ${result.created} added, ${result.updated} changed, ${result.unchanged} unchanged`,
        after: {
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
        },
      });
      result.applied = true;
      return result;
    });
  }

  async exportProducts(viewer: Viewer): Promise<string> {
    const rows = await this.em.getConnection().execute<
      Array<{
        sku: string;
        name: string;
        description: string;
        category: string;
        unit_of_measure: string;
        status: string;
        min_quantity: number;
        max_quantity: number | null;
        increment: number;
        attributes: Record<string, string>;
        name_fr_ca: string | null;
        description_fr_ca: string | null;
      }>
    >(
      `SELECT p.sku, p.name, p.description, c.slug AS category, p.unit_of_measure, p.status,
              p.min_order_quantity AS min_quantity, p.max_order_quantity AS max_quantity, p.order_increment AS increment,
              p.attributes, t.name AS name_fr_ca, t.description AS description_fr_ca
         FROM product p JOIN category c ON c.id = p.category_id
         LEFT JOIN product_translation t ON t.product_id = p.id AND t.locale = 'fr-CA'
        WHERE p.site_id = ? ORDER BY p.sku`,
      [viewer.siteId],
    );
    return stringify(
      rows.map((r) => ({
        ...r,
        attributes: Object.entries(r.attributes ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join(';'),
      })),
      { header: true, columns: [...PRODUCT_COLUMNS] },
    );
  }

  async exportPrices(viewer: Viewer): Promise<string> {
    const rows = await this.em
      .getConnection()
      .execute<Array<{ price_book: string; currency: string; sku: string; unit_price: string }>>(
        `SELECT b.name AS price_book, b.currency, p.sku, e.unit_price::text AS unit_price
         FROM price_book_entry e JOIN price_book b ON b.id = e.price_book_id JOIN product p ON p.id = e.product_id
        WHERE b.site_id = ? ORDER BY b.is_default DESC, b.name, p.sku`,
        [viewer.siteId],
      );
    return stringify(
      rows.map((r) => ({ ...r, unit_price: plainAmount(r.unit_price) })),
      { header: true, columns: [...PRICE_COLUMNS] },
    );
  }
}

/** An exact amount with at least two decimals and no trailing zeros beyond them: 54.0000 → 54.00, 1.2350 → 1.235. */
export function plainAmount(value: string): string {
  const d = toDecimal(value);
  return d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toString();
}
