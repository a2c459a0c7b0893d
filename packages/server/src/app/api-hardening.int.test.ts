import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../modules/identity/domain/roles.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../test/factory.js';
import { startTestServer, TestClient, type TestServer } from '../test/harness.js';

/** Bad operations get a clear 4xx and change nothing; production hides schema details and internals. */
let server: TestServer;
let site: TestSite;
let client: TestClient;

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, json: safeJson(text) };
}

function safeJson(text: string): {
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  data?: unknown;
} {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

async function sessionRows(): Promise<number> {
  const [row] = await server.orm.em
    .getConnection()
    .execute<Array<{ count: string }>>('SELECT count(*) FROM user_session');
  return Number(row.count);
}

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [{ name: 'Hardening', orders: 2 }],
    users: { buyer: { roles: [Role.BUYER], account: 0 } },
  });
  client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: site.code, email: site.users.buyer.email, password: TEST_PASSWORD },
  });
});
afterAll(() => server.close());

describe('API hardening', () => {
  it('refuses a malformed operation with 400 and a parse error', async () => {
    const r = await post(JSON.stringify({ query: '{ viewer { user { name }' }));
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const r = await post('{"query": ');
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/at .*\.js/);
  });

  it('refuses an unknown field with 400 and no "did you mean" suggestion in production', async () => {
    const r = await post(JSON.stringify({ query: '{ viewr { user { name } } }' }));
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.json.errors?.[0].message).toContain('Cannot query field "viewr"');
    expect(r.text).not.toContain('Did you mean');
  });

  it('refuses an operation nested too deep with 400', async () => {
    let selection = 'name';
    for (let i = 0; i < 12; i++) selection = `parent { ${selection} }`;
    const r = await post(JSON.stringify({ query: `{ categories { ${selection} } }` }));
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.json.errors?.[0].message).toMatch(/deeper than 8 levels/);
  });

  it('refuses too many aliases and too costly operations with 400', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: sites { code }`).join(' ');
    const tooManyAliases = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(tooManyAliases.status).toBe(400);
    expect(tooManyAliases.json.errors?.[0].message).toMatch(/aliases/);

    const costly = await post(
      JSON.stringify({
        query: `{ orders(first: 100) { edges { node { lines(first: 100) { edges { node { sku name quantity product { name sku } } } } } } } }`,
      }),
    );
    expect(costly.status).toBe(400);
    expect(costly.json.errors?.[0].message).toMatch(/would cost about/);
  });

  it('refuses an oversized request body with 413 and a clear message', async () => {
    const r = await post(
      JSON.stringify({ query: `{ sites { code } }`, variables: { pad: 'x'.repeat(200_000) } }),
    );
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0].message).toMatch(/larger than/);
  });

  it('refuses an out-of-range page size and a tampered cursor with BAD_USER_INPUT', async () => {
    const big = await client.request(`{ products(first: 1000) { totalCount } }`);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await client.request(`{ products(first: 1, after: "garbage") { totalCount } }`);
    expect(cursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(cursor.errors?.[0].message).toMatch(/cursor is not valid/);
  });

  it('refuses hostile values in cursors, dates and search text with BAD_USER_INPUT, never a server error', async () => {
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const orderId = (
      await client.data<{ orders: { edges: Array<{ node: { id: string } }> } }, Record<string, never>>(
        `{ orders(first: 1) { edges { node { id } } } }`,
        {},
      )
    ).orders.edges[0].node.id;
    const attempts = [
      `{ orders(filter: { placedFrom: "0000-01-01T00:00:00Z" }) { totalCount } }`,
      `{ orders(filter: { placedFrom: "2026-07-01T00:00:00Z", placedBefore: "2026-06-01T00:00:00Z" }) { totalCount } }`,
      `{ products(search: "a\\u0000b") { totalCount } }`,
      `{ accounts(search: "a\\u0000b") { totalCount } }`,
      `{ productBySku(sku: "a\\u0000b") { id } }`,
      `{ products(after: "${cursor([1, 2])}") { totalCount } }`,
      `{ products(after: "${cursor(['Guatemala', 'not-a-uuid'])}") { totalCount } }`,
      `{ orders(after: "${cursor(['notadate', '0b8e6c2e-4a51-4c1b-9d53-2f7b1c0a9e11'])}") { totalCount } }`,
      `{ orders(after: "${cursor(['2026-01-01T00:00:00Z', 'nope'])}") { totalCount } }`,
      `{ categories(after: "${cursor([1.5])}") { totalCount } }`,
      `{ order(id: "${orderId}") { lines(after: "${cursor(['x'])}") { totalCount } } }`,
      `{ order(id: "${orderId}") { lines(after: "${cursor([-1])}") { totalCount } } }`,
    ];
    for (const query of attempts) {
      const result = await client.request(query);
      expect({ query, code: result.errors?.[0]?.extensions?.code }).toEqual({
        query,
        code: 'BAD_USER_INPUT',
      });
      expect(JSON.stringify(result)).not.toMatch(/select|where|uuid\[\]/i);
    }
    const reversed = await client.request(attempts[1]);
    expect(reversed.errors?.[0].message).toBe('The start date must be before the end date.');
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const r = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ sites { code } }')}`, {
      method: 'GET',
    });
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/CSRF|preflight/i);
  });

  it('has introspection off in production', async () => {
    const r = await post(JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/introspection/i);
  });

  it('changes nothing when a sign-in mutation is refused', async () => {
    const before = await sessionRows();
    await post(
      JSON.stringify({ query: `mutation { signIn(input: { siteCode: "${site.code}" }) { __typename } }` }),
    );
    await post(
      JSON.stringify({
        query: `mutation { signIn(input: { siteCode: "${site.code}", email: "${site.users.buyer.email}", password: "${TEST_PASSWORD}" }) { __typename ... on SignInSuccess { viewer { nope } } } }`,
      }),
    );
    expect(await sessionRows()).toBe(before);
  });

  it('answers health and readiness probes', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('gives every response a request id', async () => {
    const r = await fetch(`${server.url}/healthz`);
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
