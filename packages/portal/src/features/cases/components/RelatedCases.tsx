import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { DateText, ErrorState, LoadingSkeleton } from '../../../ui';
import { caseTypeLabel, excerpt } from './case-labels';
import { CaseStatusBadge } from './CaseStatusBadge';

const SHOWN = 5;

const RelatedCasesQuery = graphql(`
  query RelatedCases($filter: ServiceCaseFilter!, $first: Int!) {
    serviceCases(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          number
          type
          status
          subject
          updatedAt
          lastComment {
            id
            body
            fromSeller
            author {
              name
            }
          }
        }
      }
    }
  }
`);

/**
 * "Service cases" beside an order or an invoice: the cases that concern it (status, link, who wrote
 * last and the start of it, so an answer shows beside the record), and an "Open a case" link for
 * the account's people. Give `orderId` or `invoiceId`.
 */
export function RelatedCases({ orderId, invoiceId }: { orderId?: string; invoiceId?: string }) {
  const { siteCode, viewer } = useShell();
  const t = useT();
  const filter = orderId ? { orderId } : invoiceId ? { invoiceId } : null;
  const { data, loading, error, refetch } = useQuery(RelatedCasesQuery, {
    variables: { filter: filter ?? {}, first: SHOWN },
    skip: !filter,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!filter) return null;
  const openParams = new URLSearchParams(orderId ? { orderId } : { invoiceId: invoiceId! });
  const cases = data?.serviceCases;
  const more = cases ? cases.totalCount - cases.edges.length : 0;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="related-cases">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} fz="lg" id="related-cases">
          {t('Service cases')}
        </Title>
        {!viewer.isSellerSide ? (
          <Anchor component={Link} to={`/${siteCode}/cases/new?${openParams.toString()}`} size="sm" fw={600}>
            {t('Open a case')}
          </Anchor>
        ) : null}
      </Group>
      {!cases ? (
        error ? (
          <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
        ) : (
          <LoadingSkeleton label={t('Loading cases…')} count={2} />
        )
      ) : cases.edges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {orderId ? t('No cases about this order.') : t('No cases about this invoice.')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {cases.edges.map(({ node }) => (
            <li key={node.id}>
              <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Anchor
                    component={Link}
                    to={`/${siteCode}/cases/${encodeURIComponent(node.id)}`}
                    fw={600}
                    size="sm"
                  >
                    {node.number} · {node.subject}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {caseTypeLabel(node.type, t)} · <DateText value={node.updatedAt} withTime />
                  </Text>
                  {node.lastComment ? (
                    <Text size="sm" mt={2} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                      <Text span fw={600} size="sm">
                        {t('{name} wrote:', { name: node.lastComment.author.name })}
                      </Text>{' '}
                      {excerpt(node.lastComment.body)}
                    </Text>
                  ) : null}
                </div>
                <div style={{ flexShrink: 0 }}>
                  <CaseStatusBadge status={node.status} />
                </div>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {more > 0 ? (
        <Anchor
          component={Link}
          to={`/${siteCode}/cases?${openParams.toString()}`}
          size="sm"
          mt="sm"
          display="inline-block"
        >
          {t('All {count} cases', { count: cases!.totalCount })}
        </Anchor>
      ) : null}
    </Card>
  );
}
