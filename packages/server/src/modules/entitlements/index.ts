export { AccountBuyerGroup, BuyerGroup } from './buyer-group.entity.js';
export {
  EntitlementPolicy,
  EntitlementPolicyGroup,
  EntitlementPolicyItem,
} from './entitlement-policy.entity.js';
export { combineGrants, FULL_ACCESS, NO_ACCESS, type Entitlement, type Grant } from './domain/entitlement.js';
export {
  EntitlementsService,
  entitlementOf,
  visibleProductSql,
  priceVisibleSql,
  type EntitlementScope,
} from './entitlements.service.js';
