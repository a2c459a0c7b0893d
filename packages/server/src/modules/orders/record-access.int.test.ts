import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';

/**
 * A buyer never reaches another account's cart, list or order — on the same site or another one —
 * whichever mutation or query the ID is sent to; and nothing of theirs changes.
 */
const Probe = graphql(`
  query AccessProbe($cartId: ID!, $orderId: ID!) {
    cart(id: $cartId) {
      id
    }
    order(id: $orderId) {
      id
      number
    }
    wishlists {
      id
      name
    }
  }
`);

const CartMutations = graphql(`
  mutation AccessCart($cartId: ID!, $sku: String!) {
    addToCart(cartId: $cartId, lines: [{ sku: $sku, quantity: 1 }]) {
      __typename
    }
    setCouponCodes(cartId: $cartId, codes: ["X"]) {
      __typename
    }
    saveCartAs(cartId: $cartId, name: "Mine now") {
      __typename
    }
    deleteCart(cartId: $cartId)
  }
`);

const Place = graphql(`
  mutation AccessPlace($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
    }
  }
`);

const OrderMutations = graphql(`
  mutation AccessOrder($orderId: ID!) {
    cancelOrder(orderId: $orderId) {
      __typename
    }
    reorder(orderId: $orderId) {
      __typename
    }
  }
`);

const Decide = graphql(`
  mutation AccessDecide($orderId: ID!) {
    approveOrder(orderId: $orderId) {
      __typename
    }
    rejectOrder(orderId: $orderId) {
      __typename
    }
  }
`);

const Fulfil = graphql(`
  mutation AccessFulfil($orderId: ID!) {
    createShipment(input: { orderId: $orderId, lines: [], carrier: "UPS", trackingNumber: "1ZNOPE" }) {
      __typename
    }
    markDelivered(orderId: $orderId) {
      __typename
    }
  }
`);

const ListMutations = graphql(`
  mutation AccessList($wishlistId: ID!, $sku: String!, $cartId: ID!) {
    renameWishlist(wishlistId: $wishlistId, name: "Taken") {
      __typename
    }
    addToWishlist(wishlistId: $wishlistId, sku: $sku, quantity: 1) {
      __typename
    }
    removeFromWishlist(wishlistId: $wishlistId, itemIds: []) {
      __typename
    }
    addWishlistToCart(wishlistId: $wishlistId) {
      __typename
    }
    ownListToTheirCart: addWishlistToCart(wishlistId: $wishlistId, cartId: $cartId) {
      __typename
    }
    deleteWishlist(wishlistId: $wishlistId)
  }
`);

const OwnListToCart = graphql(`
  mutation AccessOwnList($wishlistId: ID!, $cartId: ID!) {
    addWishlistToCart(wishlistId: $wishlistId, cartId: $cartId) {
      __typename
    }
  }
`);

interface Holdings {
  cartId: string;
  orderId: string;
  wishlistId: string;
}

let server: TestServer;
let site: TestSite;
let other: TestSite;
const clients: Record<string, TestClient> = {};
const holdings: Record<string, Holdings> = {};
const sql = <Row = Record<string, unknown>>(statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute<Row[]>(statement, params);

async function signIn(s: TestSite, key: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: s.code, email: s.users[key]!.email, password: TEST_PASSWORD },
  });
  return client;
}

