/** The largest quantity a list keeps of one product (as the server allows). */
export const MAX_WISHLIST_QUANTITY = 1_000_000;

export type WishlistQuantityProblem = 'empty' | 'range';

/**
 * What is wrong with a typed quantity, or null for a whole number from 1 to 1,000,000 (the server's
 * rule for a list's items; the cart applies the product's purchase rules when the list is ordered).
 */
export function wishlistQuantityProblem(value: number | ''): WishlistQuantityProblem | null {
  if (value === '' || Number.isNaN(value)) return 'empty';
  if (!Number.isInteger(value) || value < 1 || value > MAX_WISHLIST_QUANTITY) return 'range';
  return null;
}
