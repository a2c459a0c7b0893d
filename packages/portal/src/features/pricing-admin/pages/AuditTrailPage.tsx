import { useQuery } from '@apollo/client/react';
import { Paper, Select } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
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
import { AuditTable } from '../components/AuditTable';
import { auditSubjectLabel, auditSubjects } from '../components/labels';

const PAGE_SIZE = 25;
const ALL = 'all';

const AuditTrailPageQuery = graphql(`
  query AuditTrailPage($first: Int!, $after: String, $subjectType: String) {
    auditEvents(first: $first, after: $after, subjectType: $subjectType) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AuditRow_event
        }
      }
    }
  }
`);

/** `/:siteCode/admin/audit?subject=`: every change to prices, tiers, promotions and imports, newest first. */
export function AuditTrailPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const subject = auditSubjects.find((s) => s === params.get('subject')) ?? null;

  function choose(value: string | null) {
    const p = new URLSearchParams(params);
    if (value && value !== ALL) p.set('subject', value);
    else p.delete('subject');
    setParams(p, { replace: true });
  }

  return (
    <>
      <AdminHeader
        title={t('Audit trail')}
        description={t('Who changed prices, tiers, promotions and the catalog, and when. Newest first.')}
      />
      <Paper
        withBorder
        radius="md"
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('Filter the audit trail')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Select
          label={t('Changes to')}
          maw={320}
          data={[
            { value: ALL, label: t('Everything') },
            ...auditSubjects.map((s) => ({ value: s, label: auditSubjectLabel(s, t) })),
          ]}
          value={subject ?? ALL}
          onChange={choose}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </Paper>
      <AuditResults key={subject ?? ALL} subject={subject} />
    </>
  );
}

function AuditResults({ subject }: { subject: string | null }) {
  const { t, plural } = useI18n();
  const locale = useLocale();
  const [position, setPosition] = useState<CursorPosition>(firstPage);
  const { data, loading, error, refetch } = useQuery(AuditTrailPageQuery, {
    variables: { first: PAGE_SIZE, after: position.after, subjectType: subject },
    notifyOnNetworkStatusChange: true,
  });
  if (!data) {
    if (error)
      return (
        <ErrorState
          title={t('We couldn’t load the audit trail')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    return <LoadingSkeleton label={t('Loading the audit trail…')} count={8} />;
  }
  const { auditEvents } = data;
  if (auditEvents.edges.length === 0) {
    return (
      <EmptyState
        title={subject ? t('No changes of this kind yet') : t('No changes recorded yet')}
        description={t('Changes to prices, tiers, promotions and imports show up here.')}
      />
    );
  }
  const page = pageNumber(position);
  const count = auditEvents.totalCount.toLocaleString(locale);
  return (
    <>
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <AuditTable
        events={auditEvents.edges.map((e) => e.node)}
        caption={plural(
          auditEvents.totalCount,
          t('{count} change', { count }),
          t('{count} changes', { count }),
        )}
      />
      <Pager
        label={t('Pages of the audit trail')}
        hasPrevious={hasPreviousPage(position)}
        hasNext={auditEvents.pageInfo.hasNextPage && !!auditEvents.pageInfo.endCursor}
        onPrevious={() => setPosition(previousPage(position))}
        onNext={() =>
          auditEvents.pageInfo.endCursor && setPosition(nextPage(position, auditEvents.pageInfo.endCursor))
        }
        pageLabel={
          page
            ? t('Page {page} of {pages}', {
                page,
                pages: Math.max(1, Math.ceil(auditEvents.totalCount / PAGE_SIZE)),
              })
            : null
        }
        loading={loading}
      />
    </>
  );
}
