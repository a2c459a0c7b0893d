import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountsResolver } from '../modules/accounts/accounts.resolver.js';
import { CategoriesResolver, ProductsResolver } from '../modules/catalog/catalog.resolver.js';
import { CheckoutResolver } from '../modules/checkout/checkout.resolver.js';
import { CatalogSearchResolver } from '../modules/catalog-search/catalog-search.resolver.js';
import { ProductPricingResolver } from '../modules/pricing/pricing.resolver.js';
import { PricingAdminResolver } from '../modules/pricing/admin/pricing-admin.resolver.js';
import { IdentityResolver } from '../modules/identity/identity.resolver.js';
import { OrderLinesResolver, OrdersResolver } from '../modules/orders/orders.resolver.js';
import { SitesResolver } from '../modules/sites/sites.resolver.js';
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
  PricingAdminResolver,
  CheckoutResolver,
  OrdersResolver,
  OrderLinesResolver,
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
