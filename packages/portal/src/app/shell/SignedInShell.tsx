import { lazy, Suspense, useMemo } from 'react';
import { Navigate, useLocation } from 'react-router';
import { describeError } from '../errors';
import { useT } from '../i18n';
import { signInPath } from '../return-path';
import { ShellContext, useSiteContext, type ShellValue } from '../site/ShellContext';
import { FullPageError, FullPageLoading } from './FullPage';

// The layout (AppShell, menus, account switcher) is only needed once someone is signed in.
const ShellLayout = lazy(() => import('./ShellLayout').then((m) => ({ default: m.ShellLayout })));

/**
 * Guard + layout of every signed-in site page. Signed-out visitors go to the site's sign-in with a
 * return path; a viewer of another site goes to their own site's home.
 */
export function SignedInShell() {
  const { siteCode, site, viewer, error, retry, retrying } = useSiteContext();
  const location = useLocation();
  const t = useT();

  const shell = useMemo<ShellValue | null>(() => {
    if (!site || !viewer) return null;
    const caps = new Set(viewer.capabilities);
    return {
      siteCode,
      site,
      viewer,
      locale: viewer.locale,
      currency: viewer.effectiveAccount?.currency ?? site.defaultCurrency,
      can: (capability) => caps.has(capability),
    };
  }, [siteCode, site, viewer]);

  if (error && !viewer) {
    return (
      <FullPageError message={describeError(error, t)} onRetry={() => void retry()} retrying={retrying} />
    );
  }
  if (!viewer) {
    return <Navigate to={signInPath(siteCode, location.pathname + location.search)} replace />;
  }
  if (viewer.site.code !== siteCode) {
    return <Navigate to={`/${viewer.site.code}`} replace />;
  }
  if (!shell) return null;

  return (
    <ShellContext.Provider value={shell}>
      <Suspense fallback={<FullPageLoading />}>
        <ShellLayout shell={shell} />
      </Suspense>
    </ShellContext.Provider>
  );
}
