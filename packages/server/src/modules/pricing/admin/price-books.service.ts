import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../../../platform/db/transaction.js';
import { cleanText } from '../../../platform/errors.js';
import { StaleEdit, ValidationFailed } from '../../../platform/graphql-types.js';
import { fromGlobalId, toGlobalId } from '../../../platform/ids.js';
import { money, toDecimal } from '../../../platform/money.js';
import { escapeLike } from '../../accounts/accounts.service.js';
import { recordAudit } from '../../audit/index.js';
import type { Viewer } from '../../identity/index.js';
import { keysetPage } from '../../../platform/db/keyset-page.js';
import { derivePrice, type PriceRounding } from '../domain/derived-price.js';
import {
  PriceBookEntrySaved,
  PriceBookSaved,
  type BuyerGroupNode,
  type PriceBookEntryNode,
  type PriceBookNode,
  type SavePriceBookInput,
  type SetPriceBookEntryInput,
} from './pricing-admin.types.js';
import { checkCurrency, checkName, parseAmount, validateDerivation, type Problem } from './rules.js';

interface BookRow {
  id: string;
  name: string;
  currency: string;
  is_default: boolean;
  active: boolean;
  derived_from_id: string | null;
  derived_from_name: string | null;
  conversion_rate: string | null;
  rounding: PriceRounding | null;
  entry_count: string;
  updated_at: string;
  groups: Array<{
    id: string;
    code: string;
    name: string;
    is_default: boolean;
    priority: number;
    account_count: number;
  }>;
}

const BOOK_SELECT = `
  SELECT b.id, b.name, b.currency, b.is_default, b.active, b.derived_from_id, src.name AS derived_from_name,
         b.conversion_rate::text, b.rounding, b.updated_at,
         (SELECT count(*) FROM price_book_entry e WHERE e.price_book_id = b.id) AS entry_count,
         COALESCE((SELECT json_agg(json_build_object('id', g.id, 'code', g.code, 'name', g.name,
                                                     'is_default', g.is_default, 'priority', gb.priority,
                                                     'account_count', (SELECT count(*) FROM account_buyer_group ag
                                                                        WHERE ag.buyer_group_id = g.id))
                                   ORDER BY gb.priority, g.name)
                     FROM buyer_group_price_book gb JOIN buyer_group g ON g.id = gb.buyer_group_id
                    WHERE gb.price_book_id = b.id), '[]') AS groups
    FROM price_book b LEFT JOIN price_book src ON src.id = b.derived_from_id`;

/** Price books of the site as its pricing managers see and change them; every change is audited. */
export class PriceBooksService {
  constructor(private readonly em: EntityManager) {}

  async list(viewer: Viewer): Promise<PriceBookNode[]> {
    const rows = await this.em
      .getConnection()
      .execute<BookRow[]>(
        `${BOOK_SELECT} WHERE b.site_id = ? ORDER BY b.is_default DESC, b.currency, b.name`,
        [viewer.siteId],
      );
    return rows.map(toBookNode);
  }

  async byGlobalId(viewer: Viewer, globalId: string): Promise<PriceBookNode | null> {
    const id = fromGlobalId('PriceBook', globalId);
    if (!id) return null;
    const [row] = await this.em
      .getConnection()
      .execute<BookRow[]>(`${BOOK_SELECT} WHERE b.site_id = ? AND b.id = ?`, [viewer.siteId, id]);
    return row ? toBookNode(row) : null;
  }

  async buyerGroups(viewer: Viewer): Promise<BuyerGroupNode[]> {
    const rows = await this.em
      .getConnection()
      .execute<Array<{ id: string; code: string; name: string; is_default: boolean; account_count: string }>>(
        `SELECT g.id, g.code, g.name, g.is_default,
              (SELECT count(*) FROM account_buyer_group ag WHERE ag.buyer_group_id = g.id) AS account_count
         FROM buyer_group g WHERE g.site_id = ? ORDER BY g.is_default DESC, g.name`,
        [viewer.siteId],
      );
    return rows.map((r) => ({
      id: toGlobalId('BuyerGroup', r.id),
      code: r.code,
      name: r.name,
      isDefault: r.is_default,
      accountCount: Number(r.account_count),
    }));
  }

