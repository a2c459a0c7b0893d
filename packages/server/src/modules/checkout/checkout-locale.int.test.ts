import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';
import { SANDBOX_CARDS } from '../payments/index.js';

/**
 * A Montréal buyer who reads the portal in French gets the server's messages in French too: quantity
 * rules, cart blockers, payment options, checkout refusals, order refusals and notifications. Everyone
 * else (here a buyer admin in English) keeps English, and each recipient of a notification reads it in
 * their own language.
 */
const NBSP = '\u00a0';

const CART_FIELDS = `
  id
  version
  lines { id sku quantity problem { code message } }
  blockers
  totals { total { amount currency } }
  paymentOptions { purchaseOrder { allowed termsDays reason } }`;

const ADD = `mutation($lines: [CartLineInput!]!) {
  addToCart(lines: $lines) {
    __typename
    ... on LinesAdded { addedCount rejected { sku code message suggestedQuantity } cart { ${CART_FIELDS} } }
  }
}`;

const CART = `query { cart { ${CART_FIELDS} } }`;

const UPDATE_LINE = `mutation($input: UpdateCartLineInput!) {
  updateCartLine(input: $input) {
    __typename
    ... on ValidationFailed { message problems { field message } }
  }
}`;

const PLACE = `mutation($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    __typename
    ... on OrderPlaced { order { id number status } }
    ... on ValidationFailed { problems { field message } }
    ... on UserError { code message }
  }
}`;

const REJECT = `mutation($id: ID!, $comment: String) {
  rejectOrder(orderId: $id, comment: $comment) { __typename ... on UserError { message } }
}`;

const CANCEL = `mutation($id: ID!) {
  cancelOrder(orderId: $id) { __typename ... on InvalidTransition { code message status } }
}`;

const NOTIFICATIONS = `query { notifications(first: 20) { edges { node { kind title body } } } }`;

interface CartShape {
  id: string;
  version: number;
  lines: Array<{
    id: string;
    sku: string;
    quantity: number;
    problem: { code: string; message: string } | null;
  }>;
  blockers: string[];
  totals: { total: { amount: string; currency: string } };
  paymentOptions: { purchaseOrder: { allowed: boolean; termsDays: number | null; reason: string | null } };
}

type AddResult = {
  addToCart: {
    __typename: string;
    addedCount: number;
    rejected: Array<{ sku: string; code: string; message: string; suggestedQuantity: number | null }>;
    cart: CartShape;
  };
};
type PlaceResult = {
  placeOrder: {
    __typename: string;
    code?: string;
    message?: string;
    order?: { id: string; number: string; status: string };
    problems?: Array<{ field: string; message: string }>;
  };
};
type Notices = { notifications: { edges: Array<{ node: { kind: string; title: string; body: string } }> } };
type Vars = Record<string, unknown>;

let server: TestServer;
let site: TestSite;
const clients: Record<string, TestClient> = {};

const sql = (statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute(statement, params);

async function signIn(key: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: site.code, email: site.users[key]!.email, password: TEST_PASSWORD },
  });
  return client;
}

const card = (number: string) => ({
  number,
  expMonth: 12,
  expYear: new Date().getFullYear() + 2,
  cvc: '123',
  holderName: 'Camille Roy',
});

const place = (client: TestClient, cart: CartShape, extra: Vars = {}) =>
  client.data<PlaceResult, Vars>(PLACE, {
    input: {
      cartId: cart.id,
      idempotencyKey: randomUUID(),
      expectedTotal: cart.totals.total.amount,
      paymentMethod: 'PURCHASE_ORDER',
      poNumber: 'PO-MTL-1',
      ...extra,
    },
  });

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Café Mont-Royal', orders: 0, currency: 'CAD' },
      { name: 'Nouveau client', orders: 0, currency: 'CAD' },
    ],
    users: {
      acheteur: { roles: [Role.BUYER], account: 0 },
      admin: { roles: [Role.BUYER_ADMIN], account: 0 },
      nouveau: { roles: [Role.BUYER], account: 1 },
    },
    products: 3,
  });
  await sql(`UPDATE site SET supported_locales = '{en-US,fr-CA}' WHERE id = ?`, [site.id]);
  // Product 0 sells from 10, in steps of 5.
  await sql('UPDATE product SET min_order_quantity = 10, order_increment = 5 WHERE id = ?', [
    site.productIds[0],
  ]);
  // The buyer's orders wait for the buyer admin; the new account has no credit.
  await sql(`UPDATE app_user SET order_limit = '1.00' WHERE id = ?`, [site.users.acheteur!.id]);
  await sql(
    `UPDATE account SET credit_status = 'NONE', credit_limit = NULL, payment_terms_days = NULL WHERE id = ?`,
    [site.accounts[1]!.id],
  );
  for (const key of ['acheteur', 'admin', 'nouveau']) clients[key] = await signIn(key);
  // The buyers choose French, as the portal's language menu does; the admin keeps the account's English.
  for (const key of ['acheteur', 'nouveau']) {
    const chosen = await clients[key]!.data<{ setLocale: { locale: string } }, Vars>(
      `mutation($locale: String) { setLocale(locale: $locale) { locale } }`,
      { locale: 'fr-CA' },
    );
    expect(chosen.setLocale.locale).toBe('fr-CA');
  }
});
afterAll(() => server.close());

