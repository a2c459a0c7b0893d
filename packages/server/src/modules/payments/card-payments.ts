import type { EntityManager } from '@mikro-orm/postgresql';
import type { Decimal } from '../../platform/money.js';
import { paymentProvider } from './sandbox-provider.js';
import type { CardDetails, ChargeOutcome } from './provider.js';

/**
 * Charges a card through the provider and records the attempt, whatever its outcome, on its own
 * connection (a declined or failed attempt stays on record even when the caller's transaction rolls
 * back). The same account and idempotency key never charge twice: an earlier approved charge is
 * returned as it was; a declined, failed or voided one may be tried again.
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
  const attempts = await connection.execute<ChargeRow[]>(
    `SELECT id, status, provider_reference, card_brand, card_last4 FROM card_charge
      WHERE account_id = ? AND idempotency_key = ?`,
    [input.accountId, input.idempotencyKey],
  );
  const approved = attempts.find((attempt) => attempt.status === 'APPROVED');
  if (approved) return approvedResult(approved);
  // A declined or failed attempt charged nothing, and an approved one voided because its order could not
  // be placed was cancelled: the buyer may try again (another card, or later) under the same key. Each
  // attempt has its own provider key, the same for requests racing on the same attempt, so the provider
  // charges them once.
  const providerKey = `${input.accountId}:${input.idempotencyKey}:${attempts.length + 1}`;
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
     ON CONFLICT DO NOTHING
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
  if (row) return { chargeId: row.id, outcome };
  // A request racing on the same attempt recorded the approved charge first: it is this one.
  const [recorded] = await connection.execute<ChargeRow[]>(
    `SELECT id, status, provider_reference, card_brand, card_last4 FROM card_charge
      WHERE account_id = ? AND idempotency_key = ? AND status = 'APPROVED'`,
    [input.accountId, input.idempotencyKey],
  );
  return approvedResult(recorded!);
}

interface ChargeRow {
  id: string;
  status: string;
  provider_reference: string | null;
  card_brand: string;
  card_last4: string;
}

function approvedResult(row: ChargeRow): { chargeId: string; outcome: ChargeOutcome } {
  return {
    chargeId: row.id,
    outcome: {
      status: 'APPROVED',
      reference: row.provider_reference ?? '',
      brand: row.card_brand,
      last4: row.card_last4,
    },
  };
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
