import { describe, expect, it } from 'vitest';
import { checkSplit } from './split-parts';

describe('checkSplit', () => {
  it('accepts parts over two groups that add up', () => {
    expect(checkSplit(3, { a: 2, b: 1 })).toEqual({
      allocated: 3,
      parts: [
        { deliveryGroupId: 'a', quantity: 2 },
        { deliveryGroupId: 'b', quantity: 1 },
      ],
      problem: null,
    });
  });

  it('leaves out groups getting nothing', () => {
    expect(checkSplit(4, { a: 2, b: '', c: 2, d: 0 }).parts.map((p) => p.deliveryGroupId)).toEqual([
      'a',
      'c',
    ]);
  });

  it('says when the parts do not add up', () => {
    expect(checkSplit(3, { a: 1, b: 1 }).problem).toEqual({ kind: 'sum', allocated: 2, quantity: 3 });
    expect(checkSplit(3, { a: 3, b: 1 }).problem).toEqual({ kind: 'sum', allocated: 4, quantity: 3 });
  });

  it('refuses fractions, negatives and a "split" into one group', () => {
    expect(checkSplit(3, { a: 1.5, b: 1.5 }).problem).toEqual({ kind: 'whole' });
    expect(checkSplit(3, { a: 4, b: -1 }).problem).toEqual({ kind: 'whole' });
    expect(checkSplit(3, { a: 3, b: '' }).problem).toEqual({ kind: 'one' });
  });
});
