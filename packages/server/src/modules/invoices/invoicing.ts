import type { Sql } from '../../platform/db/transaction.js';
import { money, sumAmounts } from '../../platform/money.js';
import { recordAudit } from '../audit/index.js';
import {
  billLines,
  completesOrder,
  draftInvoice,
  groupsToBill,
  type OrderLineToBill,
} from './domain/invoice-billing.js';
import { dateOf, dueDate } from './domain/invoice-status.js';

/**
 * Invoicing shipped goods, inside the transaction that records the shipment. Only orders on terms are
 * invoiced (a purchase order, or imported history carrying a PO number); card orders are paid already.
 * Per shipment: the shipment's lines, with the tax and shipping of the delivery groups they ship in.
 * Per order: one invoice when the order has all shipped, with the order's tax and shipping.
 */
export interface InvoiceShipmentInput {
  orderId: string;
  /** The shipment just recorded. */
  shipmentId: string;
  /** The order has now shipped in full. */
  orderComplete: boolean;
  /** Issue date (YYYY-MM-DD); today (UTC) unless given (the demo seed issues history on its dates). */
  issuedOn?: string;
  actorId?: string | null;
}

export interface IssuedInvoice {
  id: string;
  number: string;
  total: string;
}

export async function invoiceShipment(sql: Sql, input: InvoiceShipmentInput): Promise<IssuedInvoice | null> {
  const [order] = await sql<{
    id: string;
    site_id: string;
    account_id: string;
    currency: string;
    subtotal: string;
    shipping_total: string;
    tax_total: string;
    on_terms: boolean;
    terms_days: number;
    invoicing_mode: 'PER_SHIPMENT' | 'PER_ORDER';
    invoice_prefix: string;
    discount_percent: string | null;
    discount_days: number | null;
  }>(
    `SELECT o.id, o.site_id, o.account_id, o.currency, o.subtotal::text, o.shipping_total::text, o.tax_total::text,
            (o.payment_method = 'PURCHASE_ORDER' OR (o.payment_method IS NULL AND o.po_number IS NOT NULL)) AS on_terms,
            COALESCE(o.payment_terms_days, a.payment_terms_days, 30) AS terms_days,
            s.invoicing_mode, s.invoice_prefix,
            a.early_payment_discount_percent::text AS discount_percent, a.early_payment_discount_days AS discount_days
       FROM customer_order o JOIN account a ON a.id = o.account_id JOIN site s ON s.id = o.site_id
      WHERE o.id = ?`,
    [input.orderId],
  );
  if (!order || !order.on_terms) return null;
  const perShipment = order.invoicing_mode === 'PER_SHIPMENT';
  if (!perShipment && !input.orderComplete) return null;

  const lines = await sql<{
    id: string;
    line_number: number;
    sku: string;
    name: string;
    quantity: number;
    unit_price: string;
    delivery_group_id: string | null;
    invoiced: number;
    amount_invoiced: string;
  }>(
    `SELECT l.id, l.line_number, l.sku, l.name, l.quantity, l.unit_price::text, l.delivery_group_id,
            COALESCE(i.quantity, 0)::int AS invoiced, COALESCE(i.amount, 0)::text AS amount_invoiced
       FROM order_line l
       LEFT JOIN LATERAL (SELECT sum(il.quantity) AS quantity, sum(il.line_total) AS amount
                            FROM invoice_line il WHERE il.order_line_id = l.id) i ON true
      WHERE l.order_id = ? ORDER BY l.line_number`,
    [order.id],
  );
  const shipped = perShipment
    ? new Map(
        (
          await sql<{ order_line_id: string; quantity: number }>(
            'SELECT order_line_id, sum(quantity)::int AS quantity FROM shipment_line WHERE shipment_id = ? GROUP BY order_line_id',
            [input.shipmentId],
          )
        ).map((s) => [s.order_line_id, s.quantity]),
      )
    : null;
  const toBill: OrderLineToBill[] = lines.map((l) => ({
    orderLineId: l.id,
    lineNumber: l.line_number,
    sku: l.sku,
    name: l.name,
    quantity: l.quantity,
    unitPrice: l.unit_price,
    quantityInvoiced: l.invoiced,
    deliveryGroupId: l.delivery_group_id,
    amountInvoiced: l.amount_invoiced,
  }));
  const before = await sql<{ subtotal: string; tax_total: string; shipping_total: string }>(
    'SELECT subtotal::text, tax_total::text, shipping_total::text FROM invoice WHERE order_id = ?',
    [order.id],
  );
  const billed = billLines(toBill, shipped, order.currency);
  // Per shipment, tax and shipping come from the delivery groups shipped (each carries its own); per
  // order, and for orders without groups (imported history), from the whole order.
  const groups = perShipment
    ? groupsToBill(
        await sql<{ id: string; subtotal: string; shippingCharge: string; tax: string }>(
          `SELECT id, subtotal::text, shipping_charge::text AS "shippingCharge", tax::text
             FROM order_delivery_group WHERE order_id = ? ORDER BY position`,
          [order.id],
        ),
        toBill,
        billed,
      )
    : null;
  const draft = draftInvoice(
    {
      currency: order.currency,
      subtotal: order.subtotal,
      taxTotal: order.tax_total,
      shippingTotal: order.shipping_total,
      billedBefore: sumAmounts(before.map((b) => b.subtotal)),
      completesOrder: completesOrder(toBill, billed),
      groups,
      taxBilledBefore: sumAmounts(before.map((b) => b.tax_total)),
      shippingBilledBefore: sumAmounts(before.map((b) => b.shipping_total)),
    },
    billed,
  );
  if (!draft) return null;

  const issuedOn = input.issuedOn ?? dateOf(new Date());
  const [invoice] = await sql<IssuedInvoice>(
    `INSERT INTO invoice (id, site_id, account_id, number, order_id, shipment_id, state, currency, issued_on, due_on,
                          payment_terms_days, early_payment_discount_percent, early_payment_discount_days,
                          subtotal, shipping_total, tax_total, total, amount_paid, amount_credited, balance, created_at)
     VALUES (gen_random_uuid(), ?, ?, ? || nextval('invoice_number_seq'), ?, ?, 'OPEN', ?, ?::date, ?::date, ?, ?, ?,
             ?, ?, ?, ?, 0, 0, ?, now())
     RETURNING id, number, total::text`,
    [
      order.site_id,
      order.account_id,
      order.invoice_prefix,
      order.id,
      perShipment ? input.shipmentId : null,
      order.currency,
      issuedOn,
      dueDate(issuedOn, order.terms_days),
      order.terms_days,
      order.discount_percent,
      order.discount_days,
      draft.subtotal.toFixed(4),
      draft.shippingTotal.toFixed(4),
      draft.taxTotal.toFixed(4),
      draft.total.toFixed(4),
      draft.total.toFixed(4),
    ],
  );
  await sql(
    `INSERT INTO invoice_line (id, invoice_id, order_line_id, position, sku, name, quantity, unit_price, line_total)
     SELECT gen_random_uuid(), ?, l.order_line_id, l.position, l.sku, l.name, l.quantity, l.unit_price, l.line_total
       FROM jsonb_to_recordset(?::jsonb) AS l(order_line_id uuid, position int, sku text, name text, quantity int,
            unit_price numeric, line_total numeric)`,
    [
      invoice!.id,
      JSON.stringify(
        draft.lines.map((l) => ({
          order_line_id: l.orderLineId,
          position: l.position,
          sku: l.sku,
          name: l.name,
          quantity: l.quantity,
          unit_price: l.unitPrice.toFixed(4),
          line_total: l.lineTotal.toFixed(4),
        })),
      ),
    ],
  );
  await recordAudit(sql, {
    siteId: order.site_id,
    actorId: input.actorId ?? null,
    action: 'invoice.issue',
    subjectType: 'Invoice',
    subjectId: invoice!.id,
    summary: `${invoice!.number} issued: ${money(draft.total, order.currency).amount} ${order.currency}, due ${dueDate(issuedOn, order.terms_days)}`,
    after: {
      total: draft.total.toFixed(2),
      taxTotal: draft.taxTotal.toFixed(2),
      shippingTotal: draft.shippingTotal.toFixed(2),
    },
  });
  return invoice!;
}
