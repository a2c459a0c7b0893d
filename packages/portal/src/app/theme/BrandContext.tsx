import { MantineProvider } from '@mantine/core';
import { createContext, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { buildSiteTheme, type SiteBrand } from './site-theme';
import { setSiteTitle } from '../../ui/document-title';

const SetBrandContext = createContext<(brand: SiteBrand | null) => void>(() => {});

/**
 * One MantineProvider for the whole app whose theme follows the site being shown. Site layouts
 * call `useBrand(site)`; pages outside a site call `useBrand(null)` for Portway's neutral theme.
 */
export function BrandProvider({ children }: { children: ReactNode }) {
  const [brand, setBrand] = useState<SiteBrand | null>(null);
  const key = brand ? `${brand.theme.primaryColor}|${brand.theme.accentColor}` : 'portway';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key captures everything the theme reads
  const theme = useMemo(() => buildSiteTheme(brand), [key]);
  return (
    <SetBrandContext.Provider value={setBrand}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        {children}
      </MantineProvider>
    </SetBrandContext.Provider>
  );
}

/**
 * Applies a site's branding (or the neutral theme) while the calling component is mounted, and marks
 * the document with the interface language being shown (`lang`, for screen readers and hyphenation).
 */
export function useBrand(brand: SiteBrand | null, locale?: string) {
  const setBrand = useContext(SetBrandContext);
  const primary = brand?.theme.primaryColor;
  const accent = brand?.theme.accentColor;
  const logo = brand?.theme.logoUrl;
  const name = brand?.name;
  useLayoutEffect(() => {
    setBrand(brand);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- compare by value, not object identity
  }, [setBrand, primary, accent, logo, name]);
  useLayoutEffect(() => {
    document.documentElement.lang = locale || 'en';
  }, [locale]);
  useLayoutEffect(() => {
    setSiteTitle(name);
  }, [name]);
}
