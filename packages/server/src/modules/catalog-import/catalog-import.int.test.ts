import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commerceFactory } from '../../test/commerce-factory.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';
import type { ImportReport } from './catalog-import.service.js';

/** CSV import and export over HTTP: every row validated, errors per row, nothing half-applied. */
let server: TestServer;
let site: TestSite;
let admin: TestClient;
let buyer: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [{ name: 'Buyer', orders: 0 }],
    users: { admin: { roles: [Role.SITE_ADMIN] }, buyer: { roles: [Role.BUYER], account: 0 } },
    products: 2,
  });
  await commerceFactory(server.orm, site.id).facet('roast', 'Roast', ['dark', 'light']);
  const signIn = async (key: string) => {
    const client = new TestClient(server.url);
    await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
      i: { siteCode: site.code, email: site.users[key]!.email, password: TEST_PASSWORD },
    });
    return client;
  };
  admin = await signIn('admin');
  buyer = await signIn('buyer');
});
afterAll(() => server.close());

async function post(client: TestClient, kind: string, csv: string, apply: boolean) {
  const response = await fetch(`${server.url}/api/imports/${kind}${apply ? '?apply=true' : ''}`, {
    method: 'POST',
    headers: { cookie: client.cookieHeader, 'content-type': 'text/csv', 'x-requested-with': 'portway' },
    body: csv,
  });
  return { status: response.status, body: (await response.json()) as ImportReport & { error?: string } };
}

describe('catalog CSV import', () => {
  it('reports every bad row with its line and column, and applies nothing', async () => {
    const before = await commerceFactory(server.orm, site.id).snapshot();
    const slug = (
      await server.orm.em
        .getConnection()
        .execute<Array<{ slug: string }>>('SELECT slug FROM category WHERE id = ?', [site.categoryIds[0]])
    )[0]!.slug;
    const csv = [
      'sku,name,category,min_quantity,attributes',
      `NEW-1,Good new product,${slug},2,roast=dark`,
      `NEW-2,,${slug},1,`,
      `NEW-3,Bad category,no-such-category,1,`,
      `NEW-4,Bad quantity,${slug},zero,`,
      `NEW-5,Bad facet,${slug},1,roast=burnt`,
      `NEW-1,Repeated SKU,${slug},1,`,
    ].join('\n');
    const { status, body } = await post(admin, 'products', csv, true);
    expect(status).toBe(422);
    expect(body.applied).toBe(false);
    expect(body.rows).toBe(6);
    expect(body.validRows).toBe(1);
    expect(body.problems).toEqual([
      { line: 3, column: 'name', message: 'The name is required.' },
      { line: 4, column: 'category', message: 'There is no category “no-such-category” (use its slug).' },
      {
        line: 5,
        column: 'min_quantity',
        message: 'min quantity must be a whole number of at least 1, not “zero”.',
      },
      { line: 6, column: 'attributes', message: '“burnt” is not a value of roast.' },
      { line: 7, column: 'sku', message: 'NEW-1 is already on line 2.' },
    ]);
    expect(await commerceFactory(server.orm, site.id).snapshot()).toBe(before);
  });

  it('a clean file is checked first, then applied whole: created, updated, unchanged', async () => {
    const slug = (
      await server.orm.em
        .getConnection()
        .execute<Array<{ slug: string }>>('SELECT slug FROM category WHERE id = ?', [site.categoryIds[1]])
    )[0]!.slug;
    const csv = [
      'SKU,Name,Category,Unit of measure,Increment,name_fr-CA',
      `NEW-10,Imported product,${slug},case,6,Produit importé`,
      `${site.productSkus[0]},Renamed product,${slug},each,1,`,
    ].join('\r\n');
    const dry = await post(admin, 'products', csv, false);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ applied: false, created: 1, updated: 1, unchanged: 0 });
    const count = async () =>
      Number(
        (
          await server.orm.em
            .getConnection()
            .execute<Array<{ n: string }>>(
              "SELECT count(*) AS n FROM product WHERE site_id = ? AND sku = 'NEW-10'",
              [site.id],
            )
        )[0]!.n,
      );
    expect(await count()).toBe(0);
    const applied = await post(admin, 'products', csv, true);
    expect(applied.body).toMatchObject({ applied: true, created: 1, updated: 1, unchanged: 0 });
    expect(await count()).toBe(1);
    const again = await post(admin, 'products', csv, true);
    expect(again.body).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
  });

  it('prices import with per-row errors, then applied and audited per changed price', async () => {
    const bad = [
      'price_book,currency,sku,unit_price',
      `List prices (USD),USD,${site.productSkus[0]},12.00`,
      `List prices (USD),CAD,${site.productSkus[1]},9.00`,
      `No such book,USD,${site.productSkus[1]},9.00`,
      `List prices (USD),USD,NEW-10,-9`,
    ].join('\n');
    const refused = await post(admin, 'prices', bad, true);
    expect(refused.status).toBe(422);
    expect(refused.body.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'currency'],
      [4, 'price_book'],
      [5, 'unit_price'],
    ]);
    const good = [
      'price_book,sku,unit_price',
      `List prices (USD),${site.productSkus[0]},12.00`,
      `List prices (USD),${site.productSkus[1]},11.50`,
    ].join('\n');
    const applied = await post(admin, 'prices', good, true);
    // The second product already costs 11.50: unchanged, not audited.
    expect(applied.body).toMatchObject({ applied: true, created: 0, updated: 1, unchanged: 1 });
    const audits = await server.orm.em
      .getConnection()
      .execute<Array<{ summary: string }>>(
        "SELECT summary FROM audit_event WHERE site_id = ? AND action = 'price.update' ORDER BY at",
        [site.id],
      );
    expect(audits.map((a) => a.summary)).toEqual([
      `${site.productSkus[0]} in List prices (USD): 10.50 → 12.00 (import)`,
    ]);
  });

  it('exports what it imports, and refuses buyers', async () => {
    const response = await fetch(`${server.url}/api/exports/prices.csv`, {
      headers: { cookie: admin.cookieHeader },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const text = await response.text();
    expect(text.split('\n')[0]).toBe('price_book,currency,sku,unit_price');
    expect(text).toContain(`List prices (USD),USD,${site.productSkus[0]},12.00`);

    const forbidden = await fetch(`${server.url}/api/exports/prices.csv`, {
      headers: { cookie: buyer.cookieHeader },
    });
    expect(forbidden.status).toBe(403);
    const importAsBuyer = await post(
      buyer,
      'prices',
      'price_book,sku,unit_price\nList prices (USD),X,1',
      true,
    );
    expect(importAsBuyer.status).toBe(403);
    const anonymous = await fetch(`${server.url}/api/exports/products.csv`);
    expect(anonymous.status).toBe(401);
  });
});
