import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Grid, Group, Image, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { ProductPageQuery as ProductPageData } from '../../../gql/graphql';
import { EmptyState, ErrorState, LoadingSkeleton, PageHeader, unitLabel } from '../../../ui';
import { AvailabilityBadge } from '../components/AvailabilityBadge';
import { AvailabilityDetail } from '../components/AvailabilityDetail';
import { BundleComponents } from '../components/BundleComponents';
import { PriceExplanation } from '../components/PriceExplanation';
import { NoPrice } from '../components/PriceOnRequest';
import { PriceSummary } from '../components/PriceSummary';
import { PLACEHOLDER_IMAGE } from '../components/ProductCard';
import { ProductDetails } from '../components/ProductDetails';
import { ProductMedia } from '../components/ProductMedia';
import { AddToCartButton } from '../../cart/components/AddToCartButton';
import { AddToListButton } from '../../wishlists/components/AddToListButton';
import { checkQuantity, firstAllowedQuantity } from '../components/purchase-rules';
import { QuantityField, usePurchaseRulesText } from '../components/QuantityField';
import { RelatedProducts } from '../components/RelatedProducts';
import { TierTable } from '../components/TierTable';
import { useProductPrice } from '../hooks/use-product-price';

const ProductPageQuery = graphql(`
  query ProductPage($id: ID!) {
    product(id: $id) {
      id
      sku
      name
      description
      imageUrl
      unitOfMeasure
      category {
        id
        name
        slug
      }
      entitlement {
        canBuy
        canSeePrice
        reason
      }
      purchaseRules {
        minQuantity
        maxQuantity
        increment
        ...QuantityField_purchaseRules
      }
      availability {
        ...AvailabilityBadge_availability
        ...AvailabilityDetail_availability
      }
      tierTable {
        ...TierTable_tierTable
      }
      ...ProductDetails_product
      ...BundleComponents_product
      ...ProductMedia_product
      ...RelatedProducts_product
    }
  }
`);

type Product = NonNullable<ProductPageData['product']>;

