import { ForbiddenError, UnauthenticatedError } from '../../platform/errors.js';
import { canManagePricing } from './domain/roles.js';
import type { Viewer } from './viewer.js';
import { sqlArray } from '../../platform/db/sql.js';

/**
 * Record access in one place. Every service reads and writes through these: a customer user acts for
 * their own account, a seller-side user for the accounts assigned to them (a site admin: every account
 * of the site), and always only on the viewer's own site.
 */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** May the viewer act for this account (which belongs to `accountSiteId`)? */
export function canActFor(viewer: Viewer, accountId: string, accountSiteId: string): boolean {
  if (accountSiteId !== viewer.siteId) return false;
  return viewer.allAccountsOfSite || viewer.accountIds.has(accountId);
}

/**
 * SQL condition (with its parameters) restricting an `account` table alias to the accounts the viewer
 * may act for.
 */
export function accountScopeSql(viewer: Viewer, alias: string): { sql: string; params: unknown[] } {
  if (viewer.allAccountsOfSite) return { sql: `${alias}.site_id = ?`, params: [viewer.siteId] };
  const ids = [...viewer.accountIds];
  if (ids.length === 0) return { sql: 'false', params: [] };
  return {
    sql: `${alias}.site_id = ? AND ${alias}.id = ANY(?::uuid[])`,
    params: [viewer.siteId, sqlArray(ids)],
  };
}

/** The account buyer operations (orders, later carts and invoices) act on, or null when none is chosen. */
export function effectiveAccountId(viewer: Viewer): string | null {
  return viewer.effectiveAccountId;
}

/** The viewer, when they manage the site's prices and catalog; otherwise a FORBIDDEN error. */
export function requirePricingManager(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (!canManagePricing(signedIn.roles))
    throw new ForbiddenError('Only pricing managers may see or change this.');
  return signedIn;
}
