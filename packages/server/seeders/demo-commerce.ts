import { Decimal } from '../src/platform/money.js';
import { COFFEE_CATEGORY_NAMES_FR, FACETS, PRODUCT_CONTENT } from './demo-catalog-content.js';

/**
 * The demo world's commerce data, seeded after its sites, accounts and catalogs (demo-world.ts calls
 * seedDemoCommerce): facets and French content, purchase rules, stock in warehouses, bundles, related
 * products, datasheets, buyer groups and entitlement policies, price books (the CAD list derived from
 * the USD list), contract prices, volume tiers and promotions.
 *
 * Idempotent like the rest of the demo world: fixed name-based ids and ON CONFLICT DO NOTHING; the few
 * updates only fill in columns still at their defaults.
 */

type Value = string | number | boolean | null | string[];
type Run = (sql: string, params: unknown[]) => Promise<unknown>;
type SiteCode = 'coffee' | 'parts';

export interface CommerceSeedContext {
  run: Run;
  insertRows: (run: Run, table: string, columns: string[], rows: Value[][]) => Promise<void>;
  /** The seed's reference moment (the first run). */
  reference: Date;
  demoId: (name: string) => string;
  siteId: (code: SiteCode) => string;
  accountId: (
    key: 'brewline' | 'freshGrounds' | 'montRoyal' | 'summit' | 'greatLakes' | 'gulfCoast',
  ) => string;
  productId: (site: SiteCode, sku: string) => string;
  categoryId: (site: SiteCode, slug: string) => string;
  /** [sku, category slug, USD list price] of every product already seeded, per site. */
  products: Record<SiteCode, Array<{ sku: string; category: string; usd: string }>>;
  random: (name: string) => () => number;
}

const DAY_MS = 86_400_000;

/** Products the commerce seed adds: bundles and products only some buyer groups may see. */
const EXTRA_CATEGORIES: Array<{
  site: SiteCode;
  slug: string;
  name: string;
  nameFr?: string;
  position: number;
}> = [
  { site: 'coffee', slug: 'private-label', name: 'Private Label', nameFr: 'Marque privée', position: 20 },
  { site: 'parts', slug: 'bulk-packs', name: 'Bulk Packs', position: 20 },
];

interface ExtraProduct {
  site: SiteCode;
  sku: string;
  name: string;
  description: string;
  fr?: { name: string; description: string };
  unit: string;
  usd: string;
  category: string;
  image: string;
  bundlePricing?: 'INCLUDED' | 'SEPARATE';
  attributes?: Record<string, string>;
}

const EXTRA_PRODUCTS: ExtraProduct[] = [
  {
    site: 'coffee',
    sku: 'NB-KT-001',
    name: 'Espresso Bar Starter Kit',
    description:
      'Everything a new espresso station needs beside the machine: a 58 mm tamper, a large knock box, two 20 oz ' +
      'frothing pitchers and a box of cleaning tablets, for less than the pieces on their own.',
    fr: {
      name: 'Trousse de démarrage pour bar à espresso',
      description:
        'Tout ce qu’il faut à un nouveau poste espresso à part la machine : un presse-café de 58 mm, un grand bac ' +
        'à marc, deux pichets à mousser de 20 oz et une boîte de pastilles de nettoyage, pour moins cher que ' +
        'les articles achetés séparément.',
    },
    unit: 'kit',
    usd: '139.00',
    category: 'espresso-machine-accessories',
    image: 'accessory.svg',
    bundlePricing: 'INCLUDED',
    attributes: { brand: 'northbeam', material: 'stainless-steel' },
  },
  {
    site: 'coffee',
    sku: 'NB-PL-001',
    name: 'Brewline Signature Espresso, Whole Bean',
    description:
      'The private-label espresso roasted to Brewline’s own profile: dark chocolate, molasses and orange peel.',
    fr: {
      name: 'Espresso Signature Brewline, en grains',
      description:
        'L’espresso de marque privée torréfié selon le profil de Brewline : chocolat noir, mélasse et zeste d’orange.',
    },
    unit: 'bag',
    usd: '56.00',
    category: 'private-label',
    image: 'coffee-beans.svg',
    attributes: { roast: 'dark', origin: 'blend', format: 'whole-bean', brand: 'northbeam' },
  },
  {
    site: 'coffee',
    sku: 'NB-PL-002',
    name: 'Brewline Signature House, Ground for Drip',
    description: 'Brewline’s private-label house coffee, ground for batch brewers. 2 lb valve bag.',
    fr: {
      name: 'Maison Signature Brewline, moulu pour filtre',
      description:
        'Le café maison de marque privée de Brewline, moulu pour infuseurs à lots. Sac à valve de 2 lb.',
    },
    unit: 'bag',
    usd: '25.00',
    category: 'private-label',
    image: 'coffee-beans.svg',
    attributes: { roast: 'medium', origin: 'blend', format: 'ground', brand: 'northbeam' },
  },
  {
    site: 'parts',
    sku: 'AP-KT-001',
    name: 'Hydraulic Hose Service Kit',
    description:
      'A rugged organizer case with a hose assembly, a return filter element and fittings; the case is priced ' +
      'on its own and the parts inside at your usual prices.',
    unit: 'kit',
    usd: '45.00',
    category: 'hydraulic-hoses-fittings',
    image: 'hydraulic.svg',
    bundlePricing: 'SEPARATE',
    attributes: { brand: 'apex', application: 'mobile-equipment' },
  },
  {
    site: 'parts',
    sku: 'AP-BP-001',
    name: 'Engine Oil Filter, Bulk Pack of 24',
    description: 'Twenty-four spin-on engine oil filters for distributor stock, shrink-wrapped on a tray.',
    unit: 'pack',
    usd: '460.00',
    category: 'bulk-packs',
    image: 'filter-element.svg',
    attributes: { brand: 'apex', application: 'engine' },
  },
  {
    site: 'parts',
    sku: 'AP-BP-002',
    name: 'Grade 8 Hex Bolt Assortment, Bulk Pack of 1,000',
    description: 'One thousand grade 8 hex bolts in common UNC sizes, boxed by size for distributor stock.',
    unit: 'pack',
    usd: '389.00',
    category: 'bulk-packs',
    image: 'fastener.svg',
    attributes: { brand: 'apex', material: 'steel', 'thread-standard': 'unc' },
  },
];

