import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { commerceFactory } from '../../test/commerce-factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';

/**
 * Wishlists of an account and ordering again: both go through the cart's own checks, so a product the
 * account may see but no longer buy is reported with why and not added, and a changed price is named.
 */
const Lists = graphql(`
  query WishlistsAll {
    wishlists {
      id
      name
      items {
        id
        quantity
        product {
          sku
          name
        }
      }
    }
  }
`);

const Create = graphql(`
  mutation WishlistsCreate($name: String!) {
    createWishlist(name: $name) {
      __typename
      ... on WishlistSaved {
        wishlist {
          id
          name
          items {
            id
          }
        }
      }
      ... on ValidationFailed {
        message
        problems {
          field
        }
      }
    }
  }
`);

const Rename = graphql(`
  mutation WishlistsRename($id: ID!, $name: String!) {
    renameWishlist(wishlistId: $id, name: $name) {
      __typename
      ... on WishlistSaved {
        wishlist {
          name
        }
      }
      ... on ValidationFailed {
        message
      }
    }
  }
`);

const AddItem = graphql(`
  mutation WishlistsAdd($id: ID!, $sku: String!, $quantity: Int!) {
    addToWishlist(wishlistId: $id, sku: $sku, quantity: $quantity) {
      __typename
      ... on WishlistSaved {
        wishlist {
          items {
            id
            quantity
            product {
              sku
            }
          }
        }
      }
      ... on ValidationFailed {
        message
        problems {
          field
        }
      }
    }
  }
`);

const RemoveItems = graphql(`
  mutation WishlistsRemove($id: ID!, $itemIds: [ID!]!) {
    removeFromWishlist(wishlistId: $id, itemIds: $itemIds) {
      __typename
      ... on WishlistSaved {
        wishlist {
          items {
            product {
              sku
            }
          }
        }
      }
    }
  }
`);

const Delete = graphql(`
  mutation WishlistsDelete($id: ID!) {
    deleteWishlist(wishlistId: $id)
  }
`);

const ToCart = graphql(`
  mutation WishlistsToCart($id: ID!, $itemIds: [ID!]) {
    addWishlistToCart(wishlistId: $id, itemIds: $itemIds) {
      __typename
      ... on LinesAdded {
        addedCount
        rejected {
          sku
          code
          message
        }
        warnings
        cart {
          id
          lines {
            sku
            quantity
          }
        }
      }
      ... on ValidationFailed {
        message
      }
    }
  }
`);

const Reorder = graphql(`
  mutation WishlistsReorder($orderId: ID!) {
    reorder(orderId: $orderId) {
      __typename
      ... on LinesAdded {
        addedCount
        rejected {
          line
          sku
          code
          message
        }
        warnings
        cart {
          lines {
            sku
            quantity
            price {
              unitPrice {
                amount
              }
            }
          }
        }
      }
      ... on ValidationFailed {
        message
      }
    }
  }
`);

let server: TestServer;
let site: TestSite;
let buyer: TestClient;
let admin: TestClient;
let machineSku: string;
let machinePolicy: string;
const sql = <Row = Record<string, unknown>>(statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute<Row[]>(statement, params);

function member<T extends { __typename: string }, N extends T['__typename']>(
  value: T,
  typename: N,
): Extract<T, { __typename: N }> {
  expect(value.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename: N }>;
}

async function signIn(key: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: site.code, email: site.users[key]!.email, password: TEST_PASSWORD },
  });
  return client;
}

const clearCart = () =>
  sql(`DELETE FROM cart WHERE owner_id = ? AND status = 'ACTIVE'`, [site.users.buyer!.id]);

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [{ name: 'Chain', orders: 0 }],
    users: { buyer: { roles: [Role.BUYER], account: 0 }, admin: { roles: [Role.BUYER_ADMIN], account: 0 } },
    products: 3,
  });
  // Machines: a category of their own the default group may buy from — until the test says otherwise.
  const f = commerceFactory(server.orm, site.id);
  const machines = await f.category('Machines', `machines-${site.code}`);
  machineSku = `MACH-${site.code}`;
  await f.product({
    categoryId: machines,
    sku: machineSku,
    name: 'Espresso machine',
    listPrices: { USD: '1200.00' },
    books: site.priceBookIds,
  });
  machinePolicy = await f.policy({
    name: 'Machines',
    groups: [site.defaultBuyerGroupId],
    categories: [machines],
  });
  buyer = await signIn('buyer');
  admin = await signIn('admin');
});
afterAll(() => server.close());

