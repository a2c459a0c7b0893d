import { AccountAssignment } from '../modules/accounts/account-assignment.entity.js';
import { Account } from '../modules/accounts/account.entity.js';
import { Address } from '../modules/accounts/address.entity.js';
import { Category } from '../modules/catalog/category.entity.js';
import { ProductPrice } from '../modules/catalog/product-price.entity.js';
import { Product } from '../modules/catalog/product.entity.js';
import { LoginThrottle } from '../modules/identity/login-throttle.entity.js';
import { UserSession } from '../modules/identity/user-session.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { OrderLine } from '../modules/orders/order-line.entity.js';
import { Order } from '../modules/orders/order.entity.js';
import { Site } from '../modules/sites/site.entity.js';

/** Every entity, listed once (no file-system discovery, so the built server needs no globs). */
export const entities = [
  Site,
  Account,
  Address,
  AccountAssignment,
  User,
  UserSession,
  LoginThrottle,
  Category,
  Product,
  ProductPrice,
  Order,
  OrderLine,
];
