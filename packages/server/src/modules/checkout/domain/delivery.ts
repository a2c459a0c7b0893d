import { Decimal, roundToCurrency, sumAmounts } from '../../../platform/money.js';
import { deliveryProblem, splitProblem, type DeliveryProblemFact } from './cart-messages.js';

/**
 * Delivery groups: a cart (and the order it becomes) ships to several of the account's addresses on
 * several dates; each group has its address, desired date and shipping method, and each cart line
 * belongs to one group. One product's quantity may be split across groups (as several lines). Pure.
 */
export type ShippingMethod = 'STANDARD' | 'EXPRESS' | 'FREIGHT';

export interface DeliveryGroupInput {
  id: string;
  addressId: string | null;
  /** YYYY-MM-DD */
  desiredDate: string | null;
  method: ShippingMethod;
}

export interface GroupedLine {
  lineId: string;
  groupId: string | null;
  quantity: number;
}

export interface DeliveryProblem {
  groupId: string | null;
  field: string;
  message: string;
}

/** Business days a group needs before its desired date, per method. */
export const LEAD_DAYS: Record<ShippingMethod, number> = { STANDARD: 3, EXPRESS: 1, FREIGHT: 5 };

function addBusinessDays(from: string, days: number): string {
  const date = new Date(`${from}T00:00:00Z`);
  let added = 0;
  while (added < days) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6) added++;
  }
  return date.toISOString().slice(0, 10);
}

/** The earliest date a group can be delivered when ordered on `today` (YYYY-MM-DD). */
export function earliestDelivery(today: string, method: ShippingMethod): string {
  return addBusinessDays(today, LEAD_DAYS[method]);
}

/**
 * Everything that keeps a cart from being placed as delivered: a line in no group, a group with no
 * address or an address not the account's, a date that is not a weekday or comes before the earliest
 * possible, an empty group. Messages are in `locale`'s language (English unless French).
 */
export function checkDelivery(
  groups: readonly DeliveryGroupInput[],
  lines: readonly GroupedLine[],
  accountAddressIds: ReadonlySet<string>,
  today: string,
  locale = 'en-US',
): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  const add = (groupId: string | null, field: string, fact: DeliveryProblemFact) =>
    problems.push({ groupId, field, message: deliveryProblem(fact, locale) });
  const known = new Set(groups.map((g) => g.id));
  const unassigned = lines.filter((l) => !l.groupId || !known.has(l.groupId)).length;
  if (unassigned) add(null, 'lines', { kind: 'UNASSIGNED_LINES', count: unassigned });
  groups.forEach((group, index) => {
    const number = index + 1;
    if (!group.addressId) add(group.id, 'addressId', { kind: 'NO_ADDRESS', group: number });
    else if (!accountAddressIds.has(group.addressId))
      add(group.id, 'addressId', { kind: 'FOREIGN_ADDRESS', group: number });
    if (!group.desiredDate) {
      add(group.id, 'desiredDate', { kind: 'NO_DATE', group: number });
    } else {
      const earliest = earliestDelivery(today, group.method);
      const day = new Date(`${group.desiredDate}T00:00:00Z`).getUTCDay();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(group.desiredDate) || Number.isNaN(day)) {
        add(group.id, 'desiredDate', { kind: 'INVALID_DATE', group: number });
      } else if (day === 0 || day === 6) {
        add(group.id, 'desiredDate', { kind: 'WEEKEND', group: number });
      } else if (group.desiredDate < earliest) {
        add(group.id, 'desiredDate', { kind: 'TOO_EARLY', group: number, method: group.method, earliest });
      }
    }
    if (!lines.some((l) => l.groupId === group.id))
      add(group.id, 'lines', { kind: 'EMPTY_GROUP', group: number });
  });
  return problems;
}

/**
 * Splits a quantity into parts (e.g. 5 units: 3 to one store, 2 to another). The parts must be whole,
 * positive and add up to the quantity. The problem is in `locale`'s language.
 */
export function checkSplit(quantity: number, parts: readonly number[], locale = 'en-US'): string | null {
  if (parts.length < 1) return splitProblem({ kind: 'NO_PARTS' }, locale);
  if (parts.some((p) => !Number.isSafeInteger(p) || p < 1))
    return splitProblem({ kind: 'PART_NOT_WHOLE' }, locale);
  const sum = parts.reduce((a, b) => a + b, 0);
  if (sum !== quantity) return splitProblem({ kind: 'WRONG_SUM', sum, quantity }, locale);
  return null;
}

const FREE_STANDARD_FROM: Record<string, string> = { USD: '500.00', CAD: '680.00' };
const CHARGES: Record<ShippingMethod, Record<string, string>> = {
  STANDARD: { USD: '15.00', CAD: '19.99' },
  EXPRESS: { USD: '35.00', CAD: '45.00' },
  FREIGHT: { USD: '120.00', CAD: '159.00' },
};

/** A group's shipping charge: standard is free from a subtotal per currency; express and freight are flat. */
export function shippingCharge(method: ShippingMethod, groupSubtotal: Decimal, currency: string): Decimal {
  const free = FREE_STANDARD_FROM[currency];
  if (method === 'STANDARD' && free && groupSubtotal.greaterThanOrEqualTo(free)) return new Decimal(0);
  return new Decimal(CHARGES[method][currency] ?? CHARGES[method].USD!);
}

/** Estimated sales tax rates by country and region (goods only; the invoice carries the final tax). */
const TAX_RATES: Record<string, Record<string, string>> = {
  US: {
    OR: '0',
    MT: '0',
    NH: '0',
    DE: '0',
    TX: '0.0825',
    CO: '0.029',
    OH: '0.0575',
    MI: '0.06',
    CA: '0.0725',
    NY: '0.04',
    WA: '0.065',
  },
  CA: { QC: '0.14975', ON: '0.13', BC: '0.12', AB: '0.05' },
};
const DEFAULT_RATE: Record<string, string> = { US: '0.06', CA: '0.05' };

export function taxRate(country: string, region: string): Decimal {
  return new Decimal(TAX_RATES[country]?.[region] ?? DEFAULT_RATE[country] ?? '0');
}

export interface GroupTotalsInput {
  groupId: string;
  method: ShippingMethod;
  country: string;
  region: string;
  /** Priced line totals of the group. */
  lineTotals: readonly Decimal[];
}

export interface GroupTotals {
  groupId: string;
  subtotal: Decimal;
  shipping: Decimal;
  tax: Decimal;
  total: Decimal;
}

/**
 * Totals per group and for the whole cart. Rounding at named points: each group's tax is rounded to
 * the currency; everything else is already exact in the currency.
 */
export function deliveryTotals(
  groups: readonly GroupTotalsInput[],
  currency: string,
): { groups: GroupTotals[]; subtotal: Decimal; shipping: Decimal; tax: Decimal; total: Decimal } {
  const rows = groups.map((g) => {
    const subtotal = sumAmounts([...g.lineTotals]);
    const shipping = shippingCharge(g.method, subtotal, currency);
    const tax = roundToCurrency(subtotal.times(taxRate(g.country, g.region)), currency);
    return { groupId: g.groupId, subtotal, shipping, tax, total: subtotal.plus(shipping).plus(tax) };
  });
  const sum = (pick: (g: GroupTotals) => Decimal) => sumAmounts(rows.map(pick));
  return {
    groups: rows,
    subtotal: sum((g) => g.subtotal),
    shipping: sum((g) => g.shipping),
    tax: sum((g) => g.tax),
    total: sum((g) => g.total),
  };
}
