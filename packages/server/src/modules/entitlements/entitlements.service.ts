import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import { VersionedCache } from '../../platform/versioned-cache.js';
import type { Viewer } from '../identity/index.js';
import { combineGrants, FULL_ACCESS, type Entitlement, type Grant } from './domain/entitlement.js';

/**
 * What the viewer may see of the catalog, resolved once per request. A customer user sees what the
 * policies of their account's buyer groups grant; a seller-side user acting for an account sees exactly
 * what that account sees; a seller-side user with no account chosen sees the whole catalog.
 */
export interface EntitlementScope {
  siteId: string;
  unrestricted: boolean;
  accountId: string | null;
  buyerGroupIds: string[];
  /** Grants per category, inherited from granted ancestors. */
  categoryGrants: ReadonlyMap<string, Grant[]>;
  /** Categories whose products are visible through a category grant. */
  visibleCategoryIds: string[];
  /** Categories whose products' prices are visible through a category grant. */
  priceVisibleCategoryIds: string[];
  /** Whether any policy of these groups grants single products (then product grants are looked up). */
  hasProductGrants: boolean;
}

interface GrantRow {
  category_id: string;
  can_view: boolean;
  can_buy: boolean;
  can_see_price: boolean;
  not_buyable_reason: string | null;
}

interface AccountEntitlements {
  buyerGroupIds: string[];
  grants: Map<string, Grant[]>;
  hasProductGrants: boolean;
}

const accountCache = new VersionedCache<AccountEntitlements>(5000);

export class EntitlementsService {
  constructor(private readonly em: EntityManager) {}

  async scopeFor(viewer: Viewer): Promise<EntitlementScope> {
    const accountId = viewer.effectiveAccountId;
    if (!accountId) {
      const unrestricted = viewer.sellerSide;
      return {
        siteId: viewer.siteId,
        unrestricted,
        accountId: null,
        buyerGroupIds: [],
        categoryGrants: new Map(),
        visibleCategoryIds: [],
        priceVisibleCategoryIds: [],
        hasProductGrants: false,
      };
    }
    const { buyerGroupIds, grants, hasProductGrants } = await accountCache.get(
      `${viewer.siteId}:${accountId}`,
      viewer.catalogVersion,
      () => this.loadAccount(viewer.siteId, accountId),
    );
    return {
      siteId: viewer.siteId,
      unrestricted: false,
      accountId,
      buyerGroupIds,
      categoryGrants: grants,
      visibleCategoryIds: [...grants].filter(([, g]) => g.some((x) => x.canView)).map(([id]) => id),
      priceVisibleCategoryIds: [...grants]
        .filter(([, g]) => g.some((x) => x.canView && x.canSeePrice))
        .map(([id]) => id),
      hasProductGrants,
    };
  }

  /**
   * In one statement: the account's buyer groups (the site's default group when it belongs to none),
   * the category grants of their policies spread down the category tree, and whether any of those
   * policies names single products.
   */
  private async loadAccount(siteId: string, accountId: string): Promise<AccountEntitlements> {
    const [row] = await this.em
      .getConnection()
      .execute<Array<{ groups: string[]; grants: GrantRow[]; has_product_grants: boolean }>>(
        `WITH RECURSIVE account_groups AS (
         SELECT g.id FROM account_buyer_group ag JOIN buyer_group g ON g.id = ag.buyer_group_id
          WHERE ag.account_id = ? AND g.site_id = ?
         UNION ALL
         SELECT g.id FROM buyer_group g
          WHERE g.site_id = ? AND g.is_default
            AND NOT EXISTS (SELECT 1 FROM account_buyer_group ag WHERE ag.account_id = ?)
       ), policies AS (
         SELECT DISTINCT pol.* FROM entitlement_policy pol
           JOIN entitlement_policy_group pg ON pg.policy_id = pol.id
          WHERE pol.active AND pol.site_id = ? AND pg.buyer_group_id IN (SELECT id FROM account_groups)
       ), granted AS (
         SELECT i.category_id, pol.can_view, pol.can_buy, pol.can_see_price, pol.not_buyable_reason
           FROM entitlement_policy_item i JOIN policies pol ON pol.id = i.policy_id
          WHERE i.category_id IS NOT NULL
         UNION ALL
         SELECT c.id, g.can_view, g.can_buy, g.can_see_price, g.not_buyable_reason
           FROM category c JOIN granted g ON c.parent_id = g.category_id
       )
       SELECT (SELECT COALESCE(json_agg(id ORDER BY id), '[]') FROM account_groups) AS groups,
              (SELECT COALESCE(json_agg(granted), '[]') FROM granted) AS grants,
              EXISTS (SELECT 1 FROM entitlement_policy_item i JOIN policies pol ON pol.id = i.policy_id
                       WHERE i.product_id IS NOT NULL) AS has_product_grants`,
        [accountId, siteId, siteId, accountId, siteId],
      );
    const grants = new Map<string, Grant[]>();
    for (const grant of row?.grants ?? []) {
      const list = grants.get(grant.category_id) ?? [];
      list.push(toGrant(grant));
      grants.set(grant.category_id, list);
    }
    return { buyerGroupIds: row?.groups ?? [], grants, hasProductGrants: !!row?.has_product_grants };
  }

