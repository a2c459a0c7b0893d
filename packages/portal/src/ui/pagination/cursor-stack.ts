/**
 * Previous/next paging over a forward-only cursor connection (`first`/`after`).
 * The stack holds the `after` value of every page before the current one; `null` is the first page.
 */
export type CursorStack = ReadonlyArray<string | null>;

export interface CursorPosition {
  /** `after` of the current page; null on the first page. */
  after: string | null;
  /** `after` values of the pages before this one, oldest first. */
  previous: CursorStack;
}

export const firstPage: CursorPosition = { after: null, previous: [] };

/** Moves to the page after the current one, given the current page's `endCursor`. */
export function nextPage(position: CursorPosition, endCursor: string): CursorPosition {
  return { after: endCursor, previous: [...position.previous, position.after] };
}

/** Moves back one page; on the first page it stays there. */
export function previousPage(position: CursorPosition): CursorPosition {
  if (position.previous.length === 0) return firstPage;
  const previous = position.previous.slice(0, -1);
  const after = position.previous[position.previous.length - 1] ?? null;
  return { after, previous };
}

export function hasPreviousPage(position: CursorPosition): boolean {
  return position.after !== null;
}

/**
 * 1-based page number of the current page, or null when unknown (a deep link with `after` but no
 * history of the pages before it).
 */
export function pageNumber(position: CursorPosition): number | null {
  if (position.after !== null && position.previous.length === 0) return null;
  return position.previous.length + 1;
}
