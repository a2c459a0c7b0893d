import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { UnreadCountQuery } from '../hooks/use-mark-read';
import { BellButton } from './BellButton';

const loadPopover = () => import('./NotificationsPopover');
const NotificationsPopover = lazy(() => loadPopover().then((m) => ({ default: m.NotificationsPopover })));

const POLL_MS = 60_000;

/**
 * The header's bell (its own lazy chunk, loaded after the page): the unread count, asked every minute
 * while the tab is visible and again when the window gets focus. The list opens in a popover whose code
 * loads on first hover, focus or click.
 */
export function NotificationBell({ siteCode }: { siteCode: string }) {
  const { data, refetch } = useQuery(UnreadCountQuery, {
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  useEffect(() => {
    const again = () => {
      if (document.visibilityState !== 'hidden') void refetch().catch(() => undefined);
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [refetch]);
  const unread = data?.unreadNotificationCount ?? null;
  const [wanted, setWanted] = useState(false);
  const [openOnLoad, setOpenOnLoad] = useState(false);

  const fallback = (
    <BellButton
      unread={unread}
      loading={openOnLoad && wanted}
      onPointerEnter={() => void loadPopover()}
      onFocus={() => void loadPopover()}
      onClick={() => {
        setOpenOnLoad(true);
        setWanted(true);
      }}
    />
  );
  if (!wanted) return fallback;
  return (
    <Suspense fallback={fallback}>
      <NotificationsPopover siteCode={siteCode} unread={unread} defaultOpened={openOnLoad} />
    </Suspense>
  );
}
