import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';
import { SANDBOX_CARDS } from '../payments/index.js';
import { earliestDelivery } from './domain/delivery.js';

/**
 * Checkout through the API: the credit race (50 concurrent orders, credit for exactly 10), idempotency,
 * orders on a buyer's behalf, prices changing under the buyer, card payments, approvals, new buyers.
 */
const AddToCart = graphql(`
  mutation CheckoutAdd($lines: [CartLineInput!]!, $cartId: ID) {
    addToCart(lines: $lines, cartId: $cartId) {
      __typename
      ... on LinesAdded {
        addedCount
        rejected {
          sku
          code
          message
        }
        cart {
          id
          version
          totals {
            total {
              amount
            }
          }
          paymentOptions {
            purchaseOrder {
              allowed
              termsDays
              reason
            }
          }
          blockers
        }
      }
    }
  }
`);

const CartQuery = graphql(`
  query CheckoutCart($id: ID) {
    cart(id: $id) {
      id
      version
      totals {
        total {
          amount
        }
      }
    }
  }
`);

const PlaceOrder = graphql(`
  mutation CheckoutPlace($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on OrderPlaced {
        replayed
        order {
          id
          number
          status
          total {
            amount
          }
          placedBy {
            name
            onBehalf
          }
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
  query CheckoutHistory {
    orders(first: 100) {
      totalCount
      edges {
        node {
          id
          number
          placedBy {
            name
            onBehalf
          }
        }
      }
    }
  }
`);

let server: TestServer;
let site: TestSite;
const clients: Record<string, TestClient> = {};

async function signIn(key: string, s: TestSite = site): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: s.code, email: s.users[key]!.email, password: TEST_PASSWORD },
  });
  return client;
}

const sql = (statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute(statement, params);

/** Saved carts of one user, each with one line of `productId` × quantity, ready to order. */
async function savedCarts(
  accountId: string,
  ownerId: string,
  productId: string,
  count: number,
): Promise<string[]> {
  const [address] = (await sql('SELECT id FROM address WHERE account_id = ? LIMIT 1', [accountId])) as Array<{
    id: string;
  }>;
  const date = earliestDelivery(new Date().toISOString().slice(0, 10), 'STANDARD');
  const ids = Array.from({ length: count }, () => randomUUID());
  await sql(
    `INSERT INTO cart (id, site_id, account_id, owner_id, name, status, coupon_codes, version, created_at, updated_at)
     SELECT id, ?, ?, ?, 'Race ' || ord, 'SAVED', '{}', 1, now(), now() FROM unnest(?::uuid[]) WITH ORDINALITY AS c(id, ord)`,
    [site.id, accountId, ownerId, `{${ids.join(',')}}`],
  );
  await sql(
    `WITH g AS (INSERT INTO delivery_group (id, cart_id, address_id, desired_date, shipping_method, position)
                SELECT gen_random_uuid(), id, ?, ?, 'STANDARD', 0 FROM unnest(?::uuid[]) AS c(id) RETURNING id, cart_id)
     INSERT INTO cart_line (id, cart_id, product_id, quantity, delivery_group_id, position, added_at)
     SELECT gen_random_uuid(), g.cart_id, ?, 1, g.id, 0, now() FROM g`,
    [address!.id, date, `{${ids.join(',')}}`, productId],
  );
  return ids.map((id) => toGlobalId('Cart', id));
}

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Chain', orders: 0 },
      { name: 'New buyer', orders: 0 },
      ...Array.from({ length: 20 }, (_, i) => ({ name: `Race ${i}`, orders: 0 })),
    ],
    users: {
      buyer: { roles: [Role.BUYER], account: 0 },
      admin: { roles: [Role.BUYER_ADMIN], account: 0 },
      newbuyer: { roles: [Role.BUYER], account: 1 },
      splitter: { roles: [Role.BUYER], account: 0 },
      rep: { roles: [Role.SALES_REP], assigned: [0, 1] },
      racer: { roles: [Role.BUYER], account: 2 },
      ...Object.fromEntries(
        Array.from({ length: 19 }, (_, i) => [`racer${i + 1}`, { roles: [Role.BUYER], account: i + 3 }]),
      ),
    },
    products: 3,
  });
  await sql(
    `UPDATE account SET credit_status = 'NONE', credit_limit = NULL, payment_terms_days = NULL WHERE id = ?`,
    [site.accounts[1]!.id],
  );
  for (const key of ['buyer', 'admin', 'newbuyer', 'rep']) clients[key] = await signIn(key);
});
afterAll(() => server.close());

