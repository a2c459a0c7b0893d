import { useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { CursorPosition } from '../../../ui';
import {
  catalogSearch,
  parseFacets,
  parseSort,
  type CatalogUrlState,
  type FacetFilter,
  type SortKey,
} from '../components/catalog-params';

interface PagerState {
  /** `after` values of the pages before the current one (kept in history state, not the URL). */
  previous?: Array<string | null>;
}

export interface CatalogUrlChange {
  category?: string | null;
  q?: string;
  facets?: readonly FacetFilter[];
  sort?: SortKey | null;
  /** The page to show; any other change starts again at the first page. */
  position?: CursorPosition;
}

/**
 * The catalog's state in the URL (see catalog-params.ts for the format), with the earlier pages'
 * cursors in history state so Back returns to the same page.
 */
export function useCatalogUrl() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  // The router applies a navigation in a transition, a moment after the click: until the URL has
  // changed, show the choice just made (else a ticked checkbox flicks back off for that moment).
  const [pending, setPending] = useState<{
    from: string;
    facets?: readonly FacetFilter[];
    sort?: SortKey | null;
  } | null>(null);
  const current = pending?.from === location.search ? pending : null;
  const state: CatalogUrlState = {
    category: params.get('category') || null,
    q: params.get('q') ?? '',
    facets: current?.facets ?? parseFacets(params.get('f')),
    sort: current && current.sort !== undefined ? current.sort : parseSort(params.get('sort')),
    after: params.get('after') || null,
  };
  // The last state asked for: a change made before the router has applied the previous one (a search
  // typed right after a category click) builds on it, not on the URL still on screen.
  const latest = useRef<{ search: string; state: CatalogUrlState; from: string | null }>({
    search: location.search,
    state,
    from: null,
  });
  if (latest.current.search === location.search) latest.current.state = state;
  else if (latest.current.from !== location.search) {
    // The URL changed from outside (Back, a link): take it as it is.
    latest.current = { search: location.search, state, from: null };
  }
  const position: CursorPosition = {
    after: state.after,
    previous: state.after ? ((location.state as PagerState | null)?.previous ?? []) : [],
  };

  function go(next: CatalogUrlChange, replace = false) {
    const pos = next.position;
    if (next.facets !== undefined || next.sort !== undefined) {
      setPending({ from: location.search, facets: next.facets, sort: next.sort });
    }
    const base = latest.current.state;
    const wanted: CatalogUrlState = {
      category: next.category !== undefined ? next.category : base.category,
      q: next.q !== undefined ? next.q : base.q,
      facets: next.facets ?? base.facets,
      sort: next.sort !== undefined ? next.sort : base.sort,
      after: pos?.after ?? null,
    };
    const search = catalogSearch(wanted);
    latest.current = { search, state: wanted, from: location.search };
    navigate(
      { search },
      { replace, state: pos?.after ? ({ previous: [...pos.previous] } satisfies PagerState) : null },
    );
  }

  return { ...state, position, go };
}
