import { useApolloClient } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../../app/i18n';
import type { AccountSwitcherProps } from './AccountSwitcher';

const loadSwitcher = () => import('./AccountSwitcher');
const AccountSwitcher = lazy(() => loadSwitcher().then((m) => ({ default: m.AccountSwitcher })));

/**
 * "Switch account" button that turns into the searchable account select when used; the select's
 * code (combobox, popover) loads on first hover, focus or click rather than with every page.
 */
export function DeferredAccountSwitcher(props: Omit<AccountSwitcherProps, 'autoOpen'>) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const t = useT();
  const client = useApolloClient();
  // On hover or focus: the select's code and the first page of accounts, so a click opens it ready to type.
  const prepare = () => void loadSwitcher().then((m) => m.prefetchAccounts(client));
  const button = (
    <Button
      variant="light"
      size="sm"
      loading={open}
      onPointerEnter={prepare}
      onFocus={prepare}
      onClick={() => {
        prepare();
        setOpen(true);
      }}
    >
      {t('Switch account')}
    </Button>
  );
  if (!open) return button;
  // While the select's code loads, a plain box takes the typing, so nothing typed right after the click
  // is lost.
  const pending = (
    <input
      className="account-switcher-pending"
      aria-label={t('Acting for account')}
      placeholder={t('Loading accounts…')}
      autoFocus
      value={typed}
      onChange={(e) => setTyped(e.currentTarget.value)}
    />
  );
  return (
    <Suspense fallback={pending}>
      <AccountSwitcher {...props} autoOpen initialSearch={typed} />
    </Suspense>
  );
}
