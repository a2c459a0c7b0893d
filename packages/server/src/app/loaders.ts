import type { EntityManager } from '@mikro-orm/postgresql';
import { accountLoaders } from '../modules/accounts/index.js';
import { catalogLoaders } from '../modules/catalog/index.js';
import type { Viewer } from '../modules/identity/index.js';
import { orderLoaders } from '../modules/orders/index.js';
import { invoiceLoaders } from '../modules/invoices/invoices.loaders.js';
import { pricingLoaders } from '../modules/pricing/index.js';
import { paymentLoaders } from '../modules/payments/payments.loaders.js';

/** Every batch loader, made fresh per request so nothing is cached across viewers. */
export function createLoaders(em: EntityManager, viewer: Viewer | null) {
  return {
    ...accountLoaders(em),
    ...catalogLoaders(em, viewer),
    ...pricingLoaders(em, viewer),
    ...orderLoaders(em),
    ...invoiceLoaders(em),
    ...paymentLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
