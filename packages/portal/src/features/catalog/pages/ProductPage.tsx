import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Grid, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { EmptyState, ErrorState, LoadingSkeleton, PageHeader } from '../../../ui';
import { PLACEHOLDER_IMAGE, ProductPrice } from '../components/ProductCard';

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
      listPrice {
        amount
        currency
      }
    }
  }
`);

/** `/:siteCode/products/:productId`. */
export function ProductPage() {
  const { siteCode, currency } = useShell();
  const { productId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProductPageQuery, {
    variables: { id: productId },
    notifyOnNetworkStatusChange: true,
  });
  const back = (
    <Anchor component={Link} to={`/${siteCode}/catalog`} size="sm">
      ← Catalog
    </Anchor>
  );

  if (!data) {
    if (error) {
      return (
        <>
          <PageHeader title="Product" above={back} />
          <ErrorState
            title="We couldn’t load this product"
            message={describeError(error)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        </>
      );
    }
    return <LoadingSkeleton label="Loading product…" />;
  }
  const product = data.product;
  if (!product) {
    return (
      <>
        <PageHeader title="Product not found" above={back} />
        <EmptyState
          title="We can’t find this product"
          description="It may no longer be sold on this site."
          action={
            <Anchor component={Link} to={`/${siteCode}/catalog`}>
              Browse the catalog
            </Anchor>
          }
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        above={
          <Text size="sm">
            <Anchor component={Link} to={`/${siteCode}/catalog`}>
              Catalog
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
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Paper withBorder radius="md" p="lg" bg="gray.0">
            <Image src={product.imageUrl ?? PLACEHOLDER_IMAGE} alt={product.name} h={280} fit="contain" />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Stack gap="md">
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                List price per {product.unitOfMeasure}
              </Text>
              <Text fz={28} fw={700} component="div">
                <ProductPrice price={product.listPrice} currency={currency} />
              </Text>
            </Stack>
            <Stack gap={6} component="dl" m={0}>
              <Detail label="SKU">
                <Text ff="monospace">{product.sku}</Text>
              </Detail>
              <Detail label="Category">
                <Badge variant="light" radius="sm">
                  {product.category.name}
                </Badge>
              </Detail>
              <Detail label="Unit of measure">{product.unitOfMeasure}</Detail>
            </Stack>
            <section aria-labelledby="product-description">
              <Title order={2} fz="lg" id="product-description" mb={4}>
                Description
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{product.description || 'No description yet.'}</Text>
            </section>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'baseline' }}>
      <Text component="dt" size="sm" c="dimmed" w={130}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </div>
  );
}
