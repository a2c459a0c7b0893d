import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';

/** Spending limits: set by a buyer admin of the same account only, validated, audited. */
const Users = graphql(`
  query AccountUsersList {
    accountUsers {
      id
      name
      email
      roles
      orderLimit {
        amount
        currency
      }
    }
  }
`);

const SetLimit = graphql(`
  mutation AccountUsersSetLimit($userId: ID!, $limit: String) {
    setOrderLimit(userId: $userId, limit: $limit) {
      __typename
      ... on OrderLimitSet {
        user {
          id
          orderLimit {
            amount
            currency
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

let server: TestServer;
let site: TestSite;
const clients: Record<string, TestClient> = {};
const userId = (key: string) => toGlobalId('User', site.users[key]!.id);

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Chain', orders: 0, currency: 'CAD' },
      { name: 'Other', orders: 0 },
    ],
    users: {
      buyer: { roles: [Role.BUYER], account: 0 },
      admin: { roles: [Role.BUYER_ADMIN], account: 0 },
      otherAdmin: { roles: [Role.BUYER_ADMIN], account: 1 },
      otherBuyer: { roles: [Role.BUYER], account: 1 },
      rep: { roles: [Role.SALES_REP], assigned: [0] },
    },
  });
  for (const key of ['buyer', 'admin', 'otherAdmin', 'rep']) {
    const client = new TestClient(server.url);
    await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
      i: { siteCode: site.code, email: site.users[key]!.email, password: TEST_PASSWORD },
    });
    clients[key] = client;
  }
  await clients.rep!.data(`mutation($id: ID!) { switchAccount(accountId: $id) { __typename } }`, {
    id: toGlobalId('Account', site.accounts[0]!.id),
  });
});
afterAll(() => server.close());

describe('account users and order limits', () => {
  it('the buyer admin lists the account’s users; the rep may read them; a buyer may not', async () => {
    const list = (await clients.admin!.data(Users)).accountUsers;
    expect(list.map((u) => u.id).sort()).toEqual([userId('admin'), userId('buyer')].sort());
    expect(list.find((u) => u.id === userId('admin'))?.roles).toEqual(['BUYER_ADMIN']);
    expect((await clients.rep!.data(Users)).accountUsers).toHaveLength(2);
    expect((await clients.buyer!.request(Users)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('only a buyer admin of the same account sets a limit; amounts are checked; every change is audited', async () => {
    for (const key of ['buyer', 'rep']) {
      const r = await clients[key]!.request(SetLimit, { userId: userId('buyer'), limit: '100' });
      expect(r.errors?.[0]?.extensions?.code, key).toBe('FORBIDDEN');
    }
    const foreign = await clients.otherAdmin!.data(SetLimit, { userId: userId('buyer'), limit: '100' });
    expect(foreign.setOrderLimit).toMatchObject({
      __typename: 'ValidationFailed',
      message: 'There is no such user in this account.',
    });
    for (const bad of ['12,50', '-5', 'abc', '1e9', '1.23456', '9999999999999999']) {
      const r = await clients.admin!.data(SetLimit, { userId: userId('buyer'), limit: bad });
      expect(r.setOrderLimit, bad).toMatchObject({
        __typename: 'ValidationFailed',
        problems: [{ field: 'limit' }],
      });
    }
    const [{ limit: untouched }] = (await server.orm.em
      .getConnection()
      .execute('SELECT order_limit AS limit FROM app_user WHERE id = ?', [site.users.buyer!.id])) as [
      { limit: string | null },
    ];
    expect(untouched).toBeNull();

    const set = await clients.admin!.data(SetLimit, { userId: userId('buyer'), limit: '2500.5' });
    expect(set.setOrderLimit).toEqual({
      __typename: 'OrderLimitSet',
      user: { id: userId('buyer'), orderLimit: { amount: '2500.50', currency: 'CAD' } },
    });
    const cleared = await clients.admin!.data(SetLimit, { userId: userId('buyer'), limit: null });
    expect(cleared.setOrderLimit).toMatchObject({ user: { orderLimit: null } });

    const audit = (await server.orm.em
      .getConnection()
      .execute(`SELECT action, actor_id, summary FROM audit_event WHERE subject_id = ? ORDER BY at`, [
        site.users.buyer!.id,
      ])) as Array<{ action: string; actor_id: string; summary: string }>;
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['user.order-limit', site.users.admin!.id],
      ['user.order-limit', site.users.admin!.id],
    ]);
    expect(audit[0]!.summary).toMatch(/no limit → 2500\.50 CAD$/);
    expect(audit[1]!.summary).toMatch(/2500\.50 CAD → no limit$/);
  });
});
