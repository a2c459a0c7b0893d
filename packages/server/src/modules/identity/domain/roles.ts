/** Roles on a site, and what each may use. Pure: no ORM, no GraphQL. */
export enum Role {
  BUYER = 'BUYER',
  BUYER_ADMIN = 'BUYER_ADMIN',
  PARTNER_USER = 'PARTNER_USER',
  PARTNER_MANAGER = 'PARTNER_MANAGER',
  SALES_REP = 'SALES_REP',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  FIELD_REP = 'FIELD_REP',
  REBATE_MANAGER = 'REBATE_MANAGER',
  SITE_ADMIN = 'SITE_ADMIN',
}

export enum Capability {
  BROWSE_CATALOG = 'BROWSE_CATALOG',
  VIEW_ORDERS = 'VIEW_ORDERS',
  SWITCH_ACCOUNT = 'SWITCH_ACCOUNT',
  USE_PLAYGROUND = 'USE_PLAYGROUND',
  /** Price books, volume tiers, promotions, contract prices and catalog imports of the site. */
  MANAGE_PRICING = 'MANAGE_PRICING',
  /** Orders to ship across the site: shipments with tracking, delivery. */
  FULFIL_ORDERS = 'FULFIL_ORDERS',
}

/** Roles that ship the site's orders. */
export const FULFILMENT_ROLES: ReadonlySet<Role> = new Set([Role.SITE_ADMIN]);

/** Roles that manage the site's catalog and prices. */
export const PRICING_ROLES: ReadonlySet<Role> = new Set([Role.SITE_ADMIN]);

export function canManagePricing(roles: readonly Role[]): boolean {
  return roles.some((role) => PRICING_ROLES.has(role));
}

/** Customer-side roles belong to one account; seller-side roles act for assigned accounts. */
export const CUSTOMER_ROLES: ReadonlySet<Role> = new Set([
  Role.BUYER,
  Role.BUYER_ADMIN,
  Role.PARTNER_USER,
  Role.PARTNER_MANAGER,
]);

export function isSellerSide(roles: readonly Role[]): boolean {
  return roles.length > 0 && roles.every((role) => !CUSTOMER_ROLES.has(role));
}

/** What the viewer may use; the portal shows navigation for these only. */
export function capabilitiesOf(roles: readonly Role[], hasEffectiveAccount: boolean): Capability[] {
  const capabilities: Capability[] = [Capability.BROWSE_CATALOG];
  if (hasEffectiveAccount) capabilities.push(Capability.VIEW_ORDERS);
  if (isSellerSide(roles)) capabilities.push(Capability.SWITCH_ACCOUNT);
  if (canManagePricing(roles)) capabilities.push(Capability.MANAGE_PRICING);
  if (roles.some((role) => FULFILMENT_ROLES.has(role))) capabilities.push(Capability.FULFIL_ORDERS);
  capabilities.push(Capability.USE_PLAYGROUND);
  return capabilities;
}
