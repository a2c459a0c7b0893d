import { Loader, Menu, Text } from '@mantine/core';
import { languageName, useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { useSetLocale } from './use-set-locale';
import { useSignOut } from './use-sign-out';
import { UserMenuButton } from './UserMenuButton';

export interface UserMenuProps {
  siteCode: string;
  name: string;
  email: string;
  defaultOpened?: boolean;
}

/** The signed-in person's menu: who they are, their language (when the site offers several), sign out. */
export function UserMenu({ siteCode, name, email, defaultOpened }: UserMenuProps) {
  const { signOut, signingOut } = useSignOut(siteCode);
  const { viewer } = useShell();
  const t = useT();
  const setLocale = useSetLocale();
  const languages = viewer.supportedLocales;
  return (
    <Menu position="bottom-end" width={240} withinPortal defaultOpened={defaultOpened} trapFocus>
      <Menu.Target>
        <UserMenuButton name={name} loading={signingOut} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('Signed in as')}</Menu.Label>
        <Text size="sm" px="sm" fw={600}>
          {name}
        </Text>
        <Text size="xs" px="sm" pb="xs" c="dimmed">
          {email}
        </Text>
        {languages.length > 1 ? (
          <>
            <Menu.Divider />
            <Menu.Label id="user-menu-language">{t('Language')}</Menu.Label>
            <div role="group" aria-labelledby="user-menu-language">
              <Menu.RadioGroup value={viewer.locale} onChange={(locale) => void setLocale.choose(locale)}>
                {languages.map((locale) => (
                  <Menu.RadioItem
                    key={locale}
                    value={locale}
                    lang={locale}
                    // Not `disabled`: that would drop the keyboard focus out of the menu while it saves.
                    data-disabled={setLocale.pending !== null || undefined}
                    rightSection={
                      setLocale.pending === locale ? <Loader size={14} aria-hidden="true" /> : null
                    }
                  >
                    {languageName(locale)}
                  </Menu.RadioItem>
                ))}
              </Menu.RadioGroup>
            </div>
            <div role="status">
              {setLocale.pending ? (
                <Text size="xs" c="dimmed" px="sm" py={4}>
                  {t('Changing the language…')}
                </Text>
              ) : null}
            </div>
            {setLocale.error ? (
              <Text size="xs" c="red" px="sm" py={4} role="alert">
                {setLocale.error}
              </Text>
            ) : null}
          </>
        ) : null}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void signOut()}>
          {t('Sign out')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
