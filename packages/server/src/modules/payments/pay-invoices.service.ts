import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { inTransaction, type Sql } from '../../platform/db/transaction.js';
import { sqlArray } from '../../platform/db/sql.js';
import { ForbiddenError } from '../../platform/errors.js';
import { ValidationFailed, type FieldProblem } from '../../platform/graphql-types.js';
import { fromGlobalId } from '../../platform/ids.js';
import { Decimal, money, toDecimal } from '../../platform/money.js';
import { recordAudit } from '../audit/index.js';
import { PaymentDeclined, PaymentFailed } from '../checkout/checkout.types.js';
import { accountScopeSql, effectiveAccountId, type Viewer } from '../identity/index.js';
import { settleInvoice } from '../invoices/index.js';
import { chargeCard, voidCharge } from './card-payments.js';
import { checkCard } from './card-rules.js';
import { planPayment, type PayableInvoice, type PlannedAllocation } from './domain/allocation.js';
import { utcDate } from './domain/early-payment-discount.js';
import { paymentRight } from './domain/payment-access.js';
import { keyReused, nothingChanged, paymentProblem, problemsSummary } from './domain/payment-words.js';
import { PaymentMethodKind } from './payment.entity.js';
import { chargeOutcomeMessage } from './payment-messages.js';
import { IdempotencyKeyReused, type PayInvoicesInput, type PaymentNode } from './payments.types.js';
import { PaymentsService } from './payments.service.js';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

type Refusal = ValidationFailed | IdempotencyKeyReused;

/**
 * Paying invoices: one payment allocated explicitly over invoices of the effective account.
 *
 * 1. The request is checked (key, way to pay, card as entered, who may pay) and, when its key already
 *    made a payment, answered with that payment (same request) or refused (another request).
 * 2. The allocation is validated against the invoices' current balances and early-payment terms.
 * 3. A card is charged through the provider (each attempt recorded in card_charge on its own
 *    connection, whatever the outcome). A decline or provider failure ends here: nothing else was
 *    written, and the payer is told so. The charge happens before the ledger transaction, as checkout
 *    does: a provider call never runs while invoice rows are locked, and waiting payments never hold a
 *    connection the locked one needs (20 identical requests share one charge by its key).
 * 4. One transaction: a lock on the (account, key) pair serialises requests with the same key; the
 *    invoices are locked (`FOR UPDATE`, in id order, so payments touching the same invoices queue
 *    without deadlock) and validated again against their balances as they are now — a concurrent
 *    payment that reduced a balance makes this one refused, never an overpayment. Then the payment,
 *    its allocations, each invoice settled (paid + discount credited, settleInvoice) and an audit event.
 *    If it makes no payment, an approved charge it made is voided.
 */
export class PayInvoicesService {
  constructor(private readonly em: EntityManager) {}

