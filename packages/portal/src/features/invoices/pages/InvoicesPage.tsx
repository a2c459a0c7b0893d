import { useQuery } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import {
  EmptyState,
  ErrorState,
  firstPage,
  hasPreviousPage,
  LoadingSkeleton,
  nextPage,
  PageHeader,
  pageNumber,
  Pager,
  previousPage,
  useLocale,
  type CursorPosition,
} from '../../../ui';
import { ChooseAccountPrompt } from '../../home/components/ChooseAccountPrompt';
import { AgingSummary } from '../components/AgingSummary';
import { InvoiceListFilters } from '../components/InvoiceListFilters';
import {
  emptyInvoiceList,
  invoiceFilter,
  invoiceFilterCount,
  invoiceListParams,
  parseInvoiceList,
  payHref,
  type InvoiceListState,
} from '../components/invoice-params';
import { InvoicesTable } from '../components/InvoicesTable';
import { StatementDialog } from '../components/StatementDialog';

const PAGE_SIZE = 20;

interface PagerState {
  previous: Array<string | null>;
}

const InvoicesPageQuery = graphql(`
  query InvoicesPage($first: Int!, $after: String, $filter: InvoiceFilter) {
    invoices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          payable
          ...InvoiceRow_invoice
        }
      }
    }
  }
`);

const InvoiceAgingQuery = graphql(`
  query InvoiceAgingSummary {
    invoiceAging {
      ...AgingSummary_aging
    }
  }
`);

/**
 * `/:siteCode/invoices?q=&status=&dueFrom=&dueTo=&min=&max=&order=&after=`: the effective account's
 * invoices with their aging, filters, pages, a statement of account, and paying several at once.
 */
export function InvoicesPage() {
  const { viewer } = useShell();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const state = parseInvoiceList(params);
  const t = useT();
  const [statementOpen, setStatementOpen] = useState(false);
  // "Clear filters" starts the form afresh, dropping typed values that were never applied.
  const [filtersKey, setFiltersKey] = useState(0);
  const requested = useRef<{ from: string; state: InvoiceListState } | null>(null);
  function update(change: Partial<InvoiceListState>) {
    const base = requested.current?.from === location.search ? requested.current.state : state;
    const next = { ...base, ...change };
    requested.current = { from: location.search, state: next };
    setParams(invoiceListParams(next), { replace: true });
  }
  const account = viewer.effectiveAccount;
  const hasFilters = invoiceFilterCount(state) > 0 || !!state.q;

  return (
    <>
      <PageHeader
        title={t('Invoices')}
        description={account ? t('Invoices of {account}', { account: account.name }) : undefined}
        actions={
          account ? (
            <Button variant="default" onClick={() => setStatementOpen(true)}>
              {t('Statement of account')}
            </Button>
          ) : undefined
        }
      />
      {!account ? (
        <ChooseAccountPrompt />
      ) : (
        <>
          <Aging />
          <InvoiceListFilters
            key={filtersKey}
            state={state}
            onChange={update}
            onClear={() => {
              requested.current = null;
              setFiltersKey((k) => k + 1);
              setParams(invoiceListParams(emptyInvoiceList), { replace: true });
            }}
          />
          <InvoiceResults key={invoiceListParams(state).toString()} state={state} hasFilters={hasFilters} />
          <StatementDialog opened={statementOpen} onClose={() => setStatementOpen(false)} />
        </>
      )}
    </>
  );
}

function Aging() {
  const { data, error, loading, refetch } = useQuery(InvoiceAgingQuery, { fetchPolicy: 'cache-and-network' });
  const t = useT();
  if (data) return <AgingSummary aging={data.invoiceAging} />;
  if (error)
    return (
      <ErrorState
        title={t('We couldn’t load the aging of your invoices')}
        message={describeError(error, t)}
        onRetry={() => void refetch()}
        retrying={loading}
      />
    );
  return <LoadingSkeleton label={t('Loading aging…')} count={1} />;
}

function InvoiceResults({ state, hasFilters }: { state: InvoiceListState; hasFilters: boolean }) {
  const { siteCode } = useShell();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const after = params.get('after') || null;
  const position: CursorPosition = after
    ? { after, previous: (location.state as PagerState | null)?.previous ?? [] }
    : firstPage;
  function setPosition(next: CursorPosition) {
    const p = new URLSearchParams(params);
    if (next.after) p.set('after', next.after);
    else p.delete('after');
    setParams(p, { state: next.after ? ({ previous: [...next.previous] } satisfies PagerState) : null });
  }
  const [filter] = useState(() => invoiceFilter(state));
  const { data, loading, error, refetch } = useQuery(InvoicesPageQuery, {
    variables: { first: PAGE_SIZE, after: position.after, filter },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { t, plural } = useI18n();
  const locale = useLocale();

  if (!data) {
    if (error)
      return (
        <ErrorState
          title={t('We couldn’t load your invoices')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    return <LoadingSkeleton label={t('Loading invoices…')} count={8} />;
  }
  const { invoices } = data;
  if (invoices.totalCount === 0 || invoices.edges.length === 0) {
    return (
      <EmptyState
        title={hasFilters ? t('No invoices match these filters') : t('No invoices yet')}
        description={
          hasFilters
            ? t('Try other statuses, dates or amounts, or clear the filters.')
            : t('Invoices for goods shipped on terms will show up here.')
        }
      />
    );
  }
  const nodes = invoices.edges.map((e) => e.node);
  const chosen = nodes.filter((n) => n.payable && selected.has(n.id)).map((n) => n.id);
  const page = pageNumber(position);
  const count = invoices.totalCount.toLocaleString(locale);
  return (
    <>
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {chosen.length
            ? plural(
                chosen.length,
                t('{count} invoice selected', { count: chosen.length }),
                t('{count} invoices selected', { count: chosen.length }),
              )
            : t('Tick open invoices to pay them together.')}
        </Text>
        <Button
          component={Link}
          to={payHref(siteCode, chosen)}
          disabled={!chosen.length}
          data-disabled={!chosen.length || undefined}
          onClick={(e) => {
            if (!chosen.length) e.preventDefault();
          }}
        >
          {t('Pay selected')}
        </Button>
      </Group>
      <InvoicesTable
        siteCode={siteCode}
        invoices={nodes}
        caption={plural(
          invoices.totalCount,
          t('{count} invoice', { count }),
          t('{count} invoices', { count }),
        )}
        selected={selected}
        onSelect={(id, on) =>
          setSelected((current) => {
            const next = new Set(current);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
      />
      <Pager
        label={t('Pages of invoices')}
        hasPrevious={hasPreviousPage(position)}
        hasNext={invoices.pageInfo.hasNextPage && !!invoices.pageInfo.endCursor}
        onPrevious={() => setPosition(previousPage(position))}
        onNext={() =>
          invoices.pageInfo.endCursor && setPosition(nextPage(position, invoices.pageInfo.endCursor))
        }
        pageLabel={
          page
            ? t('Page {page} of {pages}', {
                page,
                pages: Math.max(1, Math.ceil(invoices.totalCount / PAGE_SIZE)),
              })
            : null
        }
        loading={loading}
      />
    </>
  );
}
