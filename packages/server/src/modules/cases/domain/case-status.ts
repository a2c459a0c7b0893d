/**
 * The life of a service case, as plain rules (no ORM, no GraphQL).
 *
 *   OPEN ──seller answers or takes it──▶ IN_PROGRESS ⇄ AWAITING_CUSTOMER
 *     │                                       │
 *     └──────────────▶ RESOLVED ◀─────────────┘ (seller)
 *                         │
 *   any status but CLOSED ──customer closes──▶ CLOSED ──customer reopens──▶ OPEN
 *
 * Who does what:
 * - The customer side (any customer-side user of the case's account, not only who opened it: a case
 *   belongs to the account, as its orders do) may close a case in any status, and reopen a resolved
 *   or closed case (back to OPEN, so the seller sees it as new again).
 * - The seller side (users who act for the account) moves a case along: IN_PROGRESS (from OPEN,
 *   AWAITING_CUSTOMER or RESOLVED), AWAITING_CUSTOMER (from OPEN or IN_PROGRESS), RESOLVED (from OPEN,
 *   IN_PROGRESS or AWAITING_CUSTOMER), and may close a RESOLVED case. The seller never reopens a
 *   closed case: that is the customer's call.
 * Comments move a case too: the seller's first answer on an OPEN case makes it IN_PROGRESS; a
 * customer's comment on a case AWAITING_CUSTOMER hands it back (IN_PROGRESS). A closed case takes no
 * comments (reopen it first); every other status does, and a comment on a RESOLVED case leaves it
 * resolved (a "thank you" must not reopen it; reopening is an explicit action).
 */

export type CaseStatusValue = 'OPEN' | 'IN_PROGRESS' | 'AWAITING_CUSTOMER' | 'RESOLVED' | 'CLOSED';

/** Which side of the case the actor is on. */
export type CaseSide = 'CUSTOMER' | 'SELLER';

export const CASE_STATUSES: readonly CaseStatusValue[] = [
  'OPEN',
  'IN_PROGRESS',
  'AWAITING_CUSTOMER',
  'RESOLVED',
  'CLOSED',
];

/** For each side and status: the statuses it may move the case to. */
const MOVES: Record<CaseSide, Record<CaseStatusValue, readonly CaseStatusValue[]>> = {
  CUSTOMER: {
    OPEN: ['CLOSED'],
    IN_PROGRESS: ['CLOSED'],
    AWAITING_CUSTOMER: ['CLOSED'],
    RESOLVED: ['OPEN', 'CLOSED'],
    CLOSED: ['OPEN'],
  },
  SELLER: {
    OPEN: ['IN_PROGRESS', 'AWAITING_CUSTOMER', 'RESOLVED'],
    IN_PROGRESS: ['AWAITING_CUSTOMER', 'RESOLVED'],
    AWAITING_CUSTOMER: ['IN_PROGRESS', 'RESOLVED'],
    RESOLVED: ['IN_PROGRESS', 'CLOSED'],
    CLOSED: [],
  },
};

/** Why a status change is refused, as a code; case-messages.ts words it in a person's language. */
export type CaseTransitionRefusal =
  | 'SAME_STATUS'
  | 'CLOSED_SELLER'
  | 'CUSTOMER_MAY_ONLY_CLOSE_OR_REOPEN'
  | 'REOPEN_ONLY_RESOLVED_OR_CLOSED'
  | 'SELLER_NOT_ALLOWED';

export type CaseTransition =
  | { ok: true; from: CaseStatusValue; to: CaseStatusValue }
  | { ok: false; from: CaseStatusValue; refusal: CaseTransitionRefusal };

/** The statuses the side may move a case in `from` to (for the portal's buttons). */
export function nextStatuses(from: CaseStatusValue, side: CaseSide): readonly CaseStatusValue[] {
  return MOVES[side][from];
}

/** May `side` move a case from `from` to `to`? */
export function changeStatus(from: CaseStatusValue, to: CaseStatusValue, side: CaseSide): CaseTransition {
  if (from === to) return { ok: false, from, refusal: 'SAME_STATUS' };
  if (MOVES[side][from].includes(to)) return { ok: true, from, to };
  if (side === 'SELLER')
    return { ok: false, from, refusal: from === 'CLOSED' ? 'CLOSED_SELLER' : 'SELLER_NOT_ALLOWED' };
  if (to === 'OPEN') return { ok: false, from, refusal: 'REOPEN_ONLY_RESOLVED_OR_CLOSED' };
  return { ok: false, from, refusal: 'CUSTOMER_MAY_ONLY_CLOSE_OR_REOPEN' };
}

/** A comment may be added unless the case is closed. */
export function mayComment(status: CaseStatusValue): boolean {
  return status !== 'CLOSED';
}

/** The status after a comment from `side` (the same status when the comment does not move it). */
export function statusAfterComment(status: CaseStatusValue, side: CaseSide): CaseStatusValue {
  if (side === 'SELLER' && status === 'OPEN') return 'IN_PROGRESS';
  if (side === 'CUSTOMER' && status === 'AWAITING_CUSTOMER') return 'IN_PROGRESS';
  return status;
}
