import { randomUUID } from 'node:crypto';
import { cardBrand } from './card-rules.js';
import type { ChargeOutcome, ChargeRequest, PaymentProvider } from './provider.js';

/**
 * The sandbox provider for the demo and the tests: no money moves. Documented test cards (any future
 * expiry, any 3-digit code):
 *   4242 4242 4242 4242 (Visa) and 5555 5555 5555 4444 (Mastercard): approved;
 *   4000 0000 0000 0002: declined ("Your card was declined.");
 *   4000 0000 0000 9995: declined for insufficient funds;
 *   4000 0000 0000 0119: the provider fails transiently (nothing charged; trying again may work).
 * A repeated idempotency key returns the first outcome.
 */
export const SANDBOX_CARDS = {
  approved: '4242424242424242',
  approvedMastercard: '5555555555554444',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  transientFailure: '4000000000000119',
} as const;

export class SandboxProvider implements PaymentProvider {
  readonly name = 'sandbox';
  private readonly outcomes = new Map<string, ChargeOutcome>();

  async charge(request: ChargeRequest): Promise<ChargeOutcome> {
    const seen = this.outcomes.get(request.idempotencyKey);
    if (seen && seen.status !== 'FAILED') return seen;
    const number = request.card.number.replace(/[\s-]/g, '');
    const base = { brand: cardBrand(number), last4: number.slice(-4) };
    let outcome: ChargeOutcome;
    if (number === SANDBOX_CARDS.declined)
      outcome = {
        status: 'DECLINED',
        ...base,
        message: 'Your card was declined.',
        declineCode: 'CARD_DECLINED',
      };
    else if (number === SANDBOX_CARDS.insufficientFunds) {
      outcome = {
        status: 'DECLINED',
        ...base,
        message: 'Your card was declined: insufficient funds.',
        declineCode: 'INSUFFICIENT_FUNDS',
      };
    } else if (number === SANDBOX_CARDS.transientFailure) {
      outcome = {
        status: 'FAILED',
        ...base,
        message: 'The payment service could not be reached. Nothing was charged; please try again.',
      };
    } else
      outcome = {
        status: 'APPROVED',
        ...base,
        reference: `sbx_${randomUUID().replace(/-/g, '').slice(0, 20)}`,
      };
    this.outcomes.set(request.idempotencyKey, outcome);
    return outcome;
  }

  async void(_reference: string): Promise<void> {}
}

let provider: PaymentProvider = new SandboxProvider();

/** The configured provider (PAYMENT_PROVIDER=sandbox is the only one built in). */
export function paymentProvider(): PaymentProvider {
  return provider;
}

/** Tests may swap in a provider of their own. */
export function usePaymentProvider(next: PaymentProvider): void {
  provider = next;
}