  async pay(
    viewer: Viewer,
    input: PayInvoicesInput,
  ): Promise<PaymentNode | PaymentDeclined | PaymentFailed | Refusal> {
    const locale = viewer.locale;
    const right = paymentRight(viewer.roles);
    if (right === 'NONE') throw new ForbiddenError('Your role may not pay invoices.');
    const accountId = effectiveAccountId(viewer);
    const problems = this.check(input, right, locale);
    if (!accountId) problems.unshift({ field: 'allocations', message: paymentProblem('NO_ACCOUNT', locale) });
    if (problems.length || !accountId) return refused(problems, locale);

    const request = {
      accountId,
      amount: input.amount,
      allocations: input.allocations.map((a) => ({
        invoiceId: fromGlobalId('Invoice', a.invoiceId),
        amount: a.amount,
      })),
    };
    const fingerprint = fingerprintOf(input, request.allocations);
    const run: Sql = <Row>(statement: string, params: unknown[] = []) =>
      this.em.getConnection().execute<Row[]>(statement, params);

    const earlier = await this.existing(run, accountId, input.idempotencyKey, fingerprint, locale);
    if (earlier) return earlier;

    const today = utcDate(new Date());
    const first = planPayment(
      request,
      await this.invoices(run, viewer, request.allocations, false),
      today,
      locale,
    );
    if (!first.ok) return refused(first.problems, locale);

    let chargeId: string | null = null;
    if (input.method === PaymentMethodKind.CARD) {
      const card = input.card!;
      let charge: Awaited<ReturnType<typeof chargeCard>>;
      try {
        charge = await chargeCard(this.em, {
          accountId,
          userId: viewer.userId,
          purpose: 'invoices',
          // Per request: a retry shares the charge; another request under the same key never does.
          idempotencyKey: `invoices:${input.idempotencyKey}:${fingerprint.slice(0, 16)}`,
          amount: first.amount,
          currency: first.currency,
          card: { ...card, number: card.number.replace(/[\s-]/g, '') },
          description: `Invoice payment ${input.idempotencyKey}`,
        });
      } catch {
        // The provider could not be reached at all: as a provider failure, nothing was charged.
        return new PaymentFailed(
          `${chargeOutcomeMessage({ status: 'FAILED', brand: '', last4: '', message: 'The payment service could not be reached. Nothing was charged; please try again.' }, locale)} ${nothingChanged(locale)}`,
        );
      }
      if (charge.outcome.status === 'DECLINED')
        return new PaymentDeclined(
          `${chargeOutcomeMessage(charge.outcome, locale)} ${nothingChanged(locale)}`,
        );
      if (charge.outcome.status === 'FAILED')
        return new PaymentFailed(`${chargeOutcomeMessage(charge.outcome, locale)} ${nothingChanged(locale)}`);
      chargeId = charge.chargeId;
    }

    let outcome: { paymentId: string } | Refusal;
    try {
      outcome = await inTransaction(this.em, (sql) =>
        this.record(sql, viewer, input, request, fingerprint, chargeId, today),
      );
    } catch (error) {
      if (chargeId) await this.voidUnused(chargeId).catch(() => undefined);
      throw error;
    }
    if ('paymentId' in outcome) {
      const payment = await new PaymentsService(this.em).byId(outcome.paymentId, {
        accountId,
        siteId: viewer.siteId,
      });
      if (!payment) throw new Error(`payment ${outcome.paymentId} just made could not be read back`);
      return payment;
    }
    if (chargeId) await this.voidUnused(chargeId);
    return outcome;
  }

  private check(
    input: PayInvoicesInput,
    right: 'CARD_OR_BANK_TRANSFER' | 'BANK_TRANSFER_ONLY',
    locale: string,
  ) {
    const problems: FieldProblem[] = [];
    if (!KEY.test(input.idempotencyKey))
      problems.push({ field: 'idempotencyKey', message: paymentProblem('IDEMPOTENCY_KEY', locale) });
    if (input.method === PaymentMethodKind.CARD) {
      if (right === 'BANK_TRANSFER_ONLY')
        problems.push({ field: 'method', message: paymentProblem('SELLER_CARD', locale) });
      if (input.bankReference != null)
        problems.push({
          field: 'bankReference',
          message: paymentProblem('BANK_REFERENCE_WITH_CARD', locale),
        });
      if (!input.card) problems.push({ field: 'card', message: paymentProblem('CARD_MISSING', locale) });
      else if (right !== 'BANK_TRANSFER_ONLY') {
        const card = { ...input.card, number: input.card.number.replace(/[\s-]/g, '') };
        for (const p of checkCard(card, new Date(), locale))
          problems.push({ field: `card.${p.field}`, message: p.message });
      }
    } else {
      if (input.card)
        problems.push({ field: 'card', message: paymentProblem('CARD_WITH_BANK_TRANSFER', locale) });
      const reference = input.bankReference?.trim() ?? '';
      if (!reference || reference.length > 100 || reference.includes('\u0000'))
        problems.push({ field: 'bankReference', message: paymentProblem('BANK_REFERENCE', locale) });
    }
    return problems;
  }

  /** The payment this key already made: returned for the same request, refused for another. */
  private async existing(
    sql: Sql,
    accountId: string,
    key: string,
    fingerprint: string,
    locale: string,
  ): Promise<PaymentNode | IdempotencyKeyReused | null> {
    const [row] = await sql<{ id: string; number: string; request_fingerprint: string; site_id: string }>(
      'SELECT id, number, request_fingerprint, site_id FROM payment WHERE account_id = ? AND idempotency_key = ?',
      [accountId, key],
    );
    if (!row) return null;
    if (row.request_fingerprint !== fingerprint)
      return new IdempotencyKeyReused(keyReused(row.number, locale), row.number);
    return new PaymentsService(this.em).byId(row.id, { accountId, siteId: row.site_id });
  }

