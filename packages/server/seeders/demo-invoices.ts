import type { Sql } from '../src/platform/db/transaction.js';
import { Decimal, roundToCurrency, toDecimal } from '../src/platform/money.js';
import { invoiceShipment, settleInvoice } from '../src/modules/invoices/index.js';
import { addDays, daysBetween, dateOf } from '../src/modules/invoices/domain/invoice-status.js';

/**
 * Invoices for the demo accounts' shipped history on terms, made by the same invoicing the shipments of
 * the portal use (shipment → invoice, amounts and due dates from the domain), then settled so the
 * ledger looks lived in: most older invoices paid by bank transfer, recent ones open. Brewline (2/10
 * net 30 early-payment terms) also has the newest invoice of each age window left owing (overdue 1–30,
 * 31–60 and 61–90 days), an invoice over 90 days partly paid, and a recent one credited for a return;
 * the other accounts one overdue invoice each.
 *
 * Idempotent: an order already invoiced is left alone, and only invoices made in this run are settled.
 */
export interface InvoiceSeedContext {
  run: (sql: string, params: unknown[]) => Promise<unknown>;
  demoId: (name: string) => string;
  reference: Date;
  brewlineAccountId: string;
  /** Who records the demo's bank transfers and credit memos, per site id (a seller-side user). */
  clerkBySite: Record<string, string>;
  /** Who pays, per account id (a customer user of the account). */
  payerByAccount: Record<string, string>;
}

/** How far back shipped history is invoiced (older history stays settled outside the portal). */
const WINDOW_DAYS = 200;

export async function seedDemoInvoices(ctx: InvoiceSeedContext): Promise<void> {
  const sql: Sql = <Row>(statement: string, params: unknown[] = []) =>
    ctx.run(statement, params) as Promise<Row[]>;
  await sql(
    `UPDATE account SET early_payment_discount_percent = 2, early_payment_discount_days = 10
      WHERE id = ? AND early_payment_discount_percent IS NULL`,
    [ctx.brewlineAccountId],
  );
  const today = dateOf(ctx.reference);
  const orders = await sql<{
    id: string;
    site_id: string;
    account_id: string;
    status: string;
    placed_at: string;
    line_count: number;
  }>(
    `SELECT o.id, o.site_id, o.account_id, o.status, o.placed_at, o.line_count
       FROM customer_order o JOIN account a ON a.id = o.account_id
      WHERE a.credit_status = 'APPROVED' AND o.po_number IS NOT NULL AND o.payment_method IS NULL
        AND o.status IN ('PARTLY_SHIPPED', 'SHIPPED', 'DELIVERED')
        AND o.placed_at >= ?::timestamptz - make_interval(days => ?)
        AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.order_id = o.id)
      ORDER BY o.placed_at, o.id`,
    [ctx.reference.toISOString(), WINDOW_DAYS],
  );
  const made: Array<{ id: string; accountId: string; siteId: string; issuedOn: string }> = [];
  for (const order of orders) {
    const shipmentId = ctx.demoId(`shipment:${order.id}`);
    const placed = new Date(order.placed_at);
    // Shipped two days after it was placed (never after the reference moment).
    const shippedAt = new Date(Math.min(placed.getTime() + 2 * 86_400_000, ctx.reference.getTime()));
    const partly = order.status === 'PARTLY_SHIPPED';
    const shipUpTo = partly ? Math.ceil(order.line_count / 2) : order.line_count;
    await sql(
      `INSERT INTO shipment (id, order_id, delivery_group_id, carrier, tracking_number, tracking_url, shipped_at, created_by_id)
       VALUES (?, ?, NULL, 'UPS', ?, NULL, ?, NULL) ON CONFLICT DO NOTHING`,
      [
        shipmentId,
        order.id,
        `1Z${shipmentId.replace(/-/g, '').slice(0, 14).toUpperCase()}`,
        shippedAt.toISOString(),
      ],
    );
    await sql(
      `INSERT INTO shipment_line (id, shipment_id, order_line_id, quantity)
       SELECT md5(? || l.id::text)::uuid, ?, l.id, l.quantity - l.quantity_shipped
         FROM order_line l WHERE l.order_id = ? AND l.line_number <= ? AND l.quantity > l.quantity_shipped
       ON CONFLICT DO NOTHING`,
      [shipmentId, shipmentId, order.id, shipUpTo],
    );
    await sql(
      `UPDATE order_line l SET quantity_shipped = l.quantity
        WHERE l.order_id = ? AND l.line_number <= ?`,
      [order.id, shipUpTo],
    );
    const invoice = await invoiceShipment(sql, {
      orderId: order.id,
      shipmentId,
      orderComplete: !partly,
      issuedOn: dateOf(shippedAt),
      actorId: null,
    });
    if (invoice)
      made.push({
        id: invoice.id,
        accountId: order.account_id,
        siteId: order.site_id,
        issuedOn: dateOf(shippedAt),
      });
  }

  // Settle what was just made, per account: newest first within each age window.
  const byAccount = new Map<string, typeof made>();
  for (const m of made) byAccount.set(m.accountId, [...(byAccount.get(m.accountId) ?? []), m]);
  for (const invoices of byAccount.values()) {
    const age = (i: (typeof made)[number]) => daysBetween(i.issuedOn, today);
    const newestFirst = [...invoices].sort((a, b) => age(a) - age(b));
    // Brewline shows every bucket; the other accounts one overdue invoice (their credit lines are smaller).
    const fullMix = invoices[0]!.accountId === ctx.brewlineAccountId;
    const leftOwing = new Set<string>();
    const windows: Array<[number, number]> = fullMix
      ? [
          [31, 60],
          [61, 90],
          [91, 120],
        ]
      : [[31, 60]];
    for (const [low, high] of windows) {
      const keep = newestFirst.find((i) => age(i) >= low && age(i) <= high);
      if (keep) leftOwing.add(keep.id);
    }
    const overNinety = fullMix ? newestFirst.find((i) => age(i) > 120) : undefined;
    const credited = fullMix ? newestFirst.filter((i) => age(i) <= 30).at(-1) : undefined;
    // Paid in the order they fell due, so payment numbers follow the dates.
    for (const invoice of [...newestFirst].reverse()) {
      if (age(invoice) <= 30) continue;
      if (leftOwing.has(invoice.id)) continue;
      const share = invoice.id === overNinety?.id ? '0.4' : '1';
      await pay(sql, ctx, invoice, share, addDays(invoice.issuedOn, Math.min(20, age(invoice) - 1)));
    }
    if (credited) await credit(sql, ctx, credited.id, addDays(credited.issuedOn, 1));
  }
}

