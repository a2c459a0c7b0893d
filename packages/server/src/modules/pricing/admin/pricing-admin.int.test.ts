import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../platform/ids.js';
import { commerceFactory } from '../../../test/commerce-factory.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../../test/factory.js';
import { graphql } from '../../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../../test/harness.js';
import { Role } from '../../identity/domain/roles.js';

/**
 * The seller side of pricing: invalid prices, tiers and promotions are refused with clear, per-field
 * errors and change nothing (prices, tiers, promotions and the audit trail are compared before and
 * after); valid changes apply, are audited and reach buyers' prices at once; stale edits are refused.
 */
const SetEntry = graphql(`
  mutation AdminSetEntry($input: SetPriceBookEntryInput!) {
    setPriceBookEntry(input: $input) {
      __typename
      ... on PriceBookEntrySaved {
        entry {
          sku
          unitPrice {
            amount
          }
        }
      }
      ... on ValidationFailed {
        message
        problems {
          field
          message
        }
      }
    }
  }
`);

const SaveTiers = graphql(`
  mutation AdminSaveTiers($input: SaveVolumeTiersInput!) {
    saveVolumeTiers(input: $input) {
      __typename
      ... on VolumeTiersSaved {
        table {
          updatedAt
          tiers {
            lowerBound
            upperBound
            value
          }
        }
      }
      ... on ValidationFailed {
        problems {
          field
          message
        }
      }
      ... on StaleEdit {
        message
      }
    }
  }
`);

const SavePromotion = graphql(`
  mutation AdminSavePromotion($input: SavePromotionInput!) {
    savePromotion(input: $input) {
      __typename
      ... on PromotionSaved {
        promotion {
          id
          name
          status
          updatedAt
        }
      }
      ... on ValidationFailed {
        problems {
          field
          message
        }
      }
      ... on StaleEdit {
        message
      }
    }
  }
`);

const BuyerPrice = graphql(`
  query AdminBuyerPrice($sku: String!, $quantity: Int!) {
    productBySku(sku: $sku) {
      price(quantity: $quantity) {
        unitPrice {
          amount
        }
        steps {
          kind
          label
        }
      }
    }
  }
`);

const Audit = graphql(`
  query AdminAudit {
    auditEvents(first: 10) {
      edges {
        node {
          action
          summary
          actorName
        }
      }
    }
  }
`);

let server: TestServer;
let site: TestSite;
let admin: TestClient;
let buyer: TestClient;
let snapshot: () => Promise<string>;

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [{ name: 'Buyer', orders: 0 }],
    users: { admin: { roles: [Role.SITE_ADMIN] }, buyer: { roles: [Role.BUYER], account: 0 } },
    products: 2,
  });
  snapshot = commerceFactory(server.orm, site.id).snapshot;
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

const book = () => toGlobalId('PriceBook', site.priceBookIds.USD);

