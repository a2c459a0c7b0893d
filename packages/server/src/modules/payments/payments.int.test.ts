import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';
import { addDays, utcDate } from './domain/early-payment-discount.js';
import { SANDBOX_CARDS } from './sandbox-provider.js';

/**
 * Paying invoices through the API against a real database: exact part and full payments with the
 * early-payment discount, idempotency (a retry, 20 identical requests at once, a reused key),
 * concurrent payments on one invoice, declines and refusals that change nothing, who may pay, the
 * history, receipts, and the available credit following payments.
 */
const Pay = graphql(`
  mutation PaymentsPay($input: PayInvoicesInput!) {
    payInvoices(input: $input) {
      __typename
      ... on Payment {
        id
        number
        method
        amount {
          amount
          currency
        }
        discountTotal {
          amount
        }
        settledTotal {
          amount
        }
        card {
          brand
          last4
        }
        bankReference
        paidByName
        receiptUrl
        allocations {
          invoiceId
          invoiceNumber
          amount {
            amount
          }
          discount {
            amount
          }
          settled {
            amount
          }
          balanceAfter {
            amount
          }
        }
      }
      ... on IdempotencyKeyReused {
        paymentNumber
      }
      ... on ValidationFailed {
        problems {
          field
          message
        }
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

const History = graphql(`
  query PaymentsHistory($first: Int, $after: String) {
    payments(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          amount {
            amount
          }
          allocations {
            invoiceNumber
            amount {
              amount
            }
          }
        }
      }
    }
  }
`);

const OnePayment = graphql(`
  query PaymentsOne($id: ID!) {
    payment(id: $id) {
      number
      allocations {
        invoiceNumber
        amount {
          amount
        }
        discount {
          amount
        }
        balanceAfter {
          amount
          currency
        }
      }
    }
  }
`);

const InvoicePayments = graphql(`
  query PaymentsOfInvoice($id: ID!) {
    invoice(id: $id) {
      number
      balance {
        amount
      }
      earlyPaymentDiscount {
        percent
        amount {
          amount
          currency
        }
        payBy
        payInFullAmount {
          amount
        }
      }
      payments {
        paymentNumber
        method
        amount {
          amount
        }
        discount {
          amount
        }
        balanceAfter {
          amount
        }
        receiptUrl
      }
    }
  }
`);

const Credit = graphql(`
  mutation PaymentsCredit($invoiceId: ID!, $amount: String!) {
    issueCreditMemo(invoiceId: $invoiceId, kind: ADJUSTMENT, amount: $amount, reason: "Goodwill") {
      __typename
    }
  }
`);

const InvoicesToPay = graphql(`
  query PaymentsInvoicesToPay($ids: [ID!]!) {
    invoicesToPay(ids: $ids) {
      id
      number
    }
  }
`);

const Switch = graphql(`
  mutation PaymentsSwitch($accountId: ID!) {
    switchAccount(accountId: $accountId) {
      __typename
    }
  }
`);

const AddLines = graphql(`
  mutation PaymentsAddLines($lines: [CartLineInput!]!) {
    addToCart(lines: $lines) {
      __typename
      ... on LinesAdded {
        cart {
          id
          totals {
            total {
              amount
            }
          }
          paymentOptions {
            availableCredit {
              amount
            }
          }
        }
      }
    }
  }
`);

const Place = graphql(`
  mutation PaymentsPlace($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on OrderPlaced {
        order {
          id
          lines(first: 10) {
            edges {
              node {
                id
                quantity
              }
            }
          }
        }
      }
    }
  }
`);

const Ship = graphql(`
  mutation PaymentsShip($input: CreateShipmentInput!) {
    createShipment(input: $input) {
      __typename
    }
  }
