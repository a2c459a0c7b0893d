import { Decimal, roundToCurrency, sumAmounts, toDecimal } from '../../../platform/money.js';

/**
 * What an invoice bills: shipped quantities of order lines at the order's prices, and its share of the
 * order's tax and shipping charge. Pure: plain data in, plain data out.
 */

/** An order line as ordered, with what is billed of it already (on earlier invoices of the order). */
export interface OrderLineToBill {
  orderLineId: string;
  lineNumber: number;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: string | Decimal;
  /** Units already on invoices of this order (void ones too: voiding does not bill them again). */
  quantityInvoiced: number;
}

export interface BilledLine {
  orderLineId: string;
  position: number;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: Decimal;
  lineTotal: Decimal;
}

/**
 * The lines an invoice bills. Per shipment: the shipment's quantities (`shipped`, order line id →
 * units); per order (`shipped` null): every unit not yet invoiced. Never more than is left to bill of a
 * line. Line totals are rounded to the currency at this named point ("line total").
 */
export function billLines(
  lines: readonly OrderLineToBill[],
  shipped: ReadonlyMap<string, number> | null,
  currency: string,
): BilledLine[] {
  const billed: BilledLine[] = [];
  for (const line of [...lines].sort((a, b) => a.lineNumber - b.lineNumber)) {
    const left = Math.max(0, line.quantity - line.quantityInvoiced);
    const quantity = Math.min(left, shipped ? (shipped.get(line.orderLineId) ?? 0) : left);
    if (quantity <= 0) continue;
    const unitPrice = toDecimal(line.unitPrice);
    billed.push({
      orderLineId: line.orderLineId,
      position: billed.length + 1,
      sku: line.sku,
      name: line.name,
      quantity,
      unitPrice,
      lineTotal: roundToCurrency(unitPrice.times(quantity), currency),
    });
  }
  return billed;
}

/**
 * An invoice's share of an order-level amount (tax, shipping), by the goods it bills. Rounded per
 * currency on the cumulative share ("apportioned amount"): the share up to and including this invoice
 * minus the share before it, so the invoices of an order always add up exactly to the order's amount,
 * whatever the split. Once the order's goods are all billed, the whole amount is.
 */
export function apportion(
  orderAmount: string | Decimal,
  orderSubtotal: string | Decimal,
  billedBefore: string | Decimal,
  billedNow: string | Decimal,
  currency: string,
  /** This invoice bills the last units of the order (line totals rounded per invoice may not reach the order's subtotal exactly). */
  completesOrder = false,
): Decimal {
  const amount = toDecimal(orderAmount);
  const subtotal = toDecimal(orderSubtotal);
  const cumulative = (billed: Decimal): Decimal => {
    if (billed.greaterThanOrEqualTo(subtotal)) return amount;
    if (subtotal.isZero()) return new Decimal(0);
    return roundToCurrency(amount.times(billed).dividedBy(subtotal), currency);
  };
  const before = toDecimal(billedBefore);
  const upToNow = completesOrder ? amount : cumulative(before.plus(billedNow));
  return upToNow.minus(before.isZero() ? 0 : cumulative(before));
}

export interface OrderToBill {
  currency: string;
  subtotal: string | Decimal;
  taxTotal: string | Decimal;
  shippingTotal: string | Decimal;
  /** Sum of the subtotals of the order's earlier invoices. */
  billedBefore: string | Decimal;
  /** After these lines every unit of the order is invoiced. */
  completesOrder?: boolean;
}

export interface InvoiceDraft {
  lines: BilledLine[];
  subtotal: Decimal;
  shippingTotal: Decimal;
  taxTotal: Decimal;
  total: Decimal;
}

/** The invoice for `lines` of an order: subtotal, its shares of shipping and tax, total. Null when nothing is billed. */
export function draftInvoice(order: OrderToBill, lines: BilledLine[]): InvoiceDraft | null {
  if (!lines.length) return null;
  const subtotal = sumAmounts(lines.map((l) => l.lineTotal));
  const share = (amount: string | Decimal) =>
    apportion(amount, order.subtotal, order.billedBefore, subtotal, order.currency, order.completesOrder);
  const shippingTotal = share(order.shippingTotal);
  const taxTotal = share(order.taxTotal);
  return { lines, subtotal, shippingTotal, taxTotal, total: subtotal.plus(shippingTotal).plus(taxTotal) };
}

/** Whether billing `lines` invoices the last units of every order line. */
export function completesOrder(order: readonly OrderLineToBill[], lines: readonly BilledLine[]): boolean {
  const billed = new Map(lines.map((l) => [l.orderLineId, l.quantity]));
  return order.every((l) => l.quantityInvoiced + (billed.get(l.orderLineId) ?? 0) >= l.quantity);
}
