import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import { NotFoundPage } from '../../features/not-found/pages/NotFoundPage';
import { LocaleContext } from '../../ui';
import { useBrand } from '../theme/BrandContext';
import { FullPageLoading } from '../shell/FullPage';
import { SiteContext, type SiteContextValue } from './ShellContext';
import { SiteRootQuery } from './site-root-query';

/**
 * Layout of every `/:siteCode/...` route: loads the site's branding and the viewer once, applies
 * the site's theme and locale, and hands both to the pages below through context.
 */
export function SiteRoot() {
  const { siteCode = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SiteRootQuery, {
    variables: { code: siteCode },
    fetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const site = data?.site ?? null;
  const viewer = data?.viewer ?? null;
  const locale = viewer?.effectiveAccount?.locale ?? site?.defaultLocale ?? 'en-US';
  useBrand(site, locale);

  const value = useMemo<SiteContextValue>(
    () => ({
      siteCode,
      site,
      viewer,
      error: data ? undefined : error,
      retry: () => refetch(),
      retrying: loading,
    }),
    [siteCode, site, viewer, data, error, refetch, loading],
  );

  if (!data && loading) return <FullPageLoading />;
  if (data && !site) {
    return (
      <NotFoundPage
        title="Site not found"
        message={`There is no Portway site called “${siteCode}”.`}
        homeHref="/"
        homeLabel="Choose a site"
      />
    );
  }
  return (
    <SiteContext.Provider value={value}>
      <LocaleContext.Provider value={locale}>
        <Outlet />
      </LocaleContext.Provider>
    </SiteContext.Provider>
  );
}
