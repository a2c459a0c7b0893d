import { useQuery } from '@apollo/client/react';
import { Button, Grid, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
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
  type CursorPosition,
} from '../../../ui';
import { CategoryNav } from '../components/CategoryNav';
import { ProductCard } from '../components/ProductCard';

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
  query CatalogProducts($first: Int!, $after: String, $search: String, $categoryId: ID) {
    products(first: $first, after: $after, search: $search, categoryId: $categoryId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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

interface PagerState {
  /** `after` values of the pages before the current one (kept in history state, not the URL). */
  previous?: Array<string | null>;
}

/** `/:siteCode/catalog?category=&q=&after=`: categories, search as you type, product grid. */
export function CatalogPage() {
  const { siteCode, currency } = useShell();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const categorySlug = params.get('category') || null;
  const q = params.get('q') ?? '';
  const after = params.get('after') || null;
  const position: CursorPosition = {
    after,
    previous: after ? ((location.state as PagerState | null)?.previous ?? []) : [],
  };

  function go(next: { category?: string | null; q?: string; position?: CursorPosition }, replace = false) {
    const p = new URLSearchParams();
    const cat = next.category !== undefined ? next.category : categorySlug;
    const search = next.q !== undefined ? next.q : q;
    if (cat) p.set('category', cat);
    if (search) p.set('q', search);
    const pos = next.position;
    if (pos?.after) p.set('after', pos.after);
    const qs = p.toString();
    navigate(
      { search: qs ? `?${qs}` : '' },
      { replace, state: pos?.after ? ({ previous: [...pos.previous] } satisfies PagerState) : null },
    );
  }

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
    go({ q: term, position: undefined }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the debounced text settles
  }, [debounced]);

  const categories = useQuery(CatalogCategoriesQuery, { fetchPolicy: 'cache-first' });
  const categoryList = useMemo(() => categories.data?.categories.edges.map((e) => e.node), [categories.data]);
  const category = categorySlug ? categoryList?.find((c) => c.slug === categorySlug) : undefined;
  const unknownCategory = !!categorySlug && !!categories.data && !category;
  const waitingForCategory = !!categorySlug && !categories.data;

  const products = useQuery(CatalogProductsQuery, {
    variables: { first: PAGE_SIZE, after, search: q.trim() || null, categoryId: category?.id ?? null },
    skip: waitingForCategory || unknownCategory,
    notifyOnNetworkStatusChange: true,
  });
  const list = products.data?.products ?? products.previousData?.products;

  const described = [category ? `in ${category.name}` : null, q ? `matching “${q}”` : null]
    .filter(Boolean)
    .join(' ');

  let results: React.ReactNode;
  if (unknownCategory) {
    results = (
      <EmptyState
        title="This category doesn’t exist"
        description="It may have been renamed or removed."
        action={
          <Button variant="light" onClick={() => go({ category: null })}>
            Show all products
          </Button>
        }
      />
    );
  } else if (!list) {
    results =
      products.error || categories.error ? (
        <ErrorState
          title="We couldn’t load the catalog"
          message={describeError(products.error ?? categories.error)}
          onRetry={() => void (products.error ? products.refetch() : categories.refetch())}
          retrying={products.loading || categories.loading}
        />
      ) : (
        <LoadingSkeleton variant="cards" count={8} label="Loading products…" />
      );
  } else if (list.totalCount === 0 || list.edges.length === 0) {
    results = (
      <EmptyState
        title={q ? `No products match “${q}”` : 'No products here yet'}
        description={
          q
            ? 'Check the spelling, try a SKU, or search all categories.'
            : 'This category has no products yet.'
        }
        action={
          q || category ? (
            <Button
              variant="light"
              onClick={() => {
                setSearchText('');
                lastPushed.current = '';
                go({ q: '', category: null });
              }}
            >
              Clear search and category
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
          <ErrorState message={describeError(products.error)} onRetry={() => void products.refetch()} />
        ) : null}
        <Text
          size="sm"
          c="dimmed"
          mb="sm"
          role="status"
          aria-live="polite"
          style={{ overflowWrap: 'anywhere' }}
        >
          {list.totalCount.toLocaleString()} {list.totalCount === 1 ? 'product' : 'products'} {described}
        </Text>
        <SimpleGrid
          cols={{ base: 1, xs: 2, lg: 3, xl: 4 }}
          spacing="md"
          style={{ opacity: products.loading ? 0.6 : 1 }}
        >
          {list.edges.map(({ node }) => (
            <ProductCard key={node.id} siteCode={siteCode} currency={currency} product={node} />
          ))}
        </SimpleGrid>
        <Pager
          itemsLabel="products"
          hasPrevious={hasPreviousPage(position)}
          hasNext={list.pageInfo.hasNextPage && !!list.pageInfo.endCursor}
          onPrevious={() => go({ position: previousPage(position) })}
          onNext={() =>
            list.pageInfo.endCursor && go({ position: nextPage(position, list.pageInfo.endCursor) })
          }
          pageLabel={page ? `Page ${page} of ${Math.max(1, Math.ceil(list.totalCount / PAGE_SIZE))}` : null}
          loading={products.loading}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={category ? category.name : 'Catalog'}
        description="Browse by category, or search by name or SKU."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          {categories.data ? (
            <CategoryNav
              categories={categoryList ?? []}
              selectedSlug={categorySlug}
              onSelect={(slug) => go({ category: slug })}
            />
          ) : categories.error ? null : (
            <LoadingSkeleton count={6} label="Loading categories…" />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <form
            role="search"
            aria-label="Products"
            onSubmit={(e) => {
              e.preventDefault();
              lastPushed.current = searchText.trim();
              go({ q: searchText.trim() });
            }}
          >
            <TextInput
              label="Search products"
              maxLength={200}
              placeholder="Name, SKU or description"
              type="search"
              value={searchText}
              onChange={(e) => setSearchText(e.currentTarget.value)}
              mb="md"
            />
          </form>
          {results}
        </Grid.Col>
      </Grid>
    </>
  );
}
