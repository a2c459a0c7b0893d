import { Anchor, Box, Card, Group, Image, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money, unitLabel, type MoneyValue } from '../../../ui';
import { AddToCartButton } from '../../cart/components/AddToCartButton';
import { AvailabilityBadge } from './AvailabilityBadge';
import { NoPrice } from './PriceOnRequest';
import { firstAllowedQuantity } from './purchase-rules';
import { isPositiveAmount } from './values';

export const ProductCardFragment = graphql(`
  fragment ProductCard_product on Product {
    id
    sku
    name
    imageUrl
    unitOfMeasure
    entitlement {
      canBuy
      canSeePrice
      reason
    }
    purchaseRules {
      minQuantity
      maxQuantity
      increment
    }
    availability {
      ...AvailabilityBadge_availability
    }
    price(quantity: 1) {
      unitPrice {
        amount
        currency
      }
      listUnitPrice {
        amount
        currency
      }
      savings {
        amount
        currency
      }
    }
  }
`);

export const PLACEHOLDER_IMAGE = '/images/catalog/accessory.svg';

/** The viewer's unit price, with the list price struck through when the viewer pays less. */
export function UnitPrice({
  unitPrice,
  listUnitPrice,
  discounted,
  size = 'md',
}: {
  unitPrice: MoneyValue;
  listUnitPrice: MoneyValue;
  discounted: boolean;
  size?: 'md' | 'xl';
}) {
  const t = useT();
  return (
    <Group gap={8} align="baseline" wrap="wrap">
      <Text span fw={700} fz={size === 'xl' ? 28 : 'md'}>
        {discounted ? <VisuallyHidden>{t('Your price')} </VisuallyHidden> : null}
        <Money value={unitPrice} />
      </Text>
      {discounted ? (
        <Text span size="sm" c="dimmed">
          <VisuallyHidden>{t('List price')} </VisuallyHidden>
          <s>
            <Money value={listUnitPrice} />
          </s>
        </Text>
      ) : null}
    </Group>
  );
}

/** "Not available to order" with the reason the API gives. */
export function NotOrderableHint({ reason }: { reason: string | null | undefined }) {
  const t = useT();
  return (
    <Text size="xs" c="orange.9">
      <Text span fw={600} inherit>
        {t('Not available to order')}
      </Text>
      {reason ? <> · {reason}</> : null}
    </Text>
  );
}

/** A product in the catalog grid: image, name (the link), SKU, the viewer's price and availability. */
export function ProductCard({
  siteCode,
  currency,
  product: ref,
}: {
  siteCode: string;
  currency: string;
  product: FragmentType<typeof ProductCardFragment>;
}) {
  const t = useT();
  const product = useFragment(ProductCardFragment, ref);
  const { viewer } = useShell();
  const price = product.price;
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Card.Section bg="gray.0" p="md">
        <Image src={product.imageUrl ?? PLACEHOLDER_IMAGE} alt="" h={120} fit="contain" loading="lazy" />
      </Card.Section>
      <Stack gap={4} mt="sm" style={{ flexGrow: 1 }}>
        <Anchor
          component={Link}
          to={`/${siteCode}/products/${encodeURIComponent(product.id)}`}
          fw={600}
          lineClamp={2}
        >
          {product.name}
        </Anchor>
        <Text size="xs" c="dimmed" ff="monospace">
          {t('SKU {sku}', { sku: product.sku })}
        </Text>
        {price ? (
          <UnitPrice
            unitPrice={price.unitPrice}
            listUnitPrice={price.listUnitPrice}
            discounted={isPositiveAmount(price.savings.amount)}
          />
        ) : (
          <NoPrice canSeePrice={product.entitlement.canSeePrice} currency={currency} />
        )}
        {price ? (
          <Text size="xs" c="dimmed">
            {t('per {unit}', { unit: unitLabel(product.unitOfMeasure, t) })}
          </Text>
        ) : null}
        <Group gap={6} mt={4}>
          <AvailabilityBadge availability={product.availability} />
        </Group>
        {!product.entitlement.canBuy ? <NotOrderableHint reason={product.entitlement.reason} /> : null}
      </Stack>
      {product.entitlement.canBuy && viewer.effectiveAccount ? (
        <Box mt="sm">
          <AddToCartButton
            size="xs"
            fullWidth
            sku={product.sku}
            name={product.name}
            quantity={firstAllowedQuantity(product.purchaseRules)}
            disabledReason={
              !product.entitlement.canSeePrice
                ? t('Ask your sales rep for a quote.')
                : !price
                  ? t('No price in {currency}', { currency })
                  : null
            }
          />
        </Box>
      ) : null}
    </Card>
  );
}