const BUNDLES: Array<{ site: SiteCode; bundle: string; components: Array<[string, number, boolean]> }> = [
  {
    site: 'coffee',
    bundle: 'NB-KT-001',
    components: [
      ['NB-EA-001', 1, true],
      ['NB-EA-002', 1, true],
      ['NB-EA-003', 2, true],
      ['NB-FC-003', 1, false],
    ],
  },
  {
    site: 'parts',
    bundle: 'AP-KT-001',
    components: [
      ['AP-HY-004', 2, true],
      ['AP-FL-001', 1, true],
    ],
  },
];

type Kind = 'ACCESSORY' | 'CROSS_SELL' | 'UPSELL' | 'REPLACEMENT';
const RELATIONS: Array<{ site: SiteCode; from: string[]; kind: Kind; to: string[] }> = [
  {
    site: 'coffee',
    from: ['NB-EM-001', 'NB-EM-002', 'NB-EM-003', 'NB-EM-004'],
    kind: 'ACCESSORY',
    to: ['NB-KT-001', 'NB-EA-001', 'NB-EA-005', 'NB-EA-006', 'NB-FC-003'],
  },
  { site: 'coffee', from: ['NB-EM-002'], kind: 'UPSELL', to: ['NB-EM-001'] },
  { site: 'coffee', from: ['NB-EM-001'], kind: 'UPSELL', to: ['NB-EM-003'] },
  { site: 'coffee', from: ['NB-GD-001', 'NB-GD-002', 'NB-GD-003'], kind: 'ACCESSORY', to: ['NB-FC-004'] },
  { site: 'coffee', from: ['NB-GD-001'], kind: 'UPSELL', to: ['NB-GD-002'] },
  { site: 'coffee', from: ['NB-EA-003'], kind: 'UPSELL', to: ['NB-EA-004'] },
  { site: 'coffee', from: ['NB-SE-101'], kind: 'CROSS_SELL', to: ['NB-SE-102', 'NB-SY-006', 'NB-FC-001'] },
  {
    site: 'coffee',
    from: ['NB-WB-001', 'NB-WB-002', 'NB-WB-003'],
    kind: 'CROSS_SELL',
    to: ['NB-FC-001', 'NB-SY-001', 'NB-SY-002'],
  },
  { site: 'coffee', from: ['NB-WB-003'], kind: 'CROSS_SELL', to: ['NB-PL-001'] },
  {
    site: 'parts',
    from: ['AP-HY-001', 'AP-HY-002'],
    kind: 'ACCESSORY',
    to: ['AP-HY-004', 'AP-FL-001', 'AP-KT-001'],
  },
  { site: 'parts', from: ['AP-HY-001'], kind: 'UPSELL', to: ['AP-HY-002'] },
  { site: 'parts', from: ['AP-FL-002'], kind: 'CROSS_SELL', to: ['AP-BP-001'] },
];

/** Products with a datasheet (served as a PDF made from the product's own data). */
const DATASHEET_PREFIXES = ['NB-EM-', 'NB-GD-', 'AP-HY-', 'AP-TL-', 'AP-GR-'];

