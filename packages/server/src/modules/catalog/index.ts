export { Category } from './category.entity.js';
export { Product, ProductStatus } from './product.entity.js';
export { ProductPrice } from './product-price.entity.js';
export { CategoryNode, ProductNode } from './catalog.types.js';
export { catalogLoaders } from './catalog.loaders.js';
export { CatalogService } from './catalog.service.js';
