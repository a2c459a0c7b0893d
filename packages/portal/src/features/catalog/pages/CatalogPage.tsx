import { useQuery } from '@apollo/client/react';
import { Box, Button, Drawer, Grid, Group, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import {
  EmptyState,
  ErrorState,
  hasPreviousPage,
  LoadingSkeleton,
  nextPage,
  PageHeader,
  pageNumber,
  Pager,
  previousPage,
} from '../../../ui';
import { effectiveSort, selectedCount, sortArgument, toggleFacetValue } from '../components/catalog-params';
import { CategoryNav } from '../components/CategoryNav';
import { FacetFilters } from '../components/FacetFilters';
import { useFormat } from '../components/format';
import { ProductCard } from '../components/ProductCard';
import { SortSelect } from '../components/SortSelect';
import { useCatalogUrl } from '../hooks/use-catalog-url';

const PAGE_SIZE = 24;

const CatalogCategoriesQuery = graphql(`
  query CatalogCategories {
    categories(first: 500) {
      edges {
        node {
          id
          name
          slug
          productCount
          parent {
            id
          }
        }
      }
    }
  }
`);

const CatalogProductsQuery = graphql(`
  query CatalogProducts(
    $first: Int!
    $after: String
    $search: String
    $categoryId: ID
    $facets: [FacetFilterInput!]
    $sort: ProductSort
  ) {
    products(
      first: $first
      after: $after
      search: $search
      categoryId: $categoryId
      facets: $facets
      sort: $sort
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        code
        ...FacetFilters_facet
      }
      edges {
        node {
          id
          ...ProductCard_product
        }
      }
    }
  }
`);

/**
 * `/:siteCode/catalog?category=&q=&f=&sort=&after=`: categories, facet filters, sort, search as you
 * type and the product grid. A new category starts with no filters; a new search keeps them.
 */
export function CatalogPage() {
  const { siteCode, currency } = useShell();
  const { t, plural } = useI18n();
  const { number } = useFormat();
  const url = useCatalogUrl();
  const { category: categorySlug, q, facets, sort, position, go } = url;
  const searching = q.trim().length > 0;
  const filterCount = selectedCount(facets);
  const [filtersOpen, filtersDrawer] = useDisclosure(false);

  // Search as you type: the box is local state, the URL follows after a short pause.
  const [searchText, setSearchText] = useState(q);
  const [debounced] = useDebouncedValue(searchText, 300);
  const lastPushed = useRef(q);
  useEffect(() => {
    if (q !== lastPushed.current) {
      // The URL changed from outside (back button, link): show it in the box.
      lastPushed.current = q;
      setSearchText(q);
    }
  }, [q]);
  useEffect(() => {
    const term = debounced.trim();
    if (term === lastPushed.current.trim()) return;
    lastPushed.current = term;
    go({ q: term }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the debounced text settles
  }, [debounced]);

  const categories = useQuery(CatalogCategoriesQuery, { fetchPolicy: 'cache-first' });
  const categoryList = useMemo(() => categories.data?.categories.edges.map((e) => e.node), [categories.data]);
  const category = categorySlug ? categoryList?.find((c) => c.slug === categorySlug) : undefined;
  const unknownCategory = !!categorySlug && !!categories.data && !category;
  const waitingForCategory = !!categorySlug && !categories.data;

  const products = useQuery(CatalogProductsQuery, {
    variables: {
      first: PAGE_SIZE,
      after: position.after,
      search: q.trim() || null,
      categoryId: category?.id ?? null,
      facets: facets.length ? facets.map((f) => ({ code: f.code, values: [...f.values] })) : null,
      sort: sortArgument(sort, searching),
    },
    skip: waitingForCategory || unknownCategory,
    notifyOnNetworkStatusChange: true,
  });
  const list = products.data?.products ?? products.previousData?.products;

  const isSelected = (code: string, value: string) =>
    facets.some((f) => f.code === code && f.values.includes(value));
  const toggle = (code: string, value: string, selected: boolean) =>
    go({ facets: toggleFacetValue(facets, code, value, selected) });
  const clearFilters = () => go({ facets: [] });
  const clearAll = () => {
    setSearchText('');
    lastPushed.current = '';
    go({ q: '', category: null, facets: [] });
  };

  const countText = list
    ? plural(
        list.totalCount,
        t('{count} product', { count: number(list.totalCount) }),
        t('{count} products', { count: number(list.totalCount) }),
      )
    : '';
  const described =
    category && q
      ? t('in {category} matching “{q}”', { category: category.name, q })
      : category
        ? t('in {category}', { category: category.name })
        : q
          ? t('matching “{q}”', { q })
          : '';

  const facetFilters = (idPrefix: string) =>
    list && list.facets.length > 0 ? (
      <FacetFilters
        facets={list.facets}
        isSelected={isSelected}
        onToggle={toggle}
        onClear={clearFilters}
        selectedCount={filterCount}
        idPrefix={idPrefix}
      />
    ) : null;

  let results: React.ReactNode;
  if (unknownCategory) {
    results = (
      <EmptyState
        title={t('This category doesn’t exist')}
        description={t('It may have been renamed or removed.')}
        action={
          <Button variant="light" onClick={() => go({ category: null, facets: [] })}>
            {t('Show all products')}
          </Button>
        }
      />
    );
  } else if (!list) {
    results =
      products.error || categories.error ? (
        <>
          <ErrorState
            title={t('We couldn’t load the catalog')}
            message={describeError(products.error ?? categories.error, t)}
            onRetry={() => void (products.error ? products.refetch() : categories.refetch())}
            retrying={products.loading || categories.loading}
          />
          {filterCount > 0 ? (
            <Button variant="subtle" mt="sm" onClick={clearFilters}>
              {t('Clear filters')}
            </Button>
          ) : null}
        </>
      ) : (
        <LoadingSkeleton variant="cards" count={8} label={t('Loading products…')} />
      );
  } else if (list.totalCount === 0 || list.edges.length === 0) {
    const narrowed = !!q || filterCount > 0;
    results = (
      <EmptyState
        title={
          q
            ? t('No products match “{q}”', { q })
            : filterCount > 0
              ? t('No products match these filters')
              : t('No products here yet')
        }
        description={
          q
            ? t('Check the spelling, try a SKU, remove a filter or search all categories.')
            : filterCount > 0
              ? t('Remove a filter, or clear them all.')
              : t('This category has no products yet.')
        }
        action={
          narrowed || category ? (
            <Button variant="light" onClick={filterCount > 0 && !q ? clearFilters : clearAll}>
              {filterCount > 0 && !q ? t('Clear filters') : t('Clear search, filters and category')}
            </Button>
          ) : undefined
        }
      />
    );
  } else {
    const page = pageNumber(position);
    results = (
      <>
        {products.error ? (
          <ErrorState message={describeError(products.error, t)} onRetry={() => void products.refetch()} />
        ) : null}
        <SimpleGrid
          cols={{ base: 1, xs: 2, lg: 3, xl: 4 }}
          spacing="md"
          style={{ opacity: products.loading ? 0.6 : 1 }}
          aria-busy={products.loading || undefined}
        >
          {list.edges.map(({ node }) => (
            <ProductCard key={node.id} siteCode={siteCode} currency={currency} product={node} />
          ))}
        </SimpleGrid>
        <Pager
          label={t('Pages of products')}
          hasPrevious={hasPreviousPage(position)}
          hasNext={list.pageInfo.hasNextPage && !!list.pageInfo.endCursor}
          onPrevious={() => go({ position: previousPage(position) })}
          onNext={() =>
            list.pageInfo.endCursor && go({ position: nextPage(position, list.pageInfo.endCursor) })
          }
          pageLabel={
            page
              ? t('Page {page} of {pages}', {
                  page: number(page),
                  pages: number(Math.max(1, Math.ceil(list.totalCount / PAGE_SIZE))),
                })
              : null
          }
          loading={products.loading}
        />
      </>
    );
  }

  const filtersButtonLabel =
    filterCount > 0 ? t('Filters ({count})', { count: number(filterCount) }) : t('Filters');

  return (
    <>
      <PageHeader
        title={category ? category.name : t('Catalog')}
        description={t('Browse by category, or search by name or SKU.')}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          {categories.data ? (
            <CategoryNav
              categories={categoryList ?? []}
              selectedSlug={categorySlug}
              onSelect={(slug) => go({ category: slug, facets: [] })}
            />
          ) : categories.error ? null : (
            <LoadingSkeleton count={6} label={t('Loading categories…')} />
          )}
          {list && list.facets.length > 0 ? (
            <Box component="section" aria-labelledby="catalog-filters" visibleFrom="md" mt="lg">
              <Title order={2} fz="md" id="catalog-filters" mb="sm">
                {t('Filters')}
              </Title>
              {facetFilters('inline')}
            </Box>
          ) : null}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <form
            role="search"
            aria-label={t('Products')}
            onSubmit={(e) => {
              e.preventDefault();
              lastPushed.current = searchText.trim();
              go({ q: searchText.trim() });
            }}
          >
            <TextInput
              label={t('Search products')}
              maxLength={200}
              placeholder={t('Name, SKU or description')}
              type="search"
              value={searchText}
              onChange={(e) => setSearchText(e.currentTarget.value)}
              mb="md"
            />
          </form>
          <Group justify="space-between" align="flex-end" gap="sm" mb="sm" wrap="wrap">
            <Text
              size="sm"
              c="dimmed"
              role="status"
              aria-live="polite"
              style={{ overflowWrap: 'anywhere', flex: '1 1 200px' }}
            >
              {list ? `${countText} ${described}`.trim() : null}
            </Text>
            <Group
              gap="sm"
              align="flex-end"
              wrap="nowrap"
              style={{ flex: '1 1 auto', justifyContent: 'flex-end' }}
            >
              {list && list.facets.length > 0 ? (
                <Button
                  hiddenFrom="md"
                  variant="default"
                  onClick={filtersDrawer.open}
                  aria-haspopup="dialog"
                  style={{ flexShrink: 0 }}
                >
                  {filtersButtonLabel}
                </Button>
              ) : null}
              <SortSelect
                value={effectiveSort(sort, searching)}
                searching={searching}
                onChange={(next) => go({ sort: next })}
              />
            </Group>
          </Group>
          {results}
        </Grid.Col>
      </Grid>
      <Drawer
        opened={filtersOpen}
        onClose={filtersDrawer.close}
        title={t('Filters')}
        position="left"
        size="min(100vw, 360px)"
        hiddenFrom="md"
        closeButtonProps={{ 'aria-label': t('Close filters') }}
      >
        {facetFilters('drawer')}
        <Button fullWidth mt="lg" onClick={filtersDrawer.close}>
          {list
            ? plural(
                list.totalCount,
                t('Show {count} product', { count: number(list.totalCount) }),
                t('Show {count} products', { count: number(list.totalCount) }),
              )
            : t('Show products')}
        </Button>
      </Drawer>
    </>
  );
}
