import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { batchLoader } from '../../app/batch.js';
import type { Viewer } from '../identity/index.js';
import { CatalogService } from './catalog.service.js';
import type { AvailabilityNode, ProductMediaNode, ProductNode } from './catalog.types.js';
import {
  ProductDetailsService,
  type BundleComponentRow,
  type RelationRow,
} from './product-details.service.js';

const NO_VIEWER = new Error('Sign in to use this.');

/** Batch loaders for catalog fields: one query per kind of field for a whole page of products. */
export function catalogLoaders(em: EntityManager, viewer: Viewer | null) {
  const catalog = new CatalogService(em);
  const details = new ProductDetailsService(em);
  const signedIn = () => {
    if (!viewer) throw NO_VIEWER;
    return viewer;
  };
  return {
    /** Active products the viewer may see; one gone, elsewhere or not entitled loads as null. */
    productById: new DataLoader<string, ProductNode | null>(
      async (ids) => {
        const nodes = await catalog.productsByIds(signedIn(), ids);
        const byId = new Map(nodes.map((n) => [n.dbId, n]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { maxBatchSize: 1000 },
    ),
    productCountByCategory: new DataLoader<string, number>(async (ids) => {
      const counts = await catalog.productCounts(signedIn(), ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    availabilityByProduct: new DataLoader<string, AvailabilityNode>(
      async (ids) => {
        const found = await details.availability(ids);
        return ids.map((id) => found.get(id)!);
      },
      { maxBatchSize: 1000 },
    ),
    bundleComponentsByProduct: batchLoader<BundleComponentRow, BundleComponentRow[]>(
      (ids) => details.bundleComponents(ids),
      (row) => row.bundle_id,
      (rows) => rows,
    ),
    relationsByProduct: batchLoader<RelationRow, RelationRow[]>(
      (ids) => details.relations(ids),
      (row) => row.product_id,
      (rows) => rows,
    ),
    mediaByProduct: batchLoader<ProductMediaNode & { productId: string }, ProductMediaNode[]>(
      (ids) => details.media(ids, signedIn().locale),
      (row) => row.productId,
      (rows) => rows.map(({ kind, title, url }) => ({ kind, title, url })),
    ),
  };
}
