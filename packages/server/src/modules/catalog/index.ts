export { Category } from './category.entity.js';
export { Product, ProductStatus, BundlePricing } from './product.entity.js';
export { CategoryNode, ProductNode, AvailabilityStatus } from './catalog.types.js';
export { catalogLoaders } from './catalog.loaders.js';
export {
  CatalogService,
  productSource,
  toProductNode,
  type OrderableProduct,
  type ProductRow,
} from './catalog.service.js';
export {
  siteCatalogReference,
  localized,
  type SiteCatalogReference,
  type CategoryRecord,
} from './catalog-reference.js';
export {
  checkQuantity,
  validateRules,
  type PurchaseRules,
  type QuantityProblem,
} from './domain/purchase-rules.js';