const makeViewOnly = () =>
  sql(`UPDATE entitlement_policy SET can_buy = false, not_buyable_reason = ? WHERE id = ?`, [
    'Machines need an approved equipment agreement.',
    machinePolicy,
  ]);
const makeBuyable = () =>
  sql(`UPDATE entitlement_policy SET can_buy = true, not_buyable_reason = NULL WHERE id = ?`, [
    machinePolicy,
  ]);

describe('wishlists', () => {
  it('are the account’s: made, renamed, filled, emptied and deleted; names unique', async () => {
    const list = member(
      (await buyer.data(Create, { name: '  Weekly restock ' })).createWishlist,
      'WishlistSaved',
    ).wishlist;
    expect(list).toMatchObject({ name: 'Weekly restock', items: [] });
    const dup = member(
      (await admin.data(Create, { name: 'Weekly restock' })).createWishlist,
      'ValidationFailed',
    );
    expect(dup.message).toBe('There is already a list with that name.');
    expect(
      member((await buyer.data(Create, { name: ' ' })).createWishlist, 'ValidationFailed').problems,
    ).toEqual([{ field: 'name' }]);

    member(
      (await buyer.data(AddItem, { id: list.id, sku: site.productSkus[0]!, quantity: 2 })).addToWishlist,
      'WishlistSaved',
    );
    const twice = member(
      (await admin.data(AddItem, { id: list.id, sku: site.productSkus[0]!, quantity: 3 })).addToWishlist,
      'WishlistSaved',
    );
    expect(twice.wishlist.items.map((i) => [i.product.sku, i.quantity])).toEqual([[site.productSkus[0], 5]]);
    const unknown = member(
      (await buyer.data(AddItem, { id: list.id, sku: 'NOPE-1', quantity: 1 })).addToWishlist,
      'ValidationFailed',
    );
    expect(unknown.problems).toEqual([{ field: 'sku' }]);
    const zero = member(
      (await buyer.data(AddItem, { id: list.id, sku: site.productSkus[1]!, quantity: 0 })).addToWishlist,
      'ValidationFailed',
    );
    expect(zero.problems).toEqual([{ field: 'quantity' }]);
    const withTwo = member(
      (await buyer.data(AddItem, { id: list.id, sku: site.productSkus[1]!, quantity: 1 })).addToWishlist,
      'WishlistSaved',
    );

    // The admin of the same account sees the same list.
    const seen = (await admin.data(Lists)).wishlists.find((w) => w.id === list.id)!;
    expect(seen.items.map((i) => i.product.sku)).toEqual([site.productSkus[0], site.productSkus[1]]);

    expect(
      member((await buyer.data(Rename, { id: list.id, name: 'Monday' })).renameWishlist, 'WishlistSaved'),
    ).toMatchObject({ wishlist: { name: 'Monday' } });
    const removed = member(
      (await buyer.data(RemoveItems, { id: list.id, itemIds: [withTwo.wishlist.items[0]!.id] }))
        .removeFromWishlist,
      'WishlistSaved',
    );
    expect(removed.wishlist.items.map((i) => i.product.sku)).toEqual([site.productSkus[1]]);
    expect((await buyer.data(Delete, { id: list.id })).deleteWishlist).toBe(true);
    expect((await buyer.data(Delete, { id: list.id })).deleteWishlist).toBe(false);
    expect((await buyer.data(Lists)).wishlists.find((w) => w.id === list.id)).toBeUndefined();
  });

  it('go into the cart through the cart’s checks: a product no longer buyable is reported, not added', async () => {
    await makeBuyable();
    const list = member(
      (await buyer.data(Create, { name: `Opening ${randomUUID()}` })).createWishlist,
      'WishlistSaved',
    ).wishlist;
    await buyer.data(AddItem, { id: list.id, sku: site.productSkus[2]!, quantity: 4 });
    await buyer.data(AddItem, { id: list.id, sku: machineSku, quantity: 1 });
    await makeViewOnly();
    // Still visible, so still listed.
    const items = (await buyer.data(Lists)).wishlists.find((w) => w.id === list.id)!.items;
    expect(items.map((i) => i.product.sku)).toEqual([site.productSkus[2], machineSku]);

    const added = member((await buyer.data(ToCart, { id: list.id })).addWishlistToCart, 'LinesAdded');
    expect(added.addedCount).toBe(1);
    expect(added.rejected).toEqual([
      { sku: machineSku, code: 'NOT_ENTITLED', message: 'Machines need an approved equipment agreement.' },
    ]);
    expect(added.cart.lines.map((l) => [l.sku, l.quantity])).toEqual([[site.productSkus[2], 4]]);

    // Only chosen items.
    const chosen = member(
      (await buyer.data(ToCart, { id: list.id, itemIds: [items[0]!.id] })).addWishlistToCart,
      'LinesAdded',
    );
    expect(chosen.cart.lines.map((l) => [l.sku, l.quantity])).toEqual([[site.productSkus[2], 8]]);
    await clearCart();
    await makeBuyable();
  });
});