export async function seedDemoCommerce(ctx: CommerceSeedContext): Promise<void> {
  const { run, insertRows, demoId, siteId, productId, categoryId, reference } = ctx;
  const iso = (d: Date) => d.toISOString();

  // Sites: languages and pricing strategy (only while still at their defaults).
  await run(
    `UPDATE site SET supported_locales = '{en-US,fr-CA}' WHERE id = ? AND supported_locales = '{en-US}'`,
    [siteId('coffee')],
  );
  await run(`UPDATE site SET pricing_strategy = 'PRIORITY' WHERE id = ? AND pricing_strategy = 'LOWEST'`, [
    siteId('parts'),
  ]);

  // Categories: French names, and the categories only some groups see.
  for (const [slug, name] of Object.entries(COFFEE_CATEGORY_NAMES_FR)) {
    await run(`UPDATE category SET name_translations = ?::jsonb WHERE id = ? AND name_translations = '{}'`, [
      JSON.stringify({ 'fr-CA': name }),
      categoryId('coffee', slug),
    ]);
  }
  await insertRows(
    run,
    'category',
    ['id', 'site_id', 'parent_id', 'name', 'name_translations:jsonb', 'slug', 'position'],
    EXTRA_CATEGORIES.map((c) => [
      categoryId(c.site, c.slug),
      siteId(c.site),
      null,
      c.name,
      JSON.stringify(c.nameFr ? { 'fr-CA': c.nameFr } : {}),
      c.slug,
      c.position,
    ]),
  );

  // Facets.
  await insertRows(
    run,
    'catalog_facet',
    ['id', 'site_id', 'code', 'label', 'label_translations:jsonb', 'values:jsonb', 'position'],
    FACETS.map((f, i) => [
      demoId(`facet:${f.site}:${f.code}`),
      siteId(f.site),
      f.code,
      f.label,
      JSON.stringify({ 'fr-CA': f.labelFr }),
      JSON.stringify(
        f.values.map((v) => ({ code: v.code, label: v.label, labelTranslations: { 'fr-CA': v.labelFr } })),
      ),
      i,
    ]),
  );

  // The added products, then attributes, rules and French content of every product.
  await insertRows(
    run,
    'product',
    [
      'id',
      'site_id',
      'category_id',
      'sku',
      'name',
      'description',
      'image_url',
      'unit_of_measure',
      'status',
      'attributes:jsonb',
      'bundle_pricing',
      'created_at',
    ],
    EXTRA_PRODUCTS.map((p) => [
      productId(p.site, p.sku),
      siteId(p.site),
      categoryId(p.site, p.category),
      p.sku,
      p.name,
      p.description,
      `/images/catalog/${p.image}`,
      p.unit,
      'ACTIVE',
      JSON.stringify(p.attributes ?? {}),
      p.bundlePricing ?? null,
      iso(new Date(reference.getTime() - 20 * DAY_MS)),
    ]),
  );
  const allProducts: Record<SiteCode, Array<{ sku: string; category: string; usd: string }>> = {
    coffee: [...ctx.products.coffee],
    parts: [...ctx.products.parts],
  };
  for (const p of EXTRA_PRODUCTS) allProducts[p.site].push({ sku: p.sku, category: p.category, usd: p.usd });

  for (const site of ['coffee', 'parts'] as const) {
    for (const { sku } of ctx.products[site]) {
      const content = PRODUCT_CONTENT[sku];
      if (!content) continue;
      await run(
        `UPDATE product SET attributes = ?::jsonb, min_order_quantity = ?, max_order_quantity = ?, order_increment = ?
          WHERE id = ? AND attributes = '{}'`,
        [
          JSON.stringify(content.attributes),
          content.minQuantity ?? 1,
          content.maxQuantity ?? null,
          content.increment ?? 1,
          productId(site, sku),
        ],
      );
    }
  }
  const translations: Value[][] = [];
  for (const { sku } of ctx.products.coffee) {
    const fr = PRODUCT_CONTENT[sku]?.fr;
    if (fr)
      translations.push([
        demoId(`translation:coffee:${sku}:fr-CA`),
        productId('coffee', sku),
        'fr-CA',
        fr.name,
        fr.description,
      ]);
  }
  for (const p of EXTRA_PRODUCTS) {
    if (p.fr) {
      translations.push([
        demoId(`translation:${p.site}:${p.sku}:fr-CA`),
        productId(p.site, p.sku),
        'fr-CA',
        p.fr.name,
        p.fr.description,
      ]);
    }
  }
  await insertRows(
    run,
    'product_translation',
    ['id', 'product_id', 'locale', 'name', 'description'],
    translations,
  );

  // Bundles and related products.
  await insertRows(
    run,
    'bundle_component',
    ['id', 'bundle_id', 'component_id', 'quantity', 'required', 'position'],
    BUNDLES.flatMap((b) =>
      b.components.map(([sku, quantity, required], i) => [
        demoId(`bundle:${b.site}:${b.bundle}:${sku}`),
        productId(b.site, b.bundle),
        productId(b.site, sku),
        quantity,
        required,
        i,
      ]),
    ),
  );
  await insertRows(
    run,
    'product_relation',
    ['id', 'product_id', 'related_id', 'kind', 'position'],
    RELATIONS.flatMap((r) =>
      r.from.flatMap((from) =>
        r.to
          .filter((to) => to !== from)
          .map((to, i) => [
            demoId(`relation:${r.site}:${from}:${to}:${r.kind}`),
            productId(r.site, from),
            productId(r.site, to),
            r.kind,
            i,
          ]),
      ),
    ),
  );

  // Datasheets: one per language the site offers.
  const media: Value[][] = [];
  for (const site of ['coffee', 'parts'] as const) {
    for (const { sku } of allProducts[site].filter((p) =>
      DATASHEET_PREFIXES.some((prefix) => p.sku.startsWith(prefix)),
    )) {
      media.push([
        demoId(`media:${site}:${sku}:datasheet:en-US`),
        productId(site, sku),
        'DATASHEET',
        'Datasheet (PDF)',
        `/media/datasheets/${sku}.pdf`,
        'en-US',
        0,
      ]);
      if (site === 'coffee') {
        media.push([
          demoId(`media:${site}:${sku}:datasheet:fr-CA`),
          productId(site, sku),
          'DATASHEET',
          'Fiche technique (PDF)',
          `/media/datasheets/${sku}.pdf?locale=fr-CA`,
          'fr-CA',
          0,
        ]);
      }
    }
  }
  await insertRows(
    run,
    'product_media',
    ['id', 'product_id', 'kind', 'title', 'url', 'locale', 'position'],
    media,
  );

  await seedCheckoutSettings(ctx);
  await seedStock(ctx, allProducts);
  await seedEntitlements(ctx);
  await seedPrices(ctx, allProducts);
  await seedPromotions(ctx);
}

