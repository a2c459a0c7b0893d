import { describe, expect, it } from 'vitest';
import { planPayment, type PayableInvoice } from './allocation.js';

const NBSP = '\u00a0';
const ACCOUNT = 'acc-1';
const TODAY = '2026-11-25';

function invoice(id: string, over: Partial<PayableInvoice> = {}): PayableInvoice {
  return {
    id,
    number: `INV-${id}`,
    accountId: ACCOUNT,
    currency: 'USD',
    state: 'OPEN',
    balance: '500.00',
    issuedOn: '2026-11-01',
    discountPercent: null,
    discountDays: null,
    ...over,
  };
}

const invoices = new Map(
  [
    invoice('a'),
    // 2/10 net 30 issued 2026-11-20: through 2026-11-30, 1234.56 is settled by 1209.87 + 24.69.
    invoice('b', { balance: '1234.56', issuedOn: '2026-11-20', discountPercent: '2.00', discountDays: 10 }),
    invoice('void', { state: 'VOID' }),
    invoice('paid', { state: 'PAID', balance: '0' }),
    invoice('other', { accountId: 'acc-2' }),
    invoice('cad', {
      currency: 'CAD',
      balance: '100.25',
      discountPercent: '2',
      discountDays: 10,
      issuedOn: '2026-11-20',
    }),
  ].map((i) => [i.id, i]),
);

const plan = (
  amount: string,
  allocations: Array<{ invoiceId: string | null; amount: string }>,
  today = TODAY,
  locale = 'en-US',
) => planPayment({ accountId: ACCOUNT, amount, allocations }, invoices, today, locale);

function ok(result: ReturnType<typeof planPayment>) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return {
    currency: result.currency,
    amount: result.amount.toFixed(2),
    discountTotal: result.discountTotal.toFixed(2),
    allocations: result.allocations.map((a) => ({
      invoiceId: a.invoiceId,
      amount: a.amount.toFixed(2),
      discount: a.discount.toFixed(2),
      settlesInFull: a.settlesInFull,
    })),
  };
}

const problems = (result: ReturnType<typeof planPayment>) => (result.ok ? [] : result.problems);

