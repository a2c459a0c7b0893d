import { describe, expect, it } from 'vitest';
import { documentDate, documentWords } from './invoice-messages.js';

const NBSP = '\u00a0';

describe('document typography', () => {
  it('puts a non-breaking space before a colon in French only', () => {
    expect(documentWords('fr-CA').labelled('Solde dû', '87,62 $')).toBe(`Solde dû${NBSP}: 87,62 $`);
    expect(documentWords('en-US').labelled('Balance due', '$87.62')).toBe('Balance due: $87.62');
  });

  it('writes the first of the month as an ordinal in French', () => {
    expect(documentDate('fr-CA', '2026-10-01')).toBe('1er octobre 2026');
    expect(documentDate('fr-CA', '2026-10-11')).toBe('11 octobre 2026');
    expect(documentDate('fr-CA', '2026-10-21')).toBe('21 octobre 2026');
    expect(documentDate('en-US', '2026-10-01')).toBe('October 1, 2026');
  });
});
