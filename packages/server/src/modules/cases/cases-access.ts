import { sqlArray } from '../../platform/db/sql.js';
import type { Viewer } from '../identity/index.js';

/**
 * Record access of cases, like orders: the viewer's site only, and the accounts they act for — a
 * customer-side user their own account, a seller-side user the accounts assigned to them (a site
 * admin every account of the site). A case outside that is "not found", whatever its ID.
 * `alias` is the service_case table's alias.
 */
export function caseScopeSql(viewer: Viewer, alias = 'c'): { sql: string; params: unknown[] } {
  if (viewer.allAccountsOfSite) return { sql: `${alias}.site_id = ?`, params: [viewer.siteId] };
  const ids = [...viewer.accountIds];
  if (ids.length === 0) return { sql: 'false', params: [] };
  return {
    sql: `${alias}.site_id = ? AND ${alias}.account_id = ANY(?::uuid[])`,
    params: [viewer.siteId, sqlArray(ids)],
  };
}

/** The side of the case the viewer is on. */
export function sideOf(viewer: Viewer): 'CUSTOMER' | 'SELLER' {
  return viewer.sellerSide ? 'SELLER' : 'CUSTOMER';
}
