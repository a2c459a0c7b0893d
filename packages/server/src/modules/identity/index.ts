export {
  accountScopeSql,
  canActFor,
  effectiveAccountId,
  requirePricingManager,
  requireViewer,
} from './access.js';
export { Capability, Role, canManagePricing, capabilitiesOf, isSellerSide } from './domain/roles.js';
export { hashPassword } from './password.js';
export { SESSION_COOKIE, SessionsService } from './sessions.service.js';
export type { Viewer } from './viewer.js';
