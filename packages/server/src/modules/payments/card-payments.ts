import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Decimal } from '../../platform/money.js';
import { paymentProvider } from './sandbox-provider.js';
import type { CardDetails, ChargeOutcome } from './provider.js';

/**
 * Charges a card through the provider and records the attempt, whatever its outcome, on its own
 * connection (a declined or failed attempt stays on record even when the caller's transaction rolls
 * back). The same account and idempotency key never charge twice: an earlier approved or declined
 * outcome is returned as it was; a failed (or voided) one may be tried again.
 */
export async function chargeCard(
  em: EntityManager,
  input: {
    accountId: string;
    userId: string;
    purpose: string;
    idempotencyKey: string;
    amount: Decimal;
    currency: string;
    card: CardDetails;
    description: string;
  },
): Promise<{ chargeId: string; outcome: ChargeOutcome }> {
  const connection = em.getConnection();
  const [earlier] = await connection.execute<
    Array<{
      id: string;
      status: string;
      provider_reference: string | null;
      card_brand: string;
      card_last4: string;
      failure_message: string | null;
    }>
  >(
    'SELECT id, status, provider_reference, card_brand, card_last4, failure_message FROM card_charge WHERE account_id = ? AND idempotency_key = ?',
    [input.accountId, input.idempotencyKey],
  );
  if (earlier && (earlier.status === 'APPROVED' || earlier.status === 'DECLINED')) {
    const base = { brand: earlier.card_brand, last4: earlier.card_last4 };
    return {
      chargeId: earlier.id,
      outcome:
        earlier.status === 'APPROVED'
          ? { status: 'APPROVED', reference: earlier.provider_reference ?? '', ...base }
          : { status: 'DECLINED', message: earlier.failure_message ?? 'Your card was declined.', ...base },
    };
  }
  // A failed attempt, or an approved one voided because its order could not be placed, is tried afresh.
  const providerKey = earlier
    ? `${input.accountId}:${input.idempotencyKey}:${randomUUID()}`
    : `${input.accountId}:${input.idempotencyKey}`;
  const provider = paymentProvider();
  const outcome = await provider.charge({
    amount: input.amount,
    currency: input.currency,
    idempotencyKey: providerKey,
    card: input.card,
    description: input.description,
  });
  const [row] = await connection.execute<Array<{ id: string }>>(
    `INSERT INTO card_charge (id, account_id, charged_by_id, purpose, idempotency_key, provider, provider_reference, amount,
                              currency, status, card_brand, card_last4, failure_message, created_at)
     VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
     ON CONFLICT (account_id, idempotency_key) DO UPDATE SET status = excluded.status,
        provider_reference = excluded.provider_reference, failure_message = excluded.failure_message
     RETURNING id`,
    [
      input.accountId,
      input.userId,
      input.purpose,
      input.idempotencyKey,
      provider.name,
      outcome.status === 'APPROVED' ? outcome.reference : null,
      input.amount.toFixed(4),
      input.currency,
      outcome.status,
      outcome.brand,
      outcome.last4,
      outcome.status === 'APPROVED' ? null : outcome.message,
    ],
  );
  return { chargeId: row!.id, outcome };
}

/** Voids an approved charge whose order could not be placed or was rejected. */
export async function voidCharge(em: EntityManager, chargeId: string): Promise<void> {
  const [charge] = await em
    .getConnection()
    .execute<Array<{ provider_reference: string | null; status: string }>>(
      'SELECT provider_reference, status FROM card_charge WHERE id = ?',
      [chargeId],
    );
  if (!charge || charge.status !== 'APPROVED' || !charge.provider_reference) return;
  await paymentProvider().void(charge.provider_reference);
  await em.getConnection().execute(`UPDATE card_charge SET status = 'VOIDED' WHERE id = ?`, [chargeId]);
}
