import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
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
  PageHeader,
  pageNumber,
  Pager,
  previousPage,
  type CursorPosition,
} from '../../../ui';
import { UnreadCountQuery, useMarkRead } from '../hooks/use-mark-read';
import { NotificationItem } from '../components/NotificationItem';

const PAGE_SIZE = 20;

const NotificationsPageQuery = graphql(`
  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          readAt
          ...NotificationItem_notification
        }
      }
    }
  }
`);

interface PagerState {
  previous: Array<string | null>;
}

/** `/:siteCode/notifications?unread=1&after=`: every notification of the viewer, newest first. */
export function NotificationsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const { markRead, marking } = useMarkRead();
  const count = useQuery(UnreadCountQuery, { fetchPolicy: 'cache-first' });
  const unread = count.data?.unreadNotificationCount ?? 0;
  const [problem, setProblem] = useState<string | null>(null);

  async function markAll() {
    setProblem(null);
    try {
      await markRead(null);
    } catch (err) {
      setProblem(describeError(err, t));
    }
  }

  return (
    <>
      <PageHeader
        title={t('Notifications')}
        description={t('Orders placed, waiting for approval, approved, shipped and delivered.')}
        actions={
          <Button variant="default" onClick={() => void markAll()} loading={marking} disabled={!unread}>
            {t('Mark all read')}
          </Button>
        }
      />
      {problem ? (
        <Alert color="red" variant="light" role="alert" mb="md" title={t('Nothing was changed')}>
          {problem}
        </Alert>
      ) : null}
      <Group mb="md">
        <SegmentedControl
          aria-label={t('Show')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => setParams(value === 'unread' ? { unread: '1' } : {}, { replace: true })}
          data={[
            { value: 'all', label: t('All') },
            { value: 'unread', label: unread ? t('Unread ({count})', { count: unread }) : t('Unread') },
          ]}
        />
      </Group>
      <NotificationResults
        key={String(unreadOnly)}
        unreadOnly={unreadOnly}
        onOpen={(id) => void markRead([id]).catch(() => undefined)}
      />
    </>
  );
}

function NotificationResults({ unreadOnly, onOpen }: { unreadOnly: boolean; onOpen: (id: string) => void }) {
  const { t, plural } = useI18n();
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
  const { data, loading, error, refetch } = useQuery(NotificationsPageQuery, {
    variables: { first: PAGE_SIZE, after: position.after, unreadOnly },
    notifyOnNetworkStatusChange: true,
  });

  if (!data) {
    if (error)
      return (
        <ErrorState
          title={t('We couldn’t load your notifications')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    return <LoadingSkeleton label={t('Loading notifications…')} count={6} />;
  }
  const list = data.notifications;
  if (!list.edges.length) {
    return (
      <EmptyState
        title={unreadOnly ? t('You’re all caught up') : t('No notifications yet')}
        description={
          unreadOnly
            ? t('Every notification has been read.')
            : t('No notifications yet. Orders placed, approved and shipped show up here.')
        }
      />
    );
  }
  const page = pageNumber(position);
  const caption = plural(
    list.totalCount,
    t('{count} notification', { count: list.totalCount }),
    t('{count} notifications', { count: list.totalCount }),
  );
  return (
    <>
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <Text size="sm" c="dimmed" mb="xs">
        {caption}
      </Text>
      <Stack
        component="ul"
        gap="xs"
        aria-label={caption}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {list.edges.map(({ node }) => (
          <Paper
            component="li"
            key={node.id}
            withBorder
            radius="md"
            p={4}
            bg={node.readAt ? undefined : 'brand.0'}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Box style={{ flex: 1, minWidth: 0 }}>
                <NotificationItem notification={node} onOpen={(id, isUnread) => isUnread && onOpen(id)} />
              </Box>
              {node.readAt ? null : (
                <Button size="compact-xs" variant="subtle" m="xs" onClick={() => onOpen(node.id)}>
                  {t('Mark read')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      <Pager
        label={t('Pages of notifications')}
        hasPrevious={hasPreviousPage(position)}
        hasNext={list.pageInfo.hasNextPage && !!list.pageInfo.endCursor}
        onPrevious={() => setPosition(previousPage(position))}
        onNext={() => list.pageInfo.endCursor && setPosition(nextPage(position, list.pageInfo.endCursor))}
        pageLabel={
          page
            ? t('Page {page} of {pages}', {
                page,
                pages: Math.max(1, Math.ceil(list.totalCount / PAGE_SIZE)),
              })
            : null
        }
        loading={loading}
      />
    </>
  );
}