`);

let server: TestServer;
let site: TestSite;
const clients: Record<string, TestClient> = {};
const sql = <Row = Record<string, unknown>>(statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute<Row[]>(statement, params);
const today = utcDate(new Date());
const card = (number: string = SANDBOX_CARDS.approved) => ({
  number,
  expMonth: 12,
  expYear: 2040,
  cvc: '123',
  holderName: 'Pat Buyer',
});

async function signIn(key: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: site.code, email: site.users[key]!.email, password: TEST_PASSWORD },
  });
  return client;
}

/** An invoice made straight in the database (with an order for it to bill): its database and global ids. */
async function makeInvoice(
  spec: {
    total: string;
    account?: number;
    currency?: string;
    issuedOn?: string;
    discount?: [percent: string, days: number];
    state?: string;
  } = { total: '100.00' },
): Promise<{ id: string; gid: string; number: string }> {
  const account = site.accounts[spec.account ?? 0]!;
  const orderId = randomUUID();
  const id = randomUUID();
  const number = `INV-T${id.slice(0, 8)}`;
  const currency = spec.currency ?? 'USD';
  await sql(
    `INSERT INTO customer_order (id, site_id, account_id, number, status, placed_at, placed_by_id, po_number, currency,
                                 subtotal, total, line_count, payment_method, payment_terms_days)
     VALUES (?, ?, ?, ?, 'DELIVERED', now(), ?, 'PO-PAY', ?, ?, ?, 1, 'PURCHASE_ORDER', 30)`,
    [
      orderId,
      site.id,
      account.id,
      `CO-T${id.slice(0, 8)}`,
      site.users.buyer!.id,
      currency,
      spec.total,
      spec.total,
    ],
  );
  const issuedOn = spec.issuedOn ?? addDays(today, -3);
  await sql(
    `INSERT INTO invoice (id, site_id, account_id, number, order_id, state, currency, issued_on, due_on, payment_terms_days,
                          early_payment_discount_percent, early_payment_discount_days, subtotal, tax_total, total,
                          amount_paid, amount_credited, balance, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::date + 30, 30, ?, ?, ?, 0, ?, 0, 0, ?, now())`,
    [
      id,
      site.id,
      account.id,
      number,
      orderId,
      spec.state ?? 'OPEN',
      currency,
      issuedOn,
      issuedOn,
      spec.discount?.[0] ?? null,
      spec.discount?.[1] ?? null,
      spec.total,
      spec.total,
      spec.state === 'PAID' ? '0' : spec.total,
    ],
  );
  return { id, gid: toGlobalId('Invoice', id), number };
}

async function invoiceRow(id: string) {
  const [row] = await sql<{
    balance: string;
    amount_paid: string;
    amount_credited: string;
    state: string;
    paid_at: Date | null;
  }>(
    'SELECT balance::text, amount_paid::text, amount_credited::text, state, paid_at FROM invoice WHERE id = ?',
    [id],
  );
  return row!;
}

/** Every balance, payment, allocation and charge of the site: compared before and after a refusal. */
async function ledger(): Promise<string> {
  const tables = await Promise.all([
    sql(
      'SELECT id, balance, amount_paid, amount_credited, state FROM invoice WHERE site_id = ? ORDER BY id',
      [site.id],
    ),
    sql('SELECT id, amount FROM payment WHERE site_id = ? ORDER BY id', [site.id]),
    sql(
      'SELECT a.id, a.amount, a.discount FROM payment_allocation a JOIN payment p ON p.id = a.payment_id WHERE p.site_id = ? ORDER BY a.id',
      [site.id],
    ),
    sql(`SELECT count(*) FROM audit_event WHERE site_id = ? AND action = 'payment.create'`, [site.id]),
  ]);
  return JSON.stringify(tables);
}

async function approvedChargesWithoutPayment(): Promise<number> {
  const [{ n }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM card_charge c
      WHERE c.account_id = ANY(?::uuid[]) AND c.purpose = 'invoices' AND c.status = 'APPROVED'
        AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.card_charge_id = c.id)`,
    [`{${site.accounts.map((a) => a.id).join(',')}}`],
  );
  return n;
}

function payInput(
  allocations: Array<{ invoiceId: string; amount: string }>,
  over: Partial<{
    idempotencyKey: string;
    amount: string;
    method: 'CARD' | 'BANK_TRANSFER';
    card: ReturnType<typeof card> | null;
    bankReference: string | null;
  }> = {},
) {
  const sum = allocations.reduce((total, a) => total + Math.round(Number(a.amount) * 100), 0);
  return {
    idempotencyKey: randomUUID(),
    amount: (sum / 100).toFixed(2),
    allocations,
    method: 'CARD' as const,
    card: card(),
    bankReference: null,
    ...over,
  };
}

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Chain', orders: 0 },
      { name: 'Other chain', orders: 0 },
    ],
    users: {
      buyer: { roles: [Role.BUYER], account: 0 },
      partner: { roles: [Role.PARTNER_USER], account: 0 },
      otherBuyer: { roles: [Role.BUYER], account: 1 },
      rep: { roles: [Role.SALES_REP], assigned: [0] },
      fieldRep: { roles: [Role.FIELD_REP], assigned: [0] },
      siteAdmin: { roles: [Role.SITE_ADMIN] },
    },
  });
  for (const key of ['buyer', 'partner', 'otherBuyer', 'rep', 'fieldRep', 'siteAdmin'])
    clients[key] = await signIn(key);
  for (const key of ['rep', 'fieldRep', 'siteAdmin'])
    await clients[key]!.data(Switch, { accountId: toGlobalId('Account', site.accounts[0]!.id) });
});
afterAll(() => server.close());

