import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import {
  emptyActiveCart,
  futureCardExpiry,
  gql,
  money,
  signIn,
  signOut,
  switchAccount,
  uniqueReference,
} from './support.js';

/**
 * Paying invoices in the browser: the buyer pays two invoices at once — one in part, one in full (with
 * its early-payment discount when the account has one) — by sandbox card, and the balances and the
 * aging follow; a declined card says so and changes nothing. The invoices are made as in life: orders
 * on terms placed by the buyer, shipped by the seller.
 */
const BUYER = 'buyer@brewline.example';
const SELLER_ADMIN = 'admin@northbeam.example';
const ROAST = 'NB-SE-101';

/** Exact cents of a decimal string (no floats near money, even in a test). */
function cents(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
}
function amountOf(value: bigint): string {
  const text = value.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

interface InvoiceFacts {
  id: string;
  number: string;
  balance: { amount: string; currency: 'USD' | 'CAD' };
  earlyPaymentDiscount: { payInFullAmount: { amount: string }; amount: { amount: string } } | null;
}

/** The buyer places an order on terms through the API and the seller ships it whole: its invoice. */
async function invoicedOrder(page: Page, seller: APIRequestContext): Promise<InvoiceFacts> {
  await emptyActiveCart(page);
  const { addToCart } = await gql<{
    addToCart: { __typename: string; cart: { id: string; totals: { total: { amount: string } } } };
  }>(
    page,
    'mutation ($lines: [CartLineInput!]!) { addToCart(lines: $lines) { __typename ... on LinesAdded { cart { id totals { total { amount } } } } } }',
    {
      lines: [{ sku: ROAST, quantity: 2 }],
    },
  );
  expect(addToCart.__typename).toBe('LinesAdded');
  const { placeOrder } = await gql<{
    placeOrder: {
      __typename: string;
      order: {
        id: string;
        status: string;
        lines: { edges: Array<{ node: { id: string; quantity: number } }> };
      };
    };
  }>(
    page,
    `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
       ... on OrderPlaced { order { id status lines(first: 20) { edges { node { id quantity } } } } } } }`,
    {
      input: {
        cartId: addToCart.cart.id,
        idempotencyKey: uniqueReference('E2E-PAY').replace(/[^A-Za-z0-9_-]/g, '-'),
        expectedTotal: addToCart.cart.totals.total.amount,
        paymentMethod: 'PURCHASE_ORDER',
        poNumber: uniqueReference('PO-PAY'),
      },
    },
  );
  expect(placeOrder.__typename).toBe('OrderPlaced');
  const shipped = await seller.post('/graphql', {
    data: {
      query: `mutation ($input: CreateShipmentInput!) { createShipment(input: $input) { __typename } }`,
      variables: {
        input: {
          orderId: placeOrder.order.id,
          lines: placeOrder.order.lines.edges.map((e) => ({
            orderLineId: e.node.id,
            quantity: e.node.quantity,
          })),
          carrier: 'UPS',
          trackingNumber: uniqueReference('1Z'),
        },
      },
    },
  });
  expect(
    ((await shipped.json()) as { data: { createShipment: { __typename: string } } }).data.createShipment
      .__typename,
  ).toBe('ShipmentCreated');
  const { order } = await gql<{ order: { invoices: InvoiceFacts[] } }>(
    page,
    `query ($id: ID!) { order(id: $id) { invoices { id number balance { amount currency }
       earlyPaymentDiscount { amount { amount } payInFullAmount { amount } } } } }`,
    { id: placeOrder.order.id },
  );
  expect(order.invoices).toHaveLength(1);
  return order.invoices[0]!;
}

/** The seller's site admin, signed in through the API in a browser context of its own. */
async function sellerSession(page: Page): Promise<BrowserContext> {
  const context = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const response = await context.request.post('/graphql', {
    data: {
      query: 'mutation ($i: SignInInput!) { signIn(input: $i) { __typename } }',
      variables: { i: { siteCode: 'coffee', email: SELLER_ADMIN, password: 'portway-demo' } },
    },
  });
  expect(
    ((await response.json()) as { data: { signIn: { __typename: string } } }).data.signIn.__typename,
  ).toBe('SignInSuccess');
  return context;
}

async function balanceOf(page: Page, id: string): Promise<string> {
  const { invoice } = await gql<{ invoice: { balance: { amount: string } } }>(
    page,
    'query ($id: ID!) { invoice(id: $id) { balance { amount } } }',
    { id },
  );
  return invoice.balance.amount;
}

async function agingTotal(page: Page): Promise<{ amount: string; currency: 'USD' | 'CAD' }> {
  const { invoiceAging } = await gql<{
    invoiceAging: { totalOpen: { amount: string; currency: 'USD' | 'CAD' } };
  }>(page, '{ invoiceAging { totalOpen { amount currency } } }');
  return invoiceAging.totalOpen;
}

async function fillCard(page: Page, number: string) {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiry (MM/YY)').fill(futureCardExpiry());
  await page.getByLabel('Security code').fill('123');
  await page.getByLabel('Name on the card').fill('Maya Brewline');
}

test('the buyer pays two invoices, one in part, by sandbox card; the balances and the aging update', async ({
  page,
}) => {
  await signIn(page, 'coffee', BUYER);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Payments' })).toBeVisible();
  const seller = await sellerSession(page);
  const part = await invoicedOrder(page, seller.request);
  const full = await invoicedOrder(page, seller.request);
  await seller.close();
  const currency = part.balance.currency;
  const before = await agingTotal(page);

  // The invoice list: the aging as it stands, then both invoices ticked and paid together.
  await page.goto('/coffee/invoices');
  await expect(page.getByTestId('aging-total')).toHaveText(money(before.amount, currency, 'en-US'));
  for (const invoice of [part, full]) {
    await page.getByRole('checkbox', { name: `Select invoice ${invoice.number}` }).check();
  }
  await page.getByRole('link', { name: 'Pay selected' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pay invoices' })).toBeVisible();

  // Each amount starts at what settles the invoice in full (less the early-payment discount, if any).
  const fullAmount = full.earlyPaymentDiscount?.payInFullAmount.amount ?? full.balance.amount;
  const discount = full.earlyPaymentDiscount?.amount.amount ?? '0.00';
  await expect(page.getByLabel(`Amount to pay on ${full.number}`)).toHaveValue(fullAmount);
  // Brewline buys on 2/10 net 30: an invoice issued today takes the discount when paid in full.
  expect(full.earlyPaymentDiscount).not.toBeNull();
  await expect(page.getByTestId('pay-invoice').filter({ hasText: full.number })).toContainText(
    `Paying this amount takes the discount of ${money(discount, currency, 'en-US')}.`,
  );
  // One is paid in part: 5.00 now, which takes no discount.
  await page.getByLabel(`Amount to pay on ${part.number}`).fill('5.00');
  await expect(page.getByTestId('pay-invoice').filter({ hasText: part.number })).toContainText(
    'A part payment takes no discount.',
  );
  const total = amountOf(cents('5.00') + cents(fullAmount));
  await expect(page.getByTestId('pay-total')).toHaveText(money(total, currency, 'en-US'));
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: `Pay ${money(total, currency, 'en-US')}` }).click();

  const done = page.getByRole('status').filter({ hasText: /Payment PAY-\d+ is recorded/ });
  await expect(done).toBeVisible();
  const paymentNumber = /PAY-\d+/.exec(await done.innerText())![0];
  const partAfter = amountOf(cents(part.balance.amount) - cents('5.00'));
  await expect(
    page.getByRole('row', { name: new RegExp(part.number) }).getByTestId('balance-now'),
  ).toHaveText(money(partAfter, currency, 'en-US'));
  await expect(
    page.getByRole('row', { name: new RegExp(full.number) }).getByTestId('balance-now'),
  ).toHaveText(money('0.00', currency, 'en-US'));
  expect(await balanceOf(page, part.id)).toBe(partAfter);
  expect(await balanceOf(page, full.id)).toBe('0.00');

  // The receipt is a real PDF.
  const receiptHref = await done
    .getByRole('link', { name: 'Download the receipt (PDF)' })
    .getAttribute('href');
  const receipt = await page.request.get(receiptHref!);
  expect(receipt.headers()['content-type']).toBe('application/pdf');
  expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // The aging drops by what the payment settled: both amounts paid and the discount taken.
  const settled = cents('5.00') + cents(full.balance.amount);
  await page.goto('/coffee/invoices');
  await expect(page.getByTestId('aging-total')).toHaveText(
    money(amountOf(cents(before.amount) - settled), currency, 'en-US'),
  );

  // The part-paid invoice lists the payment; the history has it with its receipt.
  await page.goto(`/coffee/invoices/${encodeURIComponent(part.id)}`);
  const panel = page.getByRole('region', { name: 'Payments applied to this invoice' });
  await expect(panel.getByRole('row', { name: new RegExp(paymentNumber) })).toContainText(
    money('5.00', currency, 'en-US'),
  );
  await page.getByRole('navigation').getByRole('link', { name: 'Payments' }).click();
  const row = page.getByTestId('payment-row').filter({ hasText: paymentNumber });
  await expect(row).toContainText(money(total, currency, 'en-US'));
  await expect(row).toContainText('Visa ending in 4242');
  await expect(row.getByRole('link', { name: `Receipt of ${paymentNumber} (PDF)` })).toBeVisible();
});

test('a declined card shows an error and changes nothing', async ({ page }) => {
  await signIn(page, 'coffee', BUYER);
  const seller = await sellerSession(page);
  const invoice = await invoicedOrder(page, seller.request);
  await seller.close();
  const currency = invoice.balance.currency;
  const before = await agingTotal(page);

  await page.goto(`/coffee/invoices/pay?ids=${encodeURIComponent(invoice.id)}`);
  // A negative amount is refused as such, not as a badly written number.
  await page.getByLabel(`Amount to pay on ${invoice.number}`).fill('-5');
  await fillCard(page, '4000 0000 0000 0002');
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await expect(page.getByText('Enter an amount greater than zero.')).toBeVisible();
  await page.getByLabel(`Amount to pay on ${invoice.number}`).fill('3.00');
  await page.getByRole('button', { name: `Pay ${money('3.00', currency, 'en-US')}` }).click();

  // The banner says what happened once, then what to do.
  const alert = page.getByRole('alert').filter({ hasText: 'Your card was declined' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Your card was declined. No invoice was changed.');
  await expect(alert).toContainText('Try another card, or pay by bank transfer.');
  expect((await alert.innerText()).match(/declined/g)).toHaveLength(1);
  // Still on the form, with the amount as typed, ready for another card.
  await expect(page.getByLabel(`Amount to pay on ${invoice.number}`)).toHaveValue('3.00');
  expect(await balanceOf(page, invoice.id)).toBe(invoice.balance.amount);
  expect(await agingTotal(page)).toEqual(before);
  await page.goto(`/coffee/invoices/${encodeURIComponent(invoice.id)}`);
  await expect(page.getByText('No payment has been applied to this invoice yet.')).toBeVisible();
});

test('the sales rep voids an invoice nothing was paid on, with a reason; the buyer owes nothing on it', async ({
  page,
}) => {
  await signIn(page, 'coffee', BUYER);
  await expect(page).toHaveURL(/\/coffee$/); // signed in before the API calls
  const seller = await sellerSession(page);
  const invoice = await invoicedOrder(page, seller.request);
  await seller.close();
  await signOut(page, 'Maya Chen', 'coffee');

  await signIn(page, 'coffee', 'rep@northbeam.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await switchAccount(page, 'Brewline Cafés', { search: 'Brewline' });
  await page.goto(`/coffee/invoices/${encodeURIComponent(invoice.id)}`);
  await page.getByRole('button', { name: 'Void invoice' }).click();
  const dialog = page.getByRole('dialog', { name: `Void invoice ${invoice.number}` });
  // No reason: refused, and the reason box takes the focus.
  await dialog.getByRole('button', { name: 'Void invoice' }).click();
  await expect(dialog.getByText('Give the reason for voiding')).toBeVisible();
  await expect(dialog.getByLabel('Reason')).toBeFocused();
  await dialog.getByLabel('Reason').fill('Billed twice: replaced by a corrected invoice');
  await dialog.getByRole('button', { name: 'Void invoice' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('This invoice is void')).toBeVisible();
  await expect(page.getByText('Billed twice: replaced by a corrected invoice')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Void invoice' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Pay', exact: true })).toHaveCount(0);

  const { invoice: after } = await gql<{ invoice: { status: string; balance: { amount: string } } }>(
    page,
    'query ($id: ID!) { invoice(id: $id) { status balance { amount } } }',
    { id: invoice.id },
  );
  expect(after.status).toBe('VOID');
});
