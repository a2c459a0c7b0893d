import { Decimal, roundToCurrency, sumAmounts, toDecimal } from '../../../platform/money.js';

/**
 * What an invoice bills: shipped quantities of order lines at the order's prices, and its share of tax
 * and shipping. Pure: plain data in, plain data out.
 *
 * Where the order has delivery groups (orders placed through checkout) and the invoice is for a
 * shipment, tax and shipping come from the groups the billed goods belong to: each group's tax and its
 * shipping charge are apportioned over that group's goods as they are billed (cumulative rounding, the
 * group's last units take the rest), so a group's invoices add up to the group's tax and shipping to
 * the cent, and an invoice never bills another group's tax or shipping. Rule for shipping: apportioned
 * like tax, by the group's goods billed (not billed whole with the group's first shipment), so a group
 * shipped in parts spreads its charge over its invoices, just as the whole-order rule does.
 * Otherwise (orders without delivery groups: older and imported ones; or per-order invoicing, which
 * bills everything at once) the invoice's share is of the whole order's tax and shipping.
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
  /** The delivery group the line ships in (null or absent: the order has none). */
  deliveryGroupId?: string | null;
  /** Sum of the line totals of this line on earlier invoices of the order (void ones too); 0 when absent. */
  amountInvoiced?: string | Decimal;
}

export interface BilledLine {
  orderLineId: string;
  position: number;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: Decimal;
  lineTotal: Decimal;
  deliveryGroupId: string | null;
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
      deliveryGroupId: line.deliveryGroupId ?? null,
    });
  }
  return billed;
}

/**
 * An invoice's share of an amount (an order's or a delivery group's tax or shipping), by the goods it
 * bills of that order or group. Rounded per currency on the cumulative share ("apportioned amount"):
 * the share up to and including this invoice minus the share before it, so the invoices of an order
 * (or group) always add up exactly to its amount, whatever the split. Once its goods are all billed,
 * the whole amount is.
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

/** A delivery group of the order as ordered: its goods, shipping charge and tax. */
export interface DeliveryGroupAmounts {
  id: string;
  subtotal: string | Decimal;
  shippingCharge: string | Decimal;
  tax: string | Decimal;
}

/** A delivery group as this invoice bills it. */
export interface GroupToBill extends DeliveryGroupAmounts {
  /** Goods of the group on earlier invoices of the order (sum of their line totals). */
  billedBefore: string | Decimal;
  /** After this invoice every unit of the group is invoiced: it takes the rest of the group's amounts. */
  completesGroup?: boolean;
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
  /**
   * Per shipment, when the order has delivery groups: its groups (see `groupsToBill`). Tax and
   * shipping are then the groups' own. Null or absent: shares of the whole order's.
   */
  groups?: readonly GroupToBill[] | null;
  /** Tax and shipping on the order's earlier invoices (by group only: the invoice completing the order takes exactly the rest). */
  taxBilledBefore?: string | Decimal;
  shippingBilledBefore?: string | Decimal;
}

export interface InvoiceDraft {
  lines: BilledLine[];
  subtotal: Decimal;
  shippingTotal: Decimal;
  taxTotal: Decimal;
  total: Decimal;
}

/**
 * The order's delivery groups as an invoice of `billed` bills them: goods of each group billed before
 * (from the lines' `amountInvoiced`) and whether this invoice completes it. Null when tax and shipping
 * are to be shared over the whole order instead: the order has no groups, or a line is in none of them
 * (imported history).
 */
export function groupsToBill(
  groups: readonly DeliveryGroupAmounts[],
  orderLines: readonly OrderLineToBill[],
  billed: readonly BilledLine[],
): GroupToBill[] | null {
  if (!groups.length) return null;
  const ids = new Set(groups.map((g) => g.id));
  if (!orderLines.every((l) => l.deliveryGroupId && ids.has(l.deliveryGroupId))) return null;
  const now = new Map(billed.map((l) => [l.orderLineId, l.quantity]));
  return groups.map((group) => {
    const lines = orderLines.filter((l) => l.deliveryGroupId === group.id);
    return {
      ...group,
      billedBefore: sumAmounts(lines.map((l) => l.amountInvoiced ?? '0')),
      completesGroup:
        lines.length > 0 &&
        lines.every((l) => l.quantityInvoiced + (now.get(l.orderLineId) ?? 0) >= l.quantity),
    };
  });
}

/** The invoice for `lines` of an order: subtotal, its shares of shipping and tax, total. Null when nothing is billed. */
export function draftInvoice(order: OrderToBill, lines: BilledLine[]): InvoiceDraft | null {
  if (!lines.length) return null;
  const subtotal = sumAmounts(lines.map((l) => l.lineTotal));
  const byGroup = order.groups?.length ? groupShares(order, lines) : null;
  const share = (amount: string | Decimal) =>
    apportion(amount, order.subtotal, order.billedBefore, subtotal, order.currency, order.completesOrder);
  const shippingTotal = byGroup ? byGroup.shipping : share(order.shippingTotal);
  const taxTotal = byGroup ? byGroup.tax : share(order.taxTotal);
  return { lines, subtotal, shippingTotal, taxTotal, total: subtotal.plus(shippingTotal).plus(taxTotal) };
}

/**
 * Tax and shipping of `lines` from their delivery groups: for each group with goods on this invoice,
 * its tax and shipping charge apportioned by the group's goods billed (before, and with this invoice).
 * The invoice completing the order takes exactly what is left of the order's tax and shipping after
 * its earlier invoices (normally the same amounts; it also settles orders partly invoiced under
 * another rule), never below zero. Null when a line is in none of the groups.
 */
function groupShares(
  order: OrderToBill,
  lines: readonly BilledLine[],
): { tax: Decimal; shipping: Decimal } | null {
  const groups = new Map(order.groups!.map((g) => [g.id, g]));
  const now = new Map<string, Decimal>();
  for (const line of lines) {
    if (!line.deliveryGroupId || !groups.has(line.deliveryGroupId)) return null;
    now.set(line.deliveryGroupId, (now.get(line.deliveryGroupId) ?? new Decimal(0)).plus(line.lineTotal));
  }
  let tax = new Decimal(0);
  let shipping = new Decimal(0);
  for (const [id, billedNow] of now) {
    const g = groups.get(id)!;
    const part = (amount: string | Decimal) =>
      apportion(amount, g.subtotal, g.billedBefore, billedNow, order.currency, g.completesGroup);
    tax = tax.plus(part(g.tax));
    shipping = shipping.plus(part(g.shippingCharge));
  }
  if (
    order.completesOrder &&
    order.taxBilledBefore !== undefined &&
    order.shippingBilledBefore !== undefined
  ) {
    const rest = (amount: string | Decimal, before: string | Decimal) =>
      Decimal.max(0, toDecimal(amount).minus(toDecimal(before)));
    tax = rest(order.taxTotal, order.taxBilledBefore);
    shipping = rest(order.shippingTotal, order.shippingBilledBefore);
  }
  return { tax, shipping };
}

/** Whether billing `lines` invoices the last units of every order line. */
export function completesOrder(order: readonly OrderLineToBill[], lines: readonly BilledLine[]): boolean {
  const billed = new Map(lines.map((l) => [l.orderLineId, l.quantity]));
  return order.every((l) => l.quantityInvoiced + (billed.get(l.orderLineId) ?? 0) >= l.quantity);
}
