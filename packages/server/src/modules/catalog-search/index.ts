export { CatalogSearchResolver } from './catalog-search.resolver.js';
export { CatalogSearchService } from './catalog-search.service.js';
export { ProductSort } from './catalog-search.types.js';
