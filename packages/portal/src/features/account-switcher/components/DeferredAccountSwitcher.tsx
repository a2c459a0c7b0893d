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
  const t = useT();
  const button = (
    <Button
      variant="light"
      size="sm"
      loading={open}
      onPointerEnter={() => void loadSwitcher()}
      onFocus={() => void loadSwitcher()}
      onClick={() => setOpen(true)}
    >
      {t('Switch account')}
    </Button>
  );
  if (!open) return button;
  return (
    <Suspense fallback={button}>
      <AccountSwitcher {...props} autoOpen />
    </Suspense>
  );
}
