import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';

/**
 * Setting a wishlist item's quantity outright (the list page edits it): a whole number from 1 to
 * 1,000,000, in the viewer's language when refused; another list's or another account's item is simply
 * not found. A refused change leaves the list as it was, its time of change included.
 */
const SetQuantity = graphql(`
  mutation WishlistQuantitySet($wishlistId: ID!, $itemId: ID!, $quantity: Int!) {
    setWishlistItemQuantity(wishlistId: $wishlistId, itemId: $itemId, quantity: $quantity) {
      __typename
      ... on WishlistSaved {
        wishlist {
          id
          updatedAt
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
          message
        }
      }
    }
  }
`);

const CreateList = graphql(`
  mutation WishlistQuantityCreate($name: String!) {
    createWishlist(name: $name) {
      __typename
      ... on WishlistSaved {
        wishlist {
          id
        }
      }
    }
  }
`);

const AddItem = graphql(`
  mutation WishlistQuantityAdd($wishlistId: ID!, $sku: String!, $quantity: Int!) {
    addToWishlist(wishlistId: $wishlistId, sku: $sku, quantity: $quantity) {
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
    }
  }
`);

const ListsSeen = graphql(`
  query WishlistQuantityLists {
    wishlists {
      id
      updatedAt
      items {
        id
        quantity
      }
    }
  }
`);

let server: TestServer;
let site: TestSite;
const clients: Record<string, TestClient> = {};
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

/** A new list of `key`'s account holding the given SKUs (quantities as given): its id and item ids. */
async function listWith(
  key: string,
  items: Array<[sku: string, quantity: number]>,
): Promise<{ id: string; itemIds: string[] }> {
  const created = member(
    (await clients[key]!.data(CreateList, { name: `Restock ${randomUUID()}` })).createWishlist,
    'WishlistSaved',
  );
  let itemIds: string[] = [];
  for (const [sku, quantity] of items) {
    const added = member(
      (await clients[key]!.data(AddItem, { wishlistId: created.wishlist.id, sku, quantity })).addToWishlist,
      'WishlistSaved',
    );
    itemIds = added.wishlist.items.map((i) => i.id);
  }
  return { id: created.wishlist.id, itemIds };
}

/** Quantities and time of change straight from the database: what a refusal must leave alone. */
async function stored(wishlistId: string): Promise<{ updatedAt: string; quantities: number[] }> {
  const id = Buffer.from(wishlistId, 'base64url').toString('utf8').split(':')[1]!;
  const [list] = await sql<{ updated_at: Date }>('SELECT updated_at FROM wishlist WHERE id = ?', [id]);
  const items = await sql<{ quantity: number }>(
    'SELECT quantity FROM wishlist_item WHERE wishlist_id = ? ORDER BY added_at, id',
    [id],
  );
  return { updatedAt: new Date(list!.updated_at).toISOString(), quantities: items.map((i) => i.quantity) };
}

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Roastery', orders: 0 },
      { name: 'Other roastery', orders: 0 },
    ],
    users: {
      buyer: { roles: [Role.BUYER], account: 0 },
      admin: { roles: [Role.BUYER_ADMIN], account: 0 },
      acheteur: { roles: [Role.BUYER], account: 0 },
      outsider: { roles: [Role.BUYER_ADMIN], account: 1 },
    },
    products: 2,
  });
  await sql(`UPDATE site SET supported_locales = '{en-US,fr-CA}' WHERE id = ?`, [site.id]);
  for (const key of ['buyer', 'admin', 'acheteur', 'outsider']) clients[key] = await signIn(key);
  const chosen = await clients.acheteur!.data<{ setLocale: { locale: string } }, { locale: string }>(
    `mutation($locale: String) { setLocale(locale: $locale) { locale } }`,
    { locale: 'fr-CA' },
  );
  expect(chosen.setLocale.locale).toBe('fr-CA');
});
afterAll(() => server.close());

