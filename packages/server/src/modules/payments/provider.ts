import type { Decimal } from '../../platform/money.js';

/**
 * The payment provider interface. Checkout and invoice payments charge cards through it; the sandbox
 * provider (sandbox-provider.ts) serves the demo and the tests, and a real provider (Stripe, Adyen, …)
 * plugs in by implementing the same two calls. Card numbers pass through and are never stored.
 */
export interface CardDetails {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  holderName: string;
}

export interface ChargeRequest {
  amount: Decimal;
  currency: string;
  /** The provider must return the first outcome again for a repeated key (no double charge). */
  idempotencyKey: string;
  card: CardDetails;
  description: string;
}

/**
 * Why the issuer declined, when the provider says: lets the payer read the reason in their own language
 * (the `message` is the provider's English text). A provider that gives no code leaves it out.
 */
export type DeclineCode = 'CARD_DECLINED' | 'INSUFFICIENT_FUNDS';

export type ChargeOutcome =
  | { status: 'APPROVED'; reference: string; brand: string; last4: string }
  | { status: 'DECLINED'; brand: string; last4: string; message: string; declineCode?: DeclineCode }
  /** The provider could not complete the charge (network, outage); nothing was charged; try again. */
  | { status: 'FAILED'; brand: string; last4: string; message: string };

export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  /** Cancels an approved charge (the order it paid for could not be placed, or was rejected). */
  void(reference: string): Promise<void>;
}
