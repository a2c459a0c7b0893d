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
}
