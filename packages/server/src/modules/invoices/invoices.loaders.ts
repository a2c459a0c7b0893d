import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader } from '../../app/batch.js';
import { sqlArray } from '../../platform/db/sql.js';
import { toGlobalId } from '../../platform/ids.js';
import { money } from '../../platform/money.js';
import { ORDER_COLUMNS, type OrderRow } from '../orders/index.js';
import type { CreditMemoKind } from './invoice.entity.js';
import type { CreditMemoNode, InvoiceLineNode } from './invoice.types.js';
import { INVOICE_COLUMNS, toInvoiceNode, type InvoiceRow } from './invoices.service.js';

/** Batch loaders for fields under invoices already reached through a scoped query. */
export function invoiceLoaders(em: EntityManager) {
  const connection = em.getConnection();
  const byIds =
    <Row>(sql: string) =>
    (ids: readonly string[]) =>
      connection.execute<Row[]>(sql, [sqlArray(ids)]);
  return {
    invoiceLines: batchLoader(
      byIds<{
        id: string;
        invoice_id: string;
        order_line_id: string;
        position: number;
        sku: string;
        name: string;
        quantity: number;
        unit_price: string;
        line_total: string;
        currency: string;
      }>(
        `SELECT l.id, l.invoice_id, l.order_line_id, l.position, l.sku, l.name, l.quantity, l.unit_price::text,
                l.line_total::text, i.currency
           FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
          WHERE l.invoice_id = ANY(?::uuid[]) ORDER BY l.position`,
      ),
      (row) => row.invoice_id,
      (rows): InvoiceLineNode[] =>
        rows.map((r) => ({
          orderLineDbId: r.order_line_id,
          id: toGlobalId('InvoiceLine', r.id),
          position: r.position,
          sku: r.sku,
          name: r.name,
          quantity: r.quantity,
          unitPrice: money(r.unit_price, r.currency),
          lineTotal: money(r.line_total, r.currency),
          orderLineId: toGlobalId('OrderLine', r.order_line_id),
        })),
    ),
    creditMemosByInvoice: batchLoader(
      byIds<{
        id: string;
        invoice_id: string;
        number: string;
        kind: CreditMemoKind;
        amount: string;
        currency: string;
        reason: string;
        created_at: string;
        created_by: string;
      }>(
        `SELECT m.id, m.invoice_id, m.number, m.kind, m.amount::text, m.currency, m.reason, m.created_at,
                u.name AS created_by
           FROM credit_memo m JOIN app_user u ON u.id = m.created_by_id
          WHERE m.invoice_id = ANY(?::uuid[]) ORDER BY m.created_at, m.number`,
      ),
      (row) => row.invoice_id,
      (rows): CreditMemoNode[] =>
        rows.map((r) => ({
          id: toGlobalId('CreditMemo', r.id),
          number: r.number,
          kind: r.kind,
          amount: money(r.amount, r.currency),
          reason: r.reason,
          createdAt: new Date(r.created_at),
          createdByName: r.created_by,
        })),
    ),
    /** The orders invoices bill (rows: the resolver makes the node for its viewer). */
    invoiceOrders: batchLoader(
      byIds<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM customer_order o WHERE o.id = ANY(?::uuid[])`),
      (row) => row.id,
      (rows) => rows[0] ?? null,
    ),
    invoicesByOrder: batchLoader(
      byIds<InvoiceRow>(
        `SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.order_id = ANY(?::uuid[]) ORDER BY i.issued_on, i.number`,
      ),
      (row) => row.order_id,
      (rows) => rows.map((r) => toInvoiceNode(r)),
    ),
  };
}
