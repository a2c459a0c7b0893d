import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { Role } from '../identity/domain/roles.js';
import { commerceFactory } from '../../test/commerce-factory.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';

/**
 * Entitlements through the API: accounts in different buyer groups see different catalogs and prices,
 * and a product an account may not see is absent through every path that could reach it.
 */
const Catalog = graphql(`
  query EntitledCatalog($search: String, $categoryId: ID, $facets: [FacetFilterInput!], $sort: ProductSort) {
    products(first: 100, search: $search, categoryId: $categoryId, facets: $facets, sort: $sort) {
      totalCount
      edges {
        node {
          sku
          price(quantity: 1) {
            unitPrice {
              amount
              currency
            }
            steps {
              kind
              label
            }
          }
          entitlement {
            canBuy
            canSeePrice
            reason
          }
        }
      }
      facets {
        code
        values {
          code
          count
        }
      }
    }
  }
`);

const ProductPaths = graphql(`
  query EntitledProductPaths($id: ID!, $sku: String!, $visibleId: ID!) {
    product(id: $id) {
      sku
    }
    productBySku(sku: $sku) {
      sku
    }
    visible: product(id: $visibleId) {
      sku
      related {
        product {
          sku
        }
      }
      bundleComponents {
        product {
          sku
        }
      }
    }
    categories {
      edges {
        node {
          slug
          productCount
        }
      }
    }
  }
`);

const PriceLines = graphql(`
  query EntitledPriceLines($lines: [PriceLineInput!]!) {
    priceLines(lines: $lines) {
      lines {
        __typename
        ... on PricedLine {
          sku
        }
        ... on PriceLineError {
          code
          message
        }
      }
    }
  }
`);

let server: TestServer;
let site: TestSite;
let chain: TestClient;
let starter: TestClient;
let rep: TestClient;
const ids = {} as {
  privateCategory: string;
  privateProduct: string;
  machinesCategory: string;
  machine: string;
  bundle: string;
  visible: string;
};

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Chain', orders: 1 },
      { name: 'Starter', orders: 1 },
    ],
    users: {
      chain: { roles: [Role.BUYER], account: 0 },
      starter: { roles: [Role.BUYER], account: 1 },
      rep: { roles: [Role.SALES_REP], assigned: [0, 1] },
    },
    products: 4,
  });
  const f = commerceFactory(server.orm, site.id);
  await f.facet('roast', 'Roast', ['dark', 'light']);
  ids.privateCategory = await f.category('Private label', `private-${site.code}`);
  ids.machinesCategory = await f.category('Machines', `machines-${site.code}`);
  ids.privateProduct = await f.product({
    categoryId: ids.privateCategory,
    sku: `PRIV-${site.code}`,
    name: 'Secret Reserve Roast',
    listPrices: { USD: '40.00' },
    books: site.priceBookIds,
    attributes: { roast: 'dark' },
  });
  ids.machine = await f.product({
    categoryId: ids.machinesCategory,
    sku: `MACH-${site.code}`,
    name: 'Espresso Machine',
    listPrices: { USD: '5000.00' },
    books: site.priceBookIds,
  });
  ids.visible = site.productIds[0]!;
  ids.bundle = await f.product({
    categoryId: site.categoryIds[0]!,
    sku: `KIT-${site.code}`,
    name: 'Starter Kit',
    listPrices: { USD: '99.00' },
    books: site.priceBookIds,
    bundlePricing: 'INCLUDED',
  });
  await f.relate(ids.visible, ids.privateProduct);
  await f.relate(ids.visible, site.productIds[1]!);
  await f.bundleComponent(ids.bundle, ids.privateProduct);
  await f.bundleComponent(ids.bundle, site.productIds[2]!);
  await server.orm.em
    .getConnection()
    .execute(`UPDATE product SET attributes = '{"roast":"dark"}' WHERE id = ?`, [site.productIds[3]]);

  // Chains: everything, the private label, and a chain book 10% under list on the first product.
  const chains = await f.buyerGroup('Chains', [site.accounts[0]!.id]);
  await f.policy({
    name: 'Chain catalog',
    groups: [chains],
    categories: [site.categoryIds[0]!, ids.privateCategory, ids.machinesCategory],
  });
  await f.groupBook({
    name: 'Chain prices',
    currency: 'USD',
    group: chains,
    prices: { [ids.visible]: '9.45' },
  });
  // Starters: the regular catalog, machines visible but not buyable; never the private label.
  const starters = await f.buyerGroup('Starters', [site.accounts[1]!.id]);
  await f.policy({ name: 'Starter catalog', groups: [starters], categories: [site.categoryIds[0]!] });
  await f.policy({
    name: 'Machines: view only',
    groups: [starters],
    categories: [ids.machinesCategory],
    canBuy: false,
    reason: 'Machines need an approved credit account.',
  });

  const signIn = async (key: string) => {
    const client = new TestClient(server.url);
    await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
      i: { siteCode: site.code, email: site.users[key]!.email, password: TEST_PASSWORD },
    });
    return client;
  };
  chain = await signIn('chain');
  starter = await signIn('starter');
  rep = await signIn('rep');
});
afterAll(() => server.close());