/**
 * Checkout settings: order number prefixes; Brewline's credit line sized for a five-store chain (its
 * open orders and unpaid deliveries run near 60,000); Maya Chen's order limit, above which her orders
 * wait for Brewline's buyer admin.
 */
async function seedCheckoutSettings(ctx: CommerceSeedContext): Promise<void> {
  const { run, siteId, accountId, demoId } = ctx;
  await run(`UPDATE site SET order_prefix = 'CO-' WHERE id = ? AND order_prefix = 'PW-'`, [siteId('coffee')]);
  await run(`UPDATE site SET order_prefix = 'AP-' WHERE id = ? AND order_prefix = 'PW-'`, [siteId('parts')]);
  await run(`UPDATE account SET credit_limit = 120000 WHERE id = ? AND credit_limit = 50000`, [
    accountId('brewline'),
  ]);
  await run(`UPDATE app_user SET order_limit = 2500 WHERE id = ? AND order_limit IS NULL`, [
    demoId('user:coffee:buyer@brewline.example'),
  ]);
}

const WAREHOUSES: Array<{ site: SiteCode; code: string; name: string; city: string }> = [
  { site: 'coffee', code: 'PDX', name: 'Portland distribution center', city: 'Portland, OR' },
  { site: 'coffee', code: 'MTL', name: 'Montréal distribution center', city: 'Montréal, QC' },
  { site: 'parts', code: 'DEN', name: 'Denver distribution center', city: 'Denver, CO' },
  { site: 'parts', code: 'CLE', name: 'Cleveland distribution center', city: 'Cleveland, OH' },
];

/** Stock per warehouse: mostly plenty, some low, some backordered with a receipt date a few weeks out. */
async function seedStock(
  ctx: CommerceSeedContext,
  products: Record<SiteCode, Array<{ sku: string }>>,
): Promise<void> {
  const { run, insertRows, demoId, siteId, productId, reference } = ctx;
  await insertRows(
    run,
    'warehouse',
    ['id', 'site_id', 'code', 'name', 'city', 'position'],
    WAREHOUSES.map((w, i) => [
      demoId(`warehouse:${w.site}:${w.code}`),
      siteId(w.site),
      w.code,
      w.name,
      w.city,
      i,
    ]),
  );
  const rows: Value[][] = [];
  for (const w of WAREHOUSES) {
    const rand = ctx.random(`stock:${w.site}:${w.code}`);
    for (const { sku } of products[w.site]) {
      const roll = rand();
      const threshold = 10 + Math.floor(rand() * 16);
      // Harvest Moon (the new roast) is plentiful; the Linea 3-group is backordered everywhere.
      const backordered = sku === 'NB-EM-003' || (sku !== 'NB-SE-101' && roll < 0.07);
      const low = !backordered && sku !== 'NB-SE-101' && roll < 0.17;
      const onHand = backordered
        ? 0
        : low
          ? 1 + Math.floor(rand() * threshold)
          : threshold + 20 + Math.floor(rand() * 380);
      const receipt =
        backordered || low ? new Date(reference.getTime() + (6 + Math.floor(rand() * 25)) * DAY_MS) : null;
      rows.push([
        demoId(`stock:${w.site}:${w.code}:${sku}`),
        productId(w.site, sku),
        demoId(`warehouse:${w.site}:${w.code}`),
        onHand,
        threshold,
        receipt ? receipt.toISOString().slice(0, 10) : null,
        receipt ? 50 + Math.floor(rand() * 200) : null,
      ]);
    }
  }
  await insertRows(
    run,
    'product_stock',
    [
      'id',
      'product_id',
      'warehouse_id',
      'on_hand',
      'low_stock_threshold',
      'next_receipt_date:date',
      'next_receipt_quantity',
    ],
    rows,
  );
}

const COFFEE_ROOTS = [
  'coffee',
  'espresso-machines',
  'espresso-machine-accessories',
  'grinders',
  'cups-lids',
  'syrups-sauces',
  'tea',
  'filters-cleaning',
];
const PARTS_ROOTS = [
  'hydraulics',
  'filters',
  'bearings',
  'belts-drives',
  'electrical',
  'fasteners',
  'tools',
  'gears-gearboxes',
];

