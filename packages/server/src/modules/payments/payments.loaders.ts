import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../app/batch.js';
import { paymentsOfInvoices } from './payments.service.js';
import type { InvoicePaymentNode } from './payments.types.js';

/** Per-request batch loaders of the payments module: one query for the payments of every invoice asked. */
export function paymentLoaders(em: EntityManager) {
  return {
    paymentsByInvoice: batchLoader(
      (invoiceIds) => paymentsOfInvoices(em, invoiceIds),
      (row) => row.invoiceDbId,
      (rows): InvoicePaymentNode[] => rows,
    ),
  };
}
