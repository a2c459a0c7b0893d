import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, cleanText } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/ids.js';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/pagination.js';
import { sqlArray } from '../../platform/db/sql.js';
import { escapeLike } from '../accounts/accounts.service.js';
import { CatalogService, localized, productSource, type ProductRow } from '../catalog/index.js';
import { priceVisibleSql, visibleProductSql, type EntitlementScope } from '../entitlements/index.js';
import type { Viewer } from '../identity/index.js';
import { basePriceJoin } from '../pricing/index.js';
import {
  ProductSort,
  type FacetFilterInput,
  type FacetNode,
  type ProductConnection,
} from './catalog-search.types.js';

interface Condition {
  sql: string;
  params: unknown[];
}

/** A prepared search: everything needed to fetch its page, its total and its facet counts. */
export interface CatalogQuery {
  viewer: Viewer;
  scope: EntitlementScope;
  from: string;
  base: Condition[];
  /** Facet code → its filter condition. */
  facetFilters: Map<string, Condition & { values: string[] }>;
  /** Worked out with the page when the search ran as one statement. */
  precomputed?: { total: number | null; facetCounts: Map<string, number> | null };
}

export interface SearchArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  categoryId?: string | null;
  facets?: FacetFilterInput[] | null;
  sort?: ProductSort | null;
  /** Which lazy fields the request asks for, so a text search can compute them with its page. */
  want?: { total: boolean; facets: boolean };
}

const MAX_OFFSET = 10_000;

/**
 * Search and browse of the viewer's catalog. Text matches the viewer's language (PostgreSQL full text,
 * French stemming without accents for French), SKU prefixes, and near misses by trigram similarity for
 * typos. Only products the viewer may see are ever read.
 */
export class CatalogSearchService {
  constructor(private readonly em: EntityManager) {}

  async search(viewer: Viewer, args: SearchArgs): Promise<ProductConnection> {
    const size = pageSize(args.first, 24);
    const catalog = new CatalogService(this.em);
    const [scope, reference] = await Promise.all([catalog.scope(viewer), catalog.reference(viewer)]);
    const source = productSource(viewer);
    const visible = visibleProductSql(scope, 'p');
    const base: Condition[] = [
      { sql: "p.site_id = ? AND p.status = 'ACTIVE'", params: [viewer.siteId] },
      visible,
    ];
    if (args.categoryId) {
      const categoryId = fromGlobalId('Category', args.categoryId);
      if (!categoryId) throw new BadUserInputError('`categoryId` is not a category ID.');
      const subtree = reference.categories.filter((c) => c.path.includes(categoryId)).map((c) => c.id);
      base.push({ sql: 'p.category_id = ANY(?::uuid[])', params: [sqlArray(subtree)] });
    }
    const text = args.search ? cleanText(args.search, 'Search text') : '';
    let rank: Condition | null = null;
    let textCondition: Condition | null = null;
    const relevance = text && (args.sort ?? ProductSort.RELEVANCE) === ProductSort.RELEVANCE;
    if (text) {
      const matched = textMatch(text, viewer, relevance ? 'EXACT' : 'BOTH');
      textCondition = matched.condition;
      base.push(matched.condition);
      rank = matched.rank;
    }

    const facetFilters = new Map<string, Condition & { values: string[] }>();
    for (const filter of args.facets ?? []) {
      const facet = reference.facets.find((f) => f.code === filter.code);
      if (!facet)
        throw new BadUserInputError(`There is no facet "${filter.code.slice(0, 50)}" on this site.`);
      const values = [...new Set(filter.values)].filter((v) => facet.values.some((fv) => fv.code === v));
      if (values.length === 0) continue;
      facetFilters.set(facet.code, {
        sql: `p.attributes ->> ? = ANY(?::text[])`,
        params: [facet.code, sqlArray(values)],
        values,
      });
    }
    const query: CatalogQuery = { viewer, scope, from: source.from, base, facetFilters };

    const sort = args.sort ?? (text ? ProductSort.RELEVANCE : ProductSort.NAME);
    if (sort === ProductSort.RELEVANCE && !rank)
      return this.page(query, source, size, args.after, ProductSort.NAME, null);
    if (sort !== ProductSort.RELEVANCE || !rank)
      return this.page(query, source, size, args.after, sort, rank);
    const want = args.want ?? { total: true, facets: true };
    // A cursor from a page of near misses continues with near misses.
    const fuzzyCursor = !!args.after && decodeCursor(args.after, 2)[0] === 'fuzzy';
    if (fuzzyCursor && textCondition) {
      const fuzzy = textMatch(text, viewer, 'FUZZY');
      query.base[query.base.indexOf(textCondition)] = fuzzy.condition;
      return this.relevancePage(query, source, size, args.after, fuzzy.rank, want, 'fuzzy');
    }
    const found = await this.relevancePage(query, source, size, args.after, rank, want, 'offset');
    // Nothing matched exactly: look for near misses (a typo in a name or a SKU). Only then, since
    // trigram matches read many more rows than full text does.
    if (found.edges.length === 0 && !args.after && textCondition) {
      const fuzzy = textMatch(text, viewer, 'FUZZY');
      query.base[query.base.indexOf(textCondition)] = fuzzy.condition;
      return this.relevancePage(query, source, size, args.after, fuzzy.rank, want, 'fuzzy');
    }
    return found;
  }

