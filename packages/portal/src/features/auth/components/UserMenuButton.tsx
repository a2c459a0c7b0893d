import { Avatar, Button, Text } from '@mantine/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useT } from '../../../app/i18n';

export function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

export interface UserMenuButtonProps extends ComponentPropsWithoutRef<'button'> {
  name: string;
  loading?: boolean;
}

/** The header button that opens the user menu (also shown while the menu's code loads). */
export const UserMenuButton = forwardRef<HTMLButtonElement, UserMenuButtonProps>(function UserMenuButton(
  { name, loading, ...props },
  ref,
) {
  const t = useT();
  return (
    <Button
      ref={ref}
      variant="subtle"
      color="dark"
      px={6}
      aria-label={t('Account menu for {name}', { name })}
      aria-haspopup="menu"
      leftSection={
        <Avatar size={28} color="brand" radius="xl" aria-hidden="true">
          {initials(name)}
        </Avatar>
      }
      loading={loading}
      {...props}
    >
      <Text span size="sm" visibleFrom="md" fw={500}>
        {name}
      </Text>
    </Button>
  );
});
