/** The seller's queue of orders to ship. */
export function fulfilmentPath(siteCode: string): string {
  return `/${siteCode}/admin/fulfilment`;
}

/** Shipping one order, by its number (the queue is searched for it). */
export function fulfilOrderPath(siteCode: string, orderNumber: string): string {
  return `/${siteCode}/admin/fulfilment/${encodeURIComponent(orderNumber)}`;
}