const place = (client: TestClient, cartId: string, total: string, extra: Record<string, unknown> = {}) =>
  client.data(PlaceOrder, {
    input: {
      cartId,
      idempotencyKey: randomUUID(),
      expectedTotal: total,
      paymentMethod: 'PURCHASE_ORDER',
      poNumber: 'PO-1',
      ...extra,
    } as never,
  });

describe('the credit race', () => {
  it(
    '50 concurrent orders on an account with credit for exactly 10: exactly 10 succeed, 20 times over',
    { timeout: 300_000 },
    async () => {
      // One line of product 0 at 10.50 plus 15.00 standard shipping, no tax in Oregon: 25.50 an order.
      const outcomes: Array<Record<string, number>> = [];
      for (let round = 0; round < 20; round++) {
        const account = site.accounts[round + 2]!;
        const key = round === 0 ? 'racer' : `racer${round}`;
        await sql('UPDATE account SET credit_limit = ? WHERE id = ?', ['255.00', account.id]);
        const client = await signIn(key);
        const carts = await savedCarts(account.id, site.users[key]!.id, site.productIds[0]!, 50);
        const results = await Promise.all(carts.map((cartId) => place(client, cartId, '25.50')));
        const count: Record<string, number> = {};
        for (const r of results) count[r.placeOrder.__typename] = (count[r.placeOrder.__typename] ?? 0) + 1;
        outcomes.push(count);
        const [placed] = (await sql(
          `SELECT count(*)::int AS n, COALESCE(sum(total), 0)::text AS sum FROM customer_order WHERE account_id = ?`,
          [account.id],
        )) as Array<{ n: number; sum: string }>;
        expect(placed).toEqual({ n: 10, sum: '255.0000' });
      }
      expect(outcomes).toEqual(
        Array.from({ length: 20 }, () => ({ OrderPlaced: 10, CreditLimitExceeded: 40 })),
      );
    },
  );
});

describe('idempotency', () => {
  it('the same key twice places one order; ten concurrent submissions with one key, one order', async () => {
    const added = await clients.buyer!.data(AddToCart, {
      lines: [{ sku: site.productSkus[1]!, quantity: 2 }],
    });
    const cart = added.addToCart.__typename === 'LinesAdded' ? added.addToCart.cart : null;
    const total = cart!.totals.total.amount;
    const key = randomUUID();
    const input = {
      cartId: cart!.id,
      idempotencyKey: key,
      expectedTotal: total,
      paymentMethod: 'PURCHASE_ORDER' as const,
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => clients.buyer!.data(PlaceOrder, { input })),
    );
    const numbers = new Set(
      results.map((r) =>
        r.placeOrder.__typename === 'OrderPlaced' ? r.placeOrder.order.number : r.placeOrder.__typename,
      ),
    );
    expect(numbers.size).toBe(1);
    expect([...numbers][0]).toMatch(/^PW-\d+$/);
    expect(
      results.filter((r) => r.placeOrder.__typename === 'OrderPlaced' && !r.placeOrder.replayed),
    ).toHaveLength(1);
    const again = await clients.buyer!.data(PlaceOrder, { input });
    expect(again.placeOrder).toMatchObject({ __typename: 'OrderPlaced', replayed: true });
    const [{ n }] = (await sql('SELECT count(*)::int AS n FROM customer_order WHERE idempotency_key = ?', [
      key,
    ])) as [{ n: number }];
    expect(n).toBe(1);
  });
});