describe('planning a payment', () => {
  it('pays one invoice in part (no discount) and one in full with its early-payment discount', () => {
    expect(
      ok(
        plan('1409.87', [
          { invoiceId: 'a', amount: '200.00' },
          { invoiceId: 'b', amount: '1209.87' },
        ]),
      ),
    ).toEqual({
      currency: 'USD',
      amount: '1409.87',
      discountTotal: '24.69',
      allocations: [
        { invoiceId: 'a', amount: '200.00', discount: '0.00', settlesInFull: false },
        { invoiceId: 'b', amount: '1209.87', discount: '24.69', settlesInFull: true },
      ],
    });
  });

  it('takes no discount on a part payment inside the window', () => {
    expect(ok(plan('1209.86', [{ invoiceId: 'b', amount: '1209.86' }])).allocations[0]).toEqual({
      invoiceId: 'b',
      amount: '1209.86',
      discount: '0.00',
      settlesInFull: false,
    });
  });

  it('takes the discount on day N and not on day N + 1 (then the whole balance settles it)', () => {
    expect(ok(plan('1209.87', [{ invoiceId: 'b', amount: '1209.87' }], '2026-11-30')).discountTotal).toBe(
      '24.69',
    );
    expect(ok(plan('1234.56', [{ invoiceId: 'b', amount: '1234.56' }], '2026-12-01')).allocations[0]).toEqual(
      {
        invoiceId: 'b',
        amount: '1234.56',
        discount: '0.00',
        settlesInFull: true,
      },
    );
    // Day N + 1 the discounted amount is only a part payment.
    expect(
      ok(plan('1209.87', [{ invoiceId: 'b', amount: '1209.87' }], '2026-12-01')).allocations[0]!
        .settlesInFull,
    ).toBe(false);
  });

  it('pays a CAD invoice in full with its discount rounded half up (100.25 − 2.01 = 98.24)', () => {
    expect(ok(plan('98.24', [{ invoiceId: 'cad', amount: '98.24' }]))).toEqual({
      currency: 'CAD',
      amount: '98.24',
      discountTotal: '2.01',
      allocations: [{ invoiceId: 'cad', amount: '98.24', discount: '2.01', settlesInFull: true }],
    });
  });

  it('refuses more than what settles an invoice in full today', () => {
    expect(problems(plan('1234.56', [{ invoiceId: 'b', amount: '1234.56' }]))).toEqual([
      {
        field: 'allocations[0].amount',
        message:
          '$1,209.87 pays invoice INV-b in full today (early-payment discount of $24.69 until 2026-11-30): enter at most that.',
      },
    ]);
    expect(problems(plan('500.01', [{ invoiceId: 'a', amount: '500.01' }]))).toEqual([
      {
        field: 'allocations[0].amount',
        message: 'Invoice INV-a has $500.00 left to pay: enter at most that.',
      },
    ]);
  });

  it('refuses amounts that are not positive decimals of the currency', () => {
    for (const amount of ['0', '0.00', '-5', '10.005', '1e3', '', '12,50']) {
      const found = problems(plan(amount || '1', [{ invoiceId: 'a', amount }]));
      expect(found[0]?.field, amount).toBe('allocations[0].amount');
    }
  });

  it('says a negative or zero amount must be greater than zero, and a badly written one how to write it', () => {
    for (const amount of ['-5', '-5.00', '−5', '- 12.50', '-10.005', '0', '0.00']) {
      expect(problems(plan('1.00', [{ invoiceId: 'a', amount }]))[0], amount).toEqual({
        field: 'allocations[0].amount',
        message: 'Enter an amount greater than zero.',
      });
    }
    expect(problems(plan('1.00', [{ invoiceId: 'a', amount: '-5' }], TODAY, 'fr-CA'))[0]?.message).toBe(
      'Entrez un montant supérieur à zéro.',
    );
    expect(problems(plan('-5.00', [{ invoiceId: 'a', amount: '5.00' }]))).toEqual([
      { field: 'amount', message: 'Enter an amount greater than zero.' },
    ]);
    expect(problems(plan('1.00', [{ invoiceId: 'a', amount: '10.005' }]))[0]?.message).toBe(
      'Enter the amount as a number with at most 2 decimals, e.g. 125.50.',
    );
  });

  it('refuses allocations that do not add up to the payment', () => {
    expect(
      problems(
        plan('300.00', [
          { invoiceId: 'a', amount: '200.00' },
          { invoiceId: 'b', amount: '50.00' },
        ]),
      ),
    ).toEqual([
      {
        field: 'amount',
        message: 'The amounts add up to $250.00, not the payment’s total of $300.00.',
      },
    ]);
  });

  it('refuses no invoice, a repeated invoice, another account’s, a void or paid one, unknown ids and mixed currencies', () => {
    expect(problems(plan('0', []))).toEqual([
      { field: 'allocations', message: 'Choose at least one invoice to pay.' },
    ]);
    const found = problems(
      plan('10.00', [
        { invoiceId: 'a', amount: '1.00' },
        { invoiceId: 'a', amount: '1.00' },
        { invoiceId: 'other', amount: '1.00' },
        { invoiceId: 'void', amount: '1.00' },
        { invoiceId: 'paid', amount: '1.00' },
        { invoiceId: null, amount: '1.00' },
        { invoiceId: 'nope', amount: '1.00' },
        { invoiceId: 'cad', amount: '3.00' },
      ]),
    );
    expect(found).toEqual([
      { field: 'allocations[1].invoiceId', message: 'Invoice INV-a is listed twice: give it one amount.' },
      {
        field: 'allocations[2].invoiceId',
        message: 'Invoice INV-other belongs to another account: pay each account’s invoices separately.',
      },
      { field: 'allocations[3].invoiceId', message: 'Invoice INV-void is void: there is nothing to pay.' },
      { field: 'allocations[4].invoiceId', message: 'Invoice INV-paid is already paid.' },
      { field: 'allocations[5].invoiceId', message: 'There is no such invoice on this account.' },
      { field: 'allocations[6].invoiceId', message: 'There is no such invoice on this account.' },
      {
        field: 'allocations[7].invoiceId',
        message:
          'Invoice INV-cad is in CAD and this payment is in USD: pay invoices of one currency together.',
      },
    ]);
    expect(
      problems(
        plan(
          '1',
          Array.from({ length: 101 }, (_, i) => ({ invoiceId: `x${i}`, amount: '0.01' })),
        ),
      )[0]?.field,
    ).toBe('allocations');
  });

  it('words problems in Canadian French with French amounts and dates', () => {
    expect(problems(plan('100.25', [{ invoiceId: 'cad', amount: '100.25' }], TODAY, 'fr-CA'))).toEqual([
      {
        field: 'allocations[0].amount',
        message: `98,24${NBSP}$ règle la facture INV-cad en entier aujourd’hui (escompte de paiement anticipé de 2,01${NBSP}$ jusqu’au 30 novembre 2026)${NBSP}: entrez au plus ce montant.`,
      },
    ]);
    expect(problems(plan('5.00', [{ invoiceId: 'a', amount: '4.00' }], TODAY, 'fr-CA'))).toEqual([
      {
        field: 'amount',
        message: `Les montants totalisent 4,00${NBSP}$${NBSP}US et non le total du paiement, 5,00${NBSP}$${NBSP}US.`,
      },
    ]);
  });
});