describe('a French buyer’s cart', () => {
  it('refuses a quantity with the rule in French; an English viewer still reads English', async () => {
    const sku = site.productSkus[0]!;
    const fr = await clients.acheteur!.data<AddResult, Vars>(ADD, { lines: [{ sku, quantity: 3 }] });
    expect(fr.addToCart.rejected).toEqual([
      { sku, code: 'QUANTITY_RULE', message: 'Commandez-en au moins 10.', suggestedQuantity: 10 },
    ]);
    const en = await clients.admin!.data<AddResult, Vars>(ADD, { lines: [{ sku, quantity: 3 }] });
    expect(en.addToCart.rejected).toEqual([
      { sku, code: 'QUANTITY_RULE', message: 'Order at least 10.', suggestedQuantity: 10 },
    ]);
  });

  it('shows a line that no longer meets the rules as a problem and a blocker, in French', async () => {
    const sku = site.productSkus[0]!;
    const added = await clients.acheteur!.data<AddResult, Vars>(ADD, { lines: [{ sku, quantity: 10 }] });
    expect(added.addToCart.addedCount).toBe(1);
    expect(added.addToCart.cart.blockers).toEqual([]);
    // The seller raises the minimum after the line went in.
    await sql('UPDATE product SET min_order_quantity = 20 WHERE id = ?', [site.productIds[0]]);
    try {
      const { cart } = await clients.acheteur!.data<{ cart: CartShape }, Vars>(CART);
      const line = cart.lines.find((l) => l.sku === sku)!;
      expect(line.problem).toEqual({ code: 'QUANTITY_RULE', message: 'Commandez-en au moins 20.' });
      expect(cart.blockers).toEqual([`${sku}${NBSP}: Commandez-en au moins 20.`]);

      const placed = await place(clients.acheteur!, cart);
      expect(placed.placeOrder).toEqual({
        __typename: 'CartNotReady',
        code: 'CART_NOT_READY',
        message: `${sku}${NBSP}: Commandez-en au moins 20.`,
      });

      const refused = await clients.acheteur!.data<
        { updateCartLine: { __typename: string; message: string; problems: unknown[] } },
        Vars
      >(UPDATE_LINE, { input: { cartId: cart.id, lineId: line.id, quantity: 22 } });
      expect(refused.updateCartLine).toEqual({
        __typename: 'ValidationFailed',
        message: 'Commandez par tranches de 5 (20, 25, 30, …).',
        problems: [{ field: 'quantity', message: 'Commandez par tranches de 5 (20, 25, 30, …).' }],
      });
    } finally {
      await sql('UPDATE product SET min_order_quantity = 10 WHERE id = ?', [site.productIds[0]]);
    }
  });
});