describe('orders on a buyer’s behalf', () => {
  it('the rep places the buyer’s cart: both parties recorded, the buyer sees it as placed by the rep', async () => {
    const added = await clients.buyer!.data(AddToCart, {
      lines: [{ sku: site.productSkus[0]!, quantity: 3 }],
    });
    const cartId = added.addToCart.__typename === 'LinesAdded' ? added.addToCart.cart.id : '';
    await clients.rep!.data(`mutation($id: ID!) { switchAccount(accountId: $id) { __typename } }`, {
      id: toGlobalId('Account', site.accounts[0]!.id),
    });
    const more = await clients.rep!.data(AddToCart, {
      cartId,
      lines: [{ sku: site.productSkus[0]!, quantity: 2 }],
    });
    const total = more.addToCart.__typename === 'LinesAdded' ? more.addToCart.cart.totals.total.amount : '';
    const placed = await place(clients.rep!, cartId, total);
    expect(placed.placeOrder).toMatchObject({
      __typename: 'OrderPlaced',
      order: { placedBy: { onBehalf: true } },
    });
    const number = placed.placeOrder.__typename === 'OrderPlaced' ? placed.placeOrder.order.number : '';
    const [row] = (await sql(
      `SELECT o.placed_by_id, o.on_behalf_of_id, o.account_id FROM customer_order o WHERE o.number = ? AND o.site_id = ?`,
      [number, site.id],
    )) as Array<{ placed_by_id: string; on_behalf_of_id: string; account_id: string }>;
    expect(row).toEqual({
      placed_by_id: site.users.rep!.id,
      on_behalf_of_id: site.users.buyer!.id,
      account_id: site.accounts[0]!.id,
    });
    const history = await clients.buyer!.data(History);
    const seen = history.orders.edges.find((e) => e.node.number === number);
    expect(seen?.node.placedBy).toEqual({ name: expect.stringContaining('rep'), onBehalf: true });
  });
});

describe('what the buyer sees is what they pay', () => {
  it('a price changed between cart and submit is refused and the new total shown; nothing is placed', async () => {
    const added = await clients.buyer!.data(AddToCart, {
      lines: [{ sku: site.productSkus[2]!, quantity: 1 }],
    });
    const cart = added.addToCart.__typename === 'LinesAdded' ? added.addToCart.cart : null;
    const seen = cart!.totals.total.amount;
    await sql(
      'UPDATE price_book_entry SET unit_price = unit_price + 1 WHERE price_book_id = ? AND product_id = ?',
      [site.priceBookIds.USD, site.productIds[2]],
    );
    const before = (await sql('SELECT count(*)::int AS n FROM customer_order WHERE site_id = ?', [
      site.id,
    ])) as [{ n: number }];
    const r = await place(clients.buyer!, cart!.id, seen);
    expect(r.placeOrder.__typename).toBe('PriceChanged');
    const after = (await sql('SELECT count(*)::int AS n FROM customer_order WHERE site_id = ?', [
      site.id,
    ])) as [{ n: number }];
    expect(after[0].n).toBe(before[0].n);
    const now = await clients.buyer!.data(CartQuery, { id: cart!.id });
    expect(Number(now.cart!.totals.total.amount) - Number(seen)).toBeCloseTo(1, 6);
    expect((await place(clients.buyer!, cart!.id, now.cart!.totals.total.amount)).placeOrder.__typename).toBe(
      'OrderPlaced',
    );
  });
});

describe('new buyers and cards', () => {
  it('a new buyer is offered card only; a purchase order is refused with the reason', async () => {
    const added = await clients.newbuyer!.data(AddToCart, {
      lines: [{ sku: site.productSkus[0]!, quantity: 1 }],
    });
    expect(added.addToCart.__typename).toBe('LinesAdded');
    const cart = added.addToCart.__typename === 'LinesAdded' ? added.addToCart.cart : null;
    expect(cart!.paymentOptions.purchaseOrder).toEqual({
      allowed: false,
      termsDays: null,
      reason: 'Your account has no approved credit yet, so orders are paid by card.',
    });
    const po = await place(clients.newbuyer!, cart!.id, cart!.totals.total.amount);
    expect(po.placeOrder).toMatchObject({ __typename: 'CreditLimitExceeded' });
  });

  it('a declined card leaves nothing placed; a transient failure or another card can be tried with the same key', async () => {
    const cart = await clients.newbuyer!.data(CartQuery, {});
    const total = cart.cart!.totals.total.amount;
    const card = (number: string) => ({
      number,
      expMonth: 12,
      expYear: new Date().getFullYear() + 2,
      cvc: '123',
      holderName: 'Pat Buyer',
    });
    // One checkout, one key: a declined card, then a provider outage, then a good card.
    const key = randomUUID();
    const attempt = (number: string) =>
      place(clients.newbuyer!, cart.cart!.id, total, {
        idempotencyKey: key,
        paymentMethod: 'CARD',
        poNumber: null,
        card: card(number),
      });
    const declined = await attempt(SANDBOX_CARDS.declined);
    expect(declined.placeOrder).toEqual({
      __typename: 'PaymentDeclined',
      code: 'PAYMENT_DECLINED',
      message: 'Your card was declined.',
    });
    const failed = await attempt(SANDBOX_CARDS.transientFailure);
    expect(failed.placeOrder.__typename).toBe('PaymentFailed');
    const [{ n }] = (await sql('SELECT count(*)::int AS n FROM customer_order WHERE account_id = ?', [
      site.accounts[1]!.id,
    ])) as [{ n: number }];
    expect(n).toBe(0);
    const ok = await attempt(SANDBOX_CARDS.approved);
    expect(ok.placeOrder).toMatchObject({ __typename: 'OrderPlaced', replayed: false });
    // Sent again (a double click, a lost response), the key answers with the same order, charged once.
    const again = await attempt(SANDBOX_CARDS.approved);
    expect(again.placeOrder).toMatchObject({ __typename: 'OrderPlaced', replayed: true });
    const charges = (await sql(
      'SELECT status, card_last4 FROM card_charge WHERE account_id = ? AND idempotency_key = ? ORDER BY created_at',
      [site.accounts[1]!.id, `order:${key}`],
    )) as Array<{ status: string; card_last4: string }>;
    expect(charges).toEqual([
      { status: 'DECLINED', card_last4: '0002' },
      { status: 'FAILED', card_last4: '0119' },
      { status: 'APPROVED', card_last4: '4242' },
    ]);
  });
});

