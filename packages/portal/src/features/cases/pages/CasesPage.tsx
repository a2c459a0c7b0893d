import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { CaseStatus } from '../../../gql/graphql';
import {
  DateText,
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
  ScrollX,
  useLocale,
  type CursorPosition,
} from '../../../ui';
import { CASE_STATUSES, caseStatusLabel, caseTypeLabel, concernsLabel } from '../components/case-labels';
import { CaseStatusBadge } from '../components/CaseStatusBadge';

const PAGE_SIZE = 20;

const CasesPageQuery = graphql(`
  query CasesPage($first: Int!, $after: String, $filter: ServiceCaseFilter) {
    serviceCases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          type
          status
          subject
          updatedAt
          commentCount
          account {
            id
            name
          }
          concerns {
            kind
            orderNumber
            lineNumber
            invoiceNumber
            sku
            productName
          }
        }
      }
    }
  }
`);

interface PagerState {
  previous: Array<string | null>;
}

function isStatus(value: string | null): value is CaseStatus {
  return !!value && (CASE_STATUSES as readonly string[]).includes(value);
}

/**
 * `/:siteCode/cases?q=&status=&orderId=&invoiceId=&after=`: the account's service cases; for the
 * seller's people, an inbox of the cases of every account they act for.
 */
export function CasesPage() {
  const { siteCode, site, viewer } = useShell();
  const [params, setParams] = useSearchParams();
  const t = useI18n().t;
  const q = params.get('q') ?? '';
  const status = params.get('status');
  const orderId = params.get('orderId');
  const invoiceId = params.get('invoiceId');
  const [search, setSearch] = useState(q);
  const seller = viewer.isSellerSide;

  function update(change: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    next.delete('after');
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  }

  function onSearch(e: FormEvent) {
    e.preventDefault();
    update({ q: search.trim() || null });
  }

  const filtered = !!q || isStatus(status) || !!orderId || !!invoiceId;
  const resultsKey = [q, status, orderId, invoiceId].join('|');

  return (
    <>
      <PageHeader
        title={seller ? t('Cases inbox') : t('Service cases')}
        description={
          seller
            ? t('Cases of every account you act for, most recently changed first.')
            : t('Questions and problems you raised with {site}, and their answers.', { site: site.name })
        }
        actions={
          !seller && viewer.effectiveAccount ? (
            <Button component={Link} to={`/${siteCode}/cases/new`}>
              {t('Open a case')}
            </Button>
          ) : undefined
        }
      />
      <form onSubmit={onSearch} role="search" aria-label={t('Filter cases')}>
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
          <TextInput
            label={t('Search')}
            description={t('Case number, subject, order or invoice number, account')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maxLength={200}
            style={{ flex: '1 1 18rem' }}
          />
          <Button type="submit" variant="default">
            {t('Search')}
          </Button>
          <NativeSelect
            label={t('Status')}
            value={isStatus(status) ? status : ''}
            onChange={(e) => update({ status: e.currentTarget.value || null })}
            data={[
              { value: '', label: t('Any status') },
              ...CASE_STATUSES.map((s) => ({ value: s, label: caseStatusLabel(s, t) })),
            ]}
            w={220}
          />
          {filtered ? (
            <Button
              variant="subtle"
              onClick={() => {
                setSearch('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              {t('Clear filters')}
            </Button>
          ) : null}
        </Group>
      </form>
      {orderId || invoiceId ? (
        <Text size="sm" c="dimmed" mb="sm">
          {orderId ? t('Showing the cases about one order.') : t('Showing the cases about one invoice.')}
        </Text>
      ) : null}
      <CasesResults
        key={resultsKey}
        siteCode={siteCode}
        seller={seller}
        filtered={filtered}
        filter={{
          search: q || null,
          statuses: isStatus(status) ? [status] : null,
          orderId: orderId || null,
          invoiceId: invoiceId || null,
        }}
      />
    </>
  );
}

function CasesResults({
  siteCode,
  seller,
  filtered,
  filter,
}: {
  siteCode: string;
  seller: boolean;
  filtered: boolean;
  filter: {
    search: string | null;
    statuses: CaseStatus[] | null;
    orderId: string | null;
    invoiceId: string | null;
  };
}) {
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
  const [variables] = useState(() => filter);
  const { data, loading, error, refetch } = useQuery(CasesPageQuery, {
    variables: { first: PAGE_SIZE, after: position.after, filter: variables },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const { t, plural } = useI18n();
  const locale = useLocale();

  if (!data) {
    if (error) {
      return (
        <ErrorState
          title={t('We couldn’t load the cases')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    }
    return <LoadingSkeleton label={t('Loading cases…')} count={6} />;
  }
  const cases = data.serviceCases;
  if (cases.edges.length === 0) {
    return (
      <EmptyState
        title={filtered ? t('No cases match these filters') : t('No cases yet')}
        description={
          filtered
            ? t('Try another status or search.')
            : seller
              ? t('Cases your accounts open will show up here.')
              : t('Open a case from an order, an invoice or a product when something is not right.')
        }
      />
    );
  }
  const page = pageNumber(position);
  const count = cases.totalCount.toLocaleString(locale);
  const caption = plural(cases.totalCount, t('{count} case', { count }), t('{count} cases', { count }));
  return (
    <>
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <ScrollX minWidth={seller ? 860 : 700} label={caption}>
        <Table verticalSpacing="sm" highlightOnHover captionSide="top">
          <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('Case')}</Table.Th>
              {seller ? <Table.Th scope="col">{t('Account')}</Table.Th> : null}
              <Table.Th scope="col">{t('About')}</Table.Th>
              <Table.Th scope="col">{t('Status')}</Table.Th>
              <Table.Th scope="col">{t('Last change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/${siteCode}/cases/${encodeURIComponent(node.id)}`} fw={600}>
                    {node.number} · {node.subject}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {caseTypeLabel(node.type, t)} ·{' '}
                    {plural(
                      node.commentCount,
                      t('{count} comment', { count: node.commentCount }),
                      t('{count} comments', { count: node.commentCount }),
                    )}
                  </Text>
                </Table.Td>
                {seller ? <Table.Td>{node.account.name}</Table.Td> : null}
                <Table.Td>
                  <Text size="sm">{node.concerns ? concernsLabel(node.concerns, t) : t('General')}</Text>
                </Table.Td>
                <Table.Td>
                  <CaseStatusBadge status={node.status} />
                </Table.Td>
                <Table.Td>
                  <DateText value={node.updatedAt} withTime />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollX>
      <Pager
        label={t('Pages of cases')}
        hasPrevious={hasPreviousPage(position)}
        hasNext={cases.pageInfo.hasNextPage && !!cases.pageInfo.endCursor}
        onPrevious={() => setPosition(previousPage(position))}
        onNext={() => cases.pageInfo.endCursor && setPosition(nextPage(position, cases.pageInfo.endCursor))}
        pageLabel={
          page
            ? t('Page {page} of {pages}', {
                page,
                pages: Math.max(1, Math.ceil(cases.totalCount / PAGE_SIZE)),
              })
            : null
        }
        loading={loading}
      />
    </>
  );
}
