export { Account, AccountKind, CreditStatus } from './account.entity.js';
export { AccountAssignment } from './account-assignment.entity.js';
export { Address } from './address.entity.js';
export { AccountNode, AddressNode } from './account.types.js';
export { accountLoaders } from './accounts.loaders.js';
export { AccountsService, escapeLike } from './accounts.service.js';