/** `/:siteCode/products/:productId`: the product, its price for a quantity, stock and related products. */
export function ProductPage() {
  const t = useT();
  const { siteCode } = useShell();
  const { productId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProductPageQuery, {
    variables: { id: productId },
    notifyOnNetworkStatusChange: true,
  });
  const back = (
    <Anchor component={Link} to={`/${siteCode}/catalog`} size="sm">
      {t('← Catalog')}
    </Anchor>
  );

  // A product different from the one asked for is the previous page's, still shown while this loads.
  const product =
    data?.product && data.product.id === productId ? data.product : data?.product === null ? null : undefined;
  if (product === undefined) {
    if (error) {
      return (
        <>
          <PageHeader title={t('Product')} above={back} />
          <ErrorState
            title={t('We couldn’t load this product')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        </>
      );
    }
    return <LoadingSkeleton label={t('Loading product…')} />;
  }
  if (!product) {
    return (
      <>
        <PageHeader title={t('Product not found')} above={back} />
        <EmptyState
          title={t('We can’t find this product')}
          description={t('It may no longer be sold on this site.')}
          action={
            <Anchor component={Link} to={`/${siteCode}/catalog`}>
              {t('Browse the catalog')}
            </Anchor>
          }
        />
      </>
    );
  }
  // Keyed by product: another product starts again at its own minimum quantity.
  return <ProductView key={product.id} product={product} />;
}

function ProductView({ product }: { product: Product }) {
  const t = useT();
  const { siteCode, currency, viewer } = useShell();
  const rules = product.purchaseRules;
  const rulesText = usePurchaseRulesText()(rules);
  const { canBuy, canSeePrice, reason } = product.entitlement;
  const [typed, setTyped] = useState<number | ''>(firstAllowedQuantity(rules));
  // The last quantity that keeps the rules: the one priced (a quantity being typed is not).
  const [quantity, setQuantity] = useState(firstAllowedQuantity(rules));
  const priced = useProductPrice(product.id, quantity, !canSeePrice);
  // Why "Add to cart" is off, if it is.
  const cannotAdd = !viewer.effectiveAccount
    ? t('Choose an account to shop for first.')
    : !canBuy
      ? (reason ?? t('Your account cannot order this product.'))
      : !canSeePrice
        ? t('Ask your sales rep for a quote.')
        : priced.loaded && !priced.price
          ? t('No price in {currency}', { currency })
          : typed === '' || checkQuantity(typed, rules)
            ? t('Enter a quantity the order rules allow.')
            : null;

  return (
    <>
      <PageHeader
        above={
          <Text size="sm" component="nav" aria-label={t('Breadcrumb')}>
            <Anchor component={Link} to={`/${siteCode}/catalog`}>
              {t('Catalog')}
            </Anchor>
            {' / '}
            <Anchor
              component={Link}
              to={`/${siteCode}/catalog?category=${encodeURIComponent(product.category.slug)}`}
            >
              {product.category.name}
            </Anchor>
          </Text>
        }
        title={product.name}
        actions={
          // A question or a problem about the product: a service case (the account's people open them).
          !viewer.isSellerSide && viewer.effectiveAccount ? (
            <Anchor
              component={Link}
              to={`/${siteCode}/cases/new?productId=${encodeURIComponent(product.id)}`}
              size="sm"
            >
              {t('Ask about this product')}
            </Anchor>
          ) : undefined
        }
      />
      <Stack gap="xl">
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Paper withBorder radius="md" p="lg" bg="gray.0">
              <Image
                src={product.imageUrl ?? PLACEHOLDER_IMAGE}
                alt={product.name}
                h={{ base: 180, sm: 280 }}
                fit="contain"
              />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <Stack gap="md">
              <Group gap="sm">
                <Text size="sm" c="dimmed" ff="monospace">
                  {t('SKU {sku}', { sku: product.sku })}
                </Text>
                <AvailabilityBadge availability={product.availability} />
              </Group>
              {!canBuy ? (
                <Alert color="orange" variant="light" title={t('Not available to order')}>
                  {reason ?? t('Your account cannot order this product.')}
                </Alert>
              ) : null}
              <Paper withBorder radius="md" p="md" component="section" aria-labelledby="product-price">
                <Title order={2} fz="md" id="product-price" mb="xs">
                  {t('Price')}
                </Title>
                {canSeePrice ? (
                  <Stack gap="md">
                    {priced.price ? (
                      <PriceSummary
                        price={priced.price}
                        unit={unitLabel(product.unitOfMeasure, t)}
                        updating={priced.updating}
                      />
                    ) : priced.loaded ? (
                      <NoPrice canSeePrice currency={currency} />
                    ) : priced.error ? null : (
                      <Stack gap={6} aria-hidden>
                        <Skeleton height={14} width="50%" />
                        <Skeleton height={30} width="35%" />
                        <Skeleton height={14} width="40%" />
                      </Stack>
                    )}
                    {priced.error ? (
                      <ErrorState
                        title={t('We couldn’t price this quantity')}
                        message={describeError(priced.error, t)}
                        onRetry={() => void priced.refetch()}
                        retrying={priced.loading}
                      />
                    ) : null}
                    <QuantityField
                      rules={rules}
                      unit={unitLabel(product.unitOfMeasure, t)}
                      value={typed}
                      onChange={(next, problem) => {
                        setTyped(next);
                        if (!problem && next !== '') setQuantity(next);
                      }}
                    />
                  </Stack>
                ) : (
                  <Stack gap={4}>
                    <NoPrice canSeePrice={false} currency={currency} size="lg" />
                    <Text size="sm" c="dimmed">
                      {t('Ask your sales rep for a quote.')}
                    </Text>
                    {rulesText ? (
                      <Text size="sm">{t('Order quantity: {rules}', { rules: rulesText })}</Text>
                    ) : null}
                  </Stack>
                )}
                <Group mt="md" align="flex-start">
                  <AddToCartButton
                    sku={product.sku}
                    name={product.name}
                    quantity={typed === '' ? quantity : typed}
                    disabledReason={cannotAdd}
                  />
                  <AddToListButton
                    sku={product.sku}
                    name={product.name}
                    quantity={typed === '' ? quantity : typed}
                  />
                </Group>
              </Paper>
              <AvailabilityDetail availability={product.availability} />
            </Stack>
          </Grid.Col>
        </Grid>

        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <section aria-labelledby="product-description">
              <Title order={2} fz="lg" id="product-description" mb={4}>
                {t('Description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>
                {product.description || t('No description yet.')}
              </Text>
            </section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <ProductDetails siteCode={siteCode} product={product} />
          </Grid.Col>
        </Grid>

        {canSeePrice && (priced.price || product.tierTable) ? (
          <Grid gap="xl">
            {priced.price ? (
              <Grid.Col span={{ base: 12, md: 7 }}>
                <PriceExplanation price={priced.price} />
              </Grid.Col>
            ) : null}
            {product.tierTable ? (
              <Grid.Col span={{ base: 12, md: 5 }}>
                <TierTable tierTable={product.tierTable} quantity={typed === '' ? null : typed} />
              </Grid.Col>
            ) : null}
          </Grid>
        ) : null}

        <BundleComponents siteCode={siteCode} product={product} />
        <ProductMedia product={product} />
        <RelatedProducts siteCode={siteCode} currency={currency} product={product} />
      </Stack>
    </>
  );
}