describe('paying invoices', () => {
  it('pays one invoice in part and another in full with its early-payment discount, exactly', async () => {
    const a = await makeInvoice({ total: '500.00' });
    // 2/10 net 30, issued 3 days ago: 2% of 1234.56 = 24.6912 → 24.69 off; 1209.87 settles it.
    const b = await makeInvoice({ total: '1234.56', discount: ['2.00', 10] });
    const before = (await clients.buyer!.data(InvoicePayments, { id: b.gid })).invoice!;
    expect(before.earlyPaymentDiscount).toEqual({
      percent: '2.00',
      amount: { amount: '24.69', currency: 'USD' },
      payBy: addDays(today, 7),
      payInFullAmount: { amount: '1209.87' },
    });
    const result = (
      await clients.buyer!.data(Pay, {
        input: payInput([
          { invoiceId: a.gid, amount: '200.00' },
          { invoiceId: b.gid, amount: '1209.87' },
        ]),
      })
    ).payInvoices;
    expect(result).toMatchObject({
      __typename: 'Payment',
      method: 'CARD',
      amount: { amount: '1409.87', currency: 'USD' },
      discountTotal: { amount: '24.69' },
      settledTotal: { amount: '1434.56' },
      card: { brand: 'Visa', last4: '4242' },
      bankReference: null,
    });
    if (result.__typename !== 'Payment') throw new Error('expected a payment');
    expect(result.number).toMatch(/^PAY-\d+$/);
    expect(
      result.allocations.map((x) => [
        x.invoiceNumber,
        x.amount.amount,
        x.discount.amount,
        x.settled.amount,
        x.balanceAfter.amount,
      ]),
    ).toEqual(
      [
        [a.number, '200.00', '0.00', '200.00', '300.00'],
        [b.number, '1209.87', '24.69', '1234.56', '0.00'],
      ].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    );
    expect(await invoiceRow(a.id)).toMatchObject({
      balance: '300.0000',
      amount_paid: '200.0000',
      amount_credited: '0.0000',
      state: 'PARTLY_PAID',
      paid_at: null,
    });
    const paidB = await invoiceRow(b.id);
    expect(paidB).toMatchObject({
      balance: '0.0000',
      amount_paid: '1209.8700',
      amount_credited: '24.6900',
      state: 'PAID',
    });
    expect(paidB.paid_at).not.toBeNull();
    const [charge] = await sql<{ amount: string; status: string; purpose: string }>(
      `SELECT c.amount::text, c.status, c.purpose FROM card_charge c JOIN payment p ON p.card_charge_id = c.id WHERE p.number = ?`,
      [result.number],
    );
    expect(charge).toEqual({ amount: '1409.8700', status: 'APPROVED', purpose: 'invoices' });
    const [audit] = await sql<{ summary: string; actor_id: string }>(
      `SELECT summary, actor_id FROM audit_event WHERE action = 'payment.create' AND summary LIKE ?`,
      [`${result.number}:%`],
    );
    expect(audit!.summary).toContain(`${b.number} (1209.87 + 24.69 early-payment discount)`);
    expect(audit!.actor_id).toBe(site.users.buyer!.id);

    // The invoice shows what paid it; a paid invoice offers no discount any more.
    const after = (await clients.buyer!.data(InvoicePayments, { id: b.gid })).invoice!;
    expect(after.earlyPaymentDiscount).toBeNull();
    expect(after.payments).toEqual([
      {
        paymentNumber: result.number,
        method: 'CARD',
        amount: { amount: '1209.87' },
        discount: { amount: '24.69' },
        balanceAfter: { amount: '0.00' },
        receiptUrl: result.receiptUrl,
      },
    ]);
    // And the payment reads back the same.
    const read = (await clients.buyer!.data(OnePayment, { id: result.id })).payment!;
    expect(read.allocations.map((x) => x.discount.amount).sort()).toEqual(['0.00', '24.69']);
    expect((await clients.otherBuyer!.data(OnePayment, { id: result.id })).payment).toBeNull();
  });

  it('takes the discount on its last day exactly, and none the day after', async () => {
    const lastDay = await makeInvoice({
      total: '100.25',
      discount: ['2', 10],
      issuedOn: addDays(today, -10),
    });
    const dayAfter = await makeInvoice({
      total: '100.25',
      discount: ['2', 10],
      issuedOn: addDays(today, -11),
    });
    // 2% of 100.25 = 2.005 → 2.01 (half up): 98.24 settles it.
    const paid = (
      await clients.buyer!.data(Pay, { input: payInput([{ invoiceId: lastDay.gid, amount: '98.24' }]) })
    ).payInvoices;
    expect(paid).toMatchObject({ __typename: 'Payment', discountTotal: { amount: '2.01' } });
    expect(await invoiceRow(lastDay.id)).toMatchObject({ balance: '0.0000', state: 'PAID' });
    expect(
      (await clients.buyer!.data(InvoicePayments, { id: dayAfter.gid })).invoice!.earlyPaymentDiscount,
    ).toBeNull();
    const part = (
      await clients.buyer!.data(Pay, { input: payInput([{ invoiceId: dayAfter.gid, amount: '98.24' }]) })
    ).payInvoices;
    expect(part).toMatchObject({ __typename: 'Payment', discountTotal: { amount: '0.00' } });
    expect(await invoiceRow(dayAfter.id)).toMatchObject({ balance: '2.0100', state: 'PARTLY_PAID' });
  });

  it('refuses within the window more than the discounted amount that settles the invoice', async () => {
    const inv = await makeInvoice({ total: '1000.00', discount: ['2', 10] });
    const before = await ledger();
    const refused = (
      await clients.buyer!.data(Pay, { input: payInput([{ invoiceId: inv.gid, amount: '1000.00' }]) })
    ).payInvoices;
    expect(refused).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [
        {
          field: 'allocations[0].amount',
          message: `$980.00 pays invoice ${inv.number} in full today (early-payment discount of $20.00 until ${addDays(today, 7)}): enter at most that.`,
        },
      ],
    });
    expect(await ledger()).toBe(before);
  });
});