  /** Grants that name these products directly, per product (empty when the scope has none). */
  async productGrants(scope: EntitlementScope, productIds: readonly string[]): Promise<Map<string, Grant[]>> {
    const grants = new Map<string, Grant[]>();
    if (scope.unrestricted || !scope.hasProductGrants || productIds.length === 0) return grants;
    const rows = await this.em.getConnection().execute<Array<GrantRow & { product_id: string }>>(
      `SELECT i.product_id, pol.can_view, pol.can_buy, pol.can_see_price, pol.not_buyable_reason
         FROM entitlement_policy_item i
         JOIN entitlement_policy pol ON pol.id = i.policy_id AND pol.active AND pol.site_id = ?
         JOIN entitlement_policy_group pg ON pg.policy_id = pol.id AND pg.buyer_group_id = ANY(?::uuid[])
        WHERE i.product_id = ANY(?::uuid[])`,
      [scope.siteId, sqlArray(scope.buyerGroupIds), sqlArray([...productIds])],
    );
    for (const row of rows) {
      const list = grants.get(row.product_id) ?? [];
      list.push(toGrant(row));
      grants.set(row.product_id, list);
    }
    return grants;
  }
}

function toGrant(row: GrantRow): Grant {
  return {
    canView: row.can_view,
    canBuy: row.can_buy,
    canSeePrice: row.can_see_price,
    notBuyableReason: row.not_buyable_reason,
  };
}

/** A product's entitlement from its category's grants and the grants that name it. */
export function entitlementOf(
  scope: EntitlementScope,
  categoryId: string,
  productGrants: readonly Grant[] = [],
): Entitlement {
  if (scope.unrestricted) return FULL_ACCESS;
  return combineGrants([...(scope.categoryGrants.get(categoryId) ?? []), ...productGrants]);
}

/**
 * SQL condition (with parameters) keeping only products (table alias `alias`) the scope may see. Used
 * by every query that reaches products, so an unentitled product is absent everywhere.
 */
export function visibleProductSql(
  scope: EntitlementScope,
  alias: string,
): { sql: string; params: unknown[] } {
  if (scope.unrestricted) return { sql: 'true', params: [] };
  if (!scope.accountId) return { sql: 'false', params: [] };
  const byCategory = `${alias}.category_id = ANY(?::uuid[])`;
  if (!scope.hasProductGrants) return { sql: byCategory, params: [sqlArray(scope.visibleCategoryIds)] };
  return {
    sql: `(${byCategory} OR ${alias}.id IN (
      SELECT i.product_id FROM entitlement_policy_item i
        JOIN entitlement_policy pol ON pol.id = i.policy_id AND pol.active AND pol.can_view
        JOIN entitlement_policy_group pg ON pg.policy_id = pol.id AND pg.buyer_group_id = ANY(?::uuid[])
       WHERE i.product_id IS NOT NULL))`,
    params: [sqlArray(scope.visibleCategoryIds), sqlArray(scope.buyerGroupIds)],
  };
}

/** SQL condition (with parameters): the scope may see the price of the product (alias `alias`). */
export function priceVisibleSql(scope: EntitlementScope, alias: string): { sql: string; params: unknown[] } {
  if (scope.unrestricted) return { sql: 'true', params: [] };
  if (!scope.accountId) return { sql: 'false', params: [] };
  const byCategory = `${alias}.category_id = ANY(?::uuid[])`;
  if (!scope.hasProductGrants) return { sql: byCategory, params: [sqlArray(scope.priceVisibleCategoryIds)] };
  return {
    sql: `(${byCategory} OR ${alias}.id IN (
      SELECT i.product_id FROM entitlement_policy_item i
        JOIN entitlement_policy pol ON pol.id = i.policy_id AND pol.active AND pol.can_view AND pol.can_see_price
        JOIN entitlement_policy_group pg ON pg.policy_id = pol.id AND pg.buyer_group_id = ANY(?::uuid[])
       WHERE i.product_id IS NOT NULL))`,
    params: [sqlArray(scope.priceVisibleCategoryIds), sqlArray(scope.buyerGroupIds)],
  };
}