  /**
   * A text search by relevance in one statement: the matches (and their rank) are worked out once,
   * materialized, and the page, the total and the facet counts all read them.
   */
  private async relevancePage(
    query: CatalogQuery,
    source: { columns: string; translationJoin: string; from: string },
    size: number,
    after: string | null | undefined,
    rank: Condition,
    want: { total: boolean; facets: boolean },
    cursorKind: 'offset' | 'fuzzy',
  ): Promise<ProductConnection> {
    const offset = after ? decodeOffset(after, [cursorKind]) : 0;
    const name = source.translationJoin ? 'COALESCE(t.name, p.name)' : 'p.name';
    const where = query.base.map((c) => c.sql).join(' AND ');
    const filters = [...query.facetFilters.values()];
    const filtered = filters.length
      ? filters.map((f) => f.sql.replaceAll('p.attributes', 'm.attributes')).join(' AND ')
      : 'true';
    const facetCounts = want.facets ? facetCountSql(query, 'matched') : null;
    const [row] = await this.em.getConnection().execute<
      Array<{
        rows: Array<ProductRow & { sort_name: string }>;
        total: string | null;
        facets: Array<{ code: string; value: string; count: string }> | null;
      }>
    >(
      `WITH matched AS MATERIALIZED (
         SELECT p.id, p.attributes, (${rank.sql}) AS rank, ${name} AS sort_name FROM ${source.from} WHERE ${where}
       ), filtered AS (
         SELECT * FROM matched m WHERE ${filtered}
       ), page AS (
         SELECT id, rank, sort_name FROM filtered ORDER BY rank DESC, sort_name, id LIMIT ? OFFSET ?
       )
       SELECT (SELECT COALESCE(json_agg(r ORDER BY r.rank DESC, r.sort_name, r.id), '[]')
                 FROM (SELECT ${source.columns}, page.rank, page.sort_name
                         FROM page JOIN product p ON p.id = page.id ${source.translationJoin}) r) AS rows,
              ${want.total ? '(SELECT count(*) FROM filtered)' : 'NULL'} AS total,
              ${facetCounts ? `(SELECT COALESCE(json_agg(f), '[]') FROM (${facetCounts.sql}) f)` : 'NULL'} AS facets`,
      [
        ...rank.params,
        ...query.base.flatMap((c) => c.params),
        ...filters.flatMap((f) => f.params),
        size + 1,
        offset,
        ...(facetCounts?.params ?? []),
      ],
    );
    const rows = row?.rows ?? [];
    query.precomputed = {
      total: row?.total === null || row?.total === undefined ? null : Number(row.total),
      facetCounts: row?.facets
        ? new Map(row.facets.map((r) => [`${r.code}\u0000${r.value}`, Number(r.count)]))
        : null,
    };
    const pageRows = rows.slice(0, size);
    const nodes = await new CatalogService(this.em).toNodes(query.scope, pageRows);
    return {
      query,
      edges: nodes.map((node, i) => ({ cursor: encodeCursor([cursorKind, offset + i + 1]), node })),
      pageInfo: {
        hasNextPage: rows.length > size && offset + size < MAX_OFFSET,
        endCursor: nodes.length ? encodeCursor([cursorKind, offset + nodes.length]) : null,
      },
    };
  }