describe('idempotency', () => {
  it('makes one payment for the same key sent twice, and answers both alike', async () => {
    const inv = await makeInvoice({ total: '300.00' });
    const input = payInput([{ invoiceId: inv.gid, amount: '120.00' }]);
    const first = (await clients.buyer!.data(Pay, { input })).payInvoices;
    const second = (await clients.buyer!.data(Pay, { input })).payInvoices;
    expect(first.__typename).toBe('Payment');
    expect(second).toEqual(first);
    const [{ n }] = await sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM payment WHERE idempotency_key = ?',
      [input.idempotencyKey],
    );
    expect(n).toBe(1);
    expect(await invoiceRow(inv.id)).toMatchObject({ balance: '180.0000', amount_paid: '120.0000' });
  });

  it('20 identical requests at once: one payment, one charge, 20 identical answers', async () => {
    const inv = await makeInvoice({ total: '250.00' });
    const input = payInput([{ invoiceId: inv.gid, amount: '75.50' }]);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => clients.buyer!.request(Pay, { input })),
    );
    const bodies = answers.map((a) => JSON.stringify(a.data));
    expect(answers.every((a) => !a.errors)).toBe(true);
    expect(new Set(bodies).size).toBe(1);
    expect(answers[0]!.data!.payInvoices.__typename).toBe('Payment');
    const [{ payments }] = await sql<{ payments: number }>(
      'SELECT count(*)::int AS payments FROM payment WHERE idempotency_key = ?',
      [input.idempotencyKey],
    );
    expect(payments).toBe(1);
    const charges = await sql<{ status: string }>(
      `SELECT status FROM card_charge WHERE idempotency_key LIKE ?`,
      [`invoices:${input.idempotencyKey}:%`],
    );
    expect(charges).toEqual([{ status: 'APPROVED' }]);
    expect(await invoiceRow(inv.id)).toMatchObject({ balance: '174.5000', amount_paid: '75.5000' });
  });

  it('refuses the same key with a different amount, and changes nothing', async () => {
    const inv = await makeInvoice({ total: '90.00' });
    const input = payInput([{ invoiceId: inv.gid, amount: '10.00' }]);
    const first = (await clients.buyer!.data(Pay, { input })).payInvoices;
    if (first.__typename !== 'Payment') throw new Error('expected a payment');
    const before = await ledger();
    const reused = (
      await clients.buyer!.data(Pay, {
        input: { ...input, amount: '11.00', allocations: [{ invoiceId: inv.gid, amount: '11.00' }] },
      })
    ).payInvoices;
    expect(reused).toEqual({
      __typename: 'IdempotencyKeyReused',
      code: 'IDEMPOTENCY_KEY_REUSED',
      paymentNumber: first.number,
      message: `This idempotency key was already used for payment ${first.number}, with other amounts or another way to pay. Nothing was charged; start the payment again to make a new one.`,
    });
    expect(await ledger()).toBe(before);
    expect(await approvedChargesWithoutPayment()).toBe(0);
  });
});

