import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Divider,
  Group,
  Popover,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { ErrorState } from '../../../ui';
import { notificationsPath } from '../notifications-paths';
import { useMarkRead } from '../hooks/use-mark-read';
import { BellButton } from './BellButton';
import { NotificationItem } from './NotificationItem';

const LatestNotificationsQuery = graphql(`
  query LatestNotifications {
    notifications(first: 10) {
      totalCount
      edges {
        node {
          id
          ...NotificationItem_notification
        }
      }
    }
  }
`);

/** The bell's popover: the latest 10 notifications with links, "Mark all read" and the full list. */
export function NotificationsPopover({
  siteCode,
  unread,
  defaultOpened,
}: {
  siteCode: string;
  unread: number | null;
  defaultOpened?: boolean;
}) {
  const t = useT();
  const [opened, setOpenedState] = useState(!!defaultOpened);
  const bell = useRef<HTMLButtonElement>(null);
  const dropdown = useRef<HTMLDivElement>(null);
  // Back to the bell on close, unless the person moved on (clicked another control). Mantine's own
  // returnFocus can't: on the first open the button focused before was the placeholder bell, now gone.
  const setOpened = useCallback((next: boolean | ((open: boolean) => boolean)) => {
    setOpenedState((open) => {
      const value = typeof next === 'function' ? next(open) : next;
      if (open && !value)
        setTimeout(() => {
          const active = document.activeElement;
          if (!active || active === document.body || dropdown.current?.contains(active))
            bell.current?.focus();
        }, 0);
      return value;
    });
  }, []);
  const { data, loading, error, refetch } = useQuery(LatestNotificationsQuery, {
    skip: !opened,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { markRead, marking } = useMarkRead();
  const [problem, setProblem] = useState<string | null>(null);
  // A new notification while it is open (the count went up): show it.
  useEffect(() => {
    if (opened && unread) void refetch().catch(() => undefined);
  }, [opened, unread, refetch]);

  async function markAll() {
    setProblem(null);
    try {
      await markRead(null);
    } catch (err) {
      setProblem(describeError(err, t));
    }
  }

  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      withinPortal
      styles={{ dropdown: { maxWidth: 'calc(100vw - 16px)', padding: 0 } }}
    >
      <Popover.Target>
        <BellButton ref={bell} unread={unread} onClick={() => setOpened((o) => !o)} aria-expanded={opened} />
      </Popover.Target>
      <Popover.Dropdown ref={dropdown} aria-labelledby="notifications-popover-title" role="dialog">
        <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
          <Title order={2} fz="md" id="notifications-popover-title">
            {t('Notifications')}
          </Title>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => void markAll()}
            loading={marking}
            disabled={!unread}
          >
            {t('Mark all read')}
          </Button>
        </Group>
        <Divider />
        {problem ? (
          <Text size="xs" c="red.8" role="alert" px="sm" pt="xs">
            {problem}
          </Text>
        ) : null}
        <ScrollArea.Autosize mah={420} type="auto">
          {!data ? (
            error ? (
              <div style={{ padding: 'var(--mantine-spacing-sm)' }}>
                <ErrorState
                  title={t('We couldn’t load your notifications')}
                  message={describeError(error, t)}
                  onRetry={() => void refetch().catch(() => undefined)}
                  retrying={loading}
                />
              </div>
            ) : (
              <Stack gap="sm" p="sm" aria-busy="true" aria-label={t('Loading notifications…')}>
                {[0, 1, 2].map((i) => (
                  <Skeleton key={i} height={44} />
                ))}
              </Stack>
            )
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" p="sm">
              {t('No notifications yet. Orders placed, approved and shipped show up here.')}
            </Text>
          ) : (
            <Stack component="ul" gap={0} p={4} style={{ listStyle: 'none', margin: 0 }}>
              {items.map((n) => (
                <li key={n.id}>
                  <NotificationItem
                    notification={n}
                    compact
                    onOpen={(id, isUnread) => {
                      setOpened(false);
                      if (isUnread) void markRead([id]).catch(() => undefined);
                    }}
                  />
                </li>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="center" p="xs">
          <Anchor
            component={Link}
            to={notificationsPath(siteCode)}
            size="sm"
            onClick={() => setOpened(false)}
          >
            {t('See all notifications')}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
