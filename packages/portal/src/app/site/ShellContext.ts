import { createContext, useContext } from 'react';
import type { Capability, SiteRootQuery } from '../../gql/graphql';

export type ShellSite = NonNullable<SiteRootQuery['site']>;
export type ShellViewer = NonNullable<SiteRootQuery['viewer']>;

export interface SiteContextValue {
  siteCode: string;
  /** Null while the server cannot be reached (error) — never null once loaded. */
  site: ShellSite | null;
  viewer: ShellViewer | null;
  /** Set when the site record could not be loaded (e.g. the server is down). */
  error: unknown;
  retry: () => Promise<unknown>;
  retrying: boolean;
}

export const SiteContext = createContext<SiteContextValue | null>(null);

export function useSiteContext(): SiteContextValue {
  const value = useContext(SiteContext);
  if (!value) throw new Error('useSiteContext must be used inside a site route');
  return value;
}

export interface ShellValue {
  siteCode: string;
  site: ShellSite;
  viewer: ShellViewer;
  /**
   * The viewer's language, for the interface and for formatting money and dates: their own choice,
   * else the effective account's, else the site's default (`viewer.locale`).
   */
  locale: string;
  /** Currency prices are shown in: the effective account's, else the site's default. */
  currency: string;
  can: (capability: Capability) => boolean;
}

export const ShellContext = createContext<ShellValue | null>(null);

/** The signed-in shell: site, viewer and derived formatting choices. Only inside signed-in routes. */
export function useShell(): ShellValue {
  const value = useContext(ShellContext);
  if (!value) throw new Error('useShell must be used inside the signed-in shell');
  return value;
}
