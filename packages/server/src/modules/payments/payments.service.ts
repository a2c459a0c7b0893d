import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage } from '../../platform/db/keyset-page.js';
import { sqlArray } from '../../platform/db/sql.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { money, toDecimal } from '../../platform/money.js';
import { pageSize, toConnection, type Connection } from '../../platform/pagination.js';
import { BadUserInputError } from '../../platform/errors.js';
import { effectiveAccountId, type Viewer } from '../identity/index.js';
import type { InvoiceNode } from '../invoices/invoice.types.js';
import { INVOICE_COLUMNS, toInvoiceNode, type InvoiceRow } from '../invoices/invoices.service.js';
import type { PaymentMethodKind } from './payment.entity.js';
import { InvoicePaymentNode, PaymentAllocationNode, PaymentCardNode, PaymentNode } from './payments.types.js';

export interface PaymentRow {
  id: string;
  number: string;
  method: PaymentMethodKind;
  amount: string;
  discount_total: string;
  currency: string;
  created_at: string | Date;
  paid_by_name: string;
  card_brand: string | null;
  card_last4: string | null;
  bank_reference: string | null;
}

interface AllocationRow {
  payment_id: string;
  invoice_id: string;
  invoice_number: string;
  amount: string;
  discount: string;
  balance_after: string;
  currency: string;
}

const PAYMENT_SELECT = `p.id, p.number, p.method, p.amount::text, p.discount_total::text, p.currency, p.created_at,
  u.name AS paid_by_name, c.card_brand, c.card_last4, p.bank_reference`;
const PAYMENT_FROM = `payment p JOIN app_user u ON u.id = p.paid_by_id LEFT JOIN card_charge c ON c.id = p.card_charge_id`;

/** Where a payment's PDF receipt downloads (see receipt.routes.ts). */
export function receiptUrl(paymentId: string): string {
  return `/api/payments/${toGlobalId('Payment', paymentId)}/receipt.pdf`;
}

export function toPaymentNode(row: PaymentRow, allocations: AllocationRow[]): PaymentNode {
  const amount = toDecimal(row.amount);
  const discount = toDecimal(row.discount_total);
  return Object.assign(new PaymentNode(), {
    id: toGlobalId('Payment', row.id),
    dbId: row.id,
    number: row.number,
    method: row.method,
    amount: money(amount, row.currency),
    discountTotal: money(discount, row.currency),
    settledTotal: money(amount.plus(discount), row.currency),
    createdAt: new Date(row.created_at),
    paidByName: row.paid_by_name,
    card:
      row.card_brand && row.card_last4
        ? Object.assign(new PaymentCardNode(), { brand: row.card_brand, last4: row.card_last4 })
        : null,
    bankReference: row.bank_reference,
    allocations: allocations.map((a) =>
      Object.assign(new PaymentAllocationNode(), {
        invoiceId: toGlobalId('Invoice', a.invoice_id),
        invoiceNumber: a.invoice_number,
        amount: money(a.amount, a.currency),
        discount: money(a.discount, a.currency),
        settled: money(toDecimal(a.amount).plus(a.discount), a.currency),
        balanceAfter: money(a.balance_after, a.currency),
      }),
    ),
    receiptUrl: receiptUrl(row.id),
  });
}

/** Payments of the viewer's effective account (nothing outside it is ever read). */
export class PaymentsService {
  constructor(private readonly em: EntityManager) {}