  private async page(
    query: CatalogQuery,
    source: { columns: string; from: string },
    size: number,
    after: string | null | undefined,
    sort: ProductSort,
    rank: Condition | null,
  ): Promise<ProductConnection> {
    const conditions = [...query.base, ...query.facetFilters.values()];
    const where = conditions.map((c) => c.sql).join(' AND ');
    const params = conditions.flatMap((c) => c.params);
    const name = source.from.includes('product_translation') ? 'COALESCE(t.name, p.name)' : 'p.name';
    const connection = this.em.getConnection();
    let rows: Array<ProductRow & { sort_name: string }>;
    let offset = 0;

    if (sort === ProductSort.NAME) {
      let keyset = '';
      const keysetParams: unknown[] = [];
      if (after) {
        const [afterName, afterId] = decodeCursor(after, 2);
        if (
          typeof afterName !== 'string' ||
          typeof afterId !== 'string' ||
          !/^[0-9a-f-]{36}$/.test(afterId)
        ) {
          throw new BadUserInputError('The `after` cursor is not valid for this list.');
        }
        keyset = ` AND (${name}, p.id) > (?, ?::uuid)`;
        keysetParams.push(afterName, afterId);
      }
      rows = await connection.execute(
        `SELECT ${source.columns}, ${name} AS sort_name FROM ${source.from}
          WHERE ${where}${keyset} ORDER BY ${name}, p.id LIMIT ?`,
        [...params, ...keysetParams, size + 1],
      );
    } else {
      if (after) offset = decodeOffset(after);
      let join = '';
      let joinParams: unknown[] = [];
      let order: string;
      let orderParams: unknown[] = [];
      if (sort === ProductSort.RELEVANCE && rank) {
        order = `(${rank.sql}) DESC, ${name}, p.id`;
        orderParams = rank.params;
      } else {
        const price = await basePriceJoin(this.em, query.viewer, query.scope);
        const shown = priceVisibleSql(query.scope, 'p');
        join = ` ${price.join}`;
        joinParams = price.params;
        order = `CASE WHEN ${shown.sql} THEN base_price.amount END ${sort === ProductSort.PRICE_DESC ? 'DESC' : 'ASC'} NULLS LAST, ${name}, p.id`;
        orderParams = shown.params;
      }
      rows = await connection.execute(
        `SELECT ${source.columns}, ${name} AS sort_name FROM ${source.from}${join}
          WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
        [...joinParams, ...params, ...orderParams, size + 1, offset],
      );
    }
    const pageRows = rows.slice(0, size);
    const nodes = await new CatalogService(this.em).toNodes(query.scope, pageRows);
    const edges = nodes.map((node, i) => ({
      cursor:
        sort === ProductSort.NAME
          ? encodeCursor([pageRows[i]!.sort_name, node.dbId])
          : encodeCursor(['offset', offset + i + 1]),
      node,
    }));
    return {
      query,
      edges,
      pageInfo: {
        hasNextPage: rows.length > size && (sort === ProductSort.NAME || offset + size < MAX_OFFSET),
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** How many products match (facet filters included). */
  async count(query: CatalogQuery): Promise<number> {
    if (query.precomputed?.total != null) return query.precomputed.total;
    const conditions = [...query.base, ...query.facetFilters.values()];
    const [row] = await this.em.getConnection().execute<Array<{ count: string }>>(
      `SELECT count(*) FROM ${query.from} WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
      conditions.flatMap((c) => c.params),
    );
    return Number(row?.count ?? 0);
  }

  /**
   * Facet values with counts. A facet's own filter is left out of its counts (choosing another value
   * of the same facet widens the result), every other facet's filter applies.
   */
  async facets(query: CatalogQuery): Promise<FacetNode[]> {
    const { viewer } = query;
    const reference = await new CatalogService(this.em).reference(viewer);
    if (reference.facets.length === 0) return [];
    let counts = query.precomputed?.facetCounts ?? null;
    if (!counts) {
      const where = query.base.map((c) => c.sql).join(' AND ');
      const facetCounts = facetCountSql(query, 'matched');
      const rows = await this.em
        .getConnection()
        .execute<Array<{ code: string; value: string; count: string }>>(
          `WITH matched AS MATERIALIZED (SELECT p.attributes FROM ${query.from} WHERE ${where}) ${facetCounts.sql}`,
          [...query.base.flatMap((c) => c.params), ...facetCounts.params],
        );
      counts = new Map(rows.map((r) => [`${r.code}\u0000${r.value}`, Number(r.count)]));
    }
    return reference.facets.flatMap((facet) => {
      const selected = query.facetFilters.get(facet.code)?.values ?? [];
      const values = facet.values
        .map((value) => ({
          code: value.code,
          label: localized(value.label, value.labelTranslations, viewer.locale),
          count: counts.get(`${facet.code}\u0000${value.code}`) ?? 0,
          selected: selected.includes(value.code),
        }))
        .filter((v) => v.count > 0 || v.selected);
      return values.length
        ? [
            {
              code: facet.code,
              label: localized(facet.label, facet.labelTranslations, viewer.locale),
              values,
            },
          ]
        : [];
    });
  }
}

/**
 * Facet value counts over a relation of matches with an `attributes` column (alias m). A facet's own
 * filter is left out of its counts (choosing another value of it widens the result); every other
 * facet's filter applies.
 */
function facetCountSql(query: CatalogQuery, relation: string): { sql: string; params: unknown[] } {
  const filters = [...query.facetFilters.entries()];
  const all = (except: string | null) => {
    const kept = filters.filter(([code]) => code !== except);
    return {
      sql: kept.length
        ? kept.map(([, f]) => f.sql.replaceAll('p.attributes', 'm.attributes')).join(' AND ')
        : 'true',
      params: kept.flatMap(([, f]) => f.params),
    };
  };
  const cases = filters.map(([code]) => ({ code, ...all(code) }));
  const fallback = all(null);
  const countFilter = cases.length
    ? `CASE kv.key ${cases.map((c) => `WHEN ? THEN (${c.sql})`).join(' ')} ELSE (${fallback.sql}) END`
    : 'true';
  return {
    sql: `SELECT kv.key AS code, kv.value, count(*) FILTER (WHERE ${countFilter}) AS count
            FROM ${relation} m CROSS JOIN LATERAL jsonb_each_text(m.attributes) kv GROUP BY kv.key, kv.value`,
    params: cases.length ? [...cases.flatMap((c) => [c.code, ...c.params]), ...fallback.params] : [],
  };
}

/** An offset cursor: ['offset', n], or ['fuzzy', n] for a page of near misses. */
function decodeOffset(after: string, kinds: readonly string[] = ['offset']): number {
  const [kind, value] = decodeCursor(after, 2);
  if (
    typeof kind !== 'string' ||
    !kinds.includes(kind) ||
    typeof value !== 'number' ||
    !Number.isSafeInteger(value) ||
    value < 1 ||
    value > MAX_OFFSET
  ) {
    throw new BadUserInputError('The `after` cursor is not valid for this list.');
  }
  return value;
}

/**
 * A tsquery matching every word of the text in a document's name (weight A): "brass valve" →
 * "brass:A & valve:A". Words are letters and digits only; null when there are none.
 */
export function nameOnlyQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return words.length ? words.map((w) => `${w}:A`).join(' & ') : null;
}