describe('concurrency', () => {
  it('concurrent payments on one invoice never overpay it: the later ones see the reduced balance', async () => {
    const inv = await makeInvoice({ total: '100.00' });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        clients.buyer!.data(Pay, { input: payInput([{ invoiceId: inv.gid, amount: '40.00' }]) }),
      ),
    );
    const made = answers.filter((a) => a.payInvoices.__typename === 'Payment');
    const refused = answers.filter((a) => a.payInvoices.__typename === 'ValidationFailed');
    expect(made).toHaveLength(2);
    expect(refused).toHaveLength(6);
    for (const r of refused) {
      expect(r.payInvoices).toMatchObject({
        problems: [
          {
            field: 'allocations[0].amount',
            message: `Invoice ${inv.number} has $20.00 left to pay: enter at most that.`,
          },
        ],
      });
    }
    expect(await invoiceRow(inv.id)).toMatchObject({
      balance: '20.0000',
      amount_paid: '80.0000',
      state: 'PARTLY_PAID',
    });
    const [{ total }] = await sql<{ total: string }>(
      'SELECT sum(amount)::text AS total FROM payment_allocation WHERE invoice_id = ?',
      [inv.id],
    );
    expect(total).toBe('80.0000');
    // The refused ones' charges were voided: no money taken without a payment.
    expect(await approvedChargesWithoutPayment()).toBe(0);
  });
});

describe('declines and refusals change nothing', () => {
  it('a declined card leaves every balance as it was, says so, and keeps the attempt', async () => {
    const a = await makeInvoice({ total: '80.00' });
    const b = await makeInvoice({ total: '40.00' });
    const before = await ledger();
    const input = payInput(
      [
        { invoiceId: a.gid, amount: '80.00' },
        { invoiceId: b.gid, amount: '15.00' },
      ],
      { card: card(SANDBOX_CARDS.declined) },
    );
    const declined = (await clients.buyer!.data(Pay, { input })).payInvoices;
    expect(declined).toEqual({
      __typename: 'PaymentDeclined',
      code: 'PAYMENT_DECLINED',
      message: 'Your card was declined. No invoice was changed.',
    });
    expect(await ledger()).toBe(before);
    const attempts = await sql<{ status: string; amount: string }>(
      'SELECT status, amount::text FROM card_charge WHERE idempotency_key LIKE ?',
      [`invoices:${input.idempotencyKey}:%`],
    );
    expect(attempts).toEqual([{ status: 'DECLINED', amount: '95.0000' }]);
    // The same key then pays with another card.
    const paid = (await clients.buyer!.data(Pay, { input: { ...input, card: card() } })).payInvoices;
    expect(paid.__typename).toBe('Payment');
  });

  it('a provider failure leaves every balance as it was and says to try again', async () => {
    const inv = await makeInvoice({ total: '55.00' });
    const before = await ledger();
    const failed = (
      await clients.buyer!.data(Pay, {
        input: payInput([{ invoiceId: inv.gid, amount: '55.00' }], {
          card: card(SANDBOX_CARDS.transientFailure),
        }),
      })
    ).payInvoices;
    expect(failed).toEqual({
      __typename: 'PaymentFailed',
      code: 'PAYMENT_FAILED',
      message:
        'The payment service could not be reached. Nothing was charged; please try again. No invoice was changed.',
    });
    expect(await ledger()).toBe(before);
  });

  it('refuses bad allocations with a message for each, and changes nothing', async () => {
    const open = await makeInvoice({ total: '60.00' });
    const cad = await makeInvoice({ total: '60.00', currency: 'CAD' });
    const voided = await makeInvoice({ total: '60.00', state: 'VOID' });
    const paid = await makeInvoice({ total: '60.00', state: 'PAID' });
    const foreign = await makeInvoice({ total: '60.00', account: 1 });
    const before = await ledger();
    const [{ charges }] = await sql<{ charges: number }>('SELECT count(*)::int AS charges FROM card_charge');
    const refused = (
      await clients.buyer!.data(Pay, {
        input: payInput(
          [
            { invoiceId: open.gid, amount: '60.01' },
            { invoiceId: open.gid, amount: '1.00' },
            { invoiceId: cad.gid, amount: '1.00' },
            { invoiceId: voided.gid, amount: '1.00' },
            { invoiceId: paid.gid, amount: '1.00' },
            { invoiceId: foreign.gid, amount: '1.00' },
            { invoiceId: 'not-an-id', amount: '0' },
          ],
          { amount: '999.00' },
        ),
      })
    ).payInvoices;
    expect(refused).toMatchObject({ __typename: 'ValidationFailed', code: 'INVALID_INPUT' });
    if (refused.__typename !== 'ValidationFailed') throw new Error('expected a refusal');
    expect(refused.problems).toEqual([
      {
        field: 'allocations[0].amount',
        message: `Invoice ${open.number} has $60.00 left to pay: enter at most that.`,
      },
      {
        field: 'allocations[1].invoiceId',
        message: `Invoice ${open.number} is listed twice: give it one amount.`,
      },
      {
        field: 'allocations[2].invoiceId',
        message: `Invoice ${cad.number} is in CAD and this payment is in USD: pay invoices of one currency together.`,
      },
      {
        field: 'allocations[3].invoiceId',
        message: `Invoice ${voided.number} is void: there is nothing to pay.`,
      },
      { field: 'allocations[4].invoiceId', message: `Invoice ${paid.number} is already paid.` },
      // Another account's invoice is not the buyer's to know of.
      { field: 'allocations[5].invoiceId', message: 'There is no such invoice on this account.' },
      { field: 'allocations[6].amount', message: 'Enter an amount greater than zero.' },
      { field: 'allocations[6].invoiceId', message: 'There is no such invoice on this account.' },
      { field: 'amount', message: 'The amounts add up to $65.01, not the payment’s total of $999.00.' },
    ]);
    const bank = (
      await clients.buyer!.data(Pay, {
        input: payInput([{ invoiceId: open.gid, amount: '5.00' }], {
          method: 'BANK_TRANSFER',
          card: card(),
          bankReference: '  ',
          idempotencyKey: 'short',
        }),
      })
    ).payInvoices;
    expect(bank).toMatchObject({
      problems: [
        { field: 'idempotencyKey', message: 'The idempotency key is 8 to 100 letters, digits, - or _.' },
        { field: 'card', message: 'A bank transfer takes no card: choose one way to pay.' },
        { field: 'bankReference', message: 'Enter the bank transfer’s reference (1 to 100 characters).' },
      ],
    });
    const badCard = (
      await clients.buyer!.data(Pay, {
        input: payInput([{ invoiceId: open.gid, amount: '5.00' }], {
          card: { ...card(), number: '4242424242424241' },
        }),
      })
    ).payInvoices;
    expect(badCard).toMatchObject({
      problems: [{ field: 'card.number', message: 'The card number is not valid.' }],
    });
    expect(await ledger()).toBe(before);
    const [{ charges: after }] = await sql<{ charges: number }>(
      'SELECT count(*)::int AS charges FROM card_charge',
    );
    expect(after).toBe(charges);
  });
});

