import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from './domain/roles.js';

const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess {
        viewer {
          user {
            name
            email
          }
          roles
          isSellerSide
          capabilities
          effectiveAccount {
            name
          }
        }
      }
      ... on UserError {
        code
        message
      }
      ... on SignInThrottled {
        retryAfterSeconds
      }
    }
  }
`);

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      user {
        email
      }
      site {
        code
      }
      effectiveAccount {
        id
        name
      }
    }
  }
`);

const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

let server: TestServer;
let site: TestSite;

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [{ name: 'Own', orders: 1 }],
    users: { buyer: { roles: [Role.BUYER], account: 0 }, rep: { roles: [Role.SALES_REP], assigned: [0] } },
  });
});
afterAll(() => server.close());

describe('sign-in', () => {
  it('signs a buyer in with a session cookie, resolves the viewer, and signs out', async () => {
    const client = new TestClient(server.url);
    const result = await client.data(SignIn, {
      input: { siteCode: site.code, email: site.users.buyer.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(result.signIn.__typename).toBe('SignInSuccess');
    if (result.signIn.__typename !== 'SignInSuccess') return;
    expect(result.signIn.viewer.roles).toEqual(['BUYER']);
    expect(result.signIn.viewer.effectiveAccount?.name).toBe(site.accounts[0].name);
    expect(result.signIn.viewer.capabilities).not.toContain('SWITCH_ACCOUNT');
    expect(client.hasSession).toBe(true);

    const viewer = await client.data(ViewerQuery);
    expect(viewer.viewer?.site.code).toBe(site.code);

    expect((await client.data(SignOut)).signOut).toBe(true);
    expect(client.hasSession).toBe(false);
    expect((await client.data(ViewerQuery)).viewer).toBeNull();
  });

  it('keeps a signed-out session dead even when its old cookie is replayed', async () => {
    const client = new TestClient(server.url);
    await client.data(SignIn, {
      input: { siteCode: site.code, email: site.users.buyer.email, password: TEST_PASSWORD },
    });
    const stolen = new TestClient(server.url);
    Object.assign(stolen, { cookie: (client as unknown as { cookie: string }).cookie });
    expect((await stolen.data(ViewerQuery)).viewer).not.toBeNull();
    await client.data(SignOut);
    expect((await stolen.data(ViewerQuery)).viewer).toBeNull();
  });

  it('refuses a wrong password, an unknown email and another site with the same message', async () => {
    const client = new TestClient(server.url);
    const attempts = [
      { siteCode: site.code, email: site.users.rep.email, password: 'wrong password' },
      { siteCode: site.code, email: 'nobody@test.example', password: TEST_PASSWORD },
      { siteCode: 'no-such-site', email: site.users.rep.email, password: TEST_PASSWORD },
    ];
    for (const input of attempts) {
      const result = await client.data(SignIn, { input });
      expect(result.signIn).toMatchObject({
        __typename: 'InvalidCredentials',
        code: 'INVALID_CREDENTIALS',
        message: 'The email or password is not right.',
      });
    }
    expect(client.hasSession).toBe(false);
  });

  it('throttles 10 wrong passwords in a row, even when the right one follows', async () => {
    const throttled = await createSite(server.orm, {
      accounts: [{ name: 'Throttled', orders: 0 }],
      users: { buyer: { roles: [Role.BUYER], account: 0 } },
    });
    const client = new TestClient(server.url);
    const outcomes: string[] = [];
    for (let i = 0; i < 10; i++) {
      const result = await client.data(SignIn, {
        input: { siteCode: throttled.code, email: throttled.users.buyer.email, password: `guess ${i}` },
      });
      outcomes.push(result.signIn.__typename);
    }
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill('InvalidCredentials'));
    expect(outcomes.slice(5)).toEqual(Array(5).fill('SignInThrottled'));

    const right = await client.data(SignIn, {
      input: { siteCode: throttled.code, email: throttled.users.buyer.email, password: TEST_PASSWORD },
    });
    expect(right.signIn).toMatchObject({ __typename: 'SignInThrottled', code: 'TOO_MANY_ATTEMPTS' });
    if (right.signIn.__typename === 'SignInThrottled') {
      expect(right.signIn.retryAfterSeconds).toBeGreaterThan(800);
      expect(right.signIn.message).toMatch(/Try again in 1[45] minutes/);
    }
    expect(client.hasSession).toBe(false);

    // Another user from the same address is not locked out by someone else's failures (below the address limit).
    const other = await client.data(SignIn, {
      input: { siteCode: site.code, email: site.users.buyer.email, password: TEST_PASSWORD },
    });
    expect(other.signIn.__typename).toBe('SignInSuccess');
  });

  it('throttles per client address across many emails', async () => {
    const client = new TestClient(server.url);
    const address = { 'x-forwarded-for': '203.0.113.77' };
    const local = await startTestServer({ trustProxy: true });
    try {
      const proxied = new TestClient(local.url);
      let last = '';
      for (let i = 0; i < 31; i++) {
        const result = await proxied.request(
          SignIn,
          { input: { siteCode: site.code, email: `spray-${i}@test.example`, password: 'x' } },
          address,
        );
        last = result.data?.signIn.__typename ?? 'error';
      }
      expect(last).toBe('SignInThrottled');
      const elsewhere = await proxied.request(
        SignIn,
        { input: { siteCode: site.code, email: site.users.buyer.email, password: TEST_PASSWORD } },
        { 'x-forwarded-for': '203.0.113.78' },
      );
      expect(elsewhere.data?.signIn.__typename).toBe('SignInSuccess');
    } finally {
      await local.close();
    }
    void client;
  });

  it('ends an expired session, and renews an active one once half its life has passed', async () => {
    const client = new TestClient(server.url);
    await client.data(SignIn, {
      input: { siteCode: site.code, email: site.users.rep.email, password: TEST_PASSWORD },
    });
    const c = server.orm.em.getConnection();
    await c.execute(`UPDATE user_session SET expires_at = now() + interval '1 hour' WHERE user_id = ?`, [
      site.users.rep.id,
    ]);
    expect((await client.data(ViewerQuery)).viewer).not.toBeNull();
    const [renewed] = await c.execute<Array<{ hours: string }>>(
      `SELECT extract(epoch FROM max(expires_at) - now()) / 3600 AS hours FROM user_session WHERE user_id = ?`,
      [site.users.rep.id],
    );
    expect(Number(renewed.hours)).toBeGreaterThan(11);
    await c.execute(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = ?`, [
      site.users.rep.id,
    ]);
    expect((await client.data(ViewerQuery)).viewer).toBeNull();
  });

  it('never writes the password into the database or a session row', async () => {
    const client = new TestClient(server.url);
    await client.data(SignIn, {
      input: { siteCode: site.code, email: site.users.buyer.email, password: TEST_PASSWORD },
    });
    const rows = await server.orm.em
      .getConnection()
      .execute(
        `SELECT s.token_hash, u.password_hash FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.id = ?`,
        [site.users.buyer.id],
      );
    const text = JSON.stringify(rows);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain((client as unknown as { cookie: string }).cookie.split('=')[1]);
  });
});
