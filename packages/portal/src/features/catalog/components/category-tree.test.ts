import { describe, expect, it } from 'vitest';
import { buildCategoryTree, flattenTree, totalProducts } from './category-tree';

const cats = [
  { id: '1', name: 'Coffee', slug: 'coffee', productCount: 2, parent: null },
  { id: '2', name: 'Beans', slug: 'beans', productCount: 5, parent: { id: '1' } },
  { id: '3', name: 'Decaf', slug: 'decaf', productCount: 1, parent: { id: '2' } },
  { id: '4', name: 'Cups', slug: 'cups', productCount: 3, parent: null },
  { id: '5', name: 'Orphan', slug: 'orphan', productCount: 0, parent: { id: '99' } },
];

describe('category tree', () => {
  it('nests children under parents and keeps order', () => {
    const roots = buildCategoryTree(cats);
    expect(roots.map((r) => r.category.slug)).toEqual(['coffee', 'cups', 'orphan']);
    expect(flattenTree(roots).map((n) => `${n.depth}:${n.category.slug}`)).toEqual([
      '0:coffee',
      '1:beans',
      '2:decaf',
      '0:cups',
      '0:orphan',
    ]);
    expect(totalProducts(roots[0]!)).toBe(8);
  });
});
