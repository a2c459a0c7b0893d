import { Anchor, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { unitLabel } from '../../../ui';

export const ProductDetailsFragment = graphql(`
  fragment ProductDetails_product on Product {
    sku
    unitOfMeasure
    category {
      id
      name
      slug
    }
    attributes {
      code
      label
      valueLabel
    }
  }
`);

/** SKU, category, unit and the product's attributes as a definition list. */
export function ProductDetails({
  siteCode,
  product: ref,
}: {
  siteCode: string;
  product: FragmentType<typeof ProductDetailsFragment>;
}) {
  const t = useT();
  const product = useFragment(ProductDetailsFragment, ref);
  return (
    <section aria-labelledby="product-details">
      <Title order={2} fz="lg" id="product-details" mb="xs">
        {t('Details')}
      </Title>
      <dl
        style={{
          margin: 0,
          display: 'grid',
          gridTemplateColumns: 'minmax(7rem, max-content) 1fr',
          gap: '6px 16px',
        }}
      >
        <Detail label={t('SKU')}>
          <Text span ff="monospace" size="sm">
            {product.sku}
          </Text>
        </Detail>
        <Detail label={t('Category')}>
          <Anchor
            component={Link}
            to={`/${siteCode}/catalog?category=${encodeURIComponent(product.category.slug)}`}
            size="sm"
          >
            {product.category.name}
          </Anchor>
        </Detail>
        <Detail label={t('Unit of measure')}>{unitLabel(product.unitOfMeasure, t)}</Detail>
        {product.attributes.map((a) => (
          <Detail key={a.code} label={a.label}>
            {a.valueLabel}
          </Detail>
        ))}
      </dl>
    </section>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </>
  );
}
