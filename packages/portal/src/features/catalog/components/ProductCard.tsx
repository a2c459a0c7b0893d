import { Anchor, Card, Image, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money } from '../../../ui';

export const ProductCardFragment = graphql(`
  fragment ProductCard_product on Product {
    id
    sku
    name
    imageUrl
    unitOfMeasure
    listPrice {
      amount
      currency
    }
  }
`);

export const PLACEHOLDER_IMAGE = '/images/catalog/accessory.svg';

export function ProductPrice({
  price,
  currency,
}: {
  price: { amount: string; currency: string } | null | undefined;
  currency: string;
}) {
  if (!price) {
    return (
      <Text span size="sm" c="dimmed" display="block">
        No price in {currency}
      </Text>
    );
  }
  return (
    <Text span fw={700} display="block">
      <Money value={price} />
    </Text>
  );
}

/** A product in the catalog grid: image, name (the link), SKU and list price. */
export function ProductCard({
  siteCode,
  currency,
  product: ref,
}: {
  siteCode: string;
  currency: string;
  product: FragmentType<typeof ProductCardFragment>;
}) {
  const product = useFragment(ProductCardFragment, ref);
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Card.Section bg="gray.0" p="md">
        <Image src={product.imageUrl ?? PLACEHOLDER_IMAGE} alt="" h={120} fit="contain" loading="lazy" />
      </Card.Section>
      <Stack gap={4} mt="sm">
        <Anchor
          component={Link}
          to={`/${siteCode}/products/${encodeURIComponent(product.id)}`}
          fw={600}
          lineClamp={2}
        >
          {product.name}
        </Anchor>
        <Text size="xs" c="dimmed" ff="monospace">
          SKU {product.sku}
        </Text>
        <ProductPrice price={product.listPrice} currency={currency} />
        <Text size="xs" c="dimmed">
          per {product.unitOfMeasure}
        </Text>
      </Stack>
    </Card>
  );
}