  /**
   * The invoices named, among those of accounts the viewer may act for (any other is "not found"),
   * with their balances; locked `FOR UPDATE` in id order when `lock`.
   */
  private async invoices(
    sql: Sql,
    viewer: Viewer,
    allocations: ReadonlyArray<{ invoiceId: string | null }>,
    lock: boolean,
  ): Promise<
    Map<
      string,
      PayableInvoice & { siteId: string; amountPaid: string; amountCredited: string; total: string }
    >
  > {
    const ids = [...new Set(allocations.flatMap((a) => (a.invoiceId ? [a.invoiceId] : [])))].sort();
    if (!ids.length) return new Map();
    const scope = accountScopeSql(viewer, 'a');
    const rows = await sql<{
      id: string;
      site_id: string;
      number: string;
      account_id: string;
      currency: string;
      state: PayableInvoice['state'];
      total: string;
      amount_paid: string;
      amount_credited: string;
      balance: string;
      issued_on: string;
      discount_percent: string | null;
      discount_days: number | null;
    }>(
      `SELECT i.id, i.site_id, i.number, i.account_id, i.currency, i.state, i.total::text, i.amount_paid::text,
              i.amount_credited::text, i.balance::text, to_char(i.issued_on, 'YYYY-MM-DD') AS issued_on,
              i.early_payment_discount_percent::text AS discount_percent,
              i.early_payment_discount_days AS discount_days
         FROM invoice i JOIN account a ON a.id = i.account_id
        WHERE i.id = ANY(?::uuid[]) AND i.site_id = ? AND ${scope.sql}
        ORDER BY i.id${lock ? ' FOR UPDATE OF i' : ''}`,
      [sqlArray(ids), viewer.siteId, ...scope.params],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          siteId: r.site_id,
          number: r.number,
          accountId: r.account_id,
          currency: r.currency,
          state: r.state,
          total: r.total,
          amountPaid: r.amount_paid,
          amountCredited: r.amount_credited,
          balance: r.balance,
          issuedOn: r.issued_on,
          discountPercent: r.discount_percent,
          discountDays: r.discount_days,
        },
      ]),
    );
  }

  /** The ledger transaction (step 4 above). */
  private async record(
    sql: Sql,
    viewer: Viewer,
    input: PayInvoicesInput,
    request: Parameters<typeof planPayment>[0],
    fingerprint: string,
    chargeId: string | null,
    today: string,
  ): Promise<{ paymentId: string } | Refusal> {
    const locale = viewer.locale;
    await sql('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `payment:${request.accountId}:${input.idempotencyKey}`,
    ]);
    const [made] = await sql<{ id: string; number: string; request_fingerprint: string }>(
      'SELECT id, number, request_fingerprint FROM payment WHERE account_id = ? AND idempotency_key = ?',
      [request.accountId, input.idempotencyKey],
    );
    if (made) {
      return made.request_fingerprint === fingerprint
        ? { paymentId: made.id }
        : new IdempotencyKeyReused(keyReused(made.number, locale), made.number);
    }
    const invoices = await this.invoices(sql, viewer, request.allocations, true);
    const plan = planPayment(request, invoices, today, locale);
    if (!plan.ok) return refused(plan.problems, locale);

    const [payment] = await sql<{ id: string; number: string }>(
      `INSERT INTO payment (id, site_id, account_id, number, method, amount, discount_total, currency, idempotency_key,
                            request_fingerprint, card_charge_id, bank_reference, paid_by_id, created_at)
       VALUES (gen_random_uuid(), ?, ?, 'PAY-' || nextval('payment_number_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
       RETURNING id, number`,
      [
        viewer.siteId,
        request.accountId,
        input.method,
        plan.amount.toFixed(4),
        plan.discountTotal.toFixed(4),
        plan.currency,
        input.idempotencyKey,
        fingerprint,
        chargeId,
        input.method === PaymentMethodKind.BANK_TRANSFER ? input.bankReference!.trim() : null,
        viewer.userId,
      ],
    );
    const paymentId = payment!.id;
    const changes: Array<{
      invoiceId: string;
      number: string;
      allocation: PlannedAllocation;
      before: string;
      after: string;
      /** The settled balance as stored on the invoice (4 decimals). */
      balanceAfter: string;
      state: string;
    }> = [];
    for (const allocation of plan.allocations) {
      const invoice = invoices.get(allocation.invoiceId)!;
      const settled = settleInvoice(invoice, { paid: allocation.amount, credited: allocation.discount });
      await sql(
        `UPDATE invoice SET amount_paid = ?, amount_credited = ?, balance = ?, state = ?,
                paid_at = CASE WHEN ? = 'PAID' THEN now() ELSE paid_at END
          WHERE id = ?`,
        [
          settled.amountPaid.toFixed(4),
          settled.amountCredited.toFixed(4),
          settled.balance.toFixed(4),
          settled.state,
          settled.state,
          invoice.id,
        ],
      );
      changes.push({
        invoiceId: invoice.id,
        number: invoice.number,
        allocation,
        before: money(invoice.balance, plan.currency).amount,
        after: money(settled.balance, plan.currency).amount,
        balanceAfter: settled.balance.toFixed(4),
        state: settled.state,
      });
    }
    // Each allocation keeps the invoice's balance right after this payment: the receipt's "Balance
    // after", which later payments and credit memos never change.
    await sql(
      `INSERT INTO payment_allocation (id, payment_id, invoice_id, amount, discount, balance_after)
       SELECT gen_random_uuid(), ?, a.invoice_id, a.amount, a.discount, a.balance_after
         FROM jsonb_to_recordset(?::jsonb)
           AS a(invoice_id uuid, amount numeric, discount numeric, balance_after numeric)`,
      [
        paymentId,
        JSON.stringify(
          changes.map((c) => ({
            invoice_id: c.invoiceId,
            amount: c.allocation.amount.toFixed(4),
            discount: c.allocation.discount.toFixed(4),
            balance_after: c.balanceAfter,
          })),
        ),
      ],
    );
    const amountText = (value: Decimal) => `${money(value, plan.currency).amount} ${plan.currency}`;
    await recordAudit(sql, {
      siteId: viewer.siteId,
      actorId: viewer.userId,
      action: 'payment.create',
      subjectType: 'Payment',
      subjectId: paymentId,
      summary: `${payment!.number}: ${amountText(plan.amount)} by ${input.method === PaymentMethodKind.CARD ? 'card' : `bank transfer ${input.bankReference!.trim()}`} to ${changes
        .map(
          (c) =>
            `${c.number} (${money(c.allocation.amount, plan.currency).amount}${c.allocation.discount.isZero() ? '' : ` + ${money(c.allocation.discount, plan.currency).amount} early-payment discount`})`,
        )
        .join(', ')}`,
      before: Object.fromEntries(changes.map((c) => [c.number, { balance: c.before }])),
      after: Object.fromEntries(changes.map((c) => [c.number, { balance: c.after, state: c.state }])),
    });
    return { paymentId };
  }

  /** Voids an approved charge no payment uses (its payment was refused or failed to record). */
  private async voidUnused(chargeId: string): Promise<void> {
    const [used] = await this.em
      .getConnection()
      .execute<Array<{ id: string }>>('SELECT id FROM payment WHERE card_charge_id = ?', [chargeId]);
    if (!used) await voidCharge(this.em, chargeId);
  }
}

function refused(problems: FieldProblem[], locale: string): ValidationFailed {
  return new ValidationFailed(problems, problemsSummary(problems, locale));
}

/**
 * What makes two requests "the same": the total, the allocations (by invoice, amounts normalised) and
 * the way to pay (with the bank reference; the card number is not part of it, so a declined card can
 * be retried with another under the same key).
 */
function fingerprintOf(
  input: PayInvoicesInput,
  allocations: ReadonlyArray<{ invoiceId: string | null; amount: string }>,
): string {
  const normal = (text: string) => {
    try {
      return toDecimal(text.trim()).toFixed(4);
    } catch {
      return text;
    }
  };
  const body = {
    amount: normal(input.amount),
    method: input.method,
    bankReference:
      input.method === PaymentMethodKind.BANK_TRANSFER ? (input.bankReference?.trim() ?? '') : null,
    allocations: allocations
      .map((a) => [a.invoiceId ?? '', normal(a.amount)])
      .sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0)),
  };
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}
