import type { ProductSort } from '../../../gql/graphql';

/**
 * The catalog's URL: `?category=<slug>&q=<text>&f=<facets>&sort=<sort>&after=<cursor>`.
 *
 * Facet filters live in one `f` parameter: facets separated by `;`, each `code:value,value`, e.g.
 * `f=origin:blend;roast:dark,medium`. Values of one facet match any of them; different facets must all
 * match (the API's rule). Facet and value codes are the API's slugs, so `:`, `,` and `;` never occur in
 * them; they are written unescaped to keep the URL readable. Facets and values are kept sorted, so the
 * same selection is always the same URL (and the same Apollo cache entry).
 *
 * `sort` is one of `relevance`, `name`, `price-asc`, `price-desc`; absent means the API's default
 * (relevance when searching, name otherwise).
 */
export interface FacetFilter {
  code: string;
  values: string[];
}

export type SortKey = 'relevance' | 'name' | 'price-asc' | 'price-desc';

const SORTS: Record<SortKey, ProductSort> = {
  relevance: 'RELEVANCE',
  name: 'NAME',
  'price-asc': 'PRICE_ASC',
  'price-desc': 'PRICE_DESC',
};

export function isSortKey(value: string | null | undefined): value is SortKey {
  return !!value && Object.prototype.hasOwnProperty.call(SORTS, value);
}

/** Sort of the URL; unknown values are ignored. */
export function parseSort(raw: string | null | undefined): SortKey | null {
  return isSortKey(raw) ? raw : null;
}

/** The sort shown in the select: the URL's, else the API's default for the situation. */
export function effectiveSort(sort: SortKey | null, searching: boolean): SortKey {
  if (sort === 'relevance' && !searching) return 'name';
  return sort ?? (searching ? 'relevance' : 'name');
}

/** The `sort` argument for the API; null leaves the API's default. */
export function sortArgument(sort: SortKey | null, searching: boolean): ProductSort | null {
  if (!sort) return null;
  const shown = effectiveSort(sort, searching);
  return shown === (searching ? 'relevance' : 'name') ? null : SORTS[shown];
}

/** Facet filters of the URL, normalised (sorted, deduplicated, empty ones dropped). */
export function parseFacets(raw: string | null | undefined): FacetFilter[] {
  if (!raw) return [];
  const byCode = new Map<string, Set<string>>();
  for (const part of raw.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const code = part.slice(0, colon).trim();
    const values = part
      .slice(colon + 1)
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (!code || values.length === 0) continue;
    const set = byCode.get(code) ?? new Set<string>();
    for (const v of values) set.add(v);
    byCode.set(code, set);
  }
  return normalise([...byCode].map(([code, values]) => ({ code, values: [...values] })));
}

export function serializeFacets(filters: readonly FacetFilter[]): string {
  return normalise(filters)
    .map((f) => `${f.code}:${f.values.join(',')}`)
    .join(';');
}

/** Selects or clears one value of a facet. */
export function toggleFacetValue(
  filters: readonly FacetFilter[],
  code: string,
  value: string,
  selected: boolean,
): FacetFilter[] {
  const others = filters.filter((f) => f.code !== code);
  const current = filters.find((f) => f.code === code)?.values ?? [];
  const values = selected ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  return normalise(values.length ? [...others, { code, values }] : others);
}

export function selectedCount(filters: readonly FacetFilter[]): number {
  return filters.reduce((n, f) => n + f.values.length, 0);
}

function normalise(filters: readonly FacetFilter[]): FacetFilter[] {
  return filters
    .filter((f) => f.values.length > 0)
    .map((f) => ({ code: f.code, values: [...new Set(f.values)].sort() }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export interface CatalogUrlState {
  category: string | null;
  q: string;
  facets: readonly FacetFilter[];
  sort: SortKey | null;
  after: string | null;
}

/** The query string (with `?`, or '' when empty), with `:`, `,` and `;` left readable. */
export function catalogSearch(state: CatalogUrlState): string {
  const parts: string[] = [];
  const add = (key: string, value: string) =>
    parts.push(
      `${key}=${encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%3B/gi, ';')}`,
    );
  if (state.category) add('category', state.category);
  if (state.q) add('q', state.q);
  const f = serializeFacets(state.facets);
  if (f) add('f', f);
  if (state.sort) add('sort', state.sort);
  if (state.after) add('after', state.after);
  return parts.length ? `?${parts.join('&')}` : '';
}
