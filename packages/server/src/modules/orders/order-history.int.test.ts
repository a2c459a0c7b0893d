import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import type { HistorySearchQuery } from '../../test/gql/graphql.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';

/**
 * Order history: search over number, PO, SKU and product name; filters by status, dates, who placed
 * it and where it ships; sorts with cursors that remember their sort; the CSV export with the same
 * filters. Another account's orders carry the marker OTHERACCT and must never show up.
 */
const History = graphql(`
  query HistorySearch($first: Int, $after: String, $filter: OrderFilter, $search: String, $sort: OrderSort) {
    orders(first: $first, after: $after, filter: $filter, search: $search, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          number
          status
          poNumber
          placedAt
          total {
            amount
          }
        }
      }
    }
  }
`);

interface Seeded {
  id: string;
  number: string;
  status: string;
  placedAt: Date;
  total: string;
  po: string;
  placedBy: string;
  sku: string;
  name: string;
  group: 'main' | 'annex';
}

let server: TestServer;
let site: TestSite;
let buyer: TestClient;
let annexId: string;
const seeded: Seeded[] = [];
const STATUSES = ['PLACED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'AWAITING_APPROVAL'];
const sql = <Row = Record<string, unknown>>(statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute<Row[]>(statement, params);

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Chain', orders: 0 },
      { name: 'Other', orders: 4, marker: 'OTHERACCT' },
    ],
    users: {
      buyer: { roles: [Role.BUYER], account: 0 },
      buyer2: { roles: [Role.BUYER], account: 0 },
      otherBuyer: { roles: [Role.BUYER], account: 1 },
    },
    products: 3,
  });
  const accountId = site.accounts[0]!.id;
  const [main] = await sql<{ id: string }>('SELECT id FROM address WHERE account_id = ?', [accountId]);
  annexId = randomUUID();
  await sql(
    `INSERT INTO address (id, account_id, label, line1, city, region, postal_code, country)
     VALUES (?, ?, 'Annex', '9 Side St', 'Salem', 'OR', '97301', 'US')`,
    [annexId, accountId],
  );
  // 25 orders an hour apart; totals repeat (ties must page correctly); every fifth to the annex.
  const names = ['Espresso Blend', 'Oat Milk', 'Paper Cups'];
  for (let i = 0; i < 25; i++) {
    const id = randomUUID();
    const number = `HX-${site.code}-${String(100 + i)}`;
    const product = i % 3;
    const order: Seeded = {
      id,
      number,
      status: STATUSES[i % STATUSES.length]!,
      placedAt: new Date(Date.UTC(2026, 0, 1, i)),
      total: `${100 + (i % 7) * 10}.00`,
      po: i === 24 ? '=HYPERLINK("http://evil.example")' : `PO-${i % 2 === 0 ? 'EVEN' : 'ODD'}-${i}`,
      placedBy: i % 4 === 0 ? site.users.buyer2!.id : site.users.buyer!.id,
      sku: `${product === 2 ? 'CUP' : 'BEAN'}_${product}-${site.code}`,
      name: `${names[product]} 100%`,
      group: i % 5 === 0 ? 'annex' : 'main',
    };
    seeded.push(order);
    await sql(
      `INSERT INTO customer_order (id, site_id, account_id, number, status, placed_at, placed_by_id, po_number, ship_to_id,
                                   currency, subtotal, total, line_count, payment_method)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, 1, 'PURCHASE_ORDER')`,
      [
        id,
        site.id,
        accountId,
        number,
        order.status,
        order.placedAt,
        order.placedBy,
        order.po,
        i % 10 === 0 ? annexId : main!.id,
        order.total,
        order.total,
      ],
    );
    const groupId = randomUUID();
    await sql(
      `INSERT INTO order_delivery_group (id, order_id, position, address_id, address_label, address_text, country, region,
                                         desired_date, shipping_method, subtotal, shipping_charge, tax, status)
       VALUES (?, ?, 1, ?, ?, 'somewhere', 'US', 'OR', '2026-01-10', 'STANDARD', ?, 0, 0, 'PENDING')`,
      [
        groupId,
        id,
        order.group === 'annex' ? annexId : main!.id,
        order.group === 'annex' ? 'Annex' : 'Main',
        order.total,
      ],
    );
    await sql(
      `INSERT INTO order_line (id, order_id, line_number, product_id, sku, name, quantity, unit_price, line_total, delivery_group_id)
       VALUES (gen_random_uuid(), ?, 1, NULL, ?, ?, 1, ?, ?, ?)`,
      [id, order.sku, order.name, order.total, order.total, groupId],
    );
  }
  buyer = new TestClient(server.url);
  await buyer.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: site.code, email: site.users.buyer!.email, password: TEST_PASSWORD },
  });
});
afterAll(() => server.close());