/**
 * Buyer groups and what they may see. Coffee: chains see everything including their private label;
 * Canadian shops the regular catalog; new buyers the regular catalog but may not buy equipment yet.
 * Parts: dealers see the parts catalog; distributors also the bulk packs.
 */
async function seedEntitlements(ctx: CommerceSeedContext): Promise<void> {
  const { run, insertRows, demoId, siteId, accountId, categoryId } = ctx;
  const groups: Array<{
    site: SiteCode;
    code: string;
    name: string;
    description: string;
    isDefault?: boolean;
  }> = [
    {
      site: 'coffee',
      code: 'all-customers',
      name: 'All customers',
      description: 'Accounts in no other group.',
      isDefault: true,
    },
    {
      site: 'coffee',
      code: 'coffee-chains',
      name: 'Coffee chains',
      description: 'Multi-store chains with credit.',
    },
    {
      site: 'coffee',
      code: 'canada',
      name: 'Canadian shops',
      description: 'Shops in Canada, billed in CAD.',
    },
    {
      site: 'coffee',
      code: 'new-buyers',
      name: 'New buyers',
      description: 'Accounts without a credit record yet.',
    },
    {
      site: 'parts',
      code: 'all-partners',
      name: 'All partners',
      description: 'Partners in no other group.',
      isDefault: true,
    },
    { site: 'parts', code: 'dealers', name: 'Dealers', description: 'Equipment dealers.' },
    { site: 'parts', code: 'distributors', name: 'Distributors', description: 'Stocking distributors.' },
  ];
  const groupId = (site: SiteCode, code: string) => demoId(`buyer-group:${site}:${code}`);
  await insertRows(
    run,
    'buyer_group',
    ['id', 'site_id', 'code', 'name', 'description', 'is_default', 'created_at'],
    groups.map((g) => [
      groupId(g.site, g.code),
      siteId(g.site),
      g.code,
      g.name,
      g.description,
      g.isDefault ?? false,
      iso(ctx.reference),
    ]),
  );
  const members: Array<[Parameters<CommerceSeedContext['accountId']>[0], SiteCode, string]> = [
    ['brewline', 'coffee', 'coffee-chains'],
    ['montRoyal', 'coffee', 'canada'],
    ['freshGrounds', 'coffee', 'new-buyers'],
    ['summit', 'parts', 'dealers'],
    ['gulfCoast', 'parts', 'dealers'],
    ['greatLakes', 'parts', 'distributors'],
  ];
  await insertRows(
    run,
    'account_buyer_group',
    ['id', 'account_id', 'buyer_group_id'],
    members.map(([account, site, code]) => [
      demoId(`membership:${account}:${code}`),
      accountId(account),
      groupId(site, code),
    ]),
  );

  const policies: Array<{
    site: SiteCode;
    key: string;
    name: string;
    groups: string[];
    categories: string[];
    canBuy?: boolean;
    reason?: string;
  }> = [
    {
      site: 'coffee',
      key: 'full',
      name: 'Full catalog',
      groups: ['all-customers', 'coffee-chains', 'canada'],
      categories: COFFEE_ROOTS,
    },
    {
      site: 'coffee',
      key: 'private-label',
      name: 'Chain private label',
      groups: ['coffee-chains'],
      categories: ['private-label'],
    },
    {
      site: 'coffee',
      key: 'starter',
      name: 'Starter catalog',
      groups: ['new-buyers'],
      categories: COFFEE_ROOTS.filter((c) => c !== 'espresso-machines' && c !== 'grinders'),
    },
    {
      site: 'coffee',
      key: 'equipment-view-only',
      name: 'Equipment: view only until credit is approved',
      groups: ['new-buyers'],
      categories: ['espresso-machines', 'grinders'],
      canBuy: false,
      reason: 'Espresso machines and grinders need an approved credit account. Ask your sales rep.',
    },
    {
      site: 'parts',
      key: 'parts',
      name: 'Parts catalog',
      groups: ['all-partners', 'dealers', 'distributors'],
      categories: PARTS_ROOTS,
    },
    {
      site: 'parts',
      key: 'bulk',
      name: 'Distributor bulk packs',
      groups: ['distributors'],
      categories: ['bulk-packs'],
    },
  ];
  const policyId = (site: SiteCode, key: string) => demoId(`policy:${site}:${key}`);
  await insertRows(
    run,
    'entitlement_policy',
    [
      'id',
      'site_id',
      'name',
      'description',
      'can_view',
      'can_buy',
      'can_see_price',
      'not_buyable_reason',
      'active',
      'created_at',
    ],
    policies.map((p) => [
      policyId(p.site, p.key),
      siteId(p.site),
      p.name,
      '',
      true,
      p.canBuy ?? true,
      true,
      p.reason ?? null,
      true,
      iso(ctx.reference),
    ]),
  );
  await insertRows(
    run,
    'entitlement_policy_group',
    ['id', 'policy_id', 'buyer_group_id'],
    policies.flatMap((p) =>
      p.groups.map((g) => [
        demoId(`policy-group:${p.site}:${p.key}:${g}`),
        policyId(p.site, p.key),
        groupId(p.site, g),
      ]),
    ),
  );
  await insertRows(
    run,
    'entitlement_policy_item',
    ['id', 'policy_id', 'product_id', 'category_id'],
    policies.flatMap((p) =>
      p.categories.map((c) => [
        demoId(`policy-item:${p.site}:${p.key}:${c}`),
        policyId(p.site, p.key),
        null,
        categoryId(p.site, c),
      ]),
    ),
  );
}

