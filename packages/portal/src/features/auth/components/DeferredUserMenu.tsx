import { lazy, Suspense, useState } from 'react';
import type { UserMenuProps } from './UserMenu';
import { UserMenuButton } from './UserMenuButton';

const loadUserMenu = () => import('./UserMenu');
const UserMenu = lazy(() => loadUserMenu().then((m) => ({ default: m.UserMenu })));

/**
 * The user menu, with its popover code (floating-ui, focus trap) fetched on first hover, focus or
 * click instead of with the page: it keeps the home page's JavaScript within budget.
 */
export function DeferredUserMenu(props: Omit<UserMenuProps, 'defaultOpened'>) {
  const [wanted, setWanted] = useState(false);
  const [openOnLoad, setOpenOnLoad] = useState(false);
  const fallback = (
    <UserMenuButton
      name={props.name}
      loading={openOnLoad}
      onPointerEnter={() => void loadUserMenu()}
      onFocus={() => void loadUserMenu()}
      onClick={() => {
        setOpenOnLoad(true);
        setWanted(true);
      }}
    />
  );
  if (!wanted) return fallback;
  return (
    <Suspense fallback={fallback}>
      <UserMenu {...props} defaultOpened={openOnLoad} />
    </Suspense>
  );
}