describe('setting a wishlist item’s quantity', () => {
  it('replaces the quantity (adding adds to it) and everyone acting for the account sees it', async () => {
    const [first, second] = site.productSkus as [string, string];
    const list = await listWith('buyer', [
      [first, 5],
      [second, 1],
    ]);
    const before = await stored(list.id);

    const saved = member(
      (await clients.buyer!.data(SetQuantity, { wishlistId: list.id, itemId: list.itemIds[0]!, quantity: 2 }))
        .setWishlistItemQuantity,
      'WishlistSaved',
    );
    expect(saved.wishlist.items.map((i) => [i.product.sku, i.quantity])).toEqual([
      [first, 2],
      [second, 1],
    ]);
    expect(new Date(saved.wishlist.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(before.updatedAt).getTime(),
    );
    // The largest quantity is allowed, and the buyer admin of the account reads what was set.
    member(
      (
        await clients.admin!.data(SetQuantity, {
          wishlistId: list.id,
          itemId: list.itemIds[1]!,
          quantity: 1_000_000,
        })
      ).setWishlistItemQuantity,
      'WishlistSaved',
    );
    const seen = (await clients.admin!.data(ListsSeen)).wishlists.find((w) => w.id === list.id)!;
    expect(seen.items.map((i) => i.quantity)).toEqual([2, 1_000_000]);
    expect((await stored(list.id)).quantities).toEqual([2, 1_000_000]);
  });

  it('refuses a quantity that is not a whole number from 1 to 1,000,000, and changes nothing', async () => {
    const list = await listWith('buyer', [[site.productSkus[0]!, 3]]);
    const itemId = list.itemIds[0]!;
    const before = await stored(list.id);

    for (const quantity of [0, -4, 1_000_001]) {
      const refused = member(
        (await clients.buyer!.data(SetQuantity, { wishlistId: list.id, itemId, quantity }))
          .setWishlistItemQuantity,
        'ValidationFailed',
      );
      expect(refused.problems).toEqual([
        { field: 'quantity', message: 'The quantity must be a whole number from 1 to 1,000,000.' },
      ]);
    }
    // Not a whole number: GraphQL's Int refuses it before anything runs.
    const fraction = await clients.buyer!.request(SetQuantity, {
      wishlistId: list.id,
      itemId,
      quantity: 2.5,
    });
    expect(fraction.data ?? null).toBeNull();
    expect(fraction.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A malformed item ID is no item of the list.
    const malformed = member(
      (await clients.buyer!.data(SetQuantity, { wishlistId: list.id, itemId: 'not-an-id', quantity: 4 }))
        .setWishlistItemQuantity,
      'ValidationFailed',
    );
    expect(malformed.problems).toEqual([{ field: 'itemId', message: 'There is no such item on this list.' }]);

    // In the viewer's language.
    const fr = member(
      (await clients.acheteur!.data(SetQuantity, { wishlistId: list.id, itemId, quantity: 0 }))
        .setWishlistItemQuantity,
      'ValidationFailed',
    );
    expect(fr.problems).toEqual([
      { field: 'quantity', message: 'La quantité doit être un nombre entier de 1 à 1\u00a0000\u00a0000.' },
    ]);

    expect(await stored(list.id)).toEqual(before);
  });

  it('does not find an item of another list, or another account’s list or item; nothing changes', async () => {
    const mine = await listWith('buyer', [[site.productSkus[0]!, 3]]);
    const alsoMine = await listWith('admin', [[site.productSkus[1]!, 7]]);
    const theirs = await listWith('outsider', [[site.productSkus[0]!, 9]]);
    const before = await Promise.all([mine, alsoMine, theirs].map((l) => stored(l.id)));

    // Another account's list, even with its own item: the list is not found.
    const foreignList = member(
      (
        await clients.buyer!.data(SetQuantity, {
          wishlistId: theirs.id,
          itemId: theirs.itemIds[0]!,
          quantity: 1,
        })
      ).setWishlistItemQuantity,
      'ValidationFailed',
    );
    expect(foreignList.problems).toEqual([
      { field: 'wishlistId', message: 'There is no such list for this account.' },
    ]);
    // Another account's item through one's own list: not on this list.
    const foreignItem = member(
      (
        await clients.buyer!.data(SetQuantity, {
          wishlistId: mine.id,
          itemId: theirs.itemIds[0]!,
          quantity: 1,
        })
      ).setWishlistItemQuantity,
      'ValidationFailed',
    );
    expect(foreignItem.problems).toEqual([
      { field: 'itemId', message: 'There is no such item on this list.' },
    ]);
    // The same account's item, but on another of its lists.
    const otherList = member(
      (
        await clients.buyer!.data(SetQuantity, {
          wishlistId: mine.id,
          itemId: alsoMine.itemIds[0]!,
          quantity: 1,
        })
      ).setWishlistItemQuantity,
      'ValidationFailed',
    );
    expect(otherList.problems).toEqual([{ field: 'itemId', message: 'There is no such item on this list.' }]);
    // An ID of another kind (the list's own) is no item either.
    const wrongKind = member(
      (await clients.buyer!.data(SetQuantity, { wishlistId: mine.id, itemId: mine.id, quantity: 1 }))
        .setWishlistItemQuantity,
      'ValidationFailed',
    );
    expect(wrongKind.problems).toEqual([{ field: 'itemId', message: 'There is no such item on this list.' }]);
    // A list ID that exists nowhere.
    const nowhere = member(
      (
        await clients.buyer!.data(SetQuantity, {
          wishlistId: toGlobalId('Wishlist', randomUUID()),
          itemId: mine.itemIds[0]!,
          quantity: 1,
        })
      ).setWishlistItemQuantity,
      'ValidationFailed',
    );
    expect(nowhere.problems).toEqual([
      { field: 'wishlistId', message: 'There is no such list for this account.' },
    ]);

    expect(await Promise.all([mine, alsoMine, theirs].map((l) => stored(l.id)))).toEqual(before);
    // Signed out: no session, no lists.
    const anonymous = await new TestClient(server.url).request(SetQuantity, {
      wishlistId: mine.id,
      itemId: mine.itemIds[0]!,
      quantity: 1,
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await stored(mine.id)).toEqual(before[0]);
  });
});