describe('ordering again', () => {
  it('copies a past order into the cart priced live: unbuyable lines reported, changed prices named', async () => {
    await makeBuyable();
    const cart = await buyer.data(
      `mutation($lines: [CartLineInput!]!) { addToCart(lines: $lines) { ... on LinesAdded { cart { id totals { total { amount } } } } } }`,
      {
        lines: [
          { sku: site.productSkus[0]!, quantity: 2 },
          { sku: machineSku, quantity: 1 },
          { sku: site.productSkus[1]!, quantity: 3 },
        ],
      },
    );
    const { id: cartId, totals } = (
      cart as { addToCart: { cart: { id: string; totals: { total: { amount: string } } } } }
    ).addToCart.cart;
    const placed = (await buyer.data(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on OrderPlaced { order { id number } } } }`,
      {
        input: {
          cartId,
          idempotencyKey: randomUUID(),
          expectedTotal: totals.total.amount,
          paymentMethod: 'PURCHASE_ORDER',
          poNumber: 'PO-AGAIN',
        },
      },
    )) as unknown as { placeOrder: { __typename: string; order: { id: string; number: string } } };
    expect(placed.placeOrder.__typename).toBe('OrderPlaced');

    await makeViewOnly();
    await sql('UPDATE price_book_entry SET unit_price = 11.75 WHERE price_book_id = ? AND product_id = ?', [
      site.priceBookIds.USD,
      site.productIds[0],
    ]);
    const again = member(
      (await buyer.data(Reorder, { orderId: placed.placeOrder.order.id })).reorder,
      'LinesAdded',
    );
    expect(again.addedCount).toBe(2);
    expect(again.rejected).toEqual([
      {
        line: 2,
        sku: machineSku,
        code: 'NOT_ENTITLED',
        message: 'Machines need an approved equipment agreement.',
      },
    ]);
    expect(again.cart.lines.map((l) => [l.sku, l.quantity, l.price?.unitPrice.amount])).toEqual([
      [site.productSkus[0], 2, '11.75'],
      [site.productSkus[1], 3, '11.50'],
    ]);
    expect(again.warnings).toContain(
      `${site.productSkus[0]}: now 11.75 USD per unit (was 10.50 on ${placed.placeOrder.order.number}).`,
    );
    expect(again.warnings.some((w) => w.startsWith(`${site.productSkus[1]}:`))).toBe(false);

    const missing = member((await buyer.data(Reorder, { orderId: 'bm9wZQ' })).reorder, 'ValidationFailed');
    expect(missing.message).toBe('There is no such order for this account.');
    await clearCart();
    await makeBuyable();
  });
});
