import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../identity/domain/roles.js';
import { commerceFactory } from '../../test/commerce-factory.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';

/**
 * Prices through the API: the Montreal account reads French content and pays in CAD from a book
 * derived from the USD list at a stated rate and rounding; priceLines prices many lines with per-line
 * errors; the tier table and the explanation follow the engine.
 */
const ProductPrice = graphql(`
  query PricedProduct($sku: String!, $quantity: Int!) {
    viewer {
      locale
    }
    productBySku(sku: $sku) {
      name
      description
      category {
        name
      }
      listPrice {
        amount
        currency
      }
      price(quantity: $quantity) {
        unitPrice {
          amount
          currency
        }
        lineTotal {
          amount
        }
        steps {
          kind
          label
          note
          unitPrice {
            amount
          }
        }
      }
      tierTable {
        mode
        tiers {
          minQuantity
          maxQuantity
          unitPrice {
            amount
          }
          adjustment
        }
      }
    }
  }
`);

const Search = graphql(`
  query PricedSearch($search: String!) {
    products(first: 10, search: $search) {
      totalCount
      edges {
        node {
          sku
          name
        }
      }
    }
  }
`);

const PriceLines = graphql(`
  query PricedLines($lines: [PriceLineInput!]!, $coupons: [String!]) {
    priceLines(lines: $lines, couponCodes: $coupons) {
      currency
      pricedCount
      errorCount
      subtotal {
        amount
      }
      lines {
        __typename
        ... on PricedLine {
          index
          sku
          product {
            name
          }
          price {
            unitPrice {
              amount
            }
            lineTotal {
              amount
            }
          }
        }
        ... on PriceLineError {
          index
          code
          message
          suggestedQuantity
        }
      }
    }
  }
`);

let server: TestServer;
let site: TestSite;
let usd: TestClient;
let montreal: TestClient;
let tiered: string;

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Portland', orders: 0 },
      { name: 'Montréal', orders: 0 },
    ],
    users: {
      portland: { roles: [Role.BUYER], account: 0 },
      montreal: { roles: [Role.BUYER], account: 1 },
    },
    products: 3,
  });
  const f = commerceFactory(server.orm, site.id);
  await f.allowLocales(['en-US', 'fr-CA']);
  await f.setAccount(site.accounts[1]!.id, 'CAD', 'fr-CA');
  // The CAD list is derived from the USD list at 1.36, to .49/.99 price points.
  await f.deriveBook(site.priceBookIds.CAD, site.priceBookIds.USD, '1.36', 'PRICE_POINT_49_99');
  tiered = `BEANS-${site.code}`;
  const beans = await f.product({
    categoryId: site.categoryIds[1]!,
    sku: tiered,
    name: 'House Blend Whole Bean',
    listPrices: { USD: '54.00' },
    books: site.priceBookIds,
  });
  await f.translation(beans, 'fr-CA', 'Mélange maison en grains', 'Un café torréfié à Montréal.');
  await server.orm.em.getConnection().execute(
    `WITH t AS (INSERT INTO volume_tier_table (id, site_id, product_id, currency, mode, updated_at)
                VALUES (gen_random_uuid(), ?, ?, 'USD', 'SLAB', now()) RETURNING id)
     INSERT INTO volume_tier (id, table_id, lower_bound, upper_bound, adjustment, value)
     SELECT gen_random_uuid(), t.id, v.lo, v.hi, 'PERCENT_OFF', v.pct FROM t,
            (VALUES (10, 25, 5), (25, NULL::int, 10)) AS v(lo, hi, pct)`,
    [site.id, beans],
  );
  await server.orm.em
    .getConnection()
    .execute('UPDATE product SET min_order_quantity = 2, order_increment = 2 WHERE id = ?', [
      site.productIds[2],
    ]);

  const signIn = async (key: string) => {
    const client = new TestClient(server.url);
    await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
      i: { siteCode: site.code, email: site.users[key]!.email, password: TEST_PASSWORD },
    });
    return client;
  };
  usd = await signIn('portland');
  montreal = await signIn('montreal');
});
afterAll(() => server.close());