describe('invalid input is refused with clear errors and changes nothing', () => {
  it('prices', async () => {
    const before = await snapshot();
    for (const [unitPrice, message] of [
      ['-1.00', 'The price must be an amount like 12.50 (digits, a dot, at most 4 decimals), not “-1.00”.'],
      [
        '12.34567',
        'The price must be an amount like 12.50 (digits, a dot, at most 4 decimals), not “12.34567”.',
      ],
      ['1e3', 'The price must be an amount like 12.50 (digits, a dot, at most 4 decimals), not “1e3”.'],
      ['NaN', 'The price must be an amount like 12.50 (digits, a dot, at most 4 decimals), not “NaN”.'],
    ] as const) {
      const r = await admin.data(SetEntry, {
        input: { priceBookId: book(), sku: site.productSkus[0]!, unitPrice },
      });
      expect(r.setPriceBookEntry).toMatchObject({
        __typename: 'ValidationFailed',
        problems: [{ field: 'unitPrice', message }],
      });
    }
    const unknown = await admin.data(SetEntry, {
      input: { priceBookId: book(), sku: 'NO-SUCH', unitPrice: '5.00' },
    });
    expect(unknown.setPriceBookEntry).toMatchObject({
      problems: [{ field: 'sku', message: 'No product with SKU NO-SUCH.' }],
    });
    expect(await snapshot()).toBe(before);
  });

  it('tiers', async () => {
    const before = await snapshot();
    const attempts: Array<[object[], string, string]> = [
      [
        [
          { lowerBound: 10, upperBound: 20, adjustment: 'PERCENT_OFF', value: '5' },
          { lowerBound: 25, upperBound: null, adjustment: 'PERCENT_OFF', value: '10' },
        ],
        'tiers[1]',
        'Values from 20 up to 25 fall in no tier.',
      ],
      [
        [
          { lowerBound: 10, upperBound: 30, adjustment: 'PERCENT_OFF', value: '5' },
          { lowerBound: 25, upperBound: null, adjustment: 'PERCENT_OFF', value: '10' },
        ],
        'tiers[1]',
        'Tier 25 and above overlaps tier 10–30.',
      ],
      [
        [{ lowerBound: 10, upperBound: null, adjustment: 'PERCENT_OFF', value: '120' }],
        'tiers[0].value',
        'Tier 1: the percentage must be more than 0 and at most 100.',
      ],
      [
        [{ lowerBound: 0, upperBound: null, adjustment: 'AMOUNT_OFF', value: '1.00' }],
        'tiers[0].lowerBound',
        'Tier 1: the lower bound must be a whole number of at least 1.',
      ],
      [
        [
          { lowerBound: 1, upperBound: null, adjustment: 'OVERRIDE', value: '9.00' },
          { lowerBound: 10, upperBound: null, adjustment: 'OVERRIDE', value: '8.00' },
        ],
        'tiers[0]',
        'Tier 1 and above has no upper bound but is not the last tier.',
      ],
    ];
    for (const [tiers, field, message] of attempts) {
      const r = await admin.data(SaveTiers, {
        input: { sku: site.productSkus[0]!, currency: 'USD', mode: 'SLAB', tiers: tiers as never },
      });
      expect(r.saveVolumeTiers.__typename).toBe('ValidationFailed');
      expect(r.saveVolumeTiers).toMatchObject({ problems: expect.arrayContaining([{ field, message }]) });
    }
    expect(await snapshot()).toBe(before);
  });

  it('promotions', async () => {
    const before = await snapshot();
    const base = {
      name: 'Spring sale',
      discountKind: 'PERCENT' as const,
      percent: '10',
      stacking: 'STACKABLE' as const,
      productSkus: [site.productSkus[0]!],
    };
    const attempts: Array<[object, string, string]> = [
      [{ percent: '0' }, 'percent', 'The percentage must be more than 0 and at most 100.'],
      [{ percent: null }, 'percent', 'A percentage promotion needs its percentage.'],
      [{ productSkus: [] }, 'targets', 'Choose at least one product or category for the promotion.'],
      [{ productSkus: ['NO-SUCH'] }, 'productSkus', 'Unknown SKU: NO-SUCH.'],
      [
        { startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-11-01T00:00:00Z' },
        'endsAt',
        'The promotion must end after it starts.',
      ],
      [{ couponCode: 'x y' }, 'couponCode', 'A coupon code is 3–30 letters, digits, dashes or underscores.'],
      [
        { discountKind: 'AMOUNT', percent: null, amounts: [{ currency: 'USD' }] },
        'amounts',
        'An amount promotion needs the amount off in at least one currency.',
      ],
      [
        { discountKind: 'AMOUNT', percent: null, amounts: [{ currency: 'usd!', amountOff: '2.00' }] },
        'amounts[0].currency',
        'Currency must be a three-letter ISO code such as USD, not “USD!”.',
      ],
      [{ name: '  ' }, 'name', 'The name is required.'],
    ];
    for (const [change, field, message] of attempts) {
      const r = await admin.data(SavePromotion, { input: { ...base, ...change } as never });
      expect(r.savePromotion.__typename).toBe('ValidationFailed');
      expect(r.savePromotion).toMatchObject({ problems: expect.arrayContaining([{ field, message }]) });
    }
    expect(await snapshot()).toBe(before);
  });
});

describe('valid changes apply, are audited, and reach buyers at once', () => {
  it('a price change shows in the buyer’s price and in the audit trail', async () => {
    const r = await admin.data(SetEntry, {
      input: { priceBookId: book(), sku: site.productSkus[0]!, unitPrice: '11.25' },
    });
    expect(r.setPriceBookEntry).toMatchObject({ entry: { unitPrice: { amount: '11.25' } } });
    const price = await buyer.data(BuyerPrice, { sku: site.productSkus[0]!, quantity: 1 });
    expect(price.productBySku?.price?.unitPrice.amount).toBe('11.25');
    const audit = await admin.data(Audit);
    expect(audit.auditEvents.edges[0]?.node).toMatchObject({
      action: 'price.update',
      summary: `${site.productSkus[0]} in List prices (USD): 10.50 → 11.25`,
    });
    expect(audit.auditEvents.edges[0]?.node.actorName).toContain('admin');
  });

  it('tiers save, show in prices, and a stale second edit is refused', async () => {
    const tiers = [{ lowerBound: 10, upperBound: null, adjustment: 'PERCENT_OFF' as const, value: '10' }];
    const first = await admin.data(SaveTiers, {
      input: { sku: site.productSkus[1]!, currency: 'USD', mode: 'SLAB', tiers },
    });
    expect(first.saveVolumeTiers.__typename).toBe('VolumeTiersSaved');
    // 11.50 × 0.90 = 10.35.
    const price = await buyer.data(BuyerPrice, { sku: site.productSkus[1]!, quantity: 10 });
    expect(price.productBySku?.price?.unitPrice.amount).toBe('10.35');
    // A second editor who read "no tiers yet" is refused, and the first editor's tiers stand.
    const stale = await admin.data(SaveTiers, {
      input: { sku: site.productSkus[1]!, currency: 'USD', mode: 'SLAB', tiers: [], expectedUpdatedAt: null },
    });
    expect(stale.saveVolumeTiers.__typename).toBe('StaleEdit');
    const again = await buyer.data(BuyerPrice, { sku: site.productSkus[1]!, quantity: 10 });
    expect(again.productBySku?.price?.unitPrice.amount).toBe('10.35');
  });

  it('a promotion saves, applies to buyers, and a stale edit is refused', async () => {
    const created = await admin.data(SavePromotion, {
      input: {
        name: 'Ten off',
        discountKind: 'PERCENT',
        percent: '10',
        stacking: 'EXCLUSIVE',
        productSkus: [site.productSkus[0]!],
      },
    });
    expect(created.savePromotion.__typename).toBe('PromotionSaved');
    const promotion =
      created.savePromotion.__typename === 'PromotionSaved' ? created.savePromotion.promotion : null;
    expect(promotion?.status).toBe('ACTIVE');
    // 11.25 × 0.90 = 10.125 → 10.13 (half up).
    const price = await buyer.data(BuyerPrice, { sku: site.productSkus[0]!, quantity: 1 });
    expect(price.productBySku?.price?.unitPrice.amount).toBe('10.13');
    expect(price.productBySku?.price?.steps.at(-1)).toEqual({ kind: 'PROMOTION', label: 'Ten off' });

    const edit = (name: string) =>
      admin.data(SavePromotion, {
        input: {
          id: promotion!.id,
          expectedUpdatedAt: promotion!.updatedAt,
          name,
          discountKind: 'PERCENT',
          percent: '10',
          stacking: 'EXCLUSIVE',
          productSkus: [site.productSkus[0]!],
        },
      });
    expect((await edit('Ten off, renamed')).savePromotion.__typename).toBe('PromotionSaved');
    const stale = await edit('Lost update');
    expect(stale.savePromotion.__typename).toBe('StaleEdit');
    const [row] = await server.orm.em
      .getConnection()
      .execute<Array<{ name: string }>>('SELECT name FROM promotion WHERE site_id = ?', [site.id]);
    expect(row?.name).toBe('Ten off, renamed');
  });
});
