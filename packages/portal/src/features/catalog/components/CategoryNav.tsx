import { Box, NavLink, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../../app/i18n';
import { useFormat } from './format';
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
  const { t, plural } = useI18n();
  const { number } = useFormat();
  const flat = useMemo(() => flattenTree(buildCategoryTree(categories)), [categories]);
  return (
    <>
      <Select
        hiddenFrom="md"
        label={t('Category')}
        data={[
          { value: '', label: t('All categories') },
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
      <Box component="nav" aria-label={t('Categories')} visibleFrom="md">
        <NavLink
          component="button"
          type="button"
          label={t('All categories')}
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
              description={plural(
                totalProducts(node),
                t('{count} product', { count: number(totalProducts(node)) }),
                t('{count} products', { count: number(totalProducts(node)) }),
              )}
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