/** An order placed through the API, an active cart with a line, and a wishlist with an item. */
async function holdingsOf(client: TestClient, s: TestSite): Promise<Holdings> {
  type Added = { addToCart: { cart: { id: string; totals: { total: { amount: string } } } } };
  const add = `mutation($sku: String!) { addToCart(lines: [{ sku: $sku, quantity: 2 }]) {
    ... on LinesAdded { cart { id totals { total { amount } } } } } }`;
  const first = (await client.data(add, { sku: s.productSkus[0] })) as Added;
  const placed = (await client.data(Place, {
    input: {
      cartId: first.addToCart.cart.id,
      idempotencyKey: randomUUID(),
      expectedTotal: first.addToCart.cart.totals.total.amount,
      paymentMethod: 'PURCHASE_ORDER',
      poNumber: 'PO-1',
    },
  })) as unknown as { placeOrder: { __typename: string } };
  expect(placed.placeOrder.__typename).toBe('OrderPlaced');
  const [order] = await sql<{ id: string }>('SELECT id FROM customer_order WHERE cart_id = ?', [
    fromCartId(first.addToCart.cart.id),
  ]);
  const cart = (await client.data(add, { sku: s.productSkus[1] })) as Added;
  const list = (await client.data(
    `mutation { createWishlist(name: "Regulars") { ... on WishlistSaved { wishlist { id } } } }`,
  )) as { createWishlist: { wishlist: { id: string } } };
  await client.data(
    `mutation($id: ID!, $sku: String!) { addToWishlist(wishlistId: $id, sku: $sku, quantity: 3) { __typename } }`,
    {
      id: list.createWishlist.wishlist.id,
      sku: s.productSkus[2],
    },
  );
  return {
    cartId: cart.addToCart.cart.id,
    orderId: toGlobalId('Order', order!.id),
    wishlistId: list.createWishlist.wishlist.id,
  };
}

function fromCartId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
}

/** Everything of an account's holdings that a foreign request might change. */
async function state(accountId: string): Promise<string> {
  const rows = await Promise.all([
    sql('SELECT id, status, version, name, coupon_codes FROM cart WHERE account_id = ? ORDER BY id', [
      accountId,
    ]),
    sql(
      'SELECT l.cart_id, l.product_id, l.quantity FROM cart_line l JOIN cart c ON c.id = l.cart_id WHERE c.account_id = ? ORDER BY 1, 2',
      [accountId],
    ),
    sql('SELECT id, status, decided_by_id FROM customer_order WHERE account_id = ? ORDER BY id', [accountId]),
    sql('SELECT count(*) FROM shipment s JOIN customer_order o ON o.id = s.order_id WHERE o.account_id = ?', [
      accountId,
    ]),
    sql(
      'SELECT w.id, w.name, i.product_id, i.quantity FROM wishlist w LEFT JOIN wishlist_item i ON i.wishlist_id = w.id WHERE w.account_id = ? ORDER BY 1, 3',
      [accountId],
    ),
  ]);
  return JSON.stringify(rows);
}

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Mine', orders: 0 },
      { name: 'Neighbour', orders: 0 },
    ],
    users: {
      buyer: { roles: [Role.BUYER], account: 0 },
      admin: { roles: [Role.BUYER_ADMIN], account: 0 },
      neighbour: { roles: [Role.BUYER], account: 1 },
      siteAdmin: { roles: [Role.SITE_ADMIN] },
    },
  });
  other = await createSite(server.orm, {
    accounts: [{ name: 'Abroad', orders: 0 }],
    users: { buyer: { roles: [Role.BUYER], account: 0 } },
  });
  clients.buyer = await signIn(site, 'buyer');
  clients.admin = await signIn(site, 'admin');
  clients.neighbour = await signIn(site, 'neighbour');
  clients.siteAdmin = await signIn(site, 'siteAdmin');
  clients.abroad = await signIn(other, 'buyer');
  holdings.mine = await holdingsOf(clients.buyer, site);
  holdings.neighbour = await holdingsOf(clients.neighbour, site);
  holdings.abroad = await holdingsOf(clients.abroad, other);
  // The neighbour's order waits for approval, so approving it would be possible if it could be reached.
  await sql(`UPDATE customer_order SET status = 'AWAITING_APPROVAL' WHERE id = ?`, [
    Buffer.from(holdings.neighbour.orderId, 'base64url').toString('utf8').split(':')[1],
  ]);
});
afterAll(() => server.close());