describe('entitled catalogs', () => {
  it('two accounts in different buyer groups see different catalogs and prices', async () => {
    const a = await chain.data(Catalog, {});
    const b = await starter.data(Catalog, {});
    const skus = (r: typeof a) => r.products.edges.map((e) => e.node.sku).sort();
    // Chain: 4 factory products + kit + private + machine; starter: no private label.
    expect(a.products.totalCount).toBe(7);
    expect(skus(a)).toContain(`PRIV-${site.code}`);
    expect(b.products.totalCount).toBe(6);
    expect(skus(b)).not.toContain(`PRIV-${site.code}`);

    const price = (r: typeof a, sku: string) => r.products.edges.find((e) => e.node.sku === sku)!.node.price;
    expect(price(a, site.productSkus[0]!)?.unitPrice.amount).toBe('9.45');
    expect(price(a, site.productSkus[0]!)?.steps.map((s) => s.kind)).toEqual(['LIST', 'BOOK']);
    expect(price(b, site.productSkus[0]!)?.unitPrice.amount).toBe('10.50');
    expect(price(b, site.productSkus[0]!)?.steps.map((s) => s.kind)).toEqual(['LIST']);

    const machine = (r: typeof a) => r.products.edges.find((e) => e.node.sku === `MACH-${site.code}`)!.node;
    expect(machine(a).entitlement).toEqual({ canBuy: true, canSeePrice: true, reason: null });
    expect(machine(b).entitlement).toEqual({
      canBuy: false,
      canSeePrice: true,
      reason: 'Machines need an approved credit account.',
    });
  });

  it('a rep acting for an account sees exactly what that account sees', async () => {
    await rep.data(`mutation($id: ID!) { switchAccount(accountId: $id) { __typename } }`, {
      id: toGlobalId('Account', site.accounts[1]!.id),
    });
    const asStarter = await rep.data(Catalog, {});
    const own = await starter.data(Catalog, {});
    expect(asStarter.products.edges.map((e) => e.node.sku).sort()).toEqual(
      own.products.edges.map((e) => e.node.sku).sort(),
    );
  });

  it('an unentitled product is absent through every path', async () => {
    const hidden = `PRIV-${site.code}`;
    // Search by name, by SKU, by a typo, in its category, by its facet, sorted by price.
    for (const variables of [
      { search: 'Secret Reserve' },
      { search: hidden },
      { search: 'secrte reserv' },
      { categoryId: toGlobalId('Category', ids.privateCategory) },
      { facets: [{ code: 'roast', values: ['dark'] }] },
      { sort: 'PRICE_DESC' as const },
    ]) {
      const r = await starter.data(Catalog, variables);
      expect(r.products.edges.map((e) => e.node.sku)).not.toContain(hidden);
    }
    // Facet counts do not count it: only the factory product tagged dark.
    const facets = (await starter.data(Catalog, {})).products.facets;
    expect(facets.find((f) => f.code === 'roast')?.values).toEqual([{ code: 'dark', count: 1 }]);
    const chainFacets = (await chain.data(Catalog, {})).products.facets;
    expect(chainFacets.find((f) => f.code === 'roast')?.values).toEqual([{ code: 'dark', count: 2 }]);

    // By ID and SKU; as a related product; as a bundle component; in category counts.
    const paths = await starter.data(ProductPaths, {
      id: toGlobalId('Product', ids.privateProduct),
      sku: hidden,
      visibleId: toGlobalId('Product', ids.visible),
    });
    expect(paths.product).toBeNull();
    expect(paths.productBySku).toBeNull();
    expect(paths.visible?.related.map((r) => r.product.sku)).toEqual([site.productSkus[1]]);
    const kit = await starter.data(ProductPaths, {
      id: toGlobalId('Product', ids.privateProduct),
      sku: hidden,
      visibleId: toGlobalId('Product', ids.bundle),
    });
    expect(kit.visible?.bundleComponents.map((c) => c.product.sku)).toEqual([site.productSkus[2]]);
    // Its category is absent too: a category with nothing the viewer may see would reveal it exists.
    expect(paths.categories.edges.map((e) => e.node.slug)).not.toContain(`private-${site.code}`);
    expect(paths.categories.edges.map((e) => e.node.slug)).toContain(`machines-${site.code}`);

    // Pricing it: an unknown SKU, exactly like a SKU that does not exist.
    const priced = await starter.data(PriceLines, {
      lines: [
        { sku: hidden, quantity: 1 },
        { sku: 'NO-SUCH-SKU', quantity: 1 },
        { sku: `MACH-${site.code}`, quantity: 1 },
      ],
    });
    const [hiddenLine, unknownLine, machineLine] = priced.priceLines.lines;
    expect(hiddenLine).toEqual({
      __typename: 'PriceLineError',
      code: 'UNKNOWN_SKU',
      message: `No product with SKU ${hidden}.`,
    });
    expect(unknownLine).toEqual({
      __typename: 'PriceLineError',
      code: 'UNKNOWN_SKU',
      message: 'No product with SKU NO-SUCH-SKU.',
    });
    expect(machineLine).toEqual({
      __typename: 'PriceLineError',
      code: 'NOT_ENTITLED',
      message: 'Machines need an approved credit account.',
    });

    // Its datasheet is "not found" too; the chain gets it.
    const sheet = await fetch(`${server.url}/media/datasheets/${hidden}.pdf`, {
      headers: { cookie: starter.cookieHeader },
    });
    expect(sheet.status).toBe(404);
    const own = await fetch(`${server.url}/media/datasheets/${hidden}.pdf`, {
      headers: { cookie: chain.cookieHeader },
    });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('a change to a policy shows on the next request', async () => {
    await server.orm.em
      .getConnection()
      .execute(
        `UPDATE entitlement_policy SET can_buy = true WHERE site_id = ? AND name = 'Machines: view only'`,
        [site.id],
      );
    const r = await starter.data(Catalog, { search: 'Espresso Machine' });
    expect(r.products.edges[0]?.node.entitlement.canBuy).toBe(true);
  });
});

describe('search tiers', () => {
  it('exact matches first; near misses only when nothing matched, paged to the end', async () => {
    const f = commerceFactory(server.orm, site.id);
    for (const size of ['12', '20', '32']) {
      await f.product({
        categoryId: site.categoryIds[0]!,
        sku: `PITCH-${size}-${site.code}`,
        name: `Frothing Pitcher ${size} oz`,
        listPrices: { USD: '9.00' },
        books: site.priceBookIds,
      });
    }
    const Page = `query($q: String, $after: String) { products(first: 1, search: $q, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { sku } } } }`;
    type PageData = {
      products: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { sku: string } }>;
      };
    };
    const walk = async (q: string) => {
      const skus: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let i = 0; i < 10; i++) {
        const r: PageData = await chain.data<PageData, { q: string; after: string | null }>(Page, {
          q,
          after,
        });
        total = r.products.totalCount;
        skus.push(...r.products.edges.map((e) => e.node.sku));
        if (!r.products.pageInfo.hasNextPage) break;
        after = r.products.pageInfo.endCursor;
      }
      return { skus, total };
    };
    const exact = await walk('pitcher');
    expect(exact.total).toBe(3);
    expect(exact.skus).toHaveLength(3);
    // A typo: nothing matches exactly, so near misses come back, and paging stays on them.
    const typo = await walk('frothng pitchr');
    expect(typo.total).toBe(3);
    expect(new Set(typo.skus).size).toBe(3);
  });
});
