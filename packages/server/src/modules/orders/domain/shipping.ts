/**
 * Shipments, pure: which carrier page tracks a parcel, and what a shipment request ships given what
 * remains on each line. Plain data in, plain data out.
 */

const CARRIERS: Array<{ name: string; aliases: string[]; url: (n: string) => string }> = [
  {
    name: 'UPS',
    aliases: ['ups', 'unitedparcelservice'],
    url: (n) => `https://www.ups.com/track?tracknum=${n}`,
  },
  {
    name: 'FedEx',
    aliases: ['fedex', 'federalexpress'],
    url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  },
  {
    name: 'USPS',
    aliases: ['usps', 'unitedstatespostalservice', 'uspostalservice'],
    url: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  },
  {
    name: 'Canada Post',
    aliases: ['canadapost', 'postescanada', 'canadapostpostescanada'],
    url: (n) => `https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=${n}`,
  },
  {
    name: 'Purolator',
    aliases: ['purolator'],
    url: (n) => `https://www.purolator.com/en/shipping/tracker?pin=${n}`,
  },
];

function carrierOf(carrier: string) {
  const key = carrier.toLowerCase().replace(/[^a-z]/g, '');
  return CARRIERS.find((c) => c.aliases.includes(key)) ?? null;
}

/** The carrier's usual name when it is one we know ("fedex" → "FedEx"), else the name as given. */
export function carrierName(carrier: string): string {
  return carrierOf(carrier)?.name ?? carrier.trim();
}

/** The carrier's tracking page for a parcel, or null for a carrier we have no pattern for. */
export function trackingUrlFor(carrier: string, trackingNumber: string): string | null {
  const known = carrierOf(carrier);
  if (!known) return null;
  return known.url(encodeURIComponent(trackingNumber.replace(/\s+/g, '')));
}

export interface ShipmentFields {
  carrier: string;
  trackingNumber: string;
  trackingUrl?: string | null;
}

export interface FieldIssue {
  field: string;
  message: string;
}

/** Checks the carrier, tracking number and an optional tracking URL (https or http only). */
export function checkShipmentFields(input: ShipmentFields): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const carrier = input.carrier.trim();
  if (!carrier) problems.push({ field: 'carrier', message: 'Enter the carrier, e.g. UPS.' });
  else if (carrier.length > 50)
    problems.push({ field: 'carrier', message: 'The carrier is limited to 50 characters.' });
  const tracking = input.trackingNumber.trim();
  if (!tracking) problems.push({ field: 'trackingNumber', message: 'Enter the tracking number.' });
  else if (!/^[A-Za-z0-9][A-Za-z0-9 -]{0,63}$/.test(tracking))
    problems.push({
      field: 'trackingNumber',
      message: 'A tracking number is up to 64 letters, digits, spaces or dashes.',
    });
  const url = input.trackingUrl?.trim();
  if (url) {
    let ok = false;
    try {
      const parsed = new URL(url);
      ok = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && url.length <= 500;
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push({
        field: 'trackingUrl',
        message: 'The tracking URL must be an http(s) address up to 500 characters.',
      });
  }
  return problems;
}

export interface ShippableLine {
  id: string;
  lineNumber: number;
  sku: string;
  groupId: string | null;
  quantity: number;
  quantityShipped: number;
}

export interface ShipRequest {
  orderLineId: string | null;
  quantity: number;
}

export type ShipmentPlan =
  | {
      ok: true;
      /** What this shipment ships, per order line (quantity ≥ 1). */
      lines: Array<{ lineId: string; quantity: number }>;
      /** Units left to ship on the whole order after this shipment. */
      remainingAfter: number;
      /** The delivery group of every shipped line, when they share one. */
      groupId: string | null;
    }
  | { ok: false; problems: FieldIssue[] };

/**
 * What a shipment ships: the requested lines and quantities, each within what remains on its line
 * (and in the delivery group, when one is given); no lines requested means everything that remains in
 * the group, or on the order.
 */
export function planShipment(
  orderLines: readonly ShippableLine[],
  requests: readonly ShipRequest[],
  groupId: string | null,
): ShipmentPlan {
  const inScope = orderLines.filter((l) => groupId === null || l.groupId === groupId);
  const remaining = (l: ShippableLine) => Math.max(l.quantity - l.quantityShipped, 0);
  const problems: FieldIssue[] = [];
  const wanted = new Map<string, number>();
  if (requests.length === 0) {
    for (const line of inScope) if (remaining(line) > 0) wanted.set(line.id, remaining(line));
    if (wanted.size === 0)
      problems.push({
        field: 'lines',
        message:
          groupId === null
            ? 'Everything on this order has already shipped.'
            : 'Everything in this delivery group has already shipped.',
      });
  } else {
    requests.forEach((r, i) => {
      const line = r.orderLineId ? orderLines.find((l) => l.id === r.orderLineId) : undefined;
      if (!line) {
        problems.push({ field: `lines[${i}].orderLineId`, message: 'That line is not on this order.' });
        return;
      }
      if (groupId !== null && line.groupId !== groupId) {
        problems.push({
          field: `lines[${i}].orderLineId`,
          message: `Line ${line.lineNumber} (${line.sku}) is not in this delivery group.`,
        });
        return;
      }
      if (!Number.isSafeInteger(r.quantity) || r.quantity < 1) {
        problems.push({ field: `lines[${i}].quantity`, message: 'Ship at least 1 unit.' });
        return;
      }
      const total = (wanted.get(line.id) ?? 0) + r.quantity;
      if (total > remaining(line)) {
        problems.push({
          field: `lines[${i}].quantity`,
          message:
            remaining(line) === 0
              ? `Line ${line.lineNumber} (${line.sku}) has already shipped in full.`
              : `Line ${line.lineNumber} (${line.sku}) has ${remaining(line)} left to ship, not ${total}.`,
        });
        return;
      }
      wanted.set(line.id, total);
    });
  }
  if (problems.length) return { ok: false, problems };
  const shipped = [...wanted.entries()].map(([lineId, quantity]) => ({ lineId, quantity }));
  const remainingAfter = orderLines.reduce((sum, l) => sum + remaining(l) - (wanted.get(l.id) ?? 0), 0);
  const groups = new Set(shipped.map((s) => orderLines.find((l) => l.id === s.lineId)!.groupId));
  return {
    ok: true,
    lines: shipped,
    remainingAfter,
    groupId: groupId ?? (groups.size === 1 ? [...groups][0]! : null),
  };
}

export type GroupShipping = 'PENDING' | 'PARTLY_SHIPPED' | 'SHIPPED';

/** A delivery group's status from its lines' shipped quantities. */
export function groupStatus(
  lines: ReadonlyArray<{ quantity: number; quantityShipped: number }>,
): GroupShipping {
  const shipped = lines.reduce((s, l) => s + Math.min(l.quantityShipped, l.quantity), 0);
  const ordered = lines.reduce((s, l) => s + l.quantity, 0);
  if (shipped === 0) return 'PENDING';
  return shipped >= ordered ? 'SHIPPED' : 'PARTLY_SHIPPED';
}
