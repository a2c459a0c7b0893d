import { Anchor, Badge, Group, List, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useFormat } from './format';

export const BundleComponentsFragment = graphql(`
  fragment BundleComponents_product on Product {
    bundlePricing
    bundleComponents {
      quantity
      required
      product {
        id
        sku
        name
      }
    }
  }
`);

/** What comes in a bundle: each component linked, with its quantity, and whether it may be left out. */
export function BundleComponents({
  siteCode,
  product: ref,
}: {
  siteCode: string;
  product: FragmentType<typeof BundleComponentsFragment>;
}) {
  const t = useT();
  const { number } = useFormat();
  const product = useFragment(BundleComponentsFragment, ref);
  if (product.bundleComponents.length === 0) return null;
  return (
    <section aria-labelledby="bundle-components">
      <Title order={2} fz="lg" id="bundle-components" mb={4}>
        {t('In this bundle')}
      </Title>
      {product.bundlePricing ? (
        <Text size="sm" c="dimmed" mb="sm">
          {product.bundlePricing === 'INCLUDED'
            ? t('The bundle’s price includes its components.')
            : t('Components are priced separately, on top of the bundle’s price.')}
        </Text>
      ) : null}
      <List spacing={6} listStyleType="none" ml={0} pl={0}>
        {product.bundleComponents.map((c) => (
          <List.Item key={c.product.id}>
            <Group gap={8} wrap="wrap">
              <Text span fw={600} size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {t('{quantity} ×', { quantity: number(c.quantity) })}
              </Text>
              <Anchor
                component={Link}
                to={`/${siteCode}/products/${encodeURIComponent(c.product.id)}`}
                size="sm"
              >
                {c.product.name}
              </Anchor>
              <Text span size="xs" c="dimmed" ff="monospace">
                {c.product.sku}
              </Text>
              {!c.required ? (
                <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none">
                  {t('optional')}
                </Badge>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
