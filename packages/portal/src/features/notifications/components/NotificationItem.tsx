import { Box, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { DateText } from '../../../ui';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

/** A portal path from the server (`/coffee/orders/…`); anything else is not followed. */
export function portalPath(link: string | null | undefined): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/**
 * One notification: a dot and bold title while unread, its details and when. With a link it opens what
 * it is about (and counts as read); `onOpen` is told which one.
 */
export function NotificationItem({
  notification: ref,
  onOpen,
  compact,
}: {
  notification: FragmentType<typeof NotificationItemFragment>;
  onOpen: (id: string, unread: boolean) => void;
  compact?: boolean;
}) {
  const t = useT();
  const n = useFragment(NotificationItemFragment, ref);
  const unread = !n.readAt;
  const to = portalPath(n.link);
  const content = (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Box
        mt={6}
        w={8}
        h={8}
        bg={unread ? 'brand.6' : 'transparent'}
        style={{ borderRadius: 4, flexShrink: 0 }}
        aria-hidden="true"
      />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={unread ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
          {unread ? <VisuallyHidden component="span">{t('Unread:')} </VisuallyHidden> : null}
          {n.title}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={compact ? 2 : undefined} style={{ overflowWrap: 'anywhere' }}>
          {n.body}
        </Text>
        <Text size="xs" c="dimmed">
          <DateText value={n.createdAt} withTime />
        </Text>
      </Stack>
    </Group>
  );
  if (!to) return <Box p="xs">{content}</Box>;
  return (
    <UnstyledButton
      component={Link}
      to={to}
      onClick={() => onOpen(n.id, unread)}
      p="xs"
      w="100%"
      style={{ borderRadius: 'var(--mantine-radius-sm)', display: 'block' }}
    >
      {content}
    </UnstyledButton>
  );
}