const iso = (d: Date) => d.toISOString();

/**
 * Price books, contracts and tiers. Coffee: USD list; CAD list derived from it at 1.36 rounded to .49/.99
 * (the prices the order history was written with); a chain book 8% under list on coffee. Parts: USD list
 * and a distributor book 15% under list, by priority.
 */
async function seedPrices(
  ctx: CommerceSeedContext,
  products: Record<SiteCode, Array<{ sku: string; category: string; usd: string }>>,
): Promise<void> {
  const { run, insertRows, demoId, siteId, productId, accountId, reference } = ctx;
  const created = iso(reference);
  const books = [
    {
      key: 'coffee:list-usd',
      site: 'coffee' as const,
      name: 'List prices (USD)',
      currency: 'USD',
      isDefault: true,
    },
    {
      key: 'coffee:list-cad',
      site: 'coffee' as const,
      name: 'List prices (CAD)',
      currency: 'CAD',
      isDefault: true,
      derivedFrom: 'coffee:list-usd',
      rate: '1.36',
      rounding: 'PRICE_POINT_49_99',
    },
    {
      key: 'coffee:chains-usd',
      site: 'coffee' as const,
      name: 'Coffee chains (USD)',
      currency: 'USD',
      isDefault: false,
    },
    {
      key: 'parts:list-usd',
      site: 'parts' as const,
      name: 'List prices (USD)',
      currency: 'USD',
      isDefault: true,
    },
    {
      key: 'parts:distributors-usd',
      site: 'parts' as const,
      name: 'Distributor prices (USD)',
      currency: 'USD',
      isDefault: false,
    },
  ];
  const bookId = (key: string) => demoId(`price-book:${key}`);
  await insertRows(
    run,
    'price_book',
    [
      'id',
      'site_id',
      'name',
      'currency',
      'is_default',
      'derived_from_id',
      'conversion_rate',
      'rounding',
      'active',
      'created_at',
      'updated_at',
    ],
    books.map((b) => [
      bookId(b.key),
      siteId(b.site),
      b.name,
      b.currency,
      b.isDefault,
      b.derivedFrom ? bookId(b.derivedFrom) : null,
      b.rate ?? null,
      b.rounding ?? null,
      true,
      created,
      created,
    ]),
  );
  // A database migrated from an older version already has default books: use whichever exists.
  const actual = async (site: SiteCode, currency: string, key: string) => {
    const rows = (await run(`SELECT id FROM price_book WHERE site_id = ? AND currency = ? AND is_default`, [
      siteId(site),
      currency,
    ])) as Array<{ id: string }>;
    return rows[0]?.id ?? bookId(key);
  };
  const coffeeList = await actual('coffee', 'USD', 'coffee:list-usd');
  const partsList = await actual('parts', 'USD', 'parts:list-usd');
  const entries: Value[][] = [];
  const entry = (book: string, site: SiteCode, sku: string, price: Decimal) =>
    entries.push([demoId(`price:${book}:${sku}`), book, productId(site, sku), price.toFixed(2)]);
  for (const p of products.coffee) entry(coffeeList, 'coffee', p.sku, new Decimal(p.usd));
  for (const p of products.parts) entry(partsList, 'parts', p.sku, new Decimal(p.usd));
  const coffeeCategories = new Set(['whole-bean', 'ground', 'seasonal']);
  for (const p of products.coffee.filter((x) => coffeeCategories.has(x.category))) {
    entry(bookId('coffee:chains-usd'), 'coffee', p.sku, new Decimal(p.usd).times('0.92').toDecimalPlaces(2));
  }
  for (const p of products.parts) {
    entry(
      bookId('parts:distributors-usd'),
      'parts',
      p.sku,
      new Decimal(p.usd).times('0.85').toDecimalPlaces(2),
    );
  }
  await insertRows(run, 'price_book_entry', ['id', 'price_book_id', 'product_id', 'unit_price'], entries);
  await insertRows(
    run,
    'buyer_group_price_book',
    ['id', 'buyer_group_id', 'price_book_id', 'priority'],
    [
      [
        demoId('group-book:coffee:chains'),
        demoId('buyer-group:coffee:coffee-chains'),
        bookId('coffee:chains-usd'),
        10,
      ],
      [
        demoId('group-book:parts:distributors'),
        demoId('buyer-group:parts:distributors'),
        bookId('parts:distributors-usd'),
        10,
      ],
    ],
  );

  const yearStart = new Date(Date.UTC(reference.getUTCFullYear(), 0, 1));
  const yearEnd = new Date(Date.UTC(reference.getUTCFullYear() + 1, 0, 1));
  await insertRows(
    run,
    'contract_price',
    [
      'id',
      'account_id',
      'product_id',
      'currency',
      'unit_price',
      'valid_from',
      'valid_to',
      'reference',
      'created_at',
    ],
    [
      [
        demoId('contract:brewline:NB-WB-001'),
        accountId('brewline'),
        productId('coffee', 'NB-WB-001'),
        'USD',
        '47.50',
        iso(yearStart),
        iso(yearEnd),
        `Brewline ${reference.getUTCFullYear()} supply agreement`,
        created,
      ],
      [
        demoId('contract:montRoyal:NB-WB-003'),
        accountId('montRoyal'),
        productId('coffee', 'NB-WB-003'),
        'CAD',
        '74.99',
        iso(yearStart),
        iso(yearEnd),
        `Entente d’approvisionnement Café Mont-Royal ${reference.getUTCFullYear()}`,
        created,
      ],
      [
        demoId('contract:summit:AP-HY-001'),
        accountId('summit'),
        productId('parts', 'AP-HY-001'),
        'USD',
        '379.00',
        iso(yearStart),
        iso(yearEnd),
        `Summit dealer agreement ${reference.getUTCFullYear()}`,
        created,
      ],
    ],
  );

  // Volume tiers: whole-bean coffee by slab (10+, 25+, 50+); cups by range; filters by slab.
  const tables: Array<{
    site: SiteCode;
    sku: string;
    currency: string;
    mode: 'SLAB' | 'RANGE';
    tiers: Array<[number, number | null, string, string]>;
  }> = [];
  const beanTiers: Array<[number, number | null, string, string]> = [
    [10, 25, 'PERCENT_OFF', '5'],
    [25, 50, 'PERCENT_OFF', '8'],
    [50, null, 'PERCENT_OFF', '12'],
  ];
  for (const p of products.coffee.filter((x) => x.category === 'whole-bean' || x.sku === 'NB-SE-101')) {
    for (const currency of ['USD', 'CAD'])
      tables.push({ site: 'coffee', sku: p.sku, currency, mode: 'SLAB', tiers: beanTiers });
  }
  for (const p of products.coffee.filter((x) => x.category === 'cups-lids')) {
    tables.push({
      site: 'coffee',
      sku: p.sku,
      currency: 'USD',
      mode: 'RANGE',
      tiers: [
        [10, 50, 'AMOUNT_OFF', '4.00'],
        [50, null, 'AMOUNT_OFF', '7.50'],
      ],
    });
    tables.push({
      site: 'coffee',
      sku: p.sku,
      currency: 'CAD',
      mode: 'RANGE',
      tiers: [
        [10, 50, 'AMOUNT_OFF', '5.49'],
        [50, null, 'AMOUNT_OFF', '9.99'],
      ],
    });
  }
  for (const p of products.parts.filter((x) => x.category.endsWith('filters'))) {
    tables.push({
      site: 'parts',
      sku: p.sku,
      currency: 'USD',
      mode: 'SLAB',
      tiers: [
        [20, 100, 'PERCENT_OFF', '10'],
        [100, null, 'PERCENT_OFF', '15'],
      ],
    });
  }
  const tableId = (t: { site: SiteCode; sku: string; currency: string }) =>
    demoId(`tiers:${t.site}:${t.sku}:${t.currency}`);
  await insertRows(
    run,
    'volume_tier_table',
    ['id', 'site_id', 'product_id', 'currency', 'mode', 'updated_at'],
    tables.map((t) => [tableId(t), siteId(t.site), productId(t.site, t.sku), t.currency, t.mode, created]),
  );
  await insertRows(
    run,
    'volume_tier',
    ['id', 'table_id', 'lower_bound', 'upper_bound', 'adjustment', 'value'],
    tables.flatMap((t) =>
      t.tiers.map(([lower, upper, adjustment, value]) => [
        demoId(`tier:${tableId(t)}:${lower}`),
        tableId(t),
        lower,
        upper,
        adjustment,
        value,
      ]),
    ),
  );
}

