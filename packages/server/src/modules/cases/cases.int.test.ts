import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { commerceFactory } from '../../test/commerce-factory.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';

const Open = graphql(`
  mutation CasesOpen($input: OpenCaseInput!) {
    openCase(input: $input) {
      __typename
      ... on CaseOpened {
        serviceCase {
          id
          number
          status
          type
          subject
          description
          openedBy {
            name
          }
          concerns {
            kind
            orderId
            orderNumber
            orderLineId
            lineNumber
            invoiceId
            invoiceNumber
            productId
            sku
          }
          nextStatuses
          canComment
        }
      }
      ... on ValidationFailed {
        code
        message
        problems {
          field
          message
        }
      }
    }
  }
`);

const List = graphql(`
  query CasesList($first: Int, $after: String, $filter: ServiceCaseFilter) {
    serviceCases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          status
          subject
          account {
            name
          }
        }
      }
    }
  }
`);

const Detail = graphql(`
  query CasesDetail($id: ID!) {
    serviceCase(id: $id) {
      id
      number
      status
      subject
      commentCount
      nextStatuses
      canComment
      account {
        name
      }
      product {
        sku
      }
      comments(first: 50) {
        totalCount
        edges {
          node {
            body
            fromSeller
            author {
              name
            }
          }
        }
      }
      attachments {
        id
        fileName
        contentType
        sizeBytes
        url
        uploadedBy {
          name
        }
      }
    }
  }
`);

