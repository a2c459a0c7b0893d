import { Box, NavLink, Select } from '@mantine/core';
import { useMemo } from 'react';
import { buildCategoryTree, flattenTree, totalProducts, type CategoryLike } from './category-tree';

export interface CategoryNavProps<C extends CategoryLike> {
  categories: readonly C[];
  selectedSlug: string | null;
  onSelect: (slug: string | null) => void;
}

/** Category tree: indented links on wide screens, a select on phones. */
export function CategoryNav<C extends CategoryLike>({
  categories,
  selectedSlug,
  onSelect,
}: CategoryNavProps<C>) {
  const flat = useMemo(() => flattenTree(buildCategoryTree(categories)), [categories]);
  return (
    <>
      <Select
        hiddenFrom="md"
        label="Category"
        data={[
          { value: '', label: 'All categories' },
          ...flat.map((n) => ({
            value: n.category.slug,
            label: `${'— '.repeat(n.depth)}${n.category.name}`,
          })),
        ]}
        value={selectedSlug ?? ''}
        onChange={(v) => onSelect(v ? v : null)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        mb="sm"
      />
      <Box component="nav" aria-label="Categories" visibleFrom="md">
        <NavLink
          component="button"
          type="button"
          label="All categories"
          active={!selectedSlug}
          aria-current={!selectedSlug ? 'true' : undefined}
          onClick={() => onSelect(null)}
          variant="light"
          fw={600}
        />
        {flat.map((node) => {
          const active = selectedSlug === node.category.slug;
          return (
            <NavLink
              key={node.category.id}
              component="button"
              type="button"
              label={node.category.name}
              description={`${totalProducts(node).toLocaleString()} products`}
              active={active}
              aria-current={active ? 'true' : undefined}
              onClick={() => onSelect(node.category.slug)}
              variant="light"
              pl={12 + node.depth * 16}
              fw={node.depth === 0 ? 600 : 400}
            />
          );
        })}
      </Box>
    </>
  );
}
