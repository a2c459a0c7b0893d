import { ActionIcon, Box } from '@mantine/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useI18n } from '../../../app/i18n';

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export interface BellButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Unread notifications; null while unknown. */
  unread: number | null;
  loading?: boolean;
}

/** The header's notifications button: a bell with the number of unread ones. */
export const BellButton = forwardRef<HTMLButtonElement, BellButtonProps>(function BellButton(
  { unread, loading, ...props },
  ref,
) {
  const { t, plural } = useI18n();
  const label = unread
    ? plural(
        unread,
        t('one|Notifications, {count} unread', { count: unread }),
        t('Notifications, {count} unread', { count: unread }),
      )
    : t('Notifications');
  return (
    <ActionIcon
      ref={ref}
      variant="subtle"
      color="dark"
      size="lg"
      aria-label={label}
      aria-haspopup="dialog"
      loading={loading}
      pos="relative"
      {...props}
    >
      <BellIcon />
      {unread ? (
        <Box
          component="span"
          aria-hidden="true"
          pos="absolute"
          top={2}
          right={0}
          px={4}
          miw={16}
          h={16}
          fz={10}
          fw={700}
          lh="16px"
          ta="center"
          c="white"
          bg="red.7"
          style={{ borderRadius: 8 }}
        >
          {unread > 99 ? '99+' : unread}
        </Box>
      ) : null}
    </ActionIcon>
  );
});
