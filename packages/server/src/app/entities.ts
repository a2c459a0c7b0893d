import { AccountAssignment } from '../modules/accounts/account-assignment.entity.js';
import { Account } from '../modules/accounts/account.entity.js';
import { Address } from '../modules/accounts/address.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { BundleComponent } from '../modules/catalog/bundle-component.entity.js';
import { CatalogVersion } from '../modules/catalog/catalog-version.entity.js';
import { CatalogFacet } from '../modules/catalog/catalog-facet.entity.js';
import { Category } from '../modules/catalog/category.entity.js';
import { ProductMedia } from '../modules/catalog/product-media.entity.js';
import { ProductRelation } from '../modules/catalog/product-relation.entity.js';
import { ProductStock } from '../modules/catalog/product-stock.entity.js';
import { ProductTranslation } from '../modules/catalog/product-translation.entity.js';
import { Product } from '../modules/catalog/product.entity.js';
import { Warehouse } from '../modules/catalog/warehouse.entity.js';
import { AccountBuyerGroup, BuyerGroup } from '../modules/entitlements/buyer-group.entity.js';
import {
  EntitlementPolicy,
  EntitlementPolicyGroup,
  EntitlementPolicyItem,
} from '../modules/entitlements/entitlement-policy.entity.js';
import { LoginThrottle } from '../modules/identity/login-throttle.entity.js';
import { UserSession } from '../modules/identity/user-session.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { OrderLine } from '../modules/orders/order-line.entity.js';
import { OrderDeliveryGroup } from '../modules/orders/order-delivery-group.entity.js';
import { OrderEvent } from '../modules/orders/order-event.entity.js';
import { Shipment, ShipmentLine } from '../modules/orders/shipment.entity.js';
import { Cart, CartLine, CartOffer, DeliveryGroup } from '../modules/checkout/cart.entity.js';
import { Wishlist, WishlistItem } from '../modules/checkout/wishlist.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { CardCharge } from '../modules/payments/card-charge.entity.js';
import { Order } from '../modules/orders/order.entity.js';
import { ContractPrice } from '../modules/pricing/contract-price.entity.js';
import { BuyerGroupPriceBook, PriceBook, PriceBookEntry } from '../modules/pricing/price-book.entity.js';
import {
  Promotion,
  PromotionBuyerGroup,
  PromotionCurrency,
  PromotionTarget,
} from '../modules/pricing/promotion.entity.js';
import { VolumeTier, VolumeTierTable } from '../modules/pricing/volume-tier.entity.js';
import { Site } from '../modules/sites/site.entity.js';
import { CreditMemo, Invoice, InvoiceLine } from '../modules/invoices/invoice.entity.js';
import { Payment, PaymentAllocation } from '../modules/payments/payment.entity.js';
import { CaseAttachment, CaseComment, ServiceCase } from '../modules/cases/service-case.entity.js';

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
  ProductTranslation,
  CatalogFacet,
  CatalogVersion,
  ProductMedia,
  BundleComponent,
  ProductRelation,
  Warehouse,
  ProductStock,
  BuyerGroup,
  AccountBuyerGroup,
  EntitlementPolicy,
  EntitlementPolicyGroup,
  EntitlementPolicyItem,
  PriceBook,
  PriceBookEntry,
  BuyerGroupPriceBook,
  ContractPrice,
  VolumeTierTable,
  VolumeTier,
  Promotion,
  PromotionCurrency,
  PromotionTarget,
  PromotionBuyerGroup,
  AuditEvent,
  Order,
  OrderLine,
  OrderDeliveryGroup,
  OrderEvent,
  Shipment,
  ShipmentLine,
  Cart,
  DeliveryGroup,
  CartLine,
  CartOffer,
  Wishlist,
  WishlistItem,
  Notification,
  CardCharge,
  Invoice,
  InvoiceLine,
  CreditMemo,
  Payment,
  PaymentAllocation,
  ServiceCase,
  CaseComment,
  CaseAttachment,
];
