import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Money } from '../../platform/graphql-types.js';
import type { ProductNode } from '../catalog/index.js';
import type { Viewer } from '../identity/index.js';
import { PricingService } from './pricing.service.js';
import type { PriceTierTableNode, ProductPriceNode } from './pricing.types.js';

/** Batch loaders for price fields: a page of products is priced with one set of queries. */
export function pricingLoaders(em: EntityManager, viewer: Viewer | null) {
  const pricing = new PricingService(em);
  const signedIn = () => {
    if (!viewer) throw new Error('Sign in to use this.');
    return viewer;
  };
  return {
    priceByProductQuantity: new DataLoader<
      { product: ProductNode; quantity: number },
      ProductPriceNode | null,
      string
    >((items) => pricing.priceProducts(signedIn(), items), {
      cacheKeyFn: (item) => `${item.product.dbId}:${item.quantity}`,
      maxBatchSize: 2000,
    }),
    listPriceByProduct: new DataLoader<ProductNode, Money | null, string>(
      (products) => pricing.listPrices(signedIn(), products),
      { cacheKeyFn: (product) => product.dbId, maxBatchSize: 2000 },
    ),
    tierTableByProduct: new DataLoader<ProductNode, PriceTierTableNode | null, string>(
      (products) => pricing.tierTables(signedIn(), products),
      { cacheKeyFn: (product) => product.dbId, maxBatchSize: 2000 },
    ),
  };
}
