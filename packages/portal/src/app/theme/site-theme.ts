import { createTheme, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';
import { generateShades } from './shades';

/** The branding fields of a site record that the theme needs. */
export interface SiteBrand {
  name: string;
  theme: { primaryColor: string; accentColor: string; logoUrl: string };
}

const base = {
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  // Pick black or white text on filled components from the background's luminance, so a light
  // brand colour (e.g. a yellow) never gets white text.
  autoContrast: true,
  luminanceThreshold: 0.45,
  cursorType: 'pointer',
  focusRing: 'auto',
} satisfies MantineThemeOverride;

/** Portway's own neutral theme for pages outside a site (site picker, playground). */
export const portwayTheme = createTheme({
  ...base,
  colors: {
    brand: generateShades('#2f5d8a') as unknown as MantineColorsTuple,
    accent: generateShades('#e0a526') as unknown as MantineColorsTuple,
  },
  primaryColor: 'brand',
  primaryShade: 6,
});

/** A Mantine theme from a site's branding record: `brand` from the primary colour, `accent` from the accent. */
export function buildSiteTheme(site: SiteBrand | null): MantineThemeOverride {
  if (!site) return portwayTheme;
  return createTheme({
    ...base,
    colors: {
      brand: generateShades(site.theme.primaryColor) as unknown as MantineColorsTuple,
      accent: generateShades(site.theme.accentColor) as unknown as MantineColorsTuple,
    },
    primaryColor: 'brand',
    primaryShade: 6,
  });
}
