import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { DateText, EmptyState, ErrorState, LoadingSkeleton, LoadMore, Money, PageHeader } from '../../../ui';
import { OrderLinesTable } from '../components/OrderLinesTable';
import { OrderStatusBadge } from '../components/OrderStatusBadge';

const LINES_PAGE = 50;

const OrderDetailQuery = graphql(`
  query OrderDetail($id: ID!, $first: Int!, $after: String) {
    order(id: $id) {
      id
      number
      status
      placedAt
      poNumber
      currency
      lineCount
      placedBy {
        name
        onBehalf
      }
      account {
        id
        name
        number
      }
      shipTo {
        id
        label
        line1
        line2
        city
        region
        postalCode
        country
      }
      subtotal {
        amount
        currency
      }
      total {
        amount
        currency
      }
      lines(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...OrderLineRow_line
          }
        }
      }
    }
  }
`);

/** `/:siteCode/orders/:orderId`: one order of the effective account, or "Order not found". */
export function OrderDetailPage() {
  const { siteCode } = useShell();
  const { orderId = '' } = useParams();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const { t, plural } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(OrderDetailQuery, {
    variables: { id: orderId, first: LINES_PAGE, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const back = (
    <Anchor component={Link} to={`/${siteCode}/orders`} size="sm">
      ← {t('All orders')}
    </Anchor>
  );

  if (!data) {
    if (error) {
      return (
        <>
          <PageHeader title={t('Order')} above={back} />
          <ErrorState
            title={t('We couldn’t load this order')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        </>
      );
    }
    return <LoadingSkeleton label={t('Loading order…')} count={10} />;
  }

  const order = data.order;
  if (!order) {
    return (
      <>
        <PageHeader title={t('Order not found')} above={back} />
        <EmptyState
          title={t('We can’t show this order')}
          description={t('It doesn’t exist, or it belongs to an account you aren’t acting for.')}
          action={
            <Anchor component={Link} to={`/${siteCode}/orders`}>
              {t('Go to your orders')}
            </Anchor>
          }
        />
      </>
    );
  }

  async function loadMore() {
    if (!order?.lines.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after: order.lines.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const prevOrder = previous.order;
          const nextOrder = fetchMoreResult.order;
          if (!prevOrder || !nextOrder) return previous as typeof fetchMoreResult;
          return {
            ...previous,
            order: {
              ...prevOrder,
              lines: {
                ...nextOrder.lines,
                edges: [...prevOrder.lines.edges, ...nextOrder.lines.edges],
              },
            },
          } as typeof fetchMoreResult;
        },
      });
    } catch (err) {
      setMoreError(describeError(err, t));
    } finally {
      setLoadingMore(false);
    }
  }

  const shown = order.lines.edges.length;
  return (
    <>
      <PageHeader
        above={back}
        title={t('Order {number}', { number: order.number })}
        description={withNodes(t('Placed {date} for {account} ({accountNumber})'), {
          date: <DateText value={order.placedAt} withTime />,
          account: order.account.name,
          accountNumber: order.account.number,
        })}
        actions={<OrderStatusBadge status={order.status} />}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md" mb="lg">
        <Fact label={t('Status')}>
          <OrderStatusBadge status={order.status} />
        </Fact>
        <Fact label={t('Placed by')}>
          <Text fw={600}>{order.placedBy.name}</Text>
          {order.placedBy.onBehalf ? (
            <Badge size="xs" variant="outline" color="gray" radius="sm">
              {t('On your behalf')}
            </Badge>
          ) : null}
        </Fact>
        <Fact label={t('PO number')}>
          <Text fw={600}>{order.poNumber ?? '—'}</Text>
        </Fact>
        <Fact label={t('Ship to')}>
          {order.shipTo ? (
            <Text size="sm" component="address" style={{ fontStyle: 'normal' }}>
              <strong>{order.shipTo.label}</strong>
              <br />
              {order.shipTo.line1}
              {order.shipTo.line2 ? (
                <>
                  <br />
                  {order.shipTo.line2}
                </>
              ) : null}
              <br />
              {order.shipTo.city}, {order.shipTo.region} {order.shipTo.postalCode}
              <br />
              {order.shipTo.country}
            </Text>
          ) : (
            <Text c="dimmed">—</Text>
          )}
        </Fact>
      </SimpleGrid>

      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="lg">
            {t('Lines')}
          </Title>
          <Text size="sm" c="dimmed">
            {order.lineCount > shown
              ? t('Showing {shown} of {count} lines', { shown, count: order.lineCount })
              : plural(
                  order.lineCount,
                  t('{count} line', { count: order.lineCount }),
                  t('{count} lines', { count: order.lineCount }),
                )}
          </Text>
        </Group>
        {shown === 0 ? (
          <Text c="dimmed">{t('This order has no lines.')}</Text>
        ) : (
          <OrderLinesTable siteCode={siteCode} lines={order.lines.edges.map((e) => e.node)} />
        )}
        {moreError ? <ErrorState message={moreError} onRetry={() => void loadMore()} /> : null}
        <LoadMore
          hasMore={order.lines.pageInfo.hasNextPage}
          loading={loadingMore}
          onLoadMore={() => void loadMore()}
          label={t('Load more lines ({count} more)', { count: Math.max(0, order.lineCount - shown) })}
        />
        <Divider my="md" />
        <Stack gap={4} align="flex-end">
          <Group gap="xl">
            <Text c="dimmed">{t('Subtotal')}</Text>
            <Money value={order.subtotal} />
          </Group>
          <Group gap="xl">
            <Text fw={700}>{t('Total')}</Text>
            <Text fw={700} span>
              <Money value={order.total} />
            </Text>
          </Group>
        </Stack>
      </Card>
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {label}
      </Text>
      {children}
    </Card>
  );
}
