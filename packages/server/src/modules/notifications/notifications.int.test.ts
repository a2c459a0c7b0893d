import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import type { NotificationsListQuery } from '../../test/gql/graphql.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';

/** Notifications belong to one user: nobody else lists, counts or marks them. */
const List = graphql(`
  query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          body
          link
          createdAt
          readAt
        }
      }
    }
    unreadNotificationCount
  }
`);

const Mark = graphql(`
  mutation NotificationsMark($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all) {
      markedCount
      unreadCount
    }
  }
`);

let server: TestServer;
let site: TestSite;
let other: TestSite;
const clients: Record<string, TestClient> = {};
const ids: Record<string, string[]> = {};

async function signIn(s: TestSite, key: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: s.code, email: s.users[key]!.email, password: TEST_PASSWORD },
  });
  return client;
}

/** `count` notifications for a user, a minute apart, newest last. */
async function seed(s: TestSite, key: string, count: number, marker: string): Promise<string[]> {
  const made = Array.from({ length: count }, () => randomUUID());
  for (const [i, id] of made.entries()) {
    await server.orm.em.getConnection().execute(
      `INSERT INTO notification (id, site_id, user_id, kind, title, body, link, created_at)
       VALUES (?, ?, ?, 'order.placed', ?, 'body', '/x', now() - make_interval(mins => ?))`,
      [id, s.id, s.users[key]!.id, `${marker} ${i}`, count - i],
    );
  }
  return made;
}

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [{ name: 'Chain', orders: 0 }],
    users: { buyer: { roles: [Role.BUYER], account: 0 }, colleague: { roles: [Role.BUYER], account: 0 } },
  });
  other = await createSite(server.orm, {
    marker: 'OTHERSITE',
    accounts: [{ name: 'Foreign', orders: 0 }],
    users: { buyer: { roles: [Role.BUYER], account: 0 } },
  });
  ids.buyer = await seed(site, 'buyer', 12, 'Mine');
  ids.colleague = await seed(site, 'colleague', 3, 'COLLEAGUE');
  ids.foreign = await seed(other, 'buyer', 2, 'OTHERSITE');
  clients.buyer = await signIn(site, 'buyer');
  clients.colleague = await signIn(site, 'colleague');
});
afterAll(() => server.close());

describe('notifications', () => {
  it('lists only the viewer’s own, newest first, in pages', async () => {
    const titles: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: NotificationsListQuery = await clients.buyer!.data(List, { first: 5, after });
      expect(r.notifications.totalCount).toBe(12);
      titles.push(...r.notifications.edges.map((e) => e.node.title));
      if (!r.notifications.pageInfo.hasNextPage) break;
      after = r.notifications.pageInfo.endCursor;
    }
    expect(titles).toEqual(Array.from({ length: 12 }, (_, i) => `Mine ${11 - i}`));
    const text = JSON.stringify(await clients.buyer!.data(List, { first: 100 }));
    expect(text).not.toContain('COLLEAGUE');
    expect(text).not.toContain('OTHERSITE');
  });

  it('marks read only the viewer’s own: ids of others change nothing', async () => {
    const foreignIds = [...ids.colleague!, ...ids.foreign!].map((id) => toGlobalId('Notification', id));
    const none = await clients.buyer!.data(Mark, { ids: foreignIds });
    expect(none.markNotificationsRead).toEqual({ markedCount: 0, unreadCount: 12 });
    const [{ unread }] = (await server.orm.em
      .getConnection()
      .execute(
        `SELECT count(*)::int AS unread FROM notification WHERE id = ANY(?::uuid[]) AND read_at IS NULL`,
        [`{${[...ids.colleague!, ...ids.foreign!].join(',')}}`],
      )) as [{ unread: number }];
    expect(unread).toBe(5);

    const two = ids.buyer!.slice(0, 2).map((id) => toGlobalId('Notification', id));
    expect((await clients.buyer!.data(Mark, { ids: two })).markNotificationsRead).toEqual({
      markedCount: 2,
      unreadCount: 10,
    });
    const unreadOnly = await clients.buyer!.data(List, { first: 100, unreadOnly: true });
    expect(unreadOnly.notifications.totalCount).toBe(10);
    expect(unreadOnly.unreadNotificationCount).toBe(10);
    const read = (await clients.buyer!.data(List, { first: 100 })).notifications.edges.filter(
      (e) => e.node.readAt,
    );
    expect(read.map((e) => e.node.id).sort()).toEqual([...two].sort());

    expect((await clients.buyer!.data(Mark, { all: true })).markNotificationsRead).toEqual({
      markedCount: 10,
      unreadCount: 0,
    });
    // The colleague's are still unread.
    expect((await clients.colleague!.data(List, {})).unreadNotificationCount).toBe(3);

    const nothing = await clients.buyer!.request(Mark, {});
    expect(nothing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await new TestClient(server.url).request(List, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
