import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { ApprovalsPageQuery } from '../../../gql/graphql';
import {
  DateText,
  EmptyState,
  ErrorState,
  LoadingSkeleton,
  LoadMore,
  Money,
  PageHeader,
  ScrollX,
} from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { ChooseAccountPrompt } from '../../home/components/ChooseAccountPrompt';
import { ApprovalDialog, type ApprovalDecision } from '../components/ApprovalDialog';

const PAGE_SIZE = 25;

const ApprovalsPageQuery = graphql(`
  query ApprovalsPage($first: Int!, $after: String) {
    orders(
      first: $first
      after: $after
      filter: { statuses: [AWAITING_APPROVAL] }
      sort: { field: PLACED_AT, direction: ASC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          status
          placedAt
          poNumber
          lineCount
          placedBy {
            name
            onBehalf
          }
          onBehalfOf {
            name
          }
          total {
            amount
            currency
          }
        }
      }
    }
  }
`);

type Waiting = ApprovalsPageQuery['orders']['edges'][number]['node'];

/** A buyer admin of the account (the seller's people never decide for the buyer). */
export function useIsBuyerAdmin(): boolean {
  const { viewer } = useShell();
  return !viewer.isSellerSide && viewer.roles.includes('BUYER_ADMIN');
}

/** `/:siteCode/approvals`: the account's orders waiting above a buyer's limit, oldest first, decided inline. */
export function ApprovalsPage() {
  const { t } = useI18n();
  const { viewer } = useShell();
  const isBuyerAdmin = useIsBuyerAdmin();
  if (!viewer.effectiveAccount)
    return (
      <>
        <PageHeader title={t('Approvals')} />
        <ChooseAccountPrompt />
      </>
    );
  if (!isBuyerAdmin)
    return (
      <>
        <PageHeader title={t('Approvals')} />
        <EmptyState
          title={t('Only buyer admins approve orders')}
          description={t('Orders above a buyer’s limit wait for a buyer admin of the account.')}
        />
      </>
    );
  return <ApprovalsList />;
}

function ApprovalsList() {
  const { siteCode, viewer } = useShell();
  const { t, plural } = useI18n();
  const { number } = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(ApprovalsPageQuery, {
    variables: { first: PAGE_SIZE, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const [deciding, setDeciding] = useState<{ order: Waiting; decision: ApprovalDecision } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  async function loadMore() {
    const cursor = data?.orders.pageInfo.endCursor;
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after: cursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          ({
            ...previous,
            orders: {
              ...fetchMoreResult.orders,
              edges: [...previous.orders.edges, ...fetchMoreResult.orders.edges],
            },
          }) as typeof fetchMoreResult,
      });
    } catch (err) {
      setMoreError(describeError(err, t));
    } finally {
      setLoadingMore(false);
    }
  }

  const header = (
    <PageHeader
      title={t('Approvals')}
      description={t('Orders of {account} above a buyer’s order limit, oldest first.', {
        account: viewer.effectiveAccount?.name ?? '',
      })}
    />
  );
  const noticeArea = (
    <div aria-live="polite">
      {notice ? (
        <Alert
          color="green"
          variant="light"
          role="status"
          mb="md"
          withCloseButton
          closeButtonLabel={t('Dismiss')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      ) : null}
    </div>
  );

  if (!data) {
    return (
      <>
        {header}
        {error ? (
          <ErrorState
            title={t('We couldn’t load the orders waiting for approval')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : (
          <LoadingSkeleton label={t('Loading orders…')} count={6} />
        )}
      </>
    );
  }
  const orders = data.orders.edges.map((e) => e.node);
  const caption = plural(
    data.orders.totalCount,
    t('{count} order waits for approval', { count: number(data.orders.totalCount) }),
    t('{count} orders wait for approval', { count: number(data.orders.totalCount) }),
  );
  const orderLink = (order: Waiting) => (
    <Anchor component={Link} to={`/${siteCode}/orders/${encodeURIComponent(order.id)}`} fw={600}>
      {order.number}
    </Anchor>
  );
  const buyerOf = (order: Waiting) => order.onBehalfOf?.name ?? order.placedBy.name;
  const actions = (order: Waiting) => (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" color="green" onClick={() => setDeciding({ order, decision: 'approve' })}>
        {t('Approve…')}
        <VisuallyHidden> {order.number}</VisuallyHidden>
      </Button>
      <Button
        size="xs"
        variant="outline"
        color="red"
        onClick={() => setDeciding({ order, decision: 'reject' })}
      >
        {t('Reject…')}
        <VisuallyHidden> {order.number}</VisuallyHidden>
      </Button>
    </Group>
  );

  return (
    <>
      {header}
      {noticeArea}
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      {orders.length === 0 ? (
        <EmptyState
          title={t('Nothing waits for approval')}
          description={t('Orders above a buyer’s order limit show up here for you to approve or reject.')}
        />
      ) : (
        <>
          <Box hiddenFrom="sm">
            <Text size="sm" c="dimmed" mb="xs">
              {caption}
            </Text>
            <Stack
              component="ul"
              gap="xs"
              aria-label={caption}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {orders.map((order) => (
                <Paper component="li" key={order.id} withBorder radius="md" p="sm">
                  <Group justify="space-between" wrap="nowrap" align="flex-start" mb="xs">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      {orderLink(order)}
                      <Text size="xs" c="dimmed">
                        <DateText value={order.placedAt} /> · {buyerOf(order)}
                        {order.poNumber ? ` · ${t('PO {number}', { number: order.poNumber })}` : ''}
                      </Text>
                    </Stack>
                    <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                      <Money value={order.total} />
                    </Text>
                  </Group>
                  {actions(order)}
                </Paper>
              ))}
            </Stack>
          </Box>
          <Box visibleFrom="sm">
            <ScrollX minWidth={760} label={caption}>
              <Table striped verticalSpacing="sm">
                <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                  <Text span size="sm" c="dimmed">
                    {caption}
                  </Text>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('Order')}</Table.Th>
                    <Table.Th scope="col">{t('date column|Placed')}</Table.Th>
                    <Table.Th scope="col">{t('Buyer')}</Table.Th>
                    <Table.Th scope="col">{t('PO number')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('Lines')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('Total')}
                    </Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('Decision')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {orders.map((order) => (
                    <Table.Tr key={order.id}>
                      <Table.Td>{orderLink(order)}</Table.Td>
                      <Table.Td>
                        <DateText value={order.placedAt} />
                      </Table.Td>
                      <Table.Td>{buyerOf(order)}</Table.Td>
                      <Table.Td>{order.poNumber ?? '—'}</Table.Td>
                      <Table.Td ta="right">{number(order.lineCount)}</Table.Td>
                      <Table.Td ta="right">
                        <Money value={order.total} />
                      </Table.Td>
                      <Table.Td>{actions(order)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollX>
          </Box>
          {moreError ? <ErrorState message={moreError} onRetry={() => void loadMore()} /> : null}
          <LoadMore
            hasMore={data.orders.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => void loadMore()}
          />
        </>
      )}
      {deciding ? (
        <ApprovalDialog
          decision={deciding.decision}
          orderId={deciding.order.id}
          number={deciding.order.number}
          buyerName={buyerOf(deciding.order)}
          onClose={() => setDeciding(null)}
          onDecided={(message) => {
            setDeciding(null);
            setNotice(message);
          }}
          onRefused={() => void refetch()}
        />
      ) : null}
    </>
  );
}