  /** Products of the site with their price in the book (own, and effective for a derived book). */
  async entries(
    viewer: Viewer,
    book: PriceBookNode,
    args: { first?: number | null; after?: string | null; search?: string | null; onlySet?: boolean | null },
  ) {
    const where: Array<{ sql: string; params?: unknown[] }> = [
      { sql: 'p.site_id = ?', params: [viewer.siteId] },
    ];
    const search = args.search ? cleanText(args.search, 'Search text') : '';
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.push({ sql: '(p.sku ILIKE ? OR p.name ILIKE ?)', params: [pattern, pattern] });
    }
    if (args.onlySet) where.push({ sql: 'e.unit_price IS NOT NULL' });
    const rate = book.conversionRate ? toDecimal(book.conversionRate) : null;
    return keysetPage(this.em, {
      select: 'p.id, p.sku, p.name, e.unit_price::text AS own, se.unit_price::text AS source',
      from: `product p
        LEFT JOIN price_book_entry e ON e.product_id = p.id AND e.price_book_id = '${book.dbId}'
        LEFT JOIN price_book_entry se ON se.product_id = p.id AND se.price_book_id = ${
          book.derivedFromId ? `'${fromGlobalId('PriceBook', book.derivedFromId)}'` : 'NULL'
        }`,
      where,
      orderBy: [
        ['p.sku', 'text'],
        ['p.id', 'uuid'],
      ],
      direction: 'ASC',
      first: args.first,
      defaultSize: 50,
      after: args.after,
      cursorOf: (r: { sku: string; id: string }) => [r.sku, r.id],
      nodeOf: (r: { id: string; sku: string; name: string; own: string | null; source: string | null }) =>
        toEntryNode(r, book.currency, rate, book.rounding),
    });
  }

  async setEntry(viewer: Viewer, input: SetPriceBookEntryInput) {
    const problems: Problem[] = [];
    const bookId = fromGlobalId('PriceBook', input.priceBookId);
    const sku = input.sku.trim();
    const price =
      input.unitPrice === null ? null : parseAmount(input.unitPrice, 'unitPrice', 'The price', problems);
    return inTransaction(this.em, async (sql) => {
      const [book] = bookId
        ? await sql<{
            id: string;
            name: string;
            currency: string;
            derived_from_id: string | null;
            conversion_rate: string | null;
            rounding: PriceRounding | null;
          }>(
            `SELECT id, name, currency, derived_from_id, conversion_rate::text, rounding FROM price_book
              WHERE id = ? AND site_id = ? FOR UPDATE`,
            [bookId, viewer.siteId],
          )
        : [];
      if (!book)
        problems.push({ field: 'priceBookId', message: 'There is no such price book on this site.' });
      const [product] = sku
        ? await sql<{ id: string; sku: string; name: string }>(
            `SELECT id, sku, name FROM product WHERE site_id = ? AND sku = ?`,
            [viewer.siteId, sku.slice(0, 100)],
          )
        : [];
      if (!product)
        problems.push({
          field: 'sku',
          message: sku ? `No product with SKU ${sku.slice(0, 100)}.` : 'The SKU is required.',
        });
      if (problems.length || !book || !product) return new ValidationFailed(problems);

      const [before] = await sql<{ unit_price: string }>(
        'SELECT unit_price::text FROM price_book_entry WHERE price_book_id = ? AND product_id = ?',
        [book.id, product.id],
      );
      if (price === null) {
        await sql('DELETE FROM price_book_entry WHERE price_book_id = ? AND product_id = ?', [
          book.id,
          product.id,
        ]);
      } else {
        await sql(
          `INSERT INTO price_book_entry (id, price_book_id, product_id, unit_price) VALUES (gen_random_uuid(), ?, ?, ?)
           ON CONFLICT (price_book_id, product_id) DO UPDATE SET unit_price = excluded.unit_price`,
          [book.id, product.id, price.toFixed(4)],
        );
      }
      await sql('UPDATE price_book SET updated_at = now() WHERE id = ?', [book.id]);
      const was = before ? money(before.unit_price, book.currency).amount : 'not set';
      const now = price === null ? 'not set' : money(price, book.currency).amount;
      await recordAudit(sql, {
        siteId: viewer.siteId,
        actorId: viewer.userId,
        action: price === null ? 'price.remove' : before ? 'price.update' : 'price.create',
        subjectType: 'PriceBook',
        subjectId: book.id,
        summary: `${product.sku} in ${book.name}: ${was} → ${now}`,
        before: before ? { sku: product.sku, unitPrice: before.unit_price } : null,
        after: price === null ? null : { sku: product.sku, unitPrice: price.toFixed(4) },
      });
      const [source] = book.derived_from_id
        ? await sql<{ unit_price: string }>(
            'SELECT unit_price::text FROM price_book_entry WHERE price_book_id = ? AND product_id = ?',
            [book.derived_from_id, product.id],
          )
        : [];
      return Object.assign(new PriceBookEntrySaved(), {
        entry: toEntryNode(
          {
            id: product.id,
            sku: product.sku,
            name: product.name,
            own: price?.toFixed(4) ?? null,
            source: source?.unit_price ?? null,
          },
          book.currency,
          book.conversion_rate ? toDecimal(book.conversion_rate) : null,
          book.rounding,
        ),
      });
    });
  }

  async save(viewer: Viewer, input: SavePriceBookInput) {
    const problems: Problem[] = [];
    const name = checkName(input.name, 'name', 'The name', problems);
    const currency = checkCurrency(input.currency, 'currency', problems);
    const id = input.id ? fromGlobalId('PriceBook', input.id) : null;
    if (input.id && !id) problems.push({ field: 'id', message: 'There is no such price book on this site.' });
    if (id && !input.expectedUpdatedAt) {
      problems.push({
        field: 'expectedUpdatedAt',
        message: 'Send the updatedAt you read, so a stale edit can be refused.',
      });
    }
    const sourceId = input.derivedFromId ? fromGlobalId('PriceBook', input.derivedFromId) : null;
    const groupIds = input.groups.map((g) => fromGlobalId('BuyerGroup', g.buyerGroupId));
    input.groups.forEach((g, i) => {
      if (!groupIds[i])
        problems.push({ field: `groups[${i}].buyerGroupId`, message: 'There is no such buyer group.' });
      if (!Number.isSafeInteger(g.priority) || g.priority < 0 || g.priority > 1000) {
        problems.push({
          field: `groups[${i}].priority`,
          message: 'The priority must be a whole number from 0 to 1000.',
        });
      }
    });
    if (new Set(groupIds).size !== groupIds.length)
      problems.push({ field: 'groups', message: 'A buyer group is listed twice.' });

    return inTransaction(this.em, async (sql) => {
      const [existing] = id
        ? await sql<{
            id: string;
            is_default: boolean;
            currency: string;
            updated_at: string;
            name: string;
            active: boolean;
            derived_from_id: string | null;
            conversion_rate: string | null;
            rounding: string | null;
          }>(
            `SELECT id, is_default, currency, updated_at, name, active, derived_from_id, conversion_rate::text, rounding
               FROM price_book WHERE id = ? AND site_id = ? FOR UPDATE`,
            [id, viewer.siteId],
          )
        : [];
      if (id && !existing)
        problems.push({ field: 'id', message: 'There is no such price book on this site.' });
      const [source] = sourceId
        ? await sql<{ currency: string; derived_from_id: string | null }>(
            'SELECT currency, derived_from_id FROM price_book WHERE id = ? AND site_id = ?',
            [sourceId, viewer.siteId],
          )
        : [];
      if (input.derivedFromId && !source)
        problems.push({ field: 'derivedFromId', message: 'There is no such source book on this site.' });
      if (source?.derived_from_id)
        problems.push({
          field: 'derivedFromId',
          message: 'Derive from a book with prices of its own, not from a derived one.',
        });
      if (sourceId && sourceId === id)
        problems.push({ field: 'derivedFromId', message: 'A book cannot be derived from itself.' });
      if (existing && currency && existing.currency !== currency) {
        problems.push({ field: 'currency', message: 'The currency of an existing book cannot change.' });
      }
      problems.push(
        ...validateDerivation({
          currency: input.currency,
          derivedFromCurrency: input.derivedFromId ? (source?.currency ?? '???') : null,
          conversionRate: input.conversionRate ?? null,
          rounding: input.rounding ?? null,
        }),
      );
      const validGroups = groupIds.filter((g): g is string => !!g);
      if (validGroups.length) {
        const found = await sql<{ id: string }>(
          'SELECT id FROM buyer_group WHERE site_id = ? AND id = ANY(?::uuid[])',
          [viewer.siteId, `{${validGroups.join(',')}}`],
        );
        if (found.length !== validGroups.length)
          problems.push({ field: 'groups', message: 'A buyer group is not on this site.' });
      }
      if (problems.length || !name || !currency) return new ValidationFailed(problems);
      if (existing && new Date(existing.updated_at).getTime() !== input.expectedUpdatedAt!.getTime())
        return new StaleEdit();
      const clash = await sql<{ id: string }>(
        'SELECT id FROM price_book WHERE site_id = ? AND name = ? AND id <> ?',
        [viewer.siteId, name, id ?? '00000000-0000-0000-0000-000000000000'],
      );
      if (clash.length)
        return new ValidationFailed([{ field: 'name', message: `Another price book is called “${name}”.` }]);

      const bookId = id ?? (await sql<{ id: string }>('SELECT gen_random_uuid() AS id'))[0]!.id;
      const rate = input.conversionRate?.trim() ?? null;
      if (existing) {
        await sql(
          `UPDATE price_book SET name = ?, active = ?, derived_from_id = ?, conversion_rate = ?, rounding = ?, updated_at = now()
            WHERE id = ?`,
          [name, input.active, sourceId, rate, input.rounding ?? null, bookId],
        );
      } else {
        await sql(
          `INSERT INTO price_book (id, site_id, name, currency, is_default, derived_from_id, conversion_rate, rounding, active, created_at, updated_at)
           VALUES (?, ?, ?, ?, false, ?, ?, ?, ?, now(), now())`,
          [bookId, viewer.siteId, name, currency, sourceId, rate, input.rounding ?? null, input.active],
        );
      }
      if (!existing?.is_default) {
        await sql('DELETE FROM buyer_group_price_book WHERE price_book_id = ?', [bookId]);
        for (const [i, group] of input.groups.entries()) {
          await sql(
            'INSERT INTO buyer_group_price_book (id, buyer_group_id, price_book_id, priority) VALUES (gen_random_uuid(), ?, ?, ?)',
            [groupIds[i], bookId, group.priority],
          );
        }
      }
      await recordAudit(sql, {
        siteId: viewer.siteId,
        actorId: viewer.userId,
        action: existing ? 'price-book.update' : 'price-book.create',
        subjectType: 'PriceBook',
        subjectId: bookId,
        summary: existing ? `Price book “${name}” changed` : `Price book “${name}” (${currency}) created`,
        before: existing ?? null,
        after: {
          name,
          currency,
          active: input.active,
          derivedFromId: sourceId,
          conversionRate: rate,
          rounding: input.rounding ?? null,
          groups: input.groups,
        },
      });
      const [row] = await sql<BookRow>(`${BOOK_SELECT} WHERE b.id = ?`, [bookId]);
      return Object.assign(new PriceBookSaved(), { priceBook: toBookNode(row!) });
    });
  }
}

