/** Whether a product can ship now, from what each warehouse holds. Pure: plain data in, plain data out. */
export type AvailabilityStatus = 'IN_STOCK' | 'LOW_STOCK' | 'BACKORDERED';

export interface StockLevel {
  warehouseId: string;
  onHand: number;
  lowStockThreshold: number;
  /** ISO date (YYYY-MM-DD) of the next receipt, if one is planned. */
  nextReceiptDate: string | null;
}

export interface Availability {
  status: AvailabilityStatus;
  /** Units on hand across warehouses (never negative). */
  onHand: number;
  /** When a backordered product is expected; null when no receipt is planned. */
  expectedDate: string | null;
}

/** One warehouse's status: nothing on hand is backordered; at or below its threshold is low. */
export function warehouseAvailability(level: StockLevel): Availability {
  const onHand = Math.max(0, level.onHand);
  if (onHand === 0) return { status: 'BACKORDERED', onHand, expectedDate: level.nextReceiptDate };
  return { status: onHand <= level.lowStockThreshold ? 'LOW_STOCK' : 'IN_STOCK', onHand, expectedDate: null };
}

/**
 * Across warehouses: nothing anywhere is backordered (expected at the earliest planned receipt); at or
 * below the summed thresholds is low; otherwise in stock. No stock record at all is backordered with
 * no date.
 */
export function availabilityOf(levels: readonly StockLevel[]): Availability {
  const onHand = levels.reduce((sum, l) => sum + Math.max(0, l.onHand), 0);
  if (onHand === 0) {
    const dates = levels.map((l) => l.nextReceiptDate).filter((d): d is string => d !== null);
    return { status: 'BACKORDERED', onHand: 0, expectedDate: dates.length ? dates.sort()[0]! : null };
  }
  const threshold = levels.reduce((sum, l) => sum + Math.max(0, l.lowStockThreshold), 0);
  return { status: onHand <= threshold ? 'LOW_STOCK' : 'IN_STOCK', onHand, expectedDate: null };
}