describe('delivery groups', () => {
  it('moving a line into a group that already holds the product makes one line of both quantities', async () => {
    const CartFields = `cart { id version deliveryGroups { id address { id } desiredDate } lines { id sku quantity deliveryGroupId } }`;
    const buyer = await signIn('splitter'); // a cart of its own
    const sku = site.productSkus[1]!;
    const added = await buyer.data<{ addToCart: { cart: CartShape } }, Record<string, unknown>>(
      `mutation($lines: [CartLineInput!]!) { addToCart(lines: $lines) { ... on LinesAdded { ${CartFields} } } }`,
      { lines: [{ sku, quantity: 2 }] },
    );
    let cart = added.addToCart.cart;
    const first = cart.deliveryGroups[0]!;
    const saved = await buyer.data<{ saveDeliveryGroup: { cart: CartShape } }, Record<string, unknown>>(
      `mutation($input: SaveDeliveryGroupInput!) { saveDeliveryGroup(input: $input) { ... on CartUpdated { ${CartFields} } } }`,
      {
        input: {
          cartId: cart.id,
          addressId: first.address!.id,
          desiredDate: first.desiredDate,
          shippingMethod: 'EXPRESS',
        },
      },
    );
    const second = saved.saveDeliveryGroup.cart.deliveryGroups.find((g) => g.id !== first.id)!;
    cart = (
      await buyer.data<{ addToCart: { cart: CartShape } }, Record<string, unknown>>(
        `mutation($cartId: ID, $lines: [CartLineInput!]!) { addToCart(cartId: $cartId, lines: $lines) { ... on LinesAdded { ${CartFields} } } }`,
        { cartId: cart.id, lines: [{ sku, quantity: 3, deliveryGroupId: second.id }] },
      )
    ).addToCart.cart;
    const moving = cart.lines.find((l) => l.deliveryGroupId === first.id)!;
    const moved = await buyer.data<
      { updateCartLine: { __typename: string; cart: CartShape } },
      Record<string, unknown>
    >(
      `mutation($input: UpdateCartLineInput!) { updateCartLine(input: $input) { __typename ... on CartUpdated { ${CartFields} } } }`,
      {
        input: {
          cartId: cart.id,
          lineId: moving.id,
          deliveryGroupId: second.id,
          expectedVersion: cart.version,
        },
      },
    );
    expect(moved.updateCartLine.__typename).toBe('CartUpdated');
    expect(
      moved.updateCartLine.cart.lines.map((l) => [l.sku, l.quantity, l.deliveryGroupId === second.id]),
    ).toEqual([[sku, 5, true]]);
  });
});

interface CartShape {
  id: string;
  version: number;
  deliveryGroups: Array<{ id: string; address: { id: string } | null; desiredDate: string | null }>;
  lines: Array<{ id: string; sku: string; quantity: number; deliveryGroupId: string | null }>;
}

