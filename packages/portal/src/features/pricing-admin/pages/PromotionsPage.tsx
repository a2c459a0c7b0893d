import { useQuery } from '@apollo/client/react';
import { Button, Tabs } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { PromotionStatus } from '../../../gql/graphql';
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
import { promotionStatusLabel, promotionStatuses } from '../components/labels';
import { PromotionsTable } from '../components/PromotionsTable';

const PAGE_SIZE = 20;
const ALL = 'ALL';

const PromotionsPageQuery = graphql(`
  query PromotionsPage($first: Int!, $after: String, $status: PromotionStatus) {
    promotions(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...PromotionRow_promotion
        }
      }
    }
  }
`);

function parseStatus(value: string | null): PromotionStatus | null {
  return promotionStatuses.find((s) => s === value) ?? null;
}

/** `/:siteCode/admin/promotions?status=`: the site's promotions, by status. */
export function PromotionsPage() {
  const { siteCode } = useShell();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));

  function choose(value: string | null) {
    const p = new URLSearchParams(params);
    const next = parseStatus(value);
    if (next) p.set('status', next);
    else p.delete('status');
    setParams(p, { replace: true });
  }

  const tabs = [ALL, ...promotionStatuses];
  return (
    <>
      <AdminHeader
        title={t('Promotions')}
        description={t(
          'Discounts by product, category and buyer group, with dates, coupons and stacking rules.',
        )}
        actions={
          <Button component={Link} to={`/${siteCode}/admin/promotions/new`}>
            {t('New promotion')}
          </Button>
        }
      />
      <Tabs value={status ?? ALL} onChange={choose} keepMounted={false}>
        <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
          {tabs.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {s === ALL ? t('All') : promotionStatusLabel(s as PromotionStatus, t)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((s) => (
          <Tabs.Panel key={s} value={s}>
            {(status ?? ALL) === s ? <PromotionsResults siteCode={siteCode} status={status} /> : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}

function PromotionsResults({ siteCode, status }: { siteCode: string; status: PromotionStatus | null }) {
  const { t, plural } = useI18n();
  const locale = useLocale();
  const [position, setPosition] = useState<CursorPosition>(firstPage);
  const { data, loading, error, refetch } = useQuery(PromotionsPageQuery, {
    variables: { first: PAGE_SIZE, after: position.after, status },
    notifyOnNetworkStatusChange: true,
  });
  if (!data) {
    if (error)
      return (
        <ErrorState
          title={t('We couldn’t load the promotions')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    return <LoadingSkeleton label={t('Loading promotions…')} count={6} />;
  }
  const { promotions } = data;
  if (promotions.edges.length === 0) {
    return (
      <EmptyState
        title={status ? t('No promotions with this status') : t('No promotions yet')}
        description={
          status ? t('Choose another status, or create a promotion.') : t('Create one to offer a discount.')
        }
        action={
          <Button component={Link} to={`/${siteCode}/admin/promotions/new`} variant="light">
            {t('New promotion')}
          </Button>
        }
      />
    );
  }
  const page = pageNumber(position);
  const count = promotions.totalCount.toLocaleString(locale);
  return (
    <>
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <PromotionsTable
        siteCode={siteCode}
        promotions={promotions.edges.map((e) => e.node)}
        caption={plural(
          promotions.totalCount,
          t('{count} promotion', { count }),
          t('{count} promotions', { count }),
        )}
      />
      <Pager
        label={t('Pages of promotions')}
        hasPrevious={hasPreviousPage(position)}
        hasNext={promotions.pageInfo.hasNextPage && !!promotions.pageInfo.endCursor}
        onPrevious={() => setPosition(previousPage(position))}
        onNext={() =>
          promotions.pageInfo.endCursor && setPosition(nextPage(position, promotions.pageInfo.endCursor))
        }
        pageLabel={
          page
            ? t('Page {page} of {pages}', {
                page,
                pages: Math.max(1, Math.ceil(promotions.totalCount / PAGE_SIZE)),
              })
            : null
        }
        loading={loading}
      />
    </>
  );
}
