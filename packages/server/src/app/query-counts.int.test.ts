import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../modules/identity/domain/roles.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../test/factory.js';
import { graphql } from '../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../test/harness.js';

/**
 * List fields batch their loads: the SQL statements of each list query are counted at 10 and at 100
 * items and must not grow with the list.
 */
const Orders = graphql(`
  query CountOrders($first: Int!) {
    orders(first: $first) {
      totalCount
      edges {
        node {
          number
          placedBy {
            name
            onBehalf
          }
          shipTo {
            label
          }
          account {
            name
            summary {
              openOrderCount
            }
            shipToAddresses(first: 5) {
              totalCount
              edges {
                node {
                  label
                }
              }
            }
          }
          lines(first: 3) {
            totalCount
            edges {
              node {
                sku
                product {
                  name
                  listPrice {
                    amount
                  }
                  category {
                    name
                    parent {
                      name
                    }
                    productCount
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const Products = graphql(`
  query CountProducts($first: Int!) {
    products(first: $first) {
      totalCount
      edges {
        node {
          sku
          listPrice {
            amount
            currency
          }
          category {
            name
            productCount
            parent {
              name
            }
          }
        }
      }
    }
  }
`);

const Accounts = graphql(`
  query CountAccounts($first: Int!) {
    accounts(first: $first) {
      totalCount
      edges {
        node {
          name
          shipToAddresses(first: 5) {
            totalCount
            edges {
              node {
                label
              }
            }
          }
          summary {
            openOrderCount
            spendLast12Months {
              amount
            }
          }
        }
      }
    }
  }
`);

const Categories = graphql(`
  query CountCategories {
    categories {
      totalCount
      edges {
        node {
          name
          productCount
          parent {
            name
          }
        }
      }
    }
  }
`);

const OrderLines = graphql(`
  query CountOrderLines($id: ID!, $first: Int!) {
    order(id: $id) {
      lines(first: $first) {
        edges {
          node {
            sku
            product {
              name
              listPrice {
                amount
              }
              category {
                name
              }
            }
          }
        }
      }
    }
  }
`);

let server: TestServer;
const sizes = { small: undefined as unknown as TestSite, large: undefined as unknown as TestSite };

async function signedInClient(site: TestSite, key: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: site.code, email: site.users[key].email, password: TEST_PASSWORD },
  });
  return client;
}

async function statements(run: () => Promise<unknown>): Promise<number> {
  server.queries.count = 0;
  await run();
  return server.queries.count;
}

beforeAll(async () => {
  server = await startTestServer(
    {},
    { maxDepth: 20, maxAliases: 20, maxCost: 1_000_000, defaultListSize: 20 },
  );
  const spec = (n: number) => ({
    accounts: Array.from({ length: n }, (_, i) => ({
      name: `Account ${i}`,
      orders: i === 0 ? n : 0,
      linesPerOrder: 3,
    })),
    users: {
      buyer: { roles: [Role.BUYER], account: 0 },
      admin: { roles: [Role.SITE_ADMIN] },
    },
    products: n,
  });
  sizes.small = await createSite(server.orm, spec(10));
  sizes.large = await createSite(server.orm, spec(100));
});
afterAll(() => server.close());

describe('SQL statements per list query do not grow with the list', () => {
  it.each([
    ['orders', 'buyer', Orders, 'orders'],
    ['products', 'buyer', Products, 'products'],
    ['accounts', 'admin', Accounts, 'accounts'],
  ] as const)('%s at 10 and 100 items', async (_name, user, document, field) => {
    const counts: number[] = [];
    for (const [n, site] of [
      [10, sizes.small],
      [100, sizes.large],
    ] as const) {
      const client = await signedInClient(site, user);
      let items = 0;
      counts.push(
        await statements(async () => {
          const typed = document as TypedDocumentNode<
            Record<string, { edges: unknown[] }>,
            { first: number }
          >;
          const data = await client.data(typed, { first: n });
          items = data[field].edges.length;
        }),
      );
      expect(items).toBe(n);
    }
    console.info(`${_name}: ${counts[0]} SQL statements at 10 items, ${counts[1]} at 100`);
    expect(counts[0]).toBeGreaterThan(2); // the counter sees the statements
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(14);
  });

  it('categories and order lines at 10 and 100 items', async () => {
    const counts: number[] = [];
    for (const site of [sizes.small, sizes.large]) {
      const client = await signedInClient(site, 'buyer');
      counts.push(await statements(() => client.data(Categories)));
    }
    expect(counts[1]).toBe(counts[0]);

    const lineCounts: number[] = [];
    for (const [n, site] of [
      [2, sizes.small],
      [3, sizes.large],
    ] as const) {
      const client = await signedInClient(site, 'buyer');
      const { toGlobalId } = await import('../platform/ids.js');
      lineCounts.push(
        await statements(() =>
          client.data(OrderLines, { id: toGlobalId('Order', site.accounts[0].orderIds[0]), first: n }),
        ),
      );
    }
    console.info(`categories: ${counts.join(' / ')} statements; order lines: ${lineCounts.join(' / ')}`);
    expect(counts[0]).toBeGreaterThan(0);
    expect(lineCounts[1]).toBe(lineCounts[0]);
  });
});
