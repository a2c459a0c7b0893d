import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../modules/identity/domain/roles.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../test/factory.js';
import { startTestServer, TestClient, type TestServer } from '../test/harness.js';

/** Every list is a cursor connection: paging with `first`/`after` visits each item once, in order. */
let server: TestServer;
let site: TestSite;
let client: TestClient;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
}

/** Walks a connection page by page; `pick` finds it in the response. */
async function walk(query: string, pick: (data: Record<string, unknown>) => Page, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let guard = 0; guard < 100; guard++) {
    const data = await client.data<Record<string, unknown>, { first: number; after: string | null }>(query, {
      first,
      after,
    });
    const page = pick(data);
    totalCount = page.totalCount;
    ids.push(...page.edges.map((e) => e.node.id));
    expect(page.edges.length).toBeLessThanOrEqual(first);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
    after = page.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [{ name: 'Paged', orders: 7, linesPerOrder: 5 }],
    users: { buyer: { roles: [Role.BUYER], account: 0 } },
    products: 7,
  });
  const c = server.orm.em.getConnection();
  for (let i = 0; i < 4; i++) {
    await c.execute(
      `INSERT INTO address (id, account_id, label, line1, city, region, postal_code, country)
       VALUES (?, ?, ?, '2 Side St', 'Portland', 'OR', '97202', 'US')`,
      [randomUUID(), site.accounts[0].id, `Extra store ${i}`],
    );
  }
  client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: site.code, email: site.users.buyer.email, password: TEST_PASSWORD },
  });
});
afterAll(() => server.close());

const connection = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }`;

describe('connections', () => {
  it.each([
    [
      'products',
      `query($first: Int!, $after: String) { products(first: $first, after: $after) { ${connection} } }`,
      7,
    ],
    [
      'orders',
      `query($first: Int!, $after: String) { orders(first: $first, after: $after) { ${connection} } }`,
      7,
    ],
    [
      'accounts',
      `query($first: Int!, $after: String) { accounts(first: $first, after: $after) { ${connection} } }`,
      1,
    ],
    [
      'categories',
      `query($first: Int!, $after: String) { categories(first: $first, after: $after) { ${connection} } }`,
      2,
    ],
  ])('%s: every item once across pages of 2', async (field, query, expected) => {
    const { ids, totalCount } = await walk(query, (d) => d[field] as Page, 2);
    expect(totalCount).toBe(expected);
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(expected);
  });

  it('ship-to addresses and order lines page the same way', async () => {
    const addresses = await walk(
      `query($first: Int!, $after: String) { viewer { effectiveAccount { shipToAddresses(first: $first, after: $after) { ${connection} } } } }`,
      (d) => (d.viewer as { effectiveAccount: { shipToAddresses: Page } }).effectiveAccount.shipToAddresses,
      2,
    );
    expect(addresses.totalCount).toBe(5);
    expect(new Set(addresses.ids).size).toBe(5);

    const orderId = (
      await client.data<{ orders: Page }, Record<string, never>>(`{ orders(first: 1) { ${connection} } }`, {})
    ).orders.edges[0].node.id;
    const lines = await walk(
      `query($first: Int!, $after: String) { order(id: "${orderId}") { lines(first: $first, after: $after) { ${connection} } } }`,
      (d) => (d.order as { lines: Page }).lines,
      2,
    );
    expect(lines.totalCount).toBe(5);
    expect(new Set(lines.ids).size).toBe(5);
  });
});
