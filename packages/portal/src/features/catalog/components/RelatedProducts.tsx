import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { RelationKind } from '../../../gql/graphql';
import { ProductCard } from './ProductCard';

export const RelatedProductsFragment = graphql(`
  fragment RelatedProducts_product on Product {
    related {
      kind
      product {
        id
        ...ProductCard_product
      }
    }
  }
`);

const ORDER: RelationKind[] = ['ACCESSORY', 'CROSS_SELL', 'UPSELL', 'REPLACEMENT'];

function useKindTitle() {
  const t = useT();
  return (kind: RelationKind): string => {
    switch (kind) {
      case 'ACCESSORY':
        return t('Accessories');
      case 'CROSS_SELL':
        return t('Often bought together');
      case 'UPSELL':
        return t('Upgrade');
      case 'REPLACEMENT':
        return t('Replacement');
    }
  };
}

/** Related products grouped by kind: accessories, often bought together, upgrade, replacement. */
export function RelatedProducts({
  siteCode,
  currency,
  product: ref,
}: {
  siteCode: string;
  currency: string;
  product: FragmentType<typeof RelatedProductsFragment>;
}) {
  const title = useKindTitle();
  const { related } = useFragment(RelatedProductsFragment, ref);
  const groups = ORDER.map((kind) => ({ kind, items: related.filter((r) => r.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  if (groups.length === 0) return null;
  return (
    <Stack gap="xl">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`related-${group.kind}`}>
          <Title order={2} fz="lg" id={`related-${group.kind}`} mb="sm">
            {title(group.kind)}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="md">
            {group.items.map((r) => (
              <ProductCard key={r.product.id} siteCode={siteCode} currency={currency} product={r.product} />
            ))}
          </SimpleGrid>
        </section>
      ))}
    </Stack>
  );
}