/** Promotions: the new roast's launch, cups by volume, syrups on larger orders, a tea coupon, Montréal. */
async function seedPromotions(ctx: CommerceSeedContext): Promise<void> {
  const { run, insertRows, demoId, siteId, productId, categoryId, reference } = ctx;
  const created = iso(reference);
  const at = (days: number) => iso(new Date(reference.getTime() + days * DAY_MS));
  const promotions: Array<{
    key: string;
    site: SiteCode;
    name: string;
    nameFr?: string;
    description: string;
    kind: 'PERCENT' | 'AMOUNT';
    percent?: string;
    minQuantity?: number;
    starts: string | null;
    ends: string | null;
    coupon?: string;
    stacking: 'EXCLUSIVE' | 'STACKABLE';
    priority: number;
    products?: string[];
    categories?: string[];
    groups?: string[];
    amounts?: Array<[string, string | null, string | null]>;
  }> = [
    {
      key: 'harvest-moon-launch',
      site: 'coffee',
      name: 'Harvest Moon launch: 15% off',
      nameFr: 'Lancement Harvest Moon : 15 % de rabais',
      description: 'Our new autumn roast at 15% off for its first two months.',
      kind: 'PERCENT',
      percent: '15',
      starts: at(-5),
      ends: at(55),
      stacking: 'EXCLUSIVE',
      priority: 5,
      products: ['NB-SE-101'],
    },
    {
      key: 'cups-by-the-pallet',
      site: 'coffee',
      name: 'Cups & lids: $2 off each case from 20 cases',
      nameFr: 'Tasses et couvercles : 2,69 $ de rabais par caisse dès 20 caisses',
      description: 'Stock up on cups and lids.',
      kind: 'AMOUNT',
      minQuantity: 20,
      starts: at(-30),
      ends: at(60),
      stacking: 'STACKABLE',
      priority: 20,
      categories: ['cups-lids'],
      amounts: [
        ['USD', '2.00', null],
        ['CAD', '2.69', null],
      ],
    },
    {
      key: 'syrups-big-order',
      site: 'coffee',
      name: 'Syrups & sauces: 10% off on orders over $500',
      nameFr: 'Sirops et sauces : 10 % de rabais sur les commandes de plus de 680 $',
      description: 'Applies when the whole order reaches the minimum.',
      kind: 'PERCENT',
      percent: '10',
      starts: at(-10),
      ends: at(80),
      stacking: 'STACKABLE',
      priority: 10,
      categories: ['syrups-sauces'],
      amounts: [
        ['USD', null, '500.00'],
        ['CAD', null, '680.00'],
      ],
    },
    {
      key: 'tea-coupon',
      site: 'coffee',
      name: 'Coupon TEATIME: 10% off tea',
      nameFr: 'Coupon TEATIME : 10 % de rabais sur le thé',
      description: 'Enter the code TEATIME at checkout.',
      kind: 'PERCENT',
      percent: '10',
      starts: at(-20),
      ends: at(40),
      coupon: 'TEATIME',
      stacking: 'STACKABLE',
      priority: 30,
      categories: ['tea'],
    },
    {
      key: 'montreal-welcome',
      site: 'coffee',
      name: 'Montréal welcome: 5% off coffee',
      nameFr: 'Bienvenue à Montréal : 5 % de rabais sur le café',
      description: 'For our Canadian shops during their first season.',
      kind: 'PERCENT',
      percent: '5',
      starts: at(-60),
      ends: at(90),
      stacking: 'STACKABLE',
      priority: 15,
      categories: ['coffee'],
      groups: ['canada'],
    },
    {
      key: 'filter-push',
      site: 'parts',
      name: 'Q4 filter program: 12% off filters',
      description: 'For dealers, on every filter.',
      kind: 'PERCENT',
      percent: '12',
      starts: at(-15),
      ends: at(45),
      stacking: 'EXCLUSIVE',
      priority: 5,
      categories: ['filters'],
      groups: ['dealers'],
    },
  ];
  const promotionId = (site: SiteCode, key: string) => demoId(`promotion:${site}:${key}`);
  await insertRows(
    run,
    'promotion',
    [
      'id',
      'site_id',
      'name',
      'name_translations:jsonb',
      'description',
      'discount_kind',
      'percent',
      'min_quantity',
      'starts_at',
      'ends_at',
      'coupon_code',
      'stacking',
      'priority',
      'active',
      'created_at',
      'updated_at',
    ],
    promotions.map((p) => [
      promotionId(p.site, p.key),
      siteId(p.site),
      p.name,
      JSON.stringify(p.nameFr ? { 'fr-CA': p.nameFr } : {}),
      p.description,
      p.kind,
      p.percent ?? null,
      p.minQuantity ?? null,
      p.starts,
      p.ends,
      p.coupon ?? null,
      p.stacking,
      p.priority,
      true,
      created,
      created,
    ]),
  );
  await insertRows(
    run,
    'promotion_currency',
    ['id', 'promotion_id', 'currency', 'amount_off', 'min_order_amount'],
    promotions.flatMap((p) =>
      (p.amounts ?? []).map(([currency, off, min]) => [
        demoId(`promotion-currency:${p.site}:${p.key}:${currency}`),
        promotionId(p.site, p.key),
        currency,
        off,
        min,
      ]),
    ),
  );
  await insertRows(
    run,
    'promotion_target',
    ['id', 'promotion_id', 'product_id', 'category_id'],
    promotions.flatMap((p) => [
      ...(p.products ?? []).map((sku) => [
        demoId(`promotion-target:${p.site}:${p.key}:${sku}`),
        promotionId(p.site, p.key),
        productId(p.site, sku),
        null,
      ]),
      ...(p.categories ?? []).map((slug) => [
        demoId(`promotion-target:${p.site}:${p.key}:${slug}`),
        promotionId(p.site, p.key),
        null,
        categoryId(p.site, slug),
      ]),
    ]),
  );
  await insertRows(
    run,
    'promotion_buyer_group',
    ['id', 'promotion_id', 'buyer_group_id'],
    promotions.flatMap((p) =>
      (p.groups ?? []).map((g) => [
        demoId(`promotion-group:${p.site}:${p.key}:${g}`),
        promotionId(p.site, p.key),
        demoId(`buyer-group:${p.site}:${g}`),
      ]),
    ),
  );
}
