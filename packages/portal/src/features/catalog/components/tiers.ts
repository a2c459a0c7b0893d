export interface TierLike {
  minQuantity: number;
  maxQuantity?: number | null;
}

/** Index of the tier a quantity falls in, or -1 when none (e.g. below the first tier). */
export function tierIndexFor(tiers: readonly TierLike[], quantity: number | null | undefined): number {
  if (quantity == null) return -1;
  return tiers.findIndex(
    (t) => quantity >= t.minQuantity && (t.maxQuantity == null || quantity <= t.maxQuantity),
  );
}
