export interface CategoryLike {
  id: string;
  name: string;
  slug: string;
  productCount: number;
  parent?: { id: string } | null;
}

export interface CategoryNode<C extends CategoryLike> {
  category: C;
  depth: number;
  children: CategoryNode<C>[];
}

/** Builds the tree from a flat list (parents before children); orphans become roots. */
export function buildCategoryTree<C extends CategoryLike>(categories: readonly C[]): CategoryNode<C>[] {
  const nodes = new Map<string, CategoryNode<C>>();
  for (const category of categories) nodes.set(category.id, { category, depth: 0, children: [] });
  const roots: CategoryNode<C>[] = [];
  for (const category of categories) {
    const node = nodes.get(category.id)!;
    const parent = category.parent ? nodes.get(category.parent.id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (list: CategoryNode<C>[], depth: number, seen: Set<string>) => {
    for (const n of list) {
      if (seen.has(n.category.id)) continue;
      seen.add(n.category.id);
      n.depth = depth;
      setDepth(n.children, depth + 1, seen);
    }
  };
  setDepth(roots, 0, new Set());
  return roots;
}

/** Depth-first list of the tree, for a flat select. */
export function flattenTree<C extends CategoryLike>(roots: CategoryNode<C>[]): CategoryNode<C>[] {
  const out: CategoryNode<C>[] = [];
  const walk = (list: CategoryNode<C>[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}

/** Products in a category including its descendants. */
export function totalProducts<C extends CategoryLike>(node: CategoryNode<C>): number {
  return node.children.reduce((sum, child) => sum + totalProducts(child), node.category.productCount);
}