describe('prices and languages per account', () => {
  it('the Montreal account gets fr-CA content and CAD prices from the derived book, explained in French', async () => {
    const r = await montreal.data(ProductPrice, { sku: tiered, quantity: 1 });
    expect(r.viewer?.locale).toBe('fr-CA');
    expect(r.productBySku?.name).toBe('Mélange maison en grains');
    expect(r.productBySku?.description).toBe('Un café torréfié à Montréal.');
    // 54.00 × 1.36 = 73.44 → nearest .49/.99 price point: 73.49.
    expect(r.productBySku?.listPrice).toEqual({ amount: '73.49', currency: 'CAD' });
    expect(r.productBySku?.price?.unitPrice).toEqual({ amount: '73.49', currency: 'CAD' });
    const [step] = r.productBySku!.price!.steps;
    expect(step?.kind).toBe('LIST');
    expect(step?.label).toBe('List prices (CAD)');
    // The derivation is stated, never silent: source amount, source book, rate, rounding.
    expect(step?.note).toContain('54,00');
    expect(step?.note).toContain('1,36');
    expect(step?.note).toMatch(/arrondi/);
    // No tiers in CAD for this product: none are shown.
    expect(r.productBySku?.tierTable).toBeNull();

    const english = await usd.data(ProductPrice, { sku: tiered, quantity: 1 });
    expect(english.productBySku?.name).toBe('House Blend Whole Bean');
    expect(english.productBySku?.listPrice).toEqual({ amount: '54.00', currency: 'USD' });
  });

  it('search reads the viewer’s language: French words find the French name, without accents too', async () => {
    const r = await montreal.data(Search, { search: 'melange' });
    expect(r.products.edges.map((e) => e.node.name)).toEqual(['Mélange maison en grains']);
    const english = await usd.data(Search, { search: 'melange' });
    expect(english.products.totalCount).toBe(0);
  });

  it('a user may switch language; content follows', async () => {
    await montreal.data(`mutation { setLocale(locale: "en-US") { locale } }`);
    const r = await montreal.data(ProductPrice, { sku: tiered, quantity: 1 });
    expect(r.productBySku?.name).toBe('House Blend Whole Bean');
    expect(r.productBySku?.price?.unitPrice.currency).toBe('CAD');
    await montreal.data(`mutation { setLocale(locale: null) { locale } }`);
    expect((await montreal.data(ProductPrice, { sku: tiered, quantity: 1 })).viewer?.locale).toBe('fr-CA');
  });

  it('the tier table and the price at a quantity follow the slab tiers, bounds hit exactly', async () => {
    const at = async (quantity: number) =>
      (await usd.data(ProductPrice, { sku: tiered, quantity })).productBySku!.price!;
    expect((await at(9)).unitPrice.amount).toBe('54.00');
    // 54.00 × 0.95 = 51.30; 10 × 51.30 = 513.00.
    expect((await at(10)).unitPrice.amount).toBe('51.30');
    expect((await at(10)).lineTotal.amount).toBe('513.00');
    expect((await at(24)).unitPrice.amount).toBe('51.30');
    // 54.00 × 0.90 = 48.60.
    expect((await at(25)).unitPrice.amount).toBe('48.60');
    const table = (await usd.data(ProductPrice, { sku: tiered, quantity: 1 })).productBySku!.tierTable!;
    expect(table.tiers.map((t) => [t.minQuantity, t.maxQuantity, t.unitPrice.amount])).toEqual([
      [1, 9, '54.00'],
      [10, 24, '51.30'],
      [25, null, '48.60'],
    ]);
  });

  it('priceLines prices good lines and explains each bad one, never failing the request', async () => {
    const r = await usd.data(PriceLines, {
      lines: [
        { sku: tiered, quantity: 10 },
        { sku: 'NOPE', quantity: 1 },
        { sku: site.productSkus[2]!, quantity: 3 },
        { sku: site.productSkus[0]!, quantity: 0 },
        { sku: site.productSkus[1]!, quantity: 2 },
      ],
    });
    expect(r.priceLines.currency).toBe('USD');
    expect(r.priceLines.pricedCount).toBe(2);
    expect(r.priceLines.errorCount).toBe(3);
    // 513.00 + 2 × 11.50 = 536.00.
    expect(r.priceLines.subtotal.amount).toBe('536.00');
    expect(r.priceLines.lines.map((l) => l.__typename)).toEqual([
      'PricedLine',
      'PriceLineError',
      'PriceLineError',
      'PriceLineError',
      'PricedLine',
    ]);
    // The product of a priced line, loaded when asked for.
    expect(r.priceLines.lines[0]).toMatchObject({ sku: tiered, product: { name: 'House Blend Whole Bean' } });
    expect(r.priceLines.lines[2]).toMatchObject({
      code: 'QUANTITY_RULE',
      message: 'Order in steps of 2 (2, 4, 6, …).',
      suggestedQuantity: 4,
    });
    expect(r.priceLines.lines[3]).toMatchObject({ code: 'QUANTITY_RULE', suggestedQuantity: null });

    // The Montreal buyer reads the same refusals in French.
    const french = await montreal.data(PriceLines, {
      lines: [
        { sku: 'NOPE', quantity: 1 },
        { sku: site.productSkus[2]!, quantity: 3 },
      ],
    });
    expect(french.priceLines.lines).toMatchObject([
      { code: 'UNKNOWN_SKU', message: 'Aucun produit ne porte l’UGS NOPE.' },
      { code: 'QUANTITY_RULE', message: expect.stringMatching(/^Commandez par tranches de 2/) },
    ]);
  });

  it('priceLines takes 2,000 lines at once and refuses 2,001 with a clear error', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => ({
      sku: site.productSkus[i % 2]!,
      quantity: 1 + (i % 5),
    }));
    const r = await usd.data(PriceLines, { lines });
    expect(r.priceLines.pricedCount).toBe(2000);
    const tooMany = await usd.request(PriceLines, { lines: [...lines, lines[0]!] });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toBe('Send between 1 and 2000 lines.');
  });
});