function toBookNode(row: BookRow): PriceBookNode {
  return {
    dbId: row.id,
    id: toGlobalId('PriceBook', row.id),
    name: row.name,
    currency: row.currency,
    isDefault: row.is_default,
    active: row.active,
    derivedFromId: row.derived_from_id ? toGlobalId('PriceBook', row.derived_from_id) : null,
    derivedFromName: row.derived_from_name,
    conversionRate: row.conversion_rate === null ? null : toDecimal(row.conversion_rate).toString(),
    rounding: row.rounding,
    entryCount: Number(row.entry_count),
    updatedAt: new Date(row.updated_at),
    groups: row.groups.map((g) => ({
      group: {
        id: toGlobalId('BuyerGroup', g.id),
        code: g.code,
        name: g.name,
        isDefault: g.is_default,
        accountCount: Number(g.account_count),
      },
      priority: g.priority,
    })),
  };
}

function toEntryNode(
  row: { id: string; sku: string; name: string; own: string | null; source: string | null },
  currency: string,
  rate: ReturnType<typeof toDecimal> | null,
  rounding: PriceRounding | null,
): PriceBookEntryNode {
  const own = row.own === null ? null : money(row.own, currency);
  const derived =
    row.source !== null && rate && rounding
      ? money(derivePrice(toDecimal(row.source), rate, rounding, currency), currency)
      : null;
  return {
    productId: toGlobalId('Product', row.id),
    sku: row.sku,
    name: row.name,
    unitPrice: own,
    effectivePrice: own ?? derived,
  };
}