describe('in French', () => {
  it('words refusals and declines for a fr-CA payer, and changes nothing', async () => {
    await sql(`UPDATE site SET supported_locales = '{en-US,fr-CA}' WHERE id = ?`, [site.id]);
    await sql(`UPDATE app_user SET locale = 'fr-CA' WHERE id = ?`, [site.users.partner!.id]);
    const client = await signIn('partner');
    const inv = await makeInvoice({ total: '100.25', discount: ['2', 10] });
    const before = await ledger();
    const refused = (await client.data(Pay, { input: payInput([{ invoiceId: inv.gid, amount: '100.25' }]) }))
      .payInvoices;
    expect(refused).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [
        {
          field: 'allocations[0].amount',
          message: `98,24\u00a0$\u00a0US règle la facture ${inv.number} en entier aujourd’hui (escompte de paiement anticipé de 2,01\u00a0$\u00a0US jusqu’au ${new Intl.DateTimeFormat('fr-CA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${addDays(today, 7)}T00:00:00Z`)).replace(/^1(?=\s)/, '1er')})\u00a0: entrez au plus ce montant.`,
        },
      ],
    });
    const declined = (
      await client.data(Pay, {
        input: payInput([{ invoiceId: inv.gid, amount: '98.24' }], {
          card: card(SANDBOX_CARDS.insufficientFunds),
        }),
      })
    ).payInvoices;
    expect(declined).toEqual({
      __typename: 'PaymentDeclined',
      code: 'PAYMENT_DECLINED',
      message: 'Votre carte a été refusée\u00a0: fonds insuffisants. Aucune facture n’a été modifiée.',
    });
    expect(await ledger()).toBe(before);
  });
});

describe('who may pay', () => {
  it('a partner user pays by bank transfer; a sales rep records one for an assigned account but takes no card', async () => {
    const inv = await makeInvoice({ total: '500.00' });
    const partner = (
      await clients.partner!.data(Pay, {
        input: payInput([{ invoiceId: inv.gid, amount: '100.00' }], {
          method: 'BANK_TRANSFER',
          card: null,
          bankReference: 'WIRE-2026-0042',
        }),
      })
    ).payInvoices;
    expect(partner).toMatchObject({
      __typename: 'Payment',
      method: 'BANK_TRANSFER',
      bankReference: 'WIRE-2026-0042',
      card: null,
    });
    const rep = (
      await clients.rep!.data(Pay, {
        input: payInput([{ invoiceId: inv.gid, amount: '50.00' }], {
          method: 'BANK_TRANSFER',
          card: null,
          bankReference: 'EFT 88812',
        }),
      })
    ).payInvoices;
    expect(rep).toMatchObject({ __typename: 'Payment', paidByName: expect.stringContaining('rep') });
    const repCard = (
      await clients.rep!.data(Pay, { input: payInput([{ invoiceId: inv.gid, amount: '1.00' }]) })
    ).payInvoices;
    expect(repCard).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [
        {
          field: 'method',
          message:
            'Seller-side users record bank transfers; a card payment is made by the customer in the portal.',
        },
      ],
    });
    const field = await clients.fieldRep!.request(Pay, {
      input: payInput([{ invoiceId: inv.gid, amount: '1.00' }]),
    });
    expect(field.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await invoiceRow(inv.id)).toMatchObject({ balance: '350.0000' });
    // The other account's buyer cannot touch it (not found to them).
    const other = (
      await clients.otherBuyer!.data(Pay, { input: payInput([{ invoiceId: inv.gid, amount: '1.00' }]) })
    ).payInvoices;
    expect(other).toMatchObject({
      problems: [{ field: 'allocations[0].invoiceId', message: 'There is no such invoice on this account.' }],
    });
    const anonymous = await new TestClient(server.url).request(Pay, {
      input: payInput([{ invoiceId: inv.gid, amount: '1.00' }]),
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('history and receipts', () => {
  it('lists the account’s payments newest first by keyset, with the total count', async () => {
    const client = await signIn('otherBuyer');
    const inv = await makeInvoice({ total: '30.00', account: 1 });
    const numbers: string[] = [];
    for (const amount of ['1.00', '2.00', '3.00']) {
      const paid = (await client.data(Pay, { input: payInput([{ invoiceId: inv.gid, amount }]) }))
        .payInvoices;
      if (paid.__typename !== 'Payment') throw new Error(JSON.stringify(paid));
      numbers.push(paid.number);
    }
    const first = (await client.data(History, { first: 2 })).payments;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges.map((e) => e.node.amount.amount)).toEqual(['3.00', '2.00']);
    const rest = (await client.data(History, { first: 2, after: first.pageInfo.endCursor })).payments;
    expect(rest.edges.map((e) => e.node.number)).toEqual([numbers[0]]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.edges[0]!.node.allocations).toEqual([
      { invoiceNumber: inv.number, amount: { amount: '1.00' } },
    ]);
    // The pay page's query: the account's own invoices only, in the order asked.
    const mine = await makeInvoice({ total: '12.00' });
    const toPay = await client.data(InvoicesToPay, { ids: [inv.gid, mine.gid, 'nonsense'] });
    expect(toPay.invoicesToPay.map((i) => i.number)).toEqual([inv.number]);
    const bad = await client.request(History, { first: 2, after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('downloads a PDF receipt, in French too; anyone else gets 404, the signed-out 401', async () => {
    const inv = await makeInvoice({ total: '45.00' });
    const paid = (
      await clients.buyer!.data(Pay, { input: payInput([{ invoiceId: inv.gid, amount: '45.00' }]) })
    ).payInvoices;
    if (paid.__typename !== 'Payment') throw new Error('expected a payment');
    for (const suffix of ['', '?locale=fr-CA']) {
      const response = await fetch(`${server.url}${paid.receiptUrl}${suffix}`, {
        headers: { cookie: clients.buyer!.cookieHeader },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(
        `inline; filename="receipt-${paid.number}.pdf"`,
      );
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(body.length).toBeGreaterThan(1000);
    }
    const other = await fetch(`${server.url}${paid.receiptUrl}`, {
      headers: { cookie: clients.otherBuyer!.cookieHeader },
    });
    expect(other.status).toBe(404);
    expect((await fetch(`${server.url}${paid.receiptUrl}`)).status).toBe(401);
  });
});

/**
 * The text a PDF shows, enough to find a figure on it: the strings of its text operators (pdfkit
 * writes them as hex of WinAnsi codes in deflated content streams), one line per operator.
 */
const WIN_ANSI: Record<number, string> = { 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—' };

function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (const [, body] of pdf.toString('latin1').matchAll(streams)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(body!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const [, parts] of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      lines.push(
        [...parts!.matchAll(/<([0-9a-fA-F]*)>/g)]
          .map(([, hex]) =>
            [...Buffer.from(hex!, 'hex')].map((code) => WIN_ANSI[code] ?? String.fromCharCode(code)).join(''),
          )
          .join(''),
      );
  }
  return lines.join('\n');
}

describe('a receipt never changes once issued', () => {
  it('keeps each invoice’s balance right after the payment, whatever is paid or credited later', async () => {
    const inv = await makeInvoice({ total: '1000.00' });
    const pay = async (amount: string) => {
      const paid = (await clients.buyer!.data(Pay, { input: payInput([{ invoiceId: inv.gid, amount }]) }))
        .payInvoices;
      if (paid.__typename !== 'Payment') throw new Error(JSON.stringify(paid));
      return paid;
    };
    const receipt = async (url: string, locale = 'en-US') => {
      const response = await fetch(`${server.url}${url}?locale=${locale}`, {
        headers: { cookie: clients.buyer!.cookieHeader },
      });
      expect(response.status).toBe(200);
      return pdfText(Buffer.from(await response.arrayBuffer()));
    };
    const first = await pay('400.00');
    expect(first.allocations[0]!.balanceAfter.amount).toBe('600.00');
    const firstReceipt = await receipt(first.receiptUrl);
    expect(firstReceipt).toContain('Balance after');
    expect(firstReceipt).toContain('$600.00');

    // More is paid, and the seller credits the invoice: the first payment still says 600.00.
    const second = await pay('250.00');
    expect(second.allocations[0]!.balanceAfter.amount).toBe('350.00');
    const credited = await clients.rep!.data(Credit, { invoiceId: inv.gid, amount: '50.00' });
    expect(credited.issueCreditMemo.__typename).toBe('CreditMemoIssued');
    expect((await invoiceRow(inv.id)).balance).toBe('300.0000');

    const again = (await clients.buyer!.data(OnePayment, { id: first.id })).payment!;
    expect(again.allocations.map((a) => a.balanceAfter)).toEqual([{ amount: '600.00', currency: 'USD' }]);
    expect(
      (await clients.buyer!.data(InvoicePayments, { id: inv.gid })).invoice!.payments.map((p) => [
        p.paymentNumber,
        p.balanceAfter.amount,
      ]),
    ).toEqual([
      [second.number, '350.00'],
      [first.number, '600.00'],
    ]);
    const later = await receipt(first.receiptUrl);
    const issued = /receipt issued .*/;
    expect(later.replace(issued, '')).toBe(firstReceipt.replace(issued, ''));
    expect(later).toContain('$600.00');
    expect(later).not.toContain('$300.00');
    expect(later).not.toContain('$350.00');
    expect(await receipt(second.receiptUrl)).toContain('$350.00');
    // In French, with French typography (U+00A0 before the semicolon).
    const french = await receipt(first.receiptUrl, 'fr-CA');
    expect(french).toContain('Solde restant');
    expect(french).toContain('600,00\u00a0$\u00a0US');
    expect(french).toContain('d’escompte\u00a0;');
  });
});

describe('available credit', () => {
  it('follows payments through the invoices of shipped orders on terms', async () => {
    const buyer = await signIn('buyer');
    const available = async () => {
      const added = (await buyer.data(AddLines, { lines: [{ sku: site.productSkus[1]!, quantity: 1 }] }))
        .addToCart;
      if (added.__typename !== 'LinesAdded') throw new Error(JSON.stringify(added));
      return added.cart;
    };
    const cart = await available();
    const placed = (
      await buyer.data(Place, {
        input: {
          cartId: cart.id,
          idempotencyKey: randomUUID(),
          expectedTotal: cart.totals.total.amount,
          paymentMethod: 'PURCHASE_ORDER',
          poNumber: 'PO-CREDIT',
        },
      })
    ).placeOrder;
    if (placed.__typename !== 'OrderPlaced') throw new Error(JSON.stringify(placed));
    const line = placed.order.lines.edges[0]!.node;
    const shipped = await clients.siteAdmin!.data(Ship, {
      input: {
        orderId: placed.order.id,
        lines: [{ orderLineId: line.id, quantity: line.quantity }],
        carrier: 'UPS',
        trackingNumber: '1ZPAYMENTS1',
      },
    });
    expect(shipped.createShipment.__typename).toBe('ShipmentCreated');
    const [invoice] = await sql<{ id: string; balance: string }>(
      `SELECT i.id, i.balance::text FROM invoice i WHERE i.order_id = ?`,
      [Buffer.from(placed.order.id, 'base64url').toString('utf8').split(':')[1]],
    );
    expect(invoice).toBeDefined();
    const before = (await available()).paymentOptions.availableCredit!.amount;
    const paid = (
      await buyer.data(Pay, {
        input: payInput([{ invoiceId: toGlobalId('Invoice', invoice!.id), amount: '5.00' }]),
      })
    ).payInvoices;
    expect(paid.__typename).toBe('Payment');
    const after = (await available()).paymentOptions.availableCredit!.amount;
    expect((Math.round(Number(after) * 100) - Math.round(Number(before) * 100)) / 100).toBe(5);
  });
});
