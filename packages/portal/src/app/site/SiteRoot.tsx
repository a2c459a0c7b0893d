import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import { NotFoundPage } from '../../features/not-found/pages/NotFoundPage';
import { LocaleContext } from '../../ui';
import {
  I18nContext,
  parseSiteLanguages,
  rememberDeviceLanguage,
  rememberSiteLanguages,
  signedOutLanguage,
  SOURCE_LANGUAGE,
  useDeviceLanguage,
  useI18n,
  useKnownSiteLanguages,
  useLanguage,
} from '../i18n';
import { useBrand } from '../theme/BrandContext';
import { FullPageLoading } from '../shell/FullPage';
import { SiteContext, type SiteContextValue } from './ShellContext';
import { SiteRootQuery } from './site-root-query';

/**
 * Layout of every `/:siteCode/...` route: loads the site's branding and the viewer once, applies
 * the site's theme and the viewer's language, and hands both to the pages below through context.
 *
 * The language (of the interface, and for money and dates) is the viewer's `locale` when signed in
 * here; signed out it is the language last used in this browser if the site is known to offer it,
 * else the site's default.
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
  const viewerHere = viewer && viewer.site.code === siteCode ? viewer : null;
  const deviceLanguage = useDeviceLanguage();
  const knownLanguages = useKnownSiteLanguages(siteCode);
  const locale =
    viewerHere?.locale ??
    (site
      ? signedOutLanguage(deviceLanguage, parseSiteLanguages(knownLanguages), site.defaultLocale)
      : (deviceLanguage ?? SOURCE_LANGUAGE));
  const i18n = useLanguage(locale);
  const outer = useI18n();
  useBrand(site, (i18n ?? outer).language);

  // Remember the language and the site's languages so the signed-out pages can use them.
  const supported = viewerHere?.supportedLocales.join(',');
  const viewerLocale = viewerHere?.locale;
  useEffect(() => {
    if (viewerLocale) rememberDeviceLanguage(viewerLocale);
    if (supported) rememberSiteLanguages(siteCode, supported.split(','));
  }, [siteCode, viewerLocale, supported]);

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

  // The first time a language is needed, wait for its dictionary rather than flash English.
  if ((!data && loading) || !i18n) return <FullPageLoading />;
  if (data && !site) {
    return (
      <NotFoundPage
        title={i18n.t('Site not found')}
        message={i18n.t('There is no Portway site called “{siteCode}”.', { siteCode })}
        homeHref="/"
        homeLabel={i18n.t('Choose a site')}
      />
    );
  }
  return (
    <SiteContext.Provider value={value}>
      <I18nContext.Provider value={i18n}>
        <LocaleContext.Provider value={locale}>
          <Outlet />
        </LocaleContext.Provider>
      </I18nContext.Provider>
    </SiteContext.Provider>
  );
}
