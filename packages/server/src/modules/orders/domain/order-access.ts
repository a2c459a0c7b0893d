/**
 * Who may change an order of the account they act for. Pure: the caller has already checked that the
 * order belongs to the viewer's effective account on their site.
 */
export interface OrderActorFacts {
  userId: string;
  roles: readonly string[];
  sellerSide: boolean;
}

export interface OrderParties {
  placedById: string;
  /** For orders a seller-side user placed: the buyer whose cart it was. */
  onBehalfOfId: string | null;
}

/** The buyer who placed it (or whose cart it was), a buyer admin of the account, or the seller acting for it. */
export function mayCancel(actor: OrderActorFacts, order: OrderParties): boolean {
  if (actor.sellerSide) return true;
  if (actor.roles.includes('BUYER_ADMIN')) return true;
  return actor.userId === order.placedById || actor.userId === order.onBehalfOfId;
}

export const MAY_NOT_CANCEL =
  'Only the buyer who placed this order, a buyer admin of the account or your sales contact may cancel it.';
