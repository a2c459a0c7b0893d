import { describe, expect, it } from 'vitest';
import {
  catalogSearch,
  effectiveSort,
  parseFacets,
  parseSort,
  serializeFacets,
  sortArgument,
  toggleFacetValue,
} from './catalog-params';

describe('facet filters in the URL', () => {
  it('parses and normalises `code:value,value;code:value`', () => {
    expect(parseFacets('roast:medium,dark;origin:blend')).toEqual([
      { code: 'origin', values: ['blend'] },
      { code: 'roast', values: ['dark', 'medium'] },
    ]);
  });

  it('ignores empty and malformed parts and merges repeated facets', () => {
    expect(parseFacets(';roast:;:x;nocolon;roast:dark,,dark;roast:light')).toEqual([
      { code: 'roast', values: ['dark', 'light'] },
    ]);
    expect(parseFacets(null)).toEqual([]);
  });

  it('round-trips through serialize', () => {
    const raw = 'origin:blend;roast:dark,medium';
    expect(serializeFacets(parseFacets(raw))).toBe(raw);
  });

  it('toggles values and drops a facet with none left', () => {
    let f = toggleFacetValue([], 'roast', 'dark', true);
    f = toggleFacetValue(f, 'roast', 'medium', true);
    f = toggleFacetValue(f, 'origin', 'blend', true);
    expect(serializeFacets(f)).toBe('origin:blend;roast:dark,medium');
    f = toggleFacetValue(f, 'origin', 'blend', false);
    expect(f).toEqual([{ code: 'roast', values: ['dark', 'medium'] }]);
  });
});

describe('sort', () => {
  it('accepts known keys only', () => {
    expect(parseSort('price-asc')).toBe('price-asc');
    expect(parseSort('PRICE_ASC')).toBeNull();
  });

  it('defaults to relevance when searching and name otherwise', () => {
    expect(effectiveSort(null, true)).toBe('relevance');
    expect(effectiveSort(null, false)).toBe('name');
    expect(effectiveSort('relevance', false)).toBe('name');
    expect(sortArgument(null, true)).toBeNull();
    expect(sortArgument('name', false)).toBeNull();
    expect(sortArgument('name', true)).toBe('NAME');
    expect(sortArgument('price-desc', false)).toBe('PRICE_DESC');
  });
});

describe('catalogSearch', () => {
  it('writes a readable query string', () => {
    expect(
      catalogSearch({
        category: 'beans',
        q: 'dark roast',
        facets: [
          { code: 'roast', values: ['medium', 'dark'] },
          { code: 'origin', values: ['blend'] },
        ],
        sort: 'price-asc',
        after: null,
      }),
    ).toBe('?category=beans&q=dark%20roast&f=origin:blend;roast:dark,medium&sort=price-asc');
    expect(catalogSearch({ category: null, q: '', facets: [], sort: null, after: null })).toBe('');
  });

  it('is read back by URLSearchParams', () => {
    const qs = catalogSearch({
      category: null,
      q: 'a&b=c;d',
      facets: [{ code: 'roast', values: ['dark'] }],
      sort: null,
      after: 'abc==',
    });
    const p = new URLSearchParams(qs);
    expect(p.get('q')).toBe('a&b=c;d');
    expect(p.get('f')).toBe('roast:dark');
    expect(p.get('after')).toBe('abc==');
  });
});