describe('approvals', () => {
  it('an order above the buyer’s limit waits for the buyer admin, who is notified', async () => {
    await sql('UPDATE app_user SET order_limit = 20 WHERE id = ?', [site.users.buyer!.id]);
    const added = await clients.buyer!.data(AddToCart, {
      lines: [{ sku: site.productSkus[0]!, quantity: 2 }],
    });
    const cart = added.addToCart.__typename === 'LinesAdded' ? added.addToCart.cart : null;
    const r = await place(clients.buyer!, cart!.id, cart!.totals.total.amount);
    expect(r.placeOrder).toMatchObject({ __typename: 'OrderPlaced', order: { status: 'AWAITING_APPROVAL' } });
    const notes = (await sql(`SELECT kind FROM notification WHERE user_id = ?`, [
      site.users.admin!.id,
    ])) as Array<{ kind: string }>;
    expect(notes.map((n) => n.kind)).toContain('order.approval-needed');
    await sql('UPDATE app_user SET order_limit = NULL WHERE id = ?', [site.users.buyer!.id]);
  });
});

describe('record access', () => {
  it('a buyer never reaches another account’s cart', async () => {
    const other = await createSite(server.orm, {
      marker: 'ELSEWHERE',
      accounts: [{ name: 'Elsewhere', orders: 0 }],
      users: { buyer: { roles: [Role.BUYER], account: 0 } },
    });
    const foreign = await signIn('buyer', other);
    const added = await foreign.data(AddToCart, { lines: [{ sku: other.productSkus[0]!, quantity: 1 }] });
    const foreignCart = added.addToCart.__typename === 'LinesAdded' ? added.addToCart.cart.id : '';
    expect((await clients.buyer!.data(CartQuery, { id: foreignCart })).cart).toBeNull();
    const intoForeign = await clients.buyer!.data(AddToCart, {
      cartId: foreignCart,
      lines: [{ sku: site.productSkus[0]!, quantity: 1 }],
    });
    expect(intoForeign.addToCart.__typename).toBe('ValidationFailed');
    const placeForeign = await place(clients.buyer!, foreignCart, '1.00');
    expect(placeForeign.placeOrder.__typename).toBe('ValidationFailed');
    // The admin of the same account does not reach the buyer's own cart either (carts are per user).
    await clients.buyer!.data(AddToCart, { lines: [{ sku: site.productSkus[1]!, quantity: 1 }] });
    const buyersCart = (await clients.buyer!.data(CartQuery, {})).cart!.id;
    expect((await clients.admin!.data(CartQuery, { id: buyersCart })).cart).toBeNull();
  });
});

describe('quick order', () => {
  it('a CSV of thousands of rows: valid lines added, every bad one listed with its line, nothing dropped', async () => {
    const client = await signIn('admin');
    const rows = ['sku,quantity'];
    for (let i = 0; i < 3000; i++) rows.push(`${site.productSkus[i % 3]},1`);
    rows.push('NO-SUCH-SKU,2', `${site.productSkus[0]},zero`, `${site.productSkus[1]}`);
    const response = await fetch(`${server.url}/api/quick-order`, {
      method: 'POST',
      headers: { cookie: client.cookieHeader, 'content-type': 'text/csv', 'x-requested-with': 'portway' },
      body: rows.join('\n'),
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      addedCount: number;
      lineCount: number;
      owner: { name: string; isViewer: boolean };
      rejected: Array<{ line: number; sku: string; code: string; message: string }>;
    };
    expect(report.addedCount).toBe(3000);
    expect(report.owner).toEqual({ name: expect.stringMatching(/^admin /), isViewer: true });
    // The same SKU in the same delivery group is one line: 3 lines of 1,000 units.
    expect(report.lineCount).toBe(3);
    expect(report.rejected).toEqual([
      expect.objectContaining({ line: 3002, sku: 'NO-SUCH-SKU', code: 'UNKNOWN_SKU' }),
      expect.objectContaining({
        line: 3003,
        code: 'INVALID_INPUT',
        message: '“zero” is not a quantity (a whole number from 1).',
      }),
      expect.objectContaining({
        line: 3004,
        code: 'INVALID_INPUT',
        message: 'Write the SKU, then the quantity.',
      }),
    ]);
  });
});
