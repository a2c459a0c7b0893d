import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountsResolver } from '../modules/accounts/accounts.resolver.js';
import { CategoriesResolver, ProductsResolver } from '../modules/catalog/catalog.resolver.js';
import { CheckoutResolver } from '../modules/checkout/checkout.resolver.js';
import { CatalogSearchResolver } from '../modules/catalog-search/catalog-search.resolver.js';
import { PricedLineResolver, ProductPricingResolver } from '../modules/pricing/pricing.resolver.js';
import { PricingAdminResolver } from '../modules/pricing/admin/pricing-admin.resolver.js';
import { IdentityResolver } from '../modules/identity/identity.resolver.js';
import {
  OrderApprovalResolver,
  OrderDeliveryGroupsResolver,
  OrderLinesResolver,
  OrdersResolver,
  ShipmentsResolver,
} from '../modules/orders/orders.resolver.js';
import { FulfilmentResolver, OrderActionsResolver } from '../modules/orders/order-actions.resolver.js';
import { NotificationsResolver } from '../modules/notifications/notifications.resolver.js';
import { AccountUsersResolver } from '../modules/account-users/account-users.resolver.js';
import { WishlistsResolver } from '../modules/wishlists/wishlists.resolver.js';
import { SitesResolver } from '../modules/sites/sites.resolver.js';
import { CasesResolver } from '../modules/cases/cases.resolver.js';
import { InvoicesResolver, OrderInvoicesResolver } from '../modules/invoices/invoices.resolver.js';
import { InvoicePaymentsResolver, PaymentsResolver } from '../modules/payments/payments.resolver.js';
import { DateTimeScalar } from '../platform/graphql-types.js';

/** Every resolver of the API. */
export const resolvers = [
  IdentityResolver,
  SitesResolver,
  AccountsResolver,
  CategoriesResolver,
  ProductsResolver,
  CatalogSearchResolver,
  ProductPricingResolver,
  PricedLineResolver,
  PricingAdminResolver,
  CheckoutResolver,
  OrdersResolver,
  OrderLinesResolver,
  OrderApprovalResolver,
  OrderDeliveryGroupsResolver,
  ShipmentsResolver,
  OrderActionsResolver,
  FulfilmentResolver,
  NotificationsResolver,
  AccountUsersResolver,
  WishlistsResolver,
  CasesResolver,
  InvoicesResolver,
  OrderInvoicesResolver,
  PaymentsResolver,
  InvoicePaymentsResolver,
] as const;

export async function buildPortwaySchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
}

/** The schema as committed in packages/schema/schema.graphql. */
export function printPortwaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