/** A single token with a digit, like a SKU (e.g. NB-EA-0001). */
function looksLikeSku(text: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._\-/]{3,}$/.test(text) && /\d/.test(text);
}

/**
 * Text search, in two tiers. EXACT: full text in the site's default language (and, for another
 * language, in its translations) and SKU prefixes, ranked by SKU match then text rank. FUZZY: names
 * (and, for a SKU-like text, SKUs) whose words are close by trigrams — typos ("expresso", "milk
 * pitchr") — ranked by similarity. A relevance search tries EXACT and falls back to FUZZY when nothing
 * matched; other orders use both at once.
 */
type MatchMode = 'EXACT' | 'FUZZY' | 'BOTH';

function textMatch(text: string, viewer: Viewer, mode: MatchMode): { condition: Condition; rank: Condition } {
  const lower = text.toLowerCase();
  const prefix = `${escapeLike(lower)}%`;
  const skuLike = looksLikeSku(text);
  // Typos: every word must be close to a word of the name ("milk pitchr" finds "Milk Frothing Pitcher").
  const words = [...new Set(lower.split(/\s+/).filter((w) => w.length >= 3))].slice(0, 6);
  const fuzzy = (column: string) =>
    words.length ? `(${words.map(() => `? <% ${column}`).join(' AND ')})` : 'false';
  const translated = viewer.locale !== viewer.siteDefaultLocale;
  const config = viewer.locale.startsWith('fr') ? 'portway_french' : 'english';
  const exact = mode !== 'FUZZY';
  const typos = mode !== 'EXACT';
  const conditions: string[] = [];
  const params: unknown[] = [];
  const rankParts: string[] = [];
  const rankParams: unknown[] = [];
  if (exact) {
    conditions.push(`p.search_vector @@ websearch_to_tsquery('english', ?)`, `lower(p.sku) LIKE ?`);
    params.push(text, prefix);
    // Rank in tiers that cost a comparison each, not a ts_rank per match: the SKU itself, its start,
    // every word in the name (weight A of the document), then a match in the description only.
    const nameQuery = nameOnlyQuery(text);
    rankParts.push(
      `CASE WHEN lower(p.sku) = ? THEN 100 WHEN lower(p.sku) LIKE ? THEN 50 ELSE 0 END`,
      nameQuery ? `CASE WHEN p.search_vector @@ to_tsquery('english', ?) THEN 10 ELSE 0 END` : '0',
    );
    rankParams.push(lower, prefix, ...(nameQuery ? [nameQuery] : []));
    if (translated) {
      conditions.push(`p.id IN (SELECT tt.product_id FROM product_translation tt WHERE tt.locale = ?
        AND tt.search_vector @@ websearch_to_tsquery('${config}', ?))`);
      params.push(viewer.locale, text);
      const translatedQuery = nameOnlyQuery(text);
      if (translatedQuery) {
        rankParts.push(`CASE WHEN t.search_vector @@ to_tsquery('${config}', ?) THEN 10 ELSE 0 END`);
        rankParams.push(translatedQuery);
      }
    }
  }
  if (typos) {
    conditions.push(fuzzy('lower(p.name)'));
    params.push(...words);
    rankParts.push(`word_similarity(?, lower(p.name)) * 5`);
    rankParams.push(lower);
    if (skuLike) {
      conditions.push(`lower(p.sku) % ?`);
      params.push(lower);
      rankParts.push(`similarity(lower(p.sku), ?) * 20`);
      rankParams.push(lower);
    }
    if (translated) {
      conditions.push(`p.id IN (SELECT tt.product_id FROM product_translation tt WHERE tt.locale = ?
        AND ${fuzzy('lower(tt.name)')})`);
      params.push(viewer.locale, ...words);
      rankParts.push(`COALESCE(word_similarity(?, lower(t.name)) * 5, 0)`);
      rankParams.push(lower);
    }
  }
  return {
    condition: { sql: `(${conditions.join(' OR ')})`, params },
    rank: { sql: rankParts.join(' + '), params: rankParams },
  };
}