describe('a French buyer’s checkout', () => {
  it('gives the reason a purchase order is not offered, and the card refusals, in French', async () => {
    const client = clients.nouveau!;
    const added = await client.data<AddResult, Vars>(ADD, {
      lines: [{ sku: site.productSkus[1]!, quantity: 1 }],
    });
    const cart = added.addToCart.cart;
    const reason = `Votre compte n’a pas encore de crédit approuvé${NBSP}; les commandes se paient donc par carte.`;
    expect(cart.paymentOptions.purchaseOrder).toEqual({ allowed: false, termsDays: null, reason });

    expect((await place(client, cart)).placeOrder).toEqual({
      __typename: 'CreditLimitExceeded',
      code: 'CREDIT_LIMIT_EXCEEDED',
      message: reason,
    });

    const byCard = { paymentMethod: 'CARD', poNumber: null };
    const invalid = await place(client, cart, { ...byCard, card: { ...card('4242424242424241'), cvc: '1' } });
    expect(invalid.placeOrder).toMatchObject({
      __typename: 'ValidationFailed',
      message: '2 problèmes sont à corriger.',
      problems: [
        { field: 'card.number', message: 'Le numéro de carte n’est pas valide.' },
        { field: 'card.cvc', message: 'Le code de sécurité compte 3 ou 4 chiffres.' },
      ],
    });
    expect((await place(client, cart, { ...byCard, card: card(SANDBOX_CARDS.declined) })).placeOrder).toEqual(
      {
        __typename: 'PaymentDeclined',
        code: 'PAYMENT_DECLINED',
        message: 'Votre carte a été refusée.',
      },
    );
    expect(
      (await place(client, cart, { ...byCard, card: card(SANDBOX_CARDS.insufficientFunds) })).placeOrder,
    ).toMatchObject({
      __typename: 'PaymentDeclined',
      message: `Votre carte a été refusée${NBSP}: fonds insuffisants.`,
    });
    // The provider's own words stay on the charge record as it gave them.
    const charges = (await sql(
      `SELECT failure_message FROM card_charge WHERE account_id = ? AND status = 'DECLINED' ORDER BY created_at`,
      [site.accounts[1]!.id],
    )) as Array<{ failure_message: string }>;
    expect(charges.map((c) => c.failure_message)).toEqual([
      'Your card was declined.',
      'Your card was declined: insufficient funds.',
    ]);
  });
});

describe('notifications and order refusals', () => {
  it('each recipient reads a notification in their own language; refusals follow the viewer’s', async () => {
    const buyer = clients.acheteur!;
    const added = await buyer.data<AddResult, Vars>(ADD, {
      lines: [{ sku: site.productSkus[1]!, quantity: 2 }],
    });
    const cart = added.addToCart.cart;
    expect(cart.blockers).toEqual([]);
    const placed = await place(buyer, cart);
    expect(placed.placeOrder.__typename).toBe('OrderPlaced');
    const order = placed.placeOrder.order!;
    expect(order.status).toBe('AWAITING_APPROVAL');
    const tag = site.code.slice(1); // the factory names users "<key> <tag>"

    // The total, written as a French reader expects it: "1 234,56 $".
    const [whole, cents] = cart.totals.total.amount.split('.');
    const french = `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)},${cents}${NBSP}$`;
    const mine = await buyer.data<Notices, Vars>(NOTIFICATIONS);
    expect(mine.notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'order.placed',
      title: `Commande ${order.number} passée`,
      body: `${french}${NBSP}; elle attend l’approbation d’un administrateur acheteur.`,
    });
    const admins = await clients.admin!.data<Notices, Vars>(NOTIFICATIONS);
    const approval = admins.notifications.edges.find((e) => e.node.kind === 'order.approval-needed')!.node;
    expect(approval.title).toBe(`Order ${order.number} waits for your approval`);
    expect(approval.body).toBe(
      `acheteur ${tag} placed ${cart.totals.total.amount} CAD, above their order limit.`,
    );

    // The English admin rejects it; the French buyer is told in French.
    const rejected = await clients.admin!.data<{ rejectOrder: { __typename: string } }, Vars>(REJECT, {
      id: order.id,
      comment: 'Budget épuisé',
    });
    expect(rejected.rejectOrder.__typename).toBe('OrderChanged');
    const after = await buyer.data<Notices, Vars>(NOTIFICATIONS);
    const decided = after.notifications.edges.find((e) => e.node.kind === 'order.decided')!.node;
    expect(decided.title).toBe(`Commande ${order.number} refusée`);
    expect(decided.body).toBe(`admin ${tag} a refusé votre commande de ${french}${NBSP}: Budget épuisé`);

    // Cancelling it now is refused, in French for the French buyer and in English for the admin.
    const fr = await buyer.data<{ cancelOrder: unknown }, Vars>(CANCEL, { id: order.id });
    expect(fr.cancelOrder).toEqual({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      message: 'Cette commande est déjà annulée.',
      status: 'CANCELLED',
    });
    const en = await clients.admin!.data<{ cancelOrder: unknown }, Vars>(CANCEL, { id: order.id });
    expect(en.cancelOrder).toMatchObject({ message: 'This order is already cancelled.' });
  });
});
