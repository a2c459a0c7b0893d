/**
 * What a viewer may do with a product, from the grants of the policies that cover it. Grants add up:
 * any grant to see makes the product visible, any grant to buy makes it buyable. Pure.
 */
export interface Grant {
  canView: boolean;
  canBuy: boolean;
  canSeePrice: boolean;
  notBuyableReason: string | null;
}

export interface Entitlement {
  canView: boolean;
  canBuy: boolean;
  canSeePrice: boolean;
  /** Why a visible product cannot be bought; null when it can. */
  reason: string | null;
}

export const FULL_ACCESS: Entitlement = { canView: true, canBuy: true, canSeePrice: true, reason: null };
export const NO_ACCESS: Entitlement = { canView: false, canBuy: false, canSeePrice: false, reason: null };

export const DEFAULT_NOT_BUYABLE_REASON = 'This product is not available to buy on your account.';

export function combineGrants(grants: readonly Grant[]): Entitlement {
  const visible = grants.filter((g) => g.canView);
  if (visible.length === 0) return NO_ACCESS;
  const canBuy = visible.some((g) => g.canBuy);
  const canSeePrice = visible.some((g) => g.canSeePrice);
  const reason = canBuy
    ? null
    : (visible.map((g) => g.notBuyableReason).find((r): r is string => !!r) ?? DEFAULT_NOT_BUYABLE_REASON);
  return { canView: true, canBuy, canSeePrice, reason };
}