const Comment = graphql(`
  mutation CasesComment($caseId: ID!, $body: String!) {
    addCaseComment(caseId: $caseId, body: $body) {
      __typename
      ... on CaseUpdated {
        serviceCase {
          status
          commentCount
          updatedAt
        }
        comment {
          id
          body
          fromSeller
        }
      }
      ... on CaseTransitionRefused {
        message
        status
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

const Status = graphql(`
  mutation CasesStatus($caseId: ID!, $status: CaseStatus!) {
    changeCaseStatus(caseId: $caseId, status: $status) {
      __typename
      ... on CaseUpdated {
        serviceCase {
          status
          nextStatuses
        }
      }
      ... on CaseTransitionRefused {
        message
        status
      }
      ... on ValidationFailed {
        message
      }
    }
  }
`);

let server: TestServer;
let site: TestSite;
let other: TestSite;
let hidden: { productId: string };
const invoices: { own: string; sibling: string } = { own: '', sibling: '' };

const sql = <Row = Record<string, unknown>>(statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute<Row[]>(statement, params);

async function signIn(s: TestSite, key: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  const r = await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: s.code, email: s.users[key]!.email, password: TEST_PASSWORD },
  });
  expect((r as { signIn: { __typename: string } }).signIn.__typename).toBe('SignInSuccess');
  return client;
}

async function invoiceFor(s: TestSite, accountIndex: number): Promise<string> {
  const id = randomUUID();
  const account = s.accounts[accountIndex]!;
  await sql(
    `INSERT INTO invoice (id, site_id, account_id, number, order_id, currency, issued_on, due_on, payment_terms_days,
                          subtotal, tax_total, total, balance, created_at)
     VALUES (?, ?, ?, ?, ?, 'USD', current_date, current_date + 30, 30, 42, 0, 42, 42, now())`,
    [id, s.id, account.id, `INV-${id.slice(0, 6)}`, account.orderIds[0]],
  );
  return id;
}

async function caseCount(): Promise<number> {
  const [{ n }] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM service_case WHERE site_id = ?', [
    site.id,
  ]);
  return n;
}

const orderId = (i = 0, account = 0) => toGlobalId('Order', site.accounts[account]!.orderIds[i]!);

async function lineOf(orderIndex: number, account = 0): Promise<string> {
  const [row] = await sql<{ id: string }>(
    'SELECT id FROM order_line WHERE order_id = ? ORDER BY line_number DESC LIMIT 1',
    [site.accounts[account]!.orderIds[orderIndex]],
  );
  return toGlobalId('OrderLine', row!.id);
}

async function openOn(client: TestClient, extra: Record<string, string | null>, subject = 'Broken carafe') {
  const r = await client.data(Open, {
    input: { type: 'DAMAGED_GOODS', subject, description: 'The carafe arrived cracked.', ...extra },
  });
  return r.openCase;
}

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Own', orders: 4 },
      { name: 'Sibling', orders: 2 },
    ],
    users: {
      buyer: { roles: [Role.BUYER], account: 0 },
      partner: { roles: [Role.PARTNER_USER], account: 0 },
      siblingBuyer: { roles: [Role.BUYER], account: 1 },
      rep: { roles: [Role.SALES_REP], assigned: [0] },
      otherRep: { roles: [Role.SALES_REP], assigned: [1] },
      admin: { roles: [Role.SITE_ADMIN] },
    },
    products: 4,
  });
  other = await createSite(server.orm, {
    accounts: [{ name: 'Elsewhere', orders: 1 }],
    users: { buyer: { roles: [Role.BUYER], account: 0 } },
  });
  // Product 3 is only visible to a group the own account is not in.
  const commerce = commerceFactory(server.orm, site.id);
  const group = await commerce.buyerGroup('Insiders', [site.accounts[1]!.id]);
  const hiddenCategory = randomUUID();
  await sql(
    `INSERT INTO category (id, site_id, parent_id, name, slug, position) VALUES (?, ?, NULL, 'Hidden', ?, 9)`,
    [hiddenCategory, site.id, `hidden-${hiddenCategory.slice(0, 6)}`],
  );
  await sql('UPDATE product SET category_id = ? WHERE id = ?', [hiddenCategory, site.productIds[3]]);
  await commerce.policy({ name: 'Insiders only', groups: [group], categories: [hiddenCategory] });
  await sql(`UPDATE catalog_version SET version = version + 1 WHERE id = 1`);
  hidden = { productId: site.productIds[3]! };
  invoices.own = await invoiceFor(site, 0);
  invoices.sibling = await invoiceFor(site, 1);
});
afterAll(() => server.close());

describe('opening a case', () => {
  it('on an order, an order line, an invoice or a product, numbered per site', async () => {
    const buyer = await signIn(site, 'buyer');
    const onOrder = await openOn(buyer, { orderId: orderId(0) });
    expect(onOrder.__typename).toBe('CaseOpened');
    if (onOrder.__typename !== 'CaseOpened') return;
    expect(onOrder.serviceCase).toMatchObject({
      status: 'OPEN',
      type: 'DAMAGED_GOODS',
      subject: 'Broken carafe',
      canComment: true,
      nextStatuses: ['CLOSED'],
      concerns: { kind: 'ORDER', orderId: orderId(0), orderNumber: site.accounts[0]!.orderNumbers[0] },
    });
    expect(onOrder.serviceCase.number).toMatch(/^CS-\d{5}$/);

    const lineId = await lineOf(1);
    const onLine = await openOn(buyer, { orderLineId: lineId });
    expect(onLine.__typename === 'CaseOpened' && onLine.serviceCase.concerns).toMatchObject({
      kind: 'ORDER_LINE',
      orderLineId: lineId,
      orderId: orderId(1), // a line's case records its order
      lineNumber: 2,
      sku: site.productSkus[0],
    });
    const withBoth = await openOn(buyer, { orderId: orderId(1), orderLineId: lineId });
    expect(withBoth.__typename).toBe('CaseOpened');

    const partner = await signIn(site, 'partner');
    const onInvoice = await openOn(partner, { invoiceId: toGlobalId('Invoice', invoices.own) });
    expect(onInvoice.__typename === 'CaseOpened' && onInvoice.serviceCase.concerns).toMatchObject({
      kind: 'INVOICE',
      invoiceId: toGlobalId('Invoice', invoices.own),
      invoiceNumber: expect.stringMatching(/^INV-/),
    });
    const onProduct = await openOn(partner, { productId: toGlobalId('Product', site.productIds[1]!) });
    expect(onProduct.__typename === 'CaseOpened' && onProduct.serviceCase.concerns).toMatchObject({
      kind: 'PRODUCT',
      sku: site.productSkus[1],
    });
    const general = await openOn(partner, {});
    expect(general.__typename === 'CaseOpened' && general.serviceCase.concerns).toBeNull();

    // Consecutive numbers on this site; another site starts its own.
    const [{ numbers }] = await sql<{ numbers: string[] }>(
      'SELECT array_agg(number ORDER BY number) AS numbers FROM service_case WHERE site_id = ?',
      [site.id],
    );
    const n = numbers.map((x) => Number(x.slice(3)));
    expect(n).toEqual(n.map((_, i) => n[0]! + i));
    const elsewhere = await openOn(await signIn(other, 'buyer'), {});
    expect(elsewhere.__typename === 'CaseOpened' && elsewhere.serviceCase.number).toBe('CS-00001');
  });

  it('numbers concurrent openings without duplicates or gaps', async () => {
    const buyer = await signIn(site, 'buyer');
    const before = await caseCount();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => openOn(buyer, { orderId: orderId(2) }, `Concurrent ${i}`)),
    );
    const numbers = results.map((r) =>
      r.__typename === 'CaseOpened' ? Number(r.serviceCase.number.slice(3)) : 0,
    );
    expect(new Set(numbers).size).toBe(12);
    expect(await caseCount()).toBe(before + 12);
    const sorted = [...numbers].sort((a, b) => a - b);
    expect(sorted.at(-1)! - sorted[0]!).toBe(11);
  });

  it('refuses records the buyer may not see as not found, and changes nothing', async () => {
    const buyer = await signIn(site, 'buyer');
    const before = await caseCount();
    const refused: Array<[Record<string, string>, string, string]> = [
      [{ orderId: orderId(0, 1) }, 'orderId', 'There is no such order for this account.'],
      [
        { orderId: toGlobalId('Order', other.accounts[0]!.orderIds[0]!) },
        'orderId',
        'There is no such order for this account.',
      ],
      [
        { orderId: toGlobalId('Product', site.productIds[0]!) },
        'orderId',
        'There is no such order for this account.',
      ],
      [{ orderLineId: await lineOf(0, 1) }, 'orderLineId', 'There is no such order line for this account.'],
      [
        { orderId: orderId(0), orderLineId: await lineOf(1) },
        'orderLineId',
        'That line is not on that order.',
      ],
      [
        { invoiceId: toGlobalId('Invoice', invoices.sibling) },
        'invoiceId',
        'There is no such invoice for this account.',
      ],
      [{ productId: toGlobalId('Product', hidden.productId) }, 'productId', 'There is no such product.'],
      [{ productId: toGlobalId('Product', other.productIds[0]!) }, 'productId', 'There is no such product.'],
      [
        { orderId: orderId(0), invoiceId: toGlobalId('Invoice', invoices.own) },
        'invoiceId',
        'A case concerns one record at most: an order (or one of its lines), an invoice or a product.',
      ],
    ];
    for (const [ids, field, message] of refused) {
      const r = await openOn(buyer, ids);
      expect(r, JSON.stringify(ids)).toMatchObject({
        __typename: 'ValidationFailed',
        problems: [{ field, message }],
      });
    }
    // The sibling account may see the hidden product: it is only hidden from this one.
    const siblingBuyer = await signIn(site, 'siblingBuyer');
    expect(
      (await openOn(siblingBuyer, { productId: toGlobalId('Product', hidden.productId) })).__typename,
    ).toBe('CaseOpened');
    expect(await caseCount()).toBe(before + 1);
  });

  it('validates the text (in French for a French-speaking buyer) and changes nothing', async () => {
    const buyer = await signIn(site, 'buyer');
    const before = await caseCount();
    const r = await buyer.data(Open, { input: { type: 'OTHER', subject: ' ab ', description: '   ' } });
    expect(r.openCase).toMatchObject({
      __typename: 'ValidationFailed',
      code: 'INVALID_INPUT',
      problems: [
        { field: 'subject', message: 'The subject must be 3 to 200 characters.' },
        { field: 'description', message: 'Describe the problem.' },
      ],
    });
    const long = await buyer.data(Open, {
      input: { type: 'OTHER', subject: 's'.repeat(201), description: 'd'.repeat(5001) },
    });
    expect(
      long.openCase.__typename === 'ValidationFailed' && long.openCase.problems.map((p) => p.field),
    ).toEqual(['subject', 'description']);
    await sql(`UPDATE site SET supported_locales = '{en-US,fr-CA}' WHERE id = ?`, [site.id]);
    await sql(`UPDATE app_user SET locale = 'fr-CA' WHERE id = ?`, [site.users.partner!.id]);
    const partner = await signIn(site, 'partner');
    const fr = await partner.data(Open, { input: { type: 'OTHER', subject: 'ab', description: 'ok' } });
    expect(fr.openCase).toMatchObject({
      problems: [{ field: 'subject', message: 'L’objet doit compter de 3 à 200 caractères.' }],
    });
    await sql(`UPDATE app_user SET locale = NULL WHERE id = ?`, [site.users.partner!.id]);
    const badType = await buyer.request(
      `mutation { openCase(input: { type: NOPE, subject: "abc", description: "x" }) { __typename } }`,
    );
    expect(badType.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await caseCount()).toBe(before);
  });

  it('is for the customer side: the seller’s people cannot open cases', async () => {
    const rep = await signIn(site, 'rep');
    await rep.data(`mutation($a: ID!) { switchAccount(accountId: $a) { __typename } }`, {
      a: toGlobalId('Account', site.accounts[0]!.id),
    });
    const r = await rep.request(Open, {
      input: { type: 'OTHER', subject: 'From the rep', description: 'x' },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await new TestClient(server.url).request(Open, {
      input: { type: 'OTHER', subject: 'Nobody', description: 'x' },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the thread between the account and its sales rep', () => {
  it('goes back and forth, moves the status, and notifies the other side', async () => {
    const buyer = await signIn(site, 'buyer');
    const rep = await signIn(site, 'rep'); // no account chosen: the inbox spans assigned accounts
    const opened = await openOn(buyer, { orderId: orderId(3) }, 'Thread case');
    if (opened.__typename !== 'CaseOpened') throw new Error('not opened');
    const caseId = opened.serviceCase.id;
    const notified = async (userKey: string) =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM notification WHERE user_id = ? AND link LIKE ?`,
          [site.users[userKey]!.id, `%${caseId}`],
        )
      )[0]!.n;
    expect(await notified('rep')).toBe(1);
    expect(await notified('otherRep')).toBe(0);

    const inbox = await rep.data(List, { filter: { search: 'Thread case' } });
    expect(inbox.serviceCases.edges.map((e) => [e.node.id, e.node.account.name])).toEqual([
      [caseId, site.accounts[0]!.name],
    ]);

    const answer = await rep.data(Comment, { caseId, body: 'Sorry! Can you send a photo?' });
    expect(answer.addCaseComment).toMatchObject({
      __typename: 'CaseUpdated',
      serviceCase: { status: 'IN_PROGRESS', commentCount: 1 },
      comment: { body: 'Sorry! Can you send a photo?', fromSeller: true },
    });
    expect(await notified('buyer')).toBe(1);
    const asked = await rep.data(Status, { caseId, status: 'AWAITING_CUSTOMER' });
    expect(asked.changeCaseStatus).toMatchObject({ serviceCase: { status: 'AWAITING_CUSTOMER' } });
    expect(await notified('buyer')).toBe(2);

    const reply = await buyer.data(Comment, { caseId, body: '  Here it is.  ' });
    expect(reply.addCaseComment).toMatchObject({
      serviceCase: { status: 'IN_PROGRESS', commentCount: 2 },
      comment: { body: 'Here it is.', fromSeller: false },
    });
    expect(await notified('rep')).toBe(2);

    const seen = await buyer.data(Detail, { id: caseId });
    expect(
      seen.serviceCase?.comments.edges.map((e) => [e.node.author.name, e.node.fromSeller, e.node.body]),
    ).toEqual([
      [expect.stringContaining('rep'), true, 'Sorry! Can you send a photo?'],
      [expect.stringContaining('buyer'), false, 'Here it is.'],
    ]);

    // The customer may not resolve; the seller may.
    const notYours = await buyer.data(Status, { caseId, status: 'RESOLVED' });
    expect(notYours.changeCaseStatus).toMatchObject({
      __typename: 'CaseTransitionRefused',
      status: 'IN_PROGRESS',
    });
    expect((await rep.data(Status, { caseId, status: 'RESOLVED' })).changeCaseStatus).toMatchObject({
      serviceCase: { status: 'RESOLVED', nextStatuses: ['IN_PROGRESS', 'CLOSED'] },
    });
    expect((await buyer.data(Status, { caseId, status: 'CLOSED' })).changeCaseStatus).toMatchObject({
      serviceCase: { status: 'CLOSED', nextStatuses: ['OPEN'] },
    });
    const closedComment = await rep.data(Comment, { caseId, body: 'One more thing' });
    expect(closedComment.addCaseComment).toMatchObject({
      __typename: 'CaseTransitionRefused',
      message: 'This case is closed: reopen it to add a comment.',
    });
    expect((await rep.data(Status, { caseId, status: 'IN_PROGRESS' })).changeCaseStatus).toMatchObject({
      __typename: 'CaseTransitionRefused',
      message: 'The case is closed: only the customer can reopen it.',
    });
    expect((await buyer.data(Status, { caseId, status: 'OPEN' })).changeCaseStatus).toMatchObject({
      serviceCase: { status: 'OPEN' },
    });
    const [{ comments }] = await sql<{ comments: number }>(
      'SELECT count(*)::int AS comments FROM case_comment WHERE service_case_id = (SELECT id FROM service_case WHERE number = ? AND site_id = ?)',
      [opened.serviceCase.number, site.id],
    );
    expect(comments).toBe(2);
  });

  it('pages the thread oldest first, bumps updatedAt, and lets any of the account’s people close it', async () => {
    const buyer = await signIn(site, 'buyer');
    const rep = await signIn(site, 'rep');
    const opened = await openOn(buyer, {}, 'Paged thread');
    if (opened.__typename !== 'CaseOpened') throw new Error('not opened');
    const caseId = opened.serviceCase.id;
    let last = '';
    for (const [client, body] of [
      [rep, 'one'],
      [buyer, 'two'],
      [rep, 'three'],
    ] as const) {
      const r = await client.data(Comment, { caseId, body });
      if (r.addCaseComment.__typename !== 'CaseUpdated') throw new Error('refused');
      expect(r.addCaseComment.serviceCase.updatedAt > last).toBe(true);
      last = r.addCaseComment.serviceCase.updatedAt;
    }
    const Page = `query($id: ID!, $after: String) { serviceCase(id: $id) { comments(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { body } } } } }`;
    type PageData = {
      serviceCase: {
        comments: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { body: string } }>;
        };
      };
    };
    const first = await buyer.data<PageData, { id: string; after?: string }>(Page, { id: caseId });
    expect(first.serviceCase.comments.edges.map((e) => e.node.body)).toEqual(['one', 'two']);
    expect(first.serviceCase.comments).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await buyer.data<PageData, { id: string; after?: string }>(Page, {
      id: caseId,
      after: first.serviceCase.comments.pageInfo.endCursor,
    });
    expect(second.serviceCase.comments.edges.map((e) => e.node.body)).toEqual(['three']);
    expect(second.serviceCase.comments.pageInfo.hasNextPage).toBe(false);

    // The list gives each case's latest comment (one query for the page), null when there is none.
    const quiet = await openOn(buyer, {}, 'No comments yet');
    if (quiet.__typename !== 'CaseOpened') throw new Error('not opened');
    const Latest = `{ serviceCases(first: 50) { edges { node { id lastComment { body fromSeller author { name } } } } } }`;
    type LatestData = {
      serviceCases: {
        edges: Array<{
          node: {
            id: string;
            lastComment: { body: string; fromSeller: boolean; author: { name: string } } | null;
          };
        }>;
      };
    };
    const latest = new Map(
      (await buyer.data<LatestData, Record<string, never>>(Latest, {})).serviceCases.edges.map((e) => [
        e.node.id,
        e.node.lastComment,
      ]),
    );
    expect(latest.get(caseId)).toMatchObject({ body: 'three', fromSeller: true });
    expect(latest.get(quiet.serviceCase.id)).toBeNull();

    // The partner of the same account (not who opened it) may close it; a blank comment changes nothing.
    const partner = await signIn(site, 'partner');
    expect((await partner.data(Comment, { caseId, body: '   ' })).addCaseComment).toMatchObject({
      __typename: 'ValidationFailed',
      message: 'Write a comment.',
    });
    expect((await partner.data(Status, { caseId, status: 'CLOSED' })).changeCaseStatus).toMatchObject({
      serviceCase: { status: 'CLOSED' },
    });
    expect((await buyer.data(Detail, { id: caseId })).serviceCase?.commentCount).toBe(3);
  });

  it('stays out of reach of an unassigned rep, another account and another site', async () => {
    const buyer = await signIn(site, 'buyer');
    const opened = await openOn(buyer, { orderId: orderId(0) }, 'Private case');
    if (opened.__typename !== 'CaseOpened') throw new Error('not opened');
    const caseId = opened.serviceCase.id;
    const [{ before }] = await sql<{ before: string }>(
      `SELECT status || ':' || updated_at::text AS before FROM service_case WHERE id = ?`,
      [caseId.length ? Buffer.from(caseId, 'base64url').toString().split(':')[1] : ''],
    );
    for (const client of [
      await signIn(site, 'otherRep'),
      await signIn(site, 'siblingBuyer'),
      await signIn(other, 'buyer'),
    ]) {
      expect((await client.data(Detail, { id: caseId })).serviceCase).toBeNull();
      const list = await client.data(List, { filter: { search: 'Private case' } });
      expect(list.serviceCases.totalCount).toBe(0);
      expect((await client.data(Comment, { caseId, body: 'Let me in' })).addCaseComment).toMatchObject({
        __typename: 'ValidationFailed',
        message: 'There is no such case.',
      });
      expect((await client.data(Status, { caseId, status: 'CLOSED' })).changeCaseStatus).toMatchObject({
        __typename: 'ValidationFailed',
      });
    }
    // A site admin acts for every account of the site.
    const admin = await signIn(site, 'admin');
    expect((await admin.data(Detail, { id: caseId })).serviceCase?.account.name).toBe(site.accounts[0]!.name);
    const [{ after }] = await sql<{ after: string }>(
      `SELECT status || ':' || updated_at::text AS after FROM service_case WHERE id = ?`,
      [Buffer.from(caseId, 'base64url').toString().split(':')[1]],
    );
    expect(after).toBe(before);
  });

  it('lists in keyset pages with filters', async () => {
    const buyer = await signIn(site, 'buyer');
    const all = await buyer.data(List, { first: 100 });
    expect(all.serviceCases.totalCount).toBeGreaterThan(5);
    const seen: string[] = [];
    const pageAfter = (cursor: string | null | undefined) => buyer.data(List, { first: 4, after: cursor });
    let after: string | null | undefined = null;
    for (let page = 0; page < 50; page++) {
      const r = await pageAfter(after);
      seen.push(...r.serviceCases.edges.map((e) => e.node.id));
      if (!r.serviceCases.pageInfo.hasNextPage) break;
      after = r.serviceCases.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.serviceCases.edges.map((e) => e.node.id));
    expect(all.serviceCases.edges.every((e) => e.node.account.name === site.accounts[0]!.name)).toBe(true);

    const byOrder = await buyer.data(List, { filter: { orderId: orderId(1) } });
    expect(byOrder.serviceCases.totalCount).toBe(2); // the line case and the line-with-order case
    const byInvoice = await buyer.data(List, { filter: { invoiceId: toGlobalId('Invoice', invoices.own) } });
    expect(byInvoice.serviceCases.totalCount).toBe(1);
    const open = await buyer.data(List, { filter: { statuses: ['OPEN'] } });
    expect(open.serviceCases.edges.every((e) => e.node.status === 'OPEN')).toBe(true);
    const bad = await buyer.request(List, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badOrder = await buyer.request(List, { filter: { orderId: 'nope' } });
    expect(badOrder.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('attachments', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

  const upload = (
    client: TestClient | null,
    caseId: string,
    body: Buffer,
    type: string,
    name: string,
    headers = {},
  ) =>
    fetch(`${server.url}/api/cases/${caseId}/attachments?fileName=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: {
        'content-type': type,
        'x-requested-with': 'portway',
        ...(client ? { cookie: client.cookieHeader } : {}),
        ...headers,
      },
      body,
    });

  it('uploads within the limits, lists without content, downloads for those who may see the case', async () => {
    const buyer = await signIn(site, 'buyer');
    const opened = await openOn(buyer, { orderId: orderId(0) }, 'With a photo');
    if (opened.__typename !== 'CaseOpened') throw new Error('not opened');
    const caseId = opened.serviceCase.id;

    const ok = await upload(buyer, caseId, PNG, 'image/png', 'crack.png');
    expect(ok.status).toBe(201);
    const created = (await ok.json()) as { id: string; url: string; sizeBytes: number };
    expect(created.sizeBytes).toBe(PNG.length);
    const csv = await upload(buyer, caseId, Buffer.from('sku,qty\nA,1\n'), 'text/csv', 'lines.csv');
    expect(csv.status).toBe(201);

    const detail = await buyer.data(Detail, { id: caseId });
    expect(detail.serviceCase?.attachments.map((a) => [a.fileName, a.contentType, a.sizeBytes])).toEqual([
      ['crack.png', 'image/png', PNG.length],
      ['lines.csv', 'text/csv', 12],
    ]);
    const noContent = await buyer.request(
      `query($id: ID!) { serviceCase(id: $id) { attachments { content } } }`,
      {
        id: caseId,
      },
    );
    expect(noContent.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const rep = await signIn(site, 'rep');
    for (const client of [buyer, rep]) {
      const down = await fetch(`${server.url}${created.url}`, { headers: { cookie: client.cookieHeader } });
      expect(down.status).toBe(200);
      expect(down.headers.get('content-type')).toBe('image/png');
      expect(down.headers.get('content-disposition')).toContain('crack.png');
      expect(Buffer.from(await down.arrayBuffer()).equals(PNG)).toBe(true);
    }
    for (const client of [
      await signIn(site, 'otherRep'),
      await signIn(site, 'siblingBuyer'),
      await signIn(other, 'buyer'),
    ]) {
      const denied = await fetch(`${server.url}${created.url}`, { headers: { cookie: client.cookieHeader } });
      expect(denied.status).toBe(404);
      expect((await upload(client, caseId, PNG, 'image/png', 'mine.png')).status).toBe(404);
    }
    expect((await fetch(`${server.url}${created.url}`)).status).toBe(401);

    // The rep may attach too.
    expect(
      (await upload(rep, caseId, Buffer.from('%PDF-1.4\n'), 'application/pdf', 'label.pdf')).status,
    ).toBe(201);
  });

  it('refuses what breaks the limits and stores nothing then', async () => {
    const buyer = await signIn(site, 'buyer');
    const opened = await openOn(buyer, {}, 'Limits');
    if (opened.__typename !== 'CaseOpened') throw new Error('not opened');
    const caseId = opened.serviceCase.id;
    const count = async () =>
      (
        await sql<{ n: number }>(
          'SELECT count(*)::int AS n FROM case_attachment a JOIN service_case c ON c.id = a.service_case_id WHERE c.subject = ? AND c.site_id = ?',
          ['Limits', site.id],
        )
      )[0]!.n;
    const cases: Array<[Response, number, string]> = [
      [
        await upload(buyer, caseId, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'text/plain', 'big.txt'),
        413,
        'An attachment is limited to 10 MB.',
      ],
      [
        await upload(buyer, caseId, Buffer.from('<script>'), 'text/html', 'x.html'),
        400,
        'Attach an image (PNG, JPEG, GIF, WebP), a PDF, a text or a CSV file.',
      ],
      [
        await upload(buyer, caseId, PNG, 'application/pdf', 'fake.pdf'),
        400,
        'The file’s content does not match its type.',
      ],
      [await upload(buyer, caseId, Buffer.alloc(0), 'image/png', 'empty.png'), 400, 'The file is empty.'],
      [
        await upload(buyer, caseId, PNG, 'image/png', ''),
        400,
        'The file needs a name of 1 to 200 characters.',
      ],
    ];
    for (const [response, status, error] of cases) {
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error });
    }
    const noHeader = await upload(buyer, caseId, PNG, 'image/png', 'a.png', { 'x-requested-with': 'other' });
    expect(noHeader.status).toBe(400);
    expect((await upload(null, caseId, PNG, 'image/png', 'a.png')).status).toBe(401);
    expect(await count()).toBe(0);

    // Exactly 10 MB is allowed.
    const max = Buffer.alloc(10 * 1024 * 1024, 0x41);
    expect((await upload(buyer, caseId, max, 'text/plain', 'max.txt')).status).toBe(201);
    expect(await count()).toBe(1);

    // At most 20 files per case.
    for (let i = 1; i < 20; i++)
      expect((await upload(buyer, caseId, Buffer.from(`note ${i}`), 'text/plain', `n${i}.txt`)).status).toBe(
        201,
      );
    const full = await upload(buyer, caseId, PNG, 'image/png', 'one-too-many.png');
    expect(full.status).toBe(409);
    expect(await full.json()).toEqual({ error: 'A case holds at most 20 attachments.' });
    expect(await count()).toBe(20);

    // A closed case takes no files.
    await buyer.data(Status, { caseId, status: 'CLOSED' });
    const closed = await upload(buyer, caseId, PNG, 'image/png', 'late.png');
    expect(closed.status).toBe(409);
    expect(await closed.json()).toEqual({ error: 'This case is closed: reopen it to attach a file.' });
    expect(await count()).toBe(20);
  });
});
