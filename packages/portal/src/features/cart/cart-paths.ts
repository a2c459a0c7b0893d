/** The cart page: the viewer's active cart, or another cart of the account (a saved one, a buyer's). */
export function cartPath(siteCode: string, cartId?: string | null): string {
  return cartId ? `/${siteCode}/cart?cart=${encodeURIComponent(cartId)}` : `/${siteCode}/cart`;
}

/** Checkout of the active cart, or of another cart of the account. */
export function checkoutPath(siteCode: string, cartId?: string | null): string {
  return cartId ? `/${siteCode}/checkout?cart=${encodeURIComponent(cartId)}` : `/${siteCode}/checkout`;
}

export function quickOrderPath(siteCode: string): string {
  return `/${siteCode}/quick-order`;
}
