import { describe, expect, it } from 'vitest';
import { sqlArray } from './sql.js';

describe('sqlArray', () => {
  it('quotes every element and escapes quotes and backslashes', () => {
    expect(sqlArray([])).toBe('{}');
    expect(sqlArray(['a', 'b c'])).toBe('{"a","b c"}');
    expect(sqlArray(['say "hi"', 'back\\slash', 'x,y}'])).toBe('{"say \\"hi\\"","back\\\\slash","x,y}"}');
  });
});