describe('a buyer never reaches another account’s cart, list or order', () => {
  for (const whose of ['neighbour', 'abroad'] as const) {
    it(`${whose === 'neighbour' ? 'another account on the same site' : 'an account on another site'}`, async () => {
      const target = holdings[whose]!;
      const accountId = whose === 'neighbour' ? site.accounts[1]!.id : other.accounts[0]!.id;
      const before = await state(accountId);

      for (const key of ['buyer', 'admin']) {
        const c = clients[key]!;
        const probe = await c.data(Probe, { cartId: target.cartId, orderId: target.orderId });
        expect(probe.cart).toBeNull();
        expect(probe.order).toBeNull();
        expect(probe.wishlists.map((w) => w.id)).not.toContain(target.wishlistId);

        const carts = await c.data(CartMutations, { cartId: target.cartId, sku: site.productSkus[0]! });
        expect(carts.addToCart.__typename).toBe('ValidationFailed');
        expect(carts.setCouponCodes.__typename).toBe('ValidationFailed');
        expect(carts.saveCartAs.__typename).toBe('ValidationFailed');
        expect(carts.deleteCart).toBe(false);
        const placed = await c.data(Place, {
          input: {
            cartId: target.cartId,
            idempotencyKey: randomUUID(),
            expectedTotal: '1.00',
            paymentMethod: 'PURCHASE_ORDER',
          },
        });
        expect(placed.placeOrder.__typename).toBe('ValidationFailed');

        const orders = await c.data(OrderMutations, { orderId: target.orderId });
        expect([orders.cancelOrder.__typename, orders.reorder.__typename]).toEqual([
          'ValidationFailed',
          'ValidationFailed',
        ]);

        const lists = await c.data(ListMutations, {
          wishlistId: target.wishlistId,
          sku: site.productSkus[0]!,
          cartId: target.cartId,
        });
        expect(lists).toEqual({
          renameWishlist: { __typename: 'ValidationFailed' },
          addToWishlist: { __typename: 'ValidationFailed' },
          removeFromWishlist: { __typename: 'ValidationFailed' },
          addWishlistToCart: { __typename: 'ValidationFailed' },
          ownListToTheirCart: { __typename: 'ValidationFailed' },
          deleteWishlist: false,
        });
        // Their cart is no way in even for the buyer's own list.
        const own = await c.data(OwnListToCart, {
          wishlistId: holdings.mine!.wishlistId,
          cartId: target.cartId,
        });
        expect(own.addWishlistToCart.__typename).toBe('ValidationFailed');
      }

      // The buyer admin decides on their own account's orders only.
      const decided = await clients.admin!.data(Decide, { orderId: target.orderId });
      expect(decided).toEqual({
        approveOrder: { __typename: 'ValidationFailed' },
        rejectOrder: { __typename: 'ValidationFailed' },
      });
      // History filtered by their user shows nothing either.
      const filtered = await clients.buyer!.data(
        `query($id: ID!) { orders(filter: { placedById: $id }) { totalCount } }`,
        {
          id: toGlobalId(
            'User',
            (whose === 'neighbour' ? site : other).users[whose === 'neighbour' ? 'neighbour' : 'buyer']!.id,
          ),
        },
      );
      expect(filtered).toEqual({ orders: { totalCount: 0 } });

      // Fulfilment reaches every account of the site admin's own site, never another site's.
      const fulfil = await clients.siteAdmin!.data(Fulfil, { orderId: target.orderId });
      if (whose === 'abroad') {
        expect(fulfil).toEqual({
          createShipment: { __typename: 'ValidationFailed' },
          markDelivered: { __typename: 'ValidationFailed' },
        });
      } else {
        // The neighbour's order waits for approval: the state machine refuses, nothing ships.
        expect(fulfil.createShipment.__typename).toBe('InvalidTransition');
      }

      expect(await state(accountId)).toBe(before);
      // And the buyer's own holdings still work.
      const mine = await clients.buyer!.data(Probe, {
        cartId: holdings.mine!.cartId,
        orderId: holdings.mine!.orderId,
      });
      expect(mine.cart?.id).toBe(holdings.mine!.cartId);
      expect(mine.order?.id).toBe(holdings.mine!.orderId);
      expect(mine.wishlists.map((w) => w.id)).toContain(holdings.mine!.wishlistId);
    });
  }
});