  /** Payment history, newest first, by keyset. */
  async history(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<PaymentNode>> {
    const accountId = effectiveAccountId(viewer);
    if (!accountId) {
      const size = pageSize(args.first, 20);
      return toConnection<PaymentRow, PaymentNode>(
        [],
        size,
        0,
        () => [],
        (r) => toPaymentNode(r, []),
      );
    }
    const page = await keysetPage(this.em, {
      select: PAYMENT_SELECT,
      from: PAYMENT_FROM,
      where: [{ sql: 'p.account_id = ? AND p.site_id = ?', params: [accountId, viewer.siteId] }],
      orderBy: [
        ['p.created_at', 'timestamptz'],
        ['p.id', 'uuid'],
      ],
      direction: 'DESC',
      first: args.first,
      defaultSize: 20,
      after: args.after,
      cursorOf: (r: PaymentRow) => [new Date(r.created_at).toISOString(), r.id],
      nodeOf: (r: PaymentRow) => r,
    });
    const allocations = await this.allocationsOf(page.edges.map((e) => e.node.id));
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: toPaymentNode(edge.node, allocations.get(edge.node.id) ?? []),
      })),
    };
  }

  /** One payment of the effective account, or null (not found, or not the viewer's to see). */
  async byGlobalId(viewer: Viewer, globalId: string): Promise<PaymentNode | null> {
    const id = fromGlobalId('Payment', globalId);
    const accountId = effectiveAccountId(viewer);
    if (!id || !accountId) return null;
    return this.byId(id, { accountId, siteId: viewer.siteId });
  }

  /**
   * Invoices of the effective account to pay together, in the order asked; ids that are not the
   * account's invoices are left out (as if they did not exist).
   */
  async invoicesToPay(viewer: Viewer, globalIds: readonly string[]): Promise<InvoiceNode[]> {
    if (globalIds.length > 100) throw new BadUserInputError('Ask for at most 100 invoices at once.');
    const accountId = effectiveAccountId(viewer);
    const ids = globalIds.map((g) => fromGlobalId('Invoice', g)).filter((id): id is string => !!id);
    if (!accountId || !ids.length) return [];
    const rows = await this.em
      .getConnection()
      .execute<InvoiceRow[]>(
        `SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.id = ANY(?::uuid[]) AND i.account_id = ? AND i.site_id = ?`,
        [sqlArray([...new Set(ids)]), accountId, viewer.siteId],
      );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return [...new Set(ids)].flatMap((id) => {
      const row = byId.get(id);
      return row ? [toInvoiceNode(row)] : [];
    });
  }

  async byId(id: string, scope: { accountId: string; siteId: string }): Promise<PaymentNode | null> {
    const [row] = await this.em
      .getConnection()
      .execute<PaymentRow[]>(
        `SELECT ${PAYMENT_SELECT} FROM ${PAYMENT_FROM} WHERE p.id = ? AND p.account_id = ? AND p.site_id = ?`,
        [id, scope.accountId, scope.siteId],
      );
    if (!row) return null;
    return toPaymentNode(row, (await this.allocationsOf([id])).get(id) ?? []);
  }

  private async allocationsOf(paymentIds: string[]): Promise<Map<string, AllocationRow[]>> {
    const byPayment = new Map<string, AllocationRow[]>();
    if (!paymentIds.length) return byPayment;
    const rows = await this.em.getConnection().execute<AllocationRow[]>(
      `SELECT a.payment_id, a.invoice_id, i.number AS invoice_number, a.amount::text, a.discount::text,
              a.balance_after::text, i.currency
         FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id
        WHERE a.payment_id = ANY(?::uuid[])
        ORDER BY i.number, i.id`,
      [sqlArray(paymentIds)],
    );
    for (const row of rows) {
      const list = byPayment.get(row.payment_id);
      if (list) list.push(row);
      else byPayment.set(row.payment_id, [row]);
    }
    return byPayment;
  }
}

type InvoiceAllocationRow = PaymentRow & {
  invoice_id: string;
  allocation_amount: string;
  allocation_discount: string;
  balance_after: string;
};

/** Payments applied to each of many invoices (newest first), for the Invoice.payments field. */
export async function paymentsOfInvoices(
  em: EntityManager,
  invoiceIds: readonly string[],
): Promise<Array<InvoicePaymentNode & { invoiceDbId: string }>> {
  const rows = await em.getConnection().execute<InvoiceAllocationRow[]>(
    `SELECT ${PAYMENT_SELECT}, a.invoice_id, a.amount::text AS allocation_amount,
            a.discount::text AS allocation_discount, a.balance_after::text
       FROM payment_allocation a JOIN ${PAYMENT_FROM} ON p.id = a.payment_id
      WHERE a.invoice_id = ANY(?::uuid[])
      ORDER BY p.created_at DESC, p.id DESC`,
    [sqlArray([...invoiceIds])],
  );
  return rows.map((r) =>
    Object.assign(new InvoicePaymentNode(), {
      invoiceDbId: r.invoice_id,
      paymentId: toGlobalId('Payment', r.id),
      paymentNumber: r.number,
      paidAt: new Date(r.created_at),
      method: r.method,
      paidByName: r.paid_by_name,
      amount: money(r.allocation_amount, r.currency),
      discount: money(r.allocation_discount, r.currency),
      balanceAfter: money(r.balance_after, r.currency),
      receiptUrl: receiptUrl(r.id),
    }),
  );
}