async function pay(
  sql: Sql,
  ctx: InvoiceSeedContext,
  invoice: { id: string; accountId: string; siteId: string },
  share: string,
  on: string,
): Promise<void> {
  const [row] = await sql<{ total: string; amount_paid: string; amount_credited: string; currency: string }>(
    'SELECT total::text, amount_paid::text, amount_credited::text, currency FROM invoice WHERE id = ?',
    [invoice.id],
  );
  const amount = roundToCurrency(toDecimal(row!.total).times(share), row!.currency);
  const settled = settleInvoice(
    { total: row!.total, amountPaid: row!.amount_paid, amountCredited: row!.amount_credited },
    { paid: amount },
  );
  const paymentId = ctx.demoId(`payment:${invoice.id}`);
  const at = `${on}T17:00:00Z`;
  await sql(
    `INSERT INTO payment (id, site_id, account_id, number, method, amount, discount_total, currency, idempotency_key,
                          request_fingerprint, card_charge_id, bank_reference, paid_by_id, created_at)
     VALUES (?, ?, ?, 'PAY-' || nextval('payment_number_seq'), 'BANK_TRANSFER', ?, 0, ?, ?, 'demo-seed', NULL, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
    [
      paymentId,
      invoice.siteId,
      invoice.accountId,
      amount.toFixed(4),
      row!.currency,
      `demo-seed:${invoice.id}`,
      `WIRE-${paymentId.slice(0, 8).toUpperCase()}`,
      ctx.payerByAccount[invoice.accountId] ?? ctx.clerkBySite[invoice.siteId],
      at,
    ],
  );
  await sql(
    `INSERT INTO payment_allocation (id, payment_id, invoice_id, amount, discount, balance_after)
     VALUES (?, ?, ?, ?, 0, ?)
     ON CONFLICT DO NOTHING`,
    [
      ctx.demoId(`allocation:${invoice.id}`),
      paymentId,
      invoice.id,
      amount.toFixed(4),
      settled.balance.toFixed(4),
    ],
  );
  await sql(
    `UPDATE invoice SET amount_paid = ?, balance = ?, state = ?, paid_at = CASE WHEN ? = 'PAID' THEN ?::timestamptz END
      WHERE id = ?`,
    [settled.amountPaid.toFixed(4), settled.balance.toFixed(4), settled.state, settled.state, at, invoice.id],
  );
}

async function credit(sql: Sql, ctx: InvoiceSeedContext, invoiceId: string, on: string): Promise<void> {
  const [row] = await sql<{
    site_id: string;
    account_id: string;
    total: string;
    amount_paid: string;
    amount_credited: string;
    currency: string;
  }>(
    'SELECT site_id, account_id, total::text, amount_paid::text, amount_credited::text, currency FROM invoice WHERE id = ?',
    [invoiceId],
  );
  // A tenth of the invoice came back damaged.
  const amount = Decimal.max(roundToCurrency(toDecimal(row!.total).times('0.1'), row!.currency), '0.01');
  const settled = settleInvoice(
    { total: row!.total, amountPaid: row!.amount_paid, amountCredited: row!.amount_credited },
    { credited: amount },
  );
  await sql(
    `INSERT INTO credit_memo (id, site_id, account_id, invoice_id, number, kind, amount, currency, reason, created_by_id, created_at)
     VALUES (?, ?, ?, ?, 'CM-' || nextval('credit_memo_number_seq'), 'RETURN', ?, ?, 'Damaged in transit: one case returned', ?, ?)
     ON CONFLICT DO NOTHING`,
    [
      ctx.demoId(`credit-memo:${invoiceId}`),
      row!.site_id,
      row!.account_id,
      invoiceId,
      amount.toFixed(4),
      row!.currency,
      ctx.clerkBySite[row!.site_id],
      `${on}T16:00:00Z`,
    ],
  );
  await sql('UPDATE invoice SET amount_credited = ?, balance = ?, state = ? WHERE id = ?', [
    settled.amountCredited.toFixed(4),
    settled.balance.toFixed(4),
    settled.state,
    invoiceId,
  ]);
}
