import { useSyncExternalStore } from 'react';

/*
 * The cart someone works on when it is not their own active cart: a sales rep who opened a buyer's
 * cart keeps adding to it from the catalog and quick order until they go back to their own. Kept per
 * account for the browser tab (sessionStorage), so another account or tab starts from the active cart.
 */
const listeners = new Set<() => void>();
const key = (accountId: string) => `portway:working-cart:${accountId}`;

function read(accountId: string | null | undefined): string | null {
  if (!accountId) return null;
  try {
    return sessionStorage.getItem(key(accountId));
  } catch {
    return null;
  }
}

/** Remembers (or with null forgets) the cart being worked on for an account. */
export function setWorkingCart(accountId: string | null | undefined, cartId: string | null): void {
  if (!accountId || read(accountId) === cartId) return;
  try {
    if (cartId) sessionStorage.setItem(key(accountId), cartId);
    else sessionStorage.removeItem(key(accountId));
  } catch {
    // Storage refused (private mode): the viewer's active cart is used instead.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The cart being worked on for the account, or null for the viewer's active cart. */
export function useWorkingCartId(accountId: string | null | undefined): string | null {
  return useSyncExternalStore(
    subscribe,
    () => read(accountId),
    () => null,
  );
}
