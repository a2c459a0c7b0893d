export { AccountUsersService } from './account-users.service.js';
export { AccountUserNode } from './account-users.types.js';