/** Every page of a query, following endCursor. */
async function allPages(variables: Record<string, unknown>, first = 7): Promise<string[]> {
  const numbers: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const r: HistorySearchQuery = await buyer.data(History, { ...variables, first, after } as never);
    numbers.push(...r.orders.edges.map((e) => e.node.number));
    if (!r.orders.pageInfo.hasNextPage) break;
    after = r.orders.pageInfo.endCursor;
  }
  return numbers;
}

const byPlaced = (a: Seeded, b: Seeded) => a.placedAt.getTime() - b.placedAt.getTime();
const compareIds = (a: Seeded, b: Seeded) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('order history', () => {
  it('pages newest first by default, every order once, totals on each page', async () => {
    const first = await buyer.data(History, { first: 7 });
    expect(first.orders.totalCount).toBe(25);
    expect(first.orders.pageInfo.hasNextPage).toBe(true);
    const all = await allPages({});
    expect(all).toEqual(
      [...seeded]
        .sort(byPlaced)
        .reverse()
        .map((o) => o.number),
    );
    expect(all.some((n) => n.includes('OTHERACCT'))).toBe(false);
  });

  it('sorts by total and by number both ways, ties broken by id, with cursors per sort', async () => {
    const asc = await allPages({ sort: { field: 'TOTAL', direction: 'ASC' } }, 4);
    expect(asc).toEqual(
      [...seeded].sort((a, b) => Number(a.total) - Number(b.total) || compareIds(a, b)).map((o) => o.number),
    );
    const desc = await allPages({ sort: { field: 'TOTAL', direction: 'DESC' } }, 6);
    expect(desc).toEqual(
      [...seeded].sort((a, b) => Number(b.total) - Number(a.total) || compareIds(b, a)).map((o) => o.number),
    );
    const byNumber = await allPages({ sort: { field: 'NUMBER', direction: 'ASC' } }, 10);
    expect(byNumber).toEqual([...seeded].map((o) => o.number).sort());
    const oldest = await allPages({ sort: { field: 'PLACED_AT', direction: 'ASC' } }, 9);
    expect(oldest).toEqual([...seeded].sort(byPlaced).map((o) => o.number));

    // A cursor continues only the sort it came from.
    const page = await buyer.data(History, { first: 3, sort: { field: 'TOTAL', direction: 'ASC' } });
    const mixed = await buyer.request(History, { first: 3, after: page.orders.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(
      JSON.stringify(['TOTAL:ASC', "1'; DROP TABLE customer_order; --", randomUUID()]),
    ).toString('base64url');
    const hostile = await buyer.request(History, {
      first: 3,
      after: forged,
      sort: { field: 'TOTAL', direction: 'ASC' },
    });
    expect(hostile.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('searches order and PO numbers, SKUs and product names, case-insensitively, as literal text', async () => {
    const search = async (text: string) => (await allPages({ search: text }, 50)).sort();
    const numbersWhere = (f: (o: Seeded) => boolean) =>
      seeded
        .filter(f)
        .map((o) => o.number)
        .sort();
    expect(await search(`hx-${site.code}-107`)).toEqual([`HX-${site.code}-107`]);
    expect(await search('po-odd')).toEqual(numbersWhere((o) => o.po.startsWith('PO-ODD')));
    expect(await search(`cup_2-${site.code}`)).toEqual(numbersWhere((o) => o.sku.startsWith('CUP')));
    expect(await search('oat milk')).toEqual(numbersWhere((o) => o.name.startsWith('Oat')));
    // % and _ are text, not wildcards.
    expect(await search('100%')).toHaveLength(25);
    expect(await search('%')).toHaveLength(25);
    expect(await search('P_-')).toEqual([]);
    expect(await search('OTHERACCT')).toEqual([]);
    const tooLong = await buyer.request(History, { search: 'x'.repeat(201) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by status, dates, who placed it and where it ships — combined with search and sort', async () => {
    const numbersWhere = (f: (o: Seeded) => boolean) =>
      seeded
        .filter(f)
        .map((o) => o.number)
        .sort();
    const run = async (variables: Record<string, unknown>) => (await allPages(variables, 50)).sort();
    expect(await run({ filter: { statuses: ['SHIPPED', 'DELIVERED'] } })).toEqual(
      numbersWhere((o) => o.status === 'SHIPPED' || o.status === 'DELIVERED'),
    );
    const from = new Date(Date.UTC(2026, 0, 1, 5));
    const before = new Date(Date.UTC(2026, 0, 1, 12));
    expect(
      await run({ filter: { placedFrom: from.toISOString(), placedBefore: before.toISOString() } }),
    ).toEqual(numbersWhere((o) => o.placedAt >= from && o.placedAt < before));
    expect(await run({ filter: { placedById: toGlobalId('User', site.users.buyer2!.id) } })).toEqual(
      numbersWhere((o) => o.placedBy === site.users.buyer2!.id),
    );
    // Ships to the annex: a delivery group there, or the order's ship-to.
    const annexOrders = numbersWhere((o, i = seeded.indexOf(o)) => o.group === 'annex' || i % 10 === 0);
    expect(await run({ filter: { shipToId: toGlobalId('Address', annexId) } })).toEqual(annexOrders);
    expect(
      await run({
        filter: { shipToId: toGlobalId('Address', annexId), statuses: ['PLACED'] },
        search: 'bean',
        sort: { field: 'TOTAL', direction: 'DESC' },
      }),
    ).toEqual(
      numbersWhere(
        (o, i = seeded.indexOf(o)) =>
          (o.group === 'annex' || i % 10 === 0) && o.status === 'PLACED' && o.sku.startsWith('BEAN'),
      ),
    );
    // Another account's user or address: simply nothing.
    expect(await run({ filter: { placedById: toGlobalId('User', site.users.otherBuyer!.id) } })).toEqual([]);
    const wrongType = await buyer.request(History, {
      filter: { placedById: toGlobalId('Address', annexId) },
    });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const backwards = await buyer.request(History, {
      filter: { placedFrom: before.toISOString(), placedBefore: from.toISOString() },
    });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the same filtered list as CSV, for the viewer’s account only', async () => {
    const url = (query: string) => `${server.url}/api/exports/orders.csv?${query}`;
    const anonymous = await fetch(url(''));
    expect(anonymous.status).toBe(401);
    const response = await fetch(url('statuses=PLACED,SHIPPED&sort=TOTAL&direction=ASC'), {
      headers: { cookie: buyer.cookieHeader },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(`${site.code}-orders-`);
    const text = await response.text();
    const rows = text.trim().split('\n');
    expect(rows[0]).toBe(
      'number,placed_at,status,placed_by,on_behalf,po_number,payment,total,currency,lines,ship_to',
    );
    const expected = seeded
      .filter((o) => o.status === 'PLACED' || o.status === 'SHIPPED')
      .sort((a, b) => Number(a.total) - Number(b.total) || compareIds(a, b));
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(expected.map((o) => o.number));
    const first = rows[1]!.split(',');
    expect(first[2]).toBe(expected[0]!.status);
    expect(first[3]).toContain(expected[0]!.placedBy === site.users.buyer!.id ? 'buyer' : 'buyer2');
    expect(first.slice(4)).toEqual([
      'false',
      expected[0]!.po,
      'PURCHASE_ORDER',
      Number(expected[0]!.total).toFixed(2),
      'USD',
      '1',
      expected[0]!.group === 'annex' ? 'Annex' : 'Main',
    ]);
    expect(text).not.toContain('OTHERACCT');

    // A cell that would be a formula in a spreadsheet is written as text.
    const all = await (
      await fetch(url('search=HYPERLINK'), { headers: { cookie: buyer.cookieHeader } })
    ).text();
    expect(all).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(all.trim().split('\n')).toHaveLength(2);

    const bad = await fetch(url('statuses=LOST'), { headers: { cookie: buyer.cookieHeader } });
    expect(bad.status).toBe(400);
    const badUser = await fetch(url('placedById=nope'), { headers: { cookie: buyer.cookieHeader } });
    expect(badUser.status).toBe(400);
    expect(((await badUser.json()) as { error: string }).error).toContain('placedById');
  });
});
