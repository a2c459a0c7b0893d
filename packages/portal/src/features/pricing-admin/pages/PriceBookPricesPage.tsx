import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import {
  EmptyState,
  ErrorState,
  firstPage,
  hasPreviousPage,
  LoadingSkeleton,
  nextPage,
  pageNumber,
  Pager,
  previousPage,
  useLocale,
  type CursorPosition,
} from '../../../ui';
import { AdminHeader } from '../components/AdminHeader';
import { derivationText } from '../components/labels';
import { SavedNotice } from '../components/Notices';
import { PriceEntryList, type PriceBookInfo } from '../components/PriceEntryList';

const PAGE_SIZE = 25;

const PriceBookPricesPageQuery = graphql(`
  query PriceBookPricesPage($id: ID!) {
    priceBook(id: $id) {
      id
      name
      currency
      isDefault
      active
      derivedFromId
      derivedFromName
      conversionRate
      rounding
      entryCount
    }
  }
`);

const PriceBookEntriesQuery = graphql(`
  query PriceBookEntries($id: ID!, $first: Int!, $after: String, $search: String, $onlySet: Boolean) {
    priceBook(id: $id) {
      id
      entries(first: $first, after: $after, search: $search, onlySet: $onlySet) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            sku
            ...PriceEntryRow_entry
          }
        }
      }
    }
  }
`);

/** `/:siteCode/admin/pricing/books/:bookId?q=&only=1`: a book's prices, searchable, edited in place. */
export function PriceBookPricesPage() {
  const { bookId = '' } = useParams();
  const { siteCode } = useShell();
  const { t, plural } = useI18n();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const onlySet = params.get('only') === '1';
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(PriceBookPricesPageQuery, {
    variables: { id: bookId },
    notifyOnNetworkStatusChange: true,
  });

  // Search as you type: the box is local, the URL follows after a pause.
  const [searchText, setSearchText] = useState(q);
  const [debounced] = useDebouncedValue(searchText, 300);
  const pushed = useRef(q);
  useEffect(() => {
    if (q !== pushed.current) {
      pushed.current = q;
      setSearchText(q);
    }
  }, [q]);
  useEffect(() => {
    const term = debounced.trim();
    if (term === pushed.current) return;
    pushed.current = term;
    const next = new URLSearchParams(params);
    if (term) next.set('q', term);
    else next.delete('q');
    setParams(next, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the debounced text settles
  }, [debounced]);

  function setOnlySet(value: boolean) {
    const next = new URLSearchParams(params);
    if (value) next.set('only', '1');
    else next.delete('only');
    setParams(next, { replace: true });
  }

  const back = (
    <Anchor component={Link} to={`/${siteCode}/admin/pricing`} size="sm">
      {t('← All price books')}
    </Anchor>
  );
  const book = data?.priceBook;

  if (!data || !book) {
    return (
      <>
        <AdminHeader title={t('Price book')} above={back} />
        {!data && error ? (
          <ErrorState
            title={t('We couldn’t load this price book')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : !data ? (
          <LoadingSkeleton label={t('Loading the price book…')} count={8} />
        ) : (
          <EmptyState
            title={t('Price book not found')}
            description={t('It may have been removed, or the link is incomplete.')}
            action={
              <Anchor component={Link} to={`/${siteCode}/admin/pricing`}>
                {t('All price books')}
              </Anchor>
            }
          />
        )}
      </>
    );
  }

  const count = book.entryCount.toLocaleString(locale);
  const info: PriceBookInfo = { id: book.id, currency: book.currency, derived: !!book.derivedFromId };
  const description = [
    book.currency,
    derivationText(book, locale, t) ?? t('Prices of its own'),
    plural(
      book.entryCount,
      t('{count} price set in this book', { count }),
      t('{count} prices set in this book', { count }),
    ),
    book.active ? null : t('Inactive: pricing ignores it'),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <AdminHeader title={book.name} description={description} above={back} />
      <Paper
        withBorder
        radius="md"
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('Search this book’s prices')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ alignItems: 'end' }}>
          <TextInput
            type="search"
            label={t('Search by SKU or name')}
            value={searchText}
            onChange={(e) => setSearchText(e.currentTarget.value)}
            autoComplete="off"
          />
          <Switch
            label={t('Only prices set in this book')}
            checked={onlySet}
            onChange={(e) => setOnlySet(e.currentTarget.checked)}
            mb={8}
          />
        </SimpleGrid>
      </Paper>
      <SavedNotice message={notice} onClose={() => setNotice(null)} />
      {/* A new search starts again at the first page. */}
      <EntriesResults key={`${q}|${onlySet}`} book={info} search={q} onlySet={onlySet} onSaved={setNotice} />
    </>
  );
}

function EntriesResults({
  book,
  search,
  onlySet,
  onSaved,
}: {
  book: PriceBookInfo;
  search: string;
  onlySet: boolean;
  onSaved: (message: string | null) => void;
}) {
  const { t, plural } = useI18n();
  const locale = useLocale();
  const [position, setPosition] = useState<CursorPosition>(firstPage);
  const { data, loading, error, refetch } = useQuery(PriceBookEntriesQuery, {
    variables: { id: book.id, first: PAGE_SIZE, after: position.after, search: search || null, onlySet },
    notifyOnNetworkStatusChange: true,
  });
  const entries = data?.priceBook?.entries;
  if (!entries) {
    if (error)
      return (
        <ErrorState
          title={t('We couldn’t load the prices')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    return <LoadingSkeleton label={t('Loading prices…')} count={10} />;
  }
  if (entries.edges.length === 0) {
    return (
      <EmptyState
        title={search || onlySet ? t('No products match') : t('No products yet')}
        description={
          search
            ? t('No SKU or name contains “{q}”.', { q: search })
            : onlySet
              ? t('No prices are set in this book itself yet.')
              : t('Products of the catalog show up here.')
        }
      />
    );
  }
  const page = pageNumber(position);
  const count = entries.totalCount.toLocaleString(locale);
  return (
    <>
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <PriceEntryList
        book={book}
        entries={entries.edges.map((e) => e.node)}
        caption={plural(
          entries.totalCount,
          t('{count} product', { count }),
          t('{count} products', { count }),
        )}
        onSaved={onSaved}
      />
      <Pager
        label={t('Pages of prices')}
        hasPrevious={hasPreviousPage(position)}
        hasNext={entries.pageInfo.hasNextPage && !!entries.pageInfo.endCursor}
        onPrevious={() => setPosition(previousPage(position))}
        onNext={() =>
          entries.pageInfo.endCursor && setPosition(nextPage(position, entries.pageInfo.endCursor))
        }
        pageLabel={
          page
            ? t('Page {page} of {pages}', {
                page,
                pages: Math.max(1, Math.ceil(entries.totalCount / PAGE_SIZE)),
              })
            : null
        }
        loading={loading}
      />
    </>
  );
}
