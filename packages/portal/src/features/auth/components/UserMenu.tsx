import { Menu, Text } from '@mantine/core';
import { useSignOut } from './use-sign-out';
import { UserMenuButton } from './UserMenuButton';

export interface UserMenuProps {
  siteCode: string;
  name: string;
  email: string;
  defaultOpened?: boolean;
}

/** The signed-in person's menu: who they are, and sign out. */
export function UserMenu({ siteCode, name, email, defaultOpened }: UserMenuProps) {
  const { signOut, signingOut } = useSignOut(siteCode);
  return (
    <Menu position="bottom-end" width={240} withinPortal defaultOpened={defaultOpened} trapFocus>
      <Menu.Target>
        <UserMenuButton name={name} loading={signingOut} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as</Menu.Label>
        <Text size="sm" px="sm" fw={600}>
          {name}
        </Text>
        <Text size="xs" px="sm" pb="xs" c="dimmed">
          {email}
        </Text>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void signOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
