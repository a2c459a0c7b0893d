import type { Role } from './domain/roles.js';

/** The signed-in person for one request: resolved once, then passed to every service. */
export interface Viewer {
  sessionId: string;
  userId: string;
  name: string;
  email: string;
  roles: Role[];
  siteId: string;
  sellerSide: boolean;
  /** Site admins may act for every account of their site; others for `accountIds` only. */
  allAccountsOfSite: boolean;
  /** Accounts the viewer may act for (own account, or assigned accounts). */
  accountIds: ReadonlySet<string>;
  /** The account the viewer acts for now. */
  effectiveAccountId: string | null;
  /** Prices and amounts are shown in this currency: the effective account's, else the site default. */
  currency: string;
  siteCode: string;
  /** Language of the interface and of product content (see chooseLocale). */
  locale: string;
  /** The user's own choice of language, or null to follow the account and site. */
  chosenLocale: string | null;
  siteDefaultLocale: string;
  supportedLocales: string[];
  /** Version of the catalog reference data (categories, entitlements, books, promotions) for caches. */
  catalogVersion: string;
}

/**
 * The viewer's language: their own choice, else the effective account's, else the site's default —
 * whichever comes first among the languages the site offers.
 */
export function chooseLocale(
  candidates: Array<string | null | undefined>,
  siteDefault: string,
  supported: readonly string[],
): string {
  return candidates.find((l): l is string => !!l && supported.includes(l)) ?? siteDefault;
}
