import { describe, expect, it } from 'vitest';
import { firstPage, hasPreviousPage, nextPage, pageNumber, previousPage } from './cursor-stack';

describe('cursor stack', () => {
  it('walks forward and back to the first page', () => {
    const p2 = nextPage(firstPage, 'c1');
    const p3 = nextPage(p2, 'c2');
    expect(p3).toEqual({ after: 'c2', previous: [null, 'c1'] });
    expect(pageNumber(p3)).toBe(3);
    const back = previousPage(p3);
    expect(back).toEqual(p2);
    expect(previousPage(back)).toEqual(firstPage);
    expect(hasPreviousPage(firstPage)).toBe(false);
    expect(pageNumber(firstPage)).toBe(1);
  });

  it('goes to the first page from a deep link with no history', () => {
    const deep = { after: 'c9', previous: [] };
    expect(hasPreviousPage(deep)).toBe(true);
    expect(pageNumber(deep)).toBeNull();
    expect(previousPage(deep)).toEqual(firstPage);
  });

  it('stays on the first page when going back from it', () => {
    expect(previousPage(firstPage)).toEqual(firstPage);
  });
});
