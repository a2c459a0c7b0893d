import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../src/modules/identity/password.js';
import { Decimal } from '../src/platform/money.js';
import { seedDemoCommerce } from './demo-commerce.js';
import { seedDemoInvoices } from './demo-invoices.js';

/**
 * The demo world: two sites (coffee, parts) with accounts, users, catalogs and a year of order history.
 *
 * Idempotent and deterministic: every row has a fixed name-based id and is inserted with
 * `ON CONFLICT DO NOTHING`; random-looking data comes from seeded PRNGs; order dates are relative to
 * the coffee site's `created_at` (the moment of the first seed run), so a re-run on a later day
 * regenerates exactly the same rows and inserts nothing.
 */

export const DEMO_PASSWORD = 'portway-demo';

// ---------------------------------------------------------------------------------------------
// Ids and randomness
// ---------------------------------------------------------------------------------------------

/** Fixed namespace of the demo world's name-based ids. */
const DEMO_NAMESPACE = '6f1c2b9e-4a7d-4e3b-9c55-0d8e7a1f2b34';
const NAMESPACE_BYTES = Buffer.from(DEMO_NAMESPACE.replace(/-/g, ''), 'hex');

/** A UUIDv5-style id: sha1(namespace + name), with version 5 and RFC 4122 variant bits. */
export function demoId(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE_BYTES).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(name: string): number {
  return createHash('sha1').update(name, 'utf8').digest().readUInt32BE(0);
}

function intBetween(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

// ---------------------------------------------------------------------------------------------
// Sites, accounts, addresses, users
// ---------------------------------------------------------------------------------------------

type SiteCode = 'coffee' | 'parts';

const SITES = [
  {
    code: 'coffee' as const,
    name: 'Northbeam Coffee Supply',
    tagline: 'Roasts, equipment and supplies for coffee shops',
    primaryColor: '#6b3e26',
    accentColor: '#e8a33d',
    logoUrl: '/images/sites/coffee.svg',
    defaultLocale: 'en-US',
    defaultCurrency: 'USD',
  },
  {
    code: 'parts' as const,
    name: 'Apex Industrial Parts',
    tagline: 'Genuine parts and programs for our dealer network',
    primaryColor: '#1f4e79',
    accentColor: '#f2c14e',
    logoUrl: '/images/sites/parts.svg',
    defaultLocale: 'en-US',
    defaultCurrency: 'USD',
  },
];

type AccountKey = 'brewline' | 'freshGrounds' | 'montRoyal' | 'summit' | 'greatLakes' | 'gulfCoast';

interface AddressSpec {
  key: string;
  label: string;
  line1: string;
  line2?: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

interface AccountSpec {
  key: AccountKey;
  site: SiteCode;
  number: string;
  name: string;
  kind: 'BUYER' | 'DEALER' | 'DISTRIBUTOR';
  currency: string;
  locale: string;
  creditStatus: 'APPROVED' | 'NONE' | 'ON_HOLD';
  creditLimit: string | null;
  paymentTermsDays: number | null;
  /** Days before the history start (negative: after it) the account was opened. */
  openedDaysBeforeHistory: number;
  addresses: AddressSpec[];
}

const ACCOUNTS: AccountSpec[] = [
  {
    key: 'brewline',
    site: 'coffee',
    number: 'C-1001',
    name: 'Brewline Cafés',
    kind: 'BUYER',
    currency: 'USD',
    locale: 'en-US',
    creditStatus: 'APPROVED',
    creditLimit: '120000.00',
    paymentTermsDays: 30,
    openedDaysBeforeHistory: 400,
    addresses: [
      {
        key: 'pearl',
        label: 'Pearl District store',
        line1: '1120 NW Couch St',
        city: 'Portland',
        region: 'OR',
        postalCode: '97209',
        country: 'US',
      },
      {
        key: 'alberta',
        label: 'Alberta Street store',
        line1: '2845 NE Alberta St',
        city: 'Portland',
        region: 'OR',
        postalCode: '97211',
        country: 'US',
      },
      {
        key: 'hawthorne',
        label: 'Hawthorne store',
        line1: '3612 SE Hawthorne Blvd',
        city: 'Portland',
        region: 'OR',
        postalCode: '97214',
        country: 'US',
      },
      {
        key: 'division',
        label: 'Division Street store',
        line1: '3290 SE Division St',
        city: 'Portland',
        region: 'OR',
        postalCode: '97202',
        country: 'US',
      },
      {
        key: 'sellwood',
        label: 'Sellwood store',
        line1: '8017 SE 13th Ave',
        city: 'Portland',
        region: 'OR',
        postalCode: '97202',
        country: 'US',
      },
    ],
  },
  {
    key: 'freshGrounds',
    site: 'coffee',
    number: 'C-1002',
    name: 'Fresh Grounds Co.',
    kind: 'BUYER',
    currency: 'USD',
    locale: 'en-US',
    creditStatus: 'NONE',
    creditLimit: null,
    paymentTermsDays: null,
    openedDaysBeforeHistory: -340,
    addresses: [
      {
        key: 'main',
        label: 'Main store',
        line1: '1507 S Congress Ave',
        city: 'Austin',
        region: 'TX',
        postalCode: '78704',
        country: 'US',
      },
    ],
  },
  {
    key: 'montRoyal',
    site: 'coffee',
    number: 'C-1003',
    name: 'Café Mont-Royal',
    kind: 'BUYER',
    currency: 'CAD',
    locale: 'fr-CA',
    creditStatus: 'APPROVED',
    creditLimit: '20000.00',
    paymentTermsDays: 30,
    openedDaysBeforeHistory: 120,
    addresses: [
      {
        key: 'main',
        label: 'Café Mont-Royal',
        line1: '4480 avenue du Mont-Royal Est',
        city: 'Montréal',
        region: 'QC',
        postalCode: 'H2J 1J9',
        country: 'CA',
      },
    ],
  },
  {
    key: 'summit',
    site: 'parts',
    number: 'P-2001',
    name: 'Summit Equipment Dealers',
    kind: 'DEALER',
    currency: 'USD',
    locale: 'en-US',
    creditStatus: 'APPROVED',
    creditLimit: '150000.00',
    paymentTermsDays: 30,
    openedDaysBeforeHistory: 900,
    addresses: [
      {
        key: 'denver',
        label: 'Denver branch',
        line1: '5600 Brighton Blvd',
        city: 'Denver',
        region: 'CO',
        postalCode: '80216',
        country: 'US',
      },
      {
        key: 'greeley',
        label: 'Greeley branch',
        line1: '2100 6th Ave',
        city: 'Greeley',
        region: 'CO',
        postalCode: '80631',
        country: 'US',
      },
    ],
  },
  {
    key: 'greatLakes',
    site: 'parts',
    number: 'P-2002',
    name: 'Great Lakes Industrial Supply',
    kind: 'DISTRIBUTOR',
    currency: 'USD',
    locale: 'en-US',
    creditStatus: 'APPROVED',
    creditLimit: '400000.00',
    paymentTermsDays: 45,
    openedDaysBeforeHistory: 1500,
    addresses: [
      {
        key: 'cleveland',
        label: 'Cleveland distribution center',
        line1: '4800 Hinckley Industrial Pkwy',
        city: 'Cleveland',
        region: 'OH',
        postalCode: '44109',
        country: 'US',
      },
      {
        key: 'toledo',
        label: 'Toledo warehouse',
        line1: '1900 Matzinger Rd',
        city: 'Toledo',
        region: 'OH',
        postalCode: '43612',
        country: 'US',
      },
      {
        key: 'detroit',
        label: 'Detroit warehouse',
        line1: '12700 Southfield Fwy',
        city: 'Detroit',
        region: 'MI',
        postalCode: '48223',
        country: 'US',
      },
    ],
  },
  {
    key: 'gulfCoast',
    site: 'parts',
    number: 'P-2003',
    name: 'Gulf Coast Machinery',
    kind: 'DEALER',
    currency: 'USD',
    locale: 'en-US',
    creditStatus: 'APPROVED',
    creditLimit: '75000.00',
    paymentTermsDays: 60,
    openedDaysBeforeHistory: 600,
    addresses: [
      {
        key: 'houston',
        label: 'Houston yard',
        line1: '8300 Clinton Dr',
        city: 'Houston',
        region: 'TX',
        postalCode: '77029',
        country: 'US',
      },
    ],
  },
];

type UserKey =
  | 'coffeeBuyer'
  | 'coffeeBuyerAdmin'
  | 'freshGroundsBuyer'
  | 'montRoyalBuyer'
  | 'salesRep'
  | 'partnerUser'
  | 'partnerManager'
  | 'greatLakesPartner'
  | 'gulfCoastPartner'
  | 'accountManager'
  | 'fieldRep'
  | 'rebateManager'
  | 'siteAdmin'
  | 'coffeeSiteAdmin';

interface UserSpec {
  key: UserKey;
  site: SiteCode;
  email: string;
  name: string;
  role: string;
  account: AccountKey | null;
  locale: string | null;
  assignedTo: AccountKey[];
}

const USERS: UserSpec[] = [
  {
    key: 'coffeeSiteAdmin',
    site: 'coffee',
    email: 'admin@northbeam.example',
    name: 'Jamie Park',
    role: 'SITE_ADMIN',
    account: null,
    locale: null,
    assignedTo: [],
  },
  {
    key: 'coffeeBuyer',
    site: 'coffee',
    email: 'buyer@brewline.example',
    name: 'Maya Chen',
    role: 'BUYER',
    account: 'brewline',
    locale: null,
    assignedTo: [],
  },
  {
    key: 'coffeeBuyerAdmin',
    site: 'coffee',
    email: 'admin@brewline.example',
    name: 'Daniel Ortiz',
    role: 'BUYER_ADMIN',
    account: 'brewline',
    locale: null,
    assignedTo: [],
  },
  {
    key: 'freshGroundsBuyer',
    site: 'coffee',
    email: 'buyer@freshgrounds.example',
    name: 'Priya Nair',
    role: 'BUYER',
    account: 'freshGrounds',
    locale: null,
    assignedTo: [],
  },
  {
    key: 'montRoyalBuyer',
    site: 'coffee',
    email: 'acheteur@montroyal.example',
    name: 'Élise Tremblay',
    role: 'BUYER',
    account: 'montRoyal',
    locale: 'fr-CA',
    assignedTo: [],
  },
  {
    key: 'salesRep',
    site: 'coffee',
    email: 'rep@northbeam.example',
    name: 'Sam Rivera',
    role: 'SALES_REP',
    account: null,
    locale: null,
    assignedTo: ['brewline', 'freshGrounds', 'montRoyal'],
  },
  {
    key: 'partnerUser',
    site: 'parts',
    email: 'partner@apexparts.example',
    name: 'Jordan Blake',
    role: 'PARTNER_USER',
    account: 'summit',
    locale: null,
    assignedTo: [],
  },
  {
    key: 'partnerManager',
    site: 'parts',
    email: 'manager@summitdealers.example',
    name: 'Alex Morgan',
    role: 'PARTNER_MANAGER',
    account: 'summit',
    locale: null,
    assignedTo: [],
  },
  {
    key: 'greatLakesPartner',
    site: 'parts',
    email: 'partner@greatlakes.example',
    name: 'Dana Whitfield',
    role: 'PARTNER_USER',
    account: 'greatLakes',
    locale: null,
    assignedTo: [],
  },
  {
    key: 'gulfCoastPartner',
    site: 'parts',
    email: 'partner@gulfcoast.example',
    name: 'Marcus Boudreaux',
    role: 'PARTNER_USER',
    account: 'gulfCoast',
    locale: null,
    assignedTo: [],
  },
  {
    key: 'accountManager',
    site: 'parts',
    email: 'am@apexparts.example',
    name: 'Riley Shah',
    role: 'ACCOUNT_MANAGER',
    account: null,
    locale: null,
    assignedTo: ['summit', 'greatLakes', 'gulfCoast'],
  },
  {
    key: 'fieldRep',
    site: 'parts',
    email: 'fieldrep@apexparts.example',
    name: 'Chris Diaz',
    role: 'FIELD_REP',
    account: null,
    locale: null,
    assignedTo: ['summit', 'greatLakes'],
  },
  {
    key: 'rebateManager',
    site: 'parts',
    email: 'rebates@apexparts.example',
    name: 'Morgan Lee',
    role: 'REBATE_MANAGER',
    account: null,
    locale: null,
    assignedTo: ['summit', 'greatLakes', 'gulfCoast'],
  },
  {
    key: 'siteAdmin',
    site: 'parts',
    email: 'admin@apexparts.example',
    name: 'Taylor Kim',
    role: 'SITE_ADMIN',
    account: null,
    locale: null,
    assignedTo: [],
  },
];

const siteId = (code: SiteCode) => demoId(`site:${code}`);
const accountId = (key: AccountKey) => {
  const spec = ACCOUNTS.find((a) => a.key === key)!;
  return demoId(`account:${spec.site}:${spec.number}`);
};
const addressId = (account: AccountSpec, address: AddressSpec) =>
  demoId(`address:${account.site}:${account.number}:${address.key}`);
const userId = (spec: UserSpec) => demoId(`user:${spec.site}:${spec.email}`);
const userIdOf = (key: UserKey) => userId(USERS.find((u) => u.key === key)!);

/** Everyone who can sign in to the demo (password DEMO_PASSWORD). */
export const demoLogins: Array<{ site: 'coffee' | 'parts'; email: string; role: string; name: string }> =
  USERS.map((u) => ({
    site: u.site,
    email: u.email,
    role: u.role,
    name: u.name,
  }));

/** Fixed ids of the demo world's main records, for tests. */
export const DEMO = {
  sites: { coffee: siteId('coffee'), parts: siteId('parts') },
  accounts: Object.fromEntries(ACCOUNTS.map((a) => [a.key, accountId(a.key)])) as Record<AccountKey, string>,
  users: Object.fromEntries(USERS.map((u) => [u.key, userId(u)])) as Record<UserKey, string>,
  products: { harvestMoon: demoId('product:coffee:NB-SE-101') },
  addresses: Object.fromEntries(
    ACCOUNTS.flatMap((a) => a.addresses.map((ad) => [`${a.key}.${ad.key}`, addressId(a, ad)])),
  ) as Record<string, string>,
};

// ---------------------------------------------------------------------------------------------
// Catalogs
// ---------------------------------------------------------------------------------------------

interface CategorySpec {
  slug: string;
  name: string;
  parent?: string;
}

const COFFEE_CATEGORIES: CategorySpec[] = [
  { slug: 'coffee', name: 'Coffee' },
  { slug: 'whole-bean', name: 'Whole Bean', parent: 'coffee' },
  { slug: 'ground', name: 'Ground', parent: 'coffee' },
  { slug: 'seasonal', name: 'Seasonal', parent: 'coffee' },
  { slug: 'espresso-machines', name: 'Espresso Machines' },
  { slug: 'espresso-machine-accessories', name: 'Espresso-Machine Accessories' },
  { slug: 'grinders', name: 'Grinders' },
  { slug: 'cups-lids', name: 'Cups & Lids' },
  { slug: 'syrups-sauces', name: 'Syrups & Sauces' },
  { slug: 'tea', name: 'Tea' },
  { slug: 'filters-cleaning', name: 'Filters & Cleaning' },
];

const PARTS_CATEGORIES: CategorySpec[] = [
  { slug: 'hydraulics', name: 'Hydraulics' },
  { slug: 'hydraulic-pumps-motors', name: 'Pumps & Motors', parent: 'hydraulics' },
  { slug: 'hydraulic-hoses-fittings', name: 'Hoses & Fittings', parent: 'hydraulics' },
  { slug: 'filters', name: 'Filters' },
  { slug: 'oil-fuel-filters', name: 'Oil & Fuel Filters', parent: 'filters' },
  { slug: 'air-filters', name: 'Air Filters', parent: 'filters' },
  { slug: 'bearings', name: 'Bearings' },
  { slug: 'belts-drives', name: 'Belts & Drives' },
  { slug: 'electrical', name: 'Electrical' },
  { slug: 'fasteners', name: 'Fasteners' },
  { slug: 'tools', name: 'Tools' },
  { slug: 'gears-gearboxes', name: 'Gears & Gearboxes' },
];

/** [sku, name, description, unit, USD list price, category slug, image file under /images/catalog/]. */
type ProductTuple = [string, string, string, string, string, string, string];

const COFFEE_PRODUCTS: ProductTuple[] = [
  [
    'NB-WB-001',
    'Northbeam House Blend, Whole Bean',
    'Our balanced medium roast with notes of milk chocolate and toasted almond. The everyday workhorse for drip and espresso.',
    'bag',
    '54.00',
    'whole-bean',
    'coffee-beans.svg',
  ],
  [
    'NB-WB-002',
    'Morning Harbor Breakfast Blend, Whole Bean',
    'A bright, light-medium roast with citrus and honey notes. Built for big-batch brewing.',
    'bag',
    '52.50',
    'whole-bean',
    'coffee-beans.svg',
  ],
  [
    'NB-WB-003',
    'Ridgeline Espresso Blend, Whole Bean',
    'A syrupy espresso blend of Brazil and Guatemala with dark cocoa and cherry. Holds up beautifully in milk.',
    'bag',
    '58.00',
    'whole-bean',
    'coffee-beans.svg',
  ],
  [
    'NB-WB-004',
    'Colombia Huila Single Origin, Whole Bean',
    'Washed Caturra and Castillo from Huila with red apple and caramel sweetness.',
    'bag',
    '62.00',
    'whole-bean',
    'coffee-beans.svg',
  ],
  [
    'NB-WB-005',
    'Ethiopia Yirgacheffe Single Origin, Whole Bean',
    'A floral, tea-like washed coffee with bergamot and lemon. Shines as a pour-over.',
    'bag',
    '68.50',
    'whole-bean',
    'coffee-beans.svg',
  ],
  [
    'NB-WB-006',
    'Guatemala Antigua, Whole Bean',
    'Volcanic-soil coffee with brown sugar, cocoa and a soft spice finish.',
    'bag',
    '60.00',
    'whole-bean',
    'coffee-beans.svg',
  ],
  [
    'NB-WB-007',
    'Sumatra Mandheling Dark Roast, Whole Bean',
    'Full-bodied and earthy with cedar and dark chocolate. Low acidity.',
    'bag',
    '59.00',
    'whole-bean',
    'coffee-beans.svg',
  ],
  [
    'NB-WB-008',
    'Swiss Water Decaf House Blend, Whole Bean',
    'Our house blend, decaffeinated without chemicals by the Swiss Water Process.',
    'bag',
    '61.00',
    'whole-bean',
    'coffee-beans.svg',
  ],
  [
    'NB-GR-001',
    'House Blend, Ground for Drip',
    'Northbeam House Blend ground for flat-bottom batch brewers. 2 lb valve bag.',
    'bag',
    '24.00',
    'ground',
    'coffee-beans.svg',
  ],
  [
    'NB-GR-002',
    'Breakfast Blend, Ground for Drip',
    'Morning Harbor Breakfast Blend ground for batch brewers. 2 lb valve bag.',
    'bag',
    '23.50',
    'ground',
    'coffee-beans.svg',
  ],
  [
    'NB-GR-003',
    'Decaf House Blend, Ground for Drip',
    'Swiss Water decaf ground for batch brewers. 2 lb valve bag.',
    'bag',
    '26.00',
    'ground',
    'coffee-beans.svg',
  ],
  [
    'NB-GR-004',
    'House Blend Fractional Packs, 2.5 oz',
    'Pre-measured packs for one 1.5 gallon batch; case of 42.',
    'case',
    '62.00',
    'ground',
    'coffee-beans.svg',
  ],
  [
    'NB-GR-005',
    'French Roast Fractional Packs, 2.5 oz',
    'Smoky, bold French roast in pre-measured batch packs; case of 42.',
    'case',
    '64.00',
    'ground',
    'coffee-beans.svg',
  ],
  [
    'NB-SE-101',
    'Harvest Moon Seasonal Roast',
    'Our new autumn roast: a Colombian and Ethiopian blend with notes of baked apple, maple and spice. 5 lb bag.',
    'bag',
    '64.00',
    'seasonal',
    'coffee-beans.svg',
  ],
  [
    'NB-SE-102',
    'Winter Solstice Blend',
    'A rich holiday blend with dark chocolate, dried fig and a hint of clove. 5 lb bag.',
    'bag',
    '62.50',
    'seasonal',
    'coffee-beans.svg',
  ],
  [
    'NB-SE-103',
    'Spring Bloom Light Roast',
    'A delicate light roast with jasmine and stone fruit, released each spring. 5 lb bag.',
    'bag',
    '59.50',
    'seasonal',
    'coffee-beans.svg',
  ],
  [
    'NB-EM-001',
    'Northbeam Linea 2-Group Espresso Machine',
    'A dual-boiler, two-group commercial machine with PID temperature control and volumetric dosing.',
    'each',
    '8950.00',
    'espresso-machines',
    'espresso-machine.svg',
  ],
  [
    'NB-EM-002',
    'Northbeam Compact 1-Group Espresso Machine',
    'A single-group machine for kiosks and low-volume cafés; plumbed or pour-over reservoir.',
    'each',
    '4250.00',
    'espresso-machines',
    'espresso-machine.svg',
  ],
  [
    'NB-EM-003',
    'Northbeam Linea 3-Group Espresso Machine',
    'A three-group workhorse for high-volume stores, with saturated groups and cool-touch steam wands.',
    'each',
    '11800.00',
    'espresso-machines',
    'espresso-machine.svg',
  ],
  [
    'NB-EM-004',
    'Super-Automatic Bean-to-Cup Machine',
    'Grinds, tamps, brews and steams milk at the touch of a button. Ideal for self-serve stations.',
    'each',
    '6400.00',
    'espresso-machines',
    'espresso-machine.svg',
  ],
  [
    'NB-EA-001',
    'Stainless Steel Tamper, 58 mm',
    'A flat-base tamper with a walnut handle, sized for standard commercial portafilters.',
    'each',
    '39.00',
    'espresso-machine-accessories',
    'accessory.svg',
  ],
  [
    'NB-EA-002',
    'Knock Box, Large',
    'A heavy-duty knock box with a replaceable rubber bar; holds about 30 pucks.',
    'each',
    '45.00',
    'espresso-machine-accessories',
    'accessory.svg',
  ],
  [
    'NB-EA-003',
    'Milk Frothing Pitcher, 20 oz',
    'A stainless pitcher with a precision spout for latte art.',
    'each',
    '14.50',
    'espresso-machine-accessories',
    'accessory.svg',
  ],
  [
    'NB-EA-004',
    'Milk Frothing Pitcher, 32 oz',
    'A larger stainless pitcher for steaming milk for two drinks at once.',
    'each',
    '17.50',
    'espresso-machine-accessories',
    'accessory.svg',
  ],
  [
    'NB-EA-005',
    'Double-Spout Portafilter, 58 mm',
    'A commercial portafilter with a double spout and an 18 g basket.',
    'each',
    '89.00',
    'espresso-machine-accessories',
    'accessory.svg',
  ],
  [
    'NB-EA-006',
    'Group Head Gasket and Screen Kit',
    'Replacement gasket and dispersion screen for one group; replace every six months.',
    'each',
    '28.00',
    'espresso-machine-accessories',
    'accessory.svg',
  ],
  [
    'NB-EA-007',
    'Precision Filter Basket, 18 g',
    'A laser-cut basket with tight hole tolerances for even extraction.',
    'each',
    '24.00',
    'espresso-machine-accessories',
    'accessory.svg',
  ],
  [
    'NB-GD-001',
    'Commercial Espresso Grinder, 64 mm Flat Burr',
    'An on-demand grinder with stepless adjustment and timed dosing.',
    'each',
    '1450.00',
    'grinders',
    'grinder.svg',
  ],
  [
    'NB-GD-002',
    'On-Demand Espresso Grinder, 83 mm Flat Burr',
    'A high-volume grinder with low retention and a cool-running motor.',
    'each',
    '2650.00',
    'grinders',
    'grinder.svg',
  ],
  [
    'NB-GD-003',
    'Bulk Coffee Grinder',
    'Grinds a pound in about 30 seconds, from Turkish to French press.',
    'each',
    '1890.00',
    'grinders',
    'grinder.svg',
  ],
  [
    'NB-CL-001',
    'Double-Wall Hot Cups, 12 oz',
    'Insulated paper cups that need no sleeve; case of 500.',
    'case',
    '78.00',
    'cups-lids',
    'cups.svg',
  ],
  [
    'NB-CL-002',
    'Double-Wall Hot Cups, 16 oz',
    'Insulated paper cups that need no sleeve; case of 500.',
    'case',
    '86.00',
    'cups-lids',
    'cups.svg',
  ],
  [
    'NB-CL-003',
    'Sip Lids for 12–20 oz Hot Cups',
    'Recyclable polypropylene lids with a sip opening; case of 1000.',
    'case',
    '54.00',
    'cups-lids',
    'cups.svg',
  ],
  [
    'NB-CL-004',
    'Clear Cold Cups, 16 oz',
    'Crystal-clear PET cups for iced drinks; case of 1000.',
    'case',
    '92.00',
    'cups-lids',
    'cups.svg',
  ],
  [
    'NB-CL-005',
    'Strawless Cold Cup Lids',
    'Sip lids for 12–24 oz cold cups; case of 1000.',
    'case',
    '58.00',
    'cups-lids',
    'cups.svg',
  ],
  [
    'NB-CL-006',
    'Kraft Cup Sleeves',
    'Recycled kraft sleeves for 12–20 oz hot cups; case of 1000.',
    'case',
    '42.00',
    'cups-lids',
    'cups.svg',
  ],
  [
    'NB-SY-001',
    'Vanilla Syrup, 750 ml',
    'Classic Madagascar vanilla syrup for lattes and cold brew; case of 6 bottles.',
    'case',
    '42.00',
    'syrups-sauces',
    'syrup.svg',
  ],
  [
    'NB-SY-002',
    'Caramel Syrup, 750 ml',
    'Buttery caramel syrup; case of 6 bottles.',
    'case',
    '42.00',
    'syrups-sauces',
    'syrup.svg',
  ],
  [
    'NB-SY-003',
    'Hazelnut Syrup, 750 ml',
    'Toasted hazelnut syrup; case of 6 bottles.',
    'case',
    '42.00',
    'syrups-sauces',
    'syrup.svg',
  ],
  [
    'NB-SY-004',
    'Sugar-Free Vanilla Syrup, 750 ml',
    'Vanilla syrup sweetened with sucralose; case of 6 bottles.',
    'case',
    '44.00',
    'syrups-sauces',
    'syrup.svg',
  ],
  [
    'NB-SY-005',
    'Dark Chocolate Sauce, 64 oz',
    'A rich mocha sauce made with Dutch cocoa; case of 6 jugs.',
    'case',
    '78.00',
    'syrups-sauces',
    'syrup.svg',
  ],
  [
    'NB-SY-006',
    'Pumpkin Spice Sauce, 64 oz',
    'A seasonal sauce with real pumpkin, cinnamon and nutmeg; case of 6 jugs.',
    'case',
    '84.00',
    'syrups-sauces',
    'syrup.svg',
  ],
  [
    'NB-TE-001',
    'English Breakfast Tea Sachets',
    'A robust Assam and Ceylon blend in pyramid sachets; box of 100.',
    'box',
    '28.00',
    'tea',
    'tea.svg',
  ],
  [
    'NB-TE-002',
    'Earl Grey Tea Sachets',
    'Black tea with natural bergamot oil in pyramid sachets; box of 100.',
    'box',
    '28.00',
    'tea',
    'tea.svg',
  ],
  [
    'NB-TE-003',
    'Sencha Green Tea Sachets',
    'A grassy, sweet Japanese-style green tea; box of 100.',
    'box',
    '29.50',
    'tea',
    'tea.svg',
  ],
  [
    'NB-TE-004',
    'Chamomile Herbal Tea Sachets',
    'Whole chamomile flowers, caffeine-free; box of 100.',
    'box',
    '27.00',
    'tea',
    'tea.svg',
  ],
  [
    'NB-TE-005',
    'Chai Concentrate, 32 oz',
    'A spiced black tea concentrate; mix one to one with milk. Case of 6 cartons.',
    'case',
    '48.00',
    'tea',
    'tea.svg',
  ],
  [
    'NB-TE-006',
    'Matcha Latte Powder, 2 lb',
    'Ceremonial-style Japanese matcha blended for lattes.',
    'bag',
    '39.00',
    'tea',
    'tea.svg',
  ],
  [
    'NB-FC-001',
    'Batch Brewer Filters, 18 x 7 in',
    'Paper filters for 1.5 gallon batch brewers; case of 500.',
    'case',
    '36.00',
    'filters-cleaning',
    'filters.svg',
  ],
  [
    'NB-FC-002',
    'Basket Filters, 12-Cup',
    'Flat-bottom paper filters for 12-cup brewers; case of 1000.',
    'case',
    '32.00',
    'filters-cleaning',
    'filters.svg',
  ],
  [
    'NB-FC-003',
    'Espresso Machine Cleaning Tablets',
    'Backflush tablets that dissolve coffee oils in group heads; box of 100.',
    'box',
    '34.00',
    'filters-cleaning',
    'filters.svg',
  ],
  [
    'NB-FC-004',
    'Grinder Cleaning Pellets, 1 lb',
    'Food-safe pellets that clean burrs without disassembly.',
    'bag',
    '19.00',
    'filters-cleaning',
    'filters.svg',
  ],
  [
    'NB-FC-005',
    'Milk System Cleaner, 1 L',
    'Daily cleaner for steam wands and milk systems; case of 6 bottles.',
    'case',
    '52.00',
    'filters-cleaning',
    'filters.svg',
  ],
  [
    'NB-FC-006',
    'Descaling Solution, 1 L',
    'Removes scale from boilers and brewers; case of 6 bottles.',
    'case',
    '48.00',
    'filters-cleaning',
    'filters.svg',
  ],
];

/** Products launched at the seed's reference date: not in the order history. */
const NEW_PRODUCTS = new Set(['NB-SE-101']);

const PARTS_PRODUCTS: ProductTuple[] = [
  [
    'AP-HY-001',
    'Gear Pump, 16 cc, SAE A Mount',
    'A cast-iron external gear pump rated to 3,000 psi for loader and auxiliary circuits.',
    'each',
    '412.00',
    'hydraulic-pumps-motors',
    'hydraulic.svg',
  ],
  [
    'AP-HY-002',
    'Variable Piston Pump, 45 cc',
    'A load-sensing axial piston pump for main hydraulic systems.',
    'each',
    '2380.00',
    'hydraulic-pumps-motors',
    'hydraulic.svg',
  ],
  [
    'AP-HY-003',
    'Orbital Hydraulic Motor, 160 cc',
    'A low-speed, high-torque motor for augers, conveyors and sweepers.',
    'each',
    '545.00',
    'hydraulic-pumps-motors',
    'hydraulic.svg',
  ],
  [
    'AP-HY-004',
    'Hydraulic Hose Assembly, 1/2 in x 36 in',
    'Two-wire braided hose with crimped JIC swivel ends, rated to 3,500 psi.',
    'each',
    '48.50',
    'hydraulic-hoses-fittings',
    'hydraulic.svg',
  ],
  [
    'AP-HY-005',
    'Hydraulic Hose Assembly, 3/4 in x 48 in',
    'Two-wire braided hose with crimped JIC swivel ends, rated to 2,250 psi.',
    'each',
    '72.00',
    'hydraulic-hoses-fittings',
    'hydraulic.svg',
  ],
  [
    'AP-HY-006',
    'JIC 37° Fitting Kit',
    'An assortment of steel JIC adapters, elbows and tees; box of 50.',
    'box',
    '89.00',
    'hydraulic-hoses-fittings',
    'hydraulic.svg',
  ],
  [
    'AP-HY-007',
    'Quick Coupler Set, 1/2 in ISO-A',
    'A male and female poppet coupler pair for auxiliary hydraulics.',
    'set',
    '64.00',
    'hydraulic-hoses-fittings',
    'hydraulic.svg',
  ],
  [
    'AP-HY-008',
    'Tie-Rod Cylinder, 3 in Bore x 8 in Stroke',
    'A double-acting NFPA tie-rod cylinder with clevis mounts.',
    'each',
    '389.00',
    'hydraulics',
    'hydraulic.svg',
  ],
  [
    'AP-HY-009',
    'Cylinder Seal Kit, 3 in Bore',
    'Piston and rod seals, wipers and O-rings to rebuild one 3 in cylinder.',
    'each',
    '42.00',
    'hydraulics',
    'hydraulic.svg',
  ],
  [
    'AP-FL-001',
    'Hydraulic Return Filter Element, 10 Micron',
    'A glass-fiber element for return-line filter housings.',
    'each',
    '38.00',
    'oil-fuel-filters',
    'filter-element.svg',
  ],
  [
    'AP-FL-002',
    'Engine Oil Filter, Spin-On',
    'A full-flow spin-on oil filter for Apex diesel engines.',
    'each',
    '12.50',
    'oil-fuel-filters',
    'filter-element.svg',
  ],
  [
    'AP-FL-003',
    'Fuel Filter / Water Separator',
    'Removes water and particles down to 10 microns; includes a drain valve.',
    'each',
    '24.00',
    'oil-fuel-filters',
    'filter-element.svg',
  ],
  [
    'AP-FL-004',
    'Hydraulic Suction Strainer',
    'A 100-mesh in-tank strainer protecting the pump inlet.',
    'each',
    '46.00',
    'oil-fuel-filters',
    'filter-element.svg',
  ],
  [
    'AP-FL-005',
    'Primary Air Filter Element',
    'A radial-seal primary element for heavy-duty air cleaners.',
    'each',
    '68.00',
    'air-filters',
    'filter-element.svg',
  ],
  [
    'AP-FL-006',
    'Safety Air Filter Element',
    'The inner safety element; replace with every third primary.',
    'each',
    '34.00',
    'air-filters',
    'filter-element.svg',
  ],
  [
    'AP-FL-007',
    'Cabin Air Filter',
    'A pleated cabin filter with an activated-carbon layer.',
    'each',
    '18.00',
    'air-filters',
    'filter-element.svg',
  ],
  [
    'AP-BR-001',
    'Deep Groove Ball Bearing 6205-2RS',
    'Sealed both sides, prelubricated; box of 10.',
    'box',
    '54.00',
    'bearings',
    'bearing.svg',
  ],
  [
    'AP-BR-002',
    'Deep Groove Ball Bearing 6308-2RS',
    'A sealed 40 mm bore bearing for gearboxes and idlers.',
    'each',
    '18.50',
    'bearings',
    'bearing.svg',
  ],
  [
    'AP-BR-003',
    'Tapered Roller Bearing Set',
    'A matched cone and cup for wheel hubs and axle ends.',
    'set',
    '32.00',
    'bearings',
    'bearing.svg',
  ],
  [
    'AP-BR-004',
    'Pillow Block Bearing UCP208',
    'A cast-iron pillow block with a 40 mm set-screw insert.',
    'each',
    '42.00',
    'bearings',
    'bearing.svg',
  ],
  [
    'AP-BR-005',
    'Spherical Roller Bearing 22212',
    'Self-aligning, for heavy radial loads and shaft misalignment.',
    'each',
    '185.00',
    'bearings',
    'bearing.svg',
  ],
  [
    'AP-BR-006',
    'Needle Roller Bearing HK2020',
    'A drawn-cup needle bearing for pivots and gear shafts; box of 10.',
    'box',
    '38.00',
    'bearings',
    'bearing.svg',
  ],
  [
    'AP-BD-001',
    'V-Belt, B68',
    'A classic B-section wrapped V-belt, oil and heat resistant.',
    'each',
    '14.00',
    'belts-drives',
    'belt.svg',
  ],
  [
    'AP-BD-002',
    'Banded V-Belt, 3/5VX1000',
    'Three cogged 5VX belts banded together for high-torque drives.',
    'each',
    '96.00',
    'belts-drives',
    'belt.svg',
  ],
  [
    'AP-BD-003',
    'Timing Belt, HTD 8M-1200-30',
    'A neoprene timing belt with fiberglass cords for synchronous drives.',
    'each',
    '58.00',
    'belts-drives',
    'belt.svg',
  ],
  [
    'AP-BD-004',
    'Roller Chain #60, 10 ft',
    'ANSI 60 riveted roller chain with a connecting link.',
    'box',
    '74.00',
    'belts-drives',
    'belt.svg',
  ],
  [
    'AP-BD-005',
    'Sprocket #60, 18 Teeth',
    'A hardened-teeth sprocket with a QD bushing hub.',
    'each',
    '36.00',
    'belts-drives',
    'belt.svg',
  ],
  [
    'AP-BD-006',
    'QD Bushing SK, 1-1/2 in Bore',
    'A quick-detachable bushing with keyway and set screws.',
    'each',
    '28.00',
    'belts-drives',
    'belt.svg',
  ],
  [
    'AP-EL-001',
    'Alternator, 12 V 120 A',
    'A heavy-duty alternator with an internal regulator for Apex engines.',
    'each',
    '289.00',
    'electrical',
    'electrical.svg',
  ],
  [
    'AP-EL-002',
    'Starter Motor, 12 V 2.8 kW',
    'A gear-reduction starter for diesel engines up to 6 liters.',
    'each',
    '348.00',
    'electrical',
    'electrical.svg',
  ],
  [
    'AP-EL-003',
    'Inductive Proximity Sensor, M18 PNP',
    'A 8 mm sensing-range sensor with an M12 connector, IP67.',
    'each',
    '46.00',
    'electrical',
    'electrical.svg',
  ],
  [
    'AP-EL-004',
    'Automotive Relay, 12 V 40 A',
    'A five-pin changeover relay with a mounting tab; box of 10.',
    'box',
    '32.00',
    'electrical',
    'electrical.svg',
  ],
  [
    'AP-EL-005',
    'Deutsch DT Connector Kit',
    'Two- to twelve-pin housings, wedgelocks and contacts for harness repair.',
    'set',
    '118.00',
    'electrical',
    'electrical.svg',
  ],
  [
    'AP-EL-006',
    'LED Work Light, 4000 lm',
    'A flood-beam LED work light, 9–32 V, with a stainless bracket.',
    'each',
    '64.00',
    'electrical',
    'electrical.svg',
  ],
  [
    'AP-FS-001',
    'Hex Bolt Grade 8, 1/2-13 x 2 in',
    'Yellow-zinc grade 8 hex cap screws; box of 50.',
    'box',
    '38.00',
    'fasteners',
    'fastener.svg',
  ],
  [
    'AP-FS-002',
    'Nylon Insert Lock Nut, 1/2-13',
    'Zinc-plated grade 8 lock nuts; box of 100.',
    'box',
    '22.00',
    'fasteners',
    'fastener.svg',
  ],
  [
    'AP-FS-003',
    'Hardened Flat Washer, 1/2 in',
    'Through-hardened SAE flat washers; box of 100.',
    'box',
    '16.00',
    'fasteners',
    'fastener.svg',
  ],
  [
    'AP-FS-004',
    'Socket Head Cap Screw, M10 x 40, 12.9',
    'Black-oxide alloy steel cap screws; box of 50.',
    'box',
    '29.00',
    'fasteners',
    'fastener.svg',
  ],
  [
    'AP-FS-005',
    'Cotter Pin Assortment',
    'Over 500 zinc-plated cotter pins in 12 sizes with a compartment case.',
    'box',
    '24.00',
    'fasteners',
    'fastener.svg',
  ],
  [
    'AP-TL-001',
    'Hydraulic Pressure Test Kit, 0–6000 psi',
    'Three gauges, test hoses and adapters in a carrying case.',
    'set',
    '245.00',
    'tools',
    'tool.svg',
  ],
  [
    'AP-TL-002',
    'Bearing Puller Set',
    'Two- and three-jaw pullers and a bearing separator, up to 10 tons.',
    'set',
    '168.00',
    'tools',
    'tool.svg',
  ],
  [
    'AP-TL-003',
    'Belt Tension Gauge',
    'A pencil-type gauge for setting V-belt and timing-belt tension.',
    'each',
    '58.00',
    'tools',
    'tool.svg',
  ],
  [
    'AP-TL-004',
    'Torque Wrench, 1/2 in Drive, 20–150 ft-lb',
    'A click-type torque wrench, calibrated to ±4%, with a certificate.',
    'each',
    '139.00',
    'tools',
    'tool.svg',
  ],
  [
    'AP-TL-005',
    'Cordless Grease Gun, 18 V',
    'Up to 10,000 psi with a 36 in hose; battery and charger included.',
    'each',
    '189.00',
    'tools',
    'tool.svg',
  ],
  [
    'AP-GR-001',
    'Spur Gear, 20 DP, 40 Teeth',
    'A hardened steel spur gear with a 1 in bore and keyway.',
    'each',
    '64.00',
    'gears-gearboxes',
    'gear.svg',
  ],
  [
    'AP-GR-002',
    'Helical Inline Gearbox, 10:1, 1.5 kW',
    'A foot-mounted helical reducer with a solid output shaft.',
    'each',
    '845.00',
    'gears-gearboxes',
    'gear.svg',
  ],
  [
    'AP-GR-003',
    'Worm Gear Reducer, 30:1',
    'A right-angle worm reducer with an aluminum housing and hollow output.',
    'each',
    '410.00',
    'gears-gearboxes',
    'gear.svg',
  ],
  [
    'AP-GR-004',
    'Planetary Final Drive',
    'A compact planetary drive for tracked and wheeled equipment.',
    'each',
    '2150.00',
    'gears-gearboxes',
    'gear.svg',
  ],
  [
    'AP-GR-005',
    'Gearbox Oil Seal Kit',
    'Input and output shaft seals and gaskets for Apex reducers.',
    'set',
    '36.00',
    'gears-gearboxes',
    'gear.svg',
  ],
];

/** CAD list price: USD × 1.36, moved to the nearest price ending in .49 or .99 (ties go up). */
export function cadPrice(usd: string): string {
  const raw = new Decimal(usd).times('1.36');
  const whole = raw.floor();
  const candidates = [whole.minus('0.01'), whole.plus('0.49'), whole.plus('0.99')].filter((c) =>
    c.greaterThan(0),
  );
  let best = candidates[0]!;
  for (const c of candidates) {
    const d = c.minus(raw).abs();
    const bestD = best.minus(raw).abs();
    if (d.lessThan(bestD) || (d.equals(bestD) && c.greaterThan(best))) best = c;
  }
  return best.toFixed(2);
}

// ---------------------------------------------------------------------------------------------
// Order history (pure)
// ---------------------------------------------------------------------------------------------

export interface CatalogItem {
  id: string;
  sku: string;
  name: string;
  /** List price per currency, decimal strings. */
  prices: Record<string, string>;
}

export interface OrderAccountPlan {
  accountId: string;
  /** Account number, part of the order ids and PRNG seed. */
  number: string;
  currency: string;
  /** Accounts with credit put a PO number on most orders. */
  hasCredit: boolean;
  /** Who places the orders, with relative weights. */
  placers: Array<{ userId: string; weight: number }>;
  addressIds: string[];
  /** Orders per full month: grows linearly from `from` (oldest month) to `to` (latest month). */
  ordersPerMonth: { from: number; to: number };
  /** Upper bound of line quantities for ordinary items (1–40). */
  maxQuantity: number;
  /** Only a couple of recent orders (a new buyer), instead of a year of history. */
  recentOnly?: boolean;
  /** Users whose recent orders may wait for a buyer admin's approval. */
  approvalNeededFor?: string[];
}

export interface OrderRow {
  id: string;
  siteId: string;
  accountId: string;
  number: string;
  status: string;
  placedAt: Date;
  placedById: string;
  poNumber: string | null;
  shipToId: string;
  currency: string;
  subtotal: string;
  total: string;
  lineCount: number;
}

export interface OrderLineRow {
  id: string;
  orderId: string;
  lineNumber: number;
  productId: string;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: string;
  lineTotal: string;
}

export interface SiteOrderInput {
  siteCode: string;
  siteId: string;
  /** e.g. 'CO-' with firstNumber 100001 → 'CO-100001'. */
  numberPrefix: string;
  firstNumber: number;
  /** The seed's reference moment: history runs from 12 months before the first of its month up to it. */
  reference: Date;
  accounts: OrderAccountPlan[];
  catalog: CatalogItem[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function addUtcMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

/** The first instant of the history: the first day (UTC) of the reference's month, 12 months back. */
export function historyStart(reference: Date): Date {
  return addUtcMonths(new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), 1)), -12);
}

function floorToMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}

function pickWeighted<T extends { weight: number }>(rand: () => number, items: readonly T[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let r = rand() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}

function statusFor(rand: () => number, ageDays: number, needsApproval: boolean): string {
  const r = rand();
  if (ageDays > 21) return r < 0.03 ? 'CANCELLED' : 'DELIVERED';
  if (ageDays > 10)
    return r < 0.02 ? 'CANCELLED' : r < 0.6 ? 'DELIVERED' : r < 0.9 ? 'SHIPPED' : 'PARTLY_SHIPPED';
  if (ageDays > 3) return r < 0.45 ? 'SHIPPED' : r < 0.75 ? 'PARTLY_SHIPPED' : 'APPROVED';
  if (needsApproval && r < 0.4) return 'AWAITING_APPROVAL';
  return r < 0.55 ? 'PLACED' : 'APPROVED';
}

/**
 * Generates a site's order history: deterministic for the same input, amounts exact (decimal.js),
 * numbers sequential by placed date across the site.
 */
export function generateSiteOrders(input: SiteOrderInput): { orders: OrderRow[]; lines: OrderLineRow[] } {
  const { reference } = input;
  const start = historyStart(reference);
  const orders: OrderRow[] = [];
  const linesByOrder = new Map<string, OrderLineRow[]>();

  for (const plan of input.accounts) {
    const rand = mulberry32(seedOf(`orders:${input.siteCode}:${plan.number}`));
    const items = input.catalog
      .filter((c) => c.prices[plan.currency] !== undefined)
      .map((c) => {
        const price = new Decimal(c.prices[plan.currency]!);
        // Big-ticket equipment is ordered rarely and one at a time.
        const weight = price.greaterThanOrEqualTo(1000) ? 0.04 : price.greaterThanOrEqualTo(200) ? 0.3 : 1;
        return { item: c, price, weight };
      });

    // Placement moments, oldest first.
    const moments: Date[] = [];
    if (plan.recentOnly) {
      for (const daysAgo of [12, 2]) {
        const at = floorToMinute(
          new Date(reference.getTime() - daysAgo * DAY_MS - intBetween(rand, 60, 360) * 60_000),
        );
        if (at.getTime() >= start.getTime()) moments.push(at);
      }
    } else {
      for (let m = 0; m <= 12; m++) {
        const monthStart = addUtcMonths(start, m);
        const monthEnd = addUtcMonths(start, m + 1);
        if (monthStart.getTime() >= reference.getTime()) break;
        const full =
          plan.ordersPerMonth.from +
          ((plan.ordersPerMonth.to - plan.ordersPerMonth.from) * Math.min(m, 11)) / 11;
        let count = Math.max(1, Math.round(full + (rand() - 0.5) * 2));
        const days = Math.round((monthEnd.getTime() - monthStart.getTime()) / DAY_MS);
        const elapsed = Math.min(reference.getTime(), monthEnd.getTime()) - monthStart.getTime();
        if (elapsed < monthEnd.getTime() - monthStart.getTime())
          count = Math.round((count * elapsed) / (monthEnd.getTime() - monthStart.getTime()));
        const month: Date[] = [];
        for (let i = 0; i < count; i++) {
          const day = intBetween(rand, 0, days - 1);
          const minutes = intBetween(rand, 14 * 60, 23 * 60 + 30); // business hours in the Americas, in UTC
          const at = new Date(monthStart.getTime() + day * DAY_MS + minutes * 60_000);
          if (at.getTime() < reference.getTime()) month.push(at);
        }
        month.sort((a, b) => a.getTime() - b.getTime());
        moments.push(...month);
      }
      // Always something in flight: one order in the last two and a half days.
      const recent = floorToMinute(
        new Date(reference.getTime() - intBetween(rand, 4 * 60, 60 * 60) * 60_000),
      );
      if (recent.getTime() >= start.getTime()) moments.push(recent);
      moments.sort((a, b) => a.getTime() - b.getTime());
    }

    moments.forEach((placedAt, index) => {
      const orderId = demoId(`order:${input.siteCode}:${plan.number}:${index + 1}`);
      const placer = pickWeighted(rand, plan.placers);
      const ageDays = (reference.getTime() - placedAt.getTime()) / DAY_MS;
      const status = statusFor(rand, ageDays, plan.approvalNeededFor?.includes(placer.userId) ?? false);
      const poNumber = plan.hasCredit && rand() < 0.9 ? `PO-${intBetween(rand, 1000, 9999)}` : null;
      const shipToId = plan.addressIds[intBetween(rand, 0, plan.addressIds.length - 1)]!;

      const lineCount = intBetween(rand, 2, Math.min(12, items.length));
      const pool = items.slice();
      const lines: OrderLineRow[] = [];
      let subtotal = new Decimal(0);
      for (let n = 1; n <= lineCount; n++) {
        const picked = pickWeighted(rand, pool);
        pool.splice(pool.indexOf(picked), 1);
        const quantity = picked.price.greaterThanOrEqualTo(1000)
          ? 1
          : picked.price.greaterThanOrEqualTo(200)
            ? intBetween(rand, 1, 4)
            : intBetween(rand, 1, plan.maxQuantity);
        const lineTotal = picked.price.times(quantity);
        subtotal = subtotal.plus(lineTotal);
        lines.push({
          id: demoId(`order-line:${input.siteCode}:${plan.number}:${index + 1}:${n}`),
          orderId,
          lineNumber: n,
          productId: picked.item.id,
          sku: picked.item.sku,
          name: picked.item.name,
          quantity,
          unitPrice: picked.price.toFixed(2),
          lineTotal: lineTotal.toFixed(2),
        });
      }
      linesByOrder.set(orderId, lines);
      orders.push({
        id: orderId,
        siteId: input.siteId,
        accountId: plan.accountId,
        number: '',
        status,
        placedAt,
        placedById: placer.userId,
        poNumber,
        shipToId,
        currency: plan.currency,
        subtotal: subtotal.toFixed(2),
        total: subtotal.toFixed(2),
        lineCount,
      });
    });
  }

  orders.sort(
    (a, b) => a.placedAt.getTime() - b.placedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  orders.forEach((o, i) => {
    o.number = `${input.numberPrefix}${input.firstNumber + i}`;
  });
  return { orders, lines: orders.flatMap((o) => linesByOrder.get(o.id)!) };
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

type Value = string | number | boolean | null | string[];

/** Columns with a cast (e.g. 'roles:text[]'); array values become ARRAY[...] literals. */
async function insertRows(
  run: (sql: string, params: unknown[]) => Promise<unknown>,
  table: string,
  columns: string[],
  rows: Value[][],
  batchSize = 500,
): Promise<void> {
  const names = columns.map((c) => `"${c.split(':')[0]}"`).join(', ');
  const casts = columns.map((c) => c.split(':')[1]);
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const cells = row.map((value, j) => {
        const cast = casts[j];
        if (Array.isArray(value)) {
          params.push(value);
          return `ARRAY[?]::${cast ?? 'text[]'}`;
        }
        params.push(value);
        return cast ? `?::${cast}` : '?';
      });
      return `(${cells.join(', ')})`;
    });
    await run(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`, params);
  }
}

const iso = (d: Date) => d.toISOString();

/** Seeds the demo world; a re-run inserts nothing and changes nothing. */
export async function seedDemoWorld(em: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const firstRunAt = new Date();

  await em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const ctx = tx.getTransactionContext();
    const run = (sql: string, params: unknown[]) => connection.execute(sql, params, 'all', ctx);

    // Sites first: the coffee site's created_at (the first run's moment) anchors every other date.
    await insertRows(
      run,
      'site',
      [
        'id',
        'code',
        'name',
        'tagline',
        'primary_color',
        'accent_color',
        'logo_url',
        'default_locale',
        'default_currency',
        'created_at',
      ],
      SITES.map((s) => [
        siteId(s.code),
        s.code,
        s.name,
        s.tagline,
        s.primaryColor,
        s.accentColor,
        s.logoUrl,
        s.defaultLocale,
        s.defaultCurrency,
        iso(firstRunAt),
      ]),
    );
    const anchor = (await run('SELECT "id", "created_at" FROM "site" WHERE "code" = ?', [
      'coffee',
    ])) as Array<{ id: string; created_at: Date | string }>;
    const coffeeRow = anchor[0];
    if (!coffeeRow || coffeeRow.id !== DEMO.sites.coffee) {
      throw new Error(
        'a site with code "coffee" exists but is not the demo world\'s; reset the database to seed the demo',
      );
    }
    const reference = new Date(coffeeRow.created_at);
    const start = historyStart(reference);
    const daysBeforeStart = (days: number) => iso(new Date(start.getTime() - days * DAY_MS));

    await insertRows(
      run,
      'account',
      [
        'id',
        'site_id',
        'number',
        'name',
        'kind',
        'currency',
        'locale',
        'credit_status',
        'credit_limit',
        'payment_terms_days',
        'created_at',
      ],
      ACCOUNTS.map((a) => [
        accountId(a.key),
        siteId(a.site),
        a.number,
        a.name,
        a.kind,
        a.currency,
        a.locale,
        a.creditStatus,
        a.creditLimit,
        a.paymentTermsDays,
        daysBeforeStart(a.openedDaysBeforeHistory),
      ]),
    );
    await insertRows(
      run,
      'address',
      ['id', 'account_id', 'label', 'line1', 'line2', 'city', 'region', 'postal_code', 'country'],
      ACCOUNTS.flatMap((a) =>
        a.addresses.map((ad) => [
          addressId(a, ad),
          accountId(a.key),
          ad.label,
          ad.line1,
          ad.line2 ?? null,
          ad.city,
          ad.region,
          ad.postalCode,
          ad.country,
        ]),
      ),
    );
    const accountOpened = (key: AccountKey | null, site: SiteCode) => {
      const spec = key ? ACCOUNTS.find((a) => a.key === key)! : null;
      return spec ? spec.openedDaysBeforeHistory : site === 'coffee' ? 500 : 1600;
    };
    await insertRows(
      run,
      'app_user',
      [
        'id',
        'site_id',
        'email',
        'name',
        'password_hash',
        'roles:text[]',
        'account_id',
        'locale',
        'created_at',
      ],
      USERS.map((u) => [
        userId(u),
        siteId(u.site),
        u.email.toLowerCase(),
        u.name,
        passwordHash,
        [u.role],
        u.account ? accountId(u.account) : null,
        u.locale,
        daysBeforeStart(accountOpened(u.account, u.site)),
      ]),
    );
    await insertRows(
      run,
      'account_assignment',
      ['id', 'user_id', 'account_id', 'created_at'],
      USERS.flatMap((u) =>
        u.assignedTo.map((key) => [
          demoId(`assignment:${u.site}:${u.email}:${key}`),
          userId(u),
          accountId(key),
          daysBeforeStart(accountOpened(key, u.site)),
        ]),
      ),
    );

    // Catalogs.
    const catalogs: Array<{
      site: SiteCode;
      categories: CategorySpec[];
      products: ProductTuple[];
      currencies: string[];
    }> = [
      {
        site: 'coffee',
        categories: COFFEE_CATEGORIES,
        products: COFFEE_PRODUCTS,
        currencies: ['USD', 'CAD'],
      },
      { site: 'parts', categories: PARTS_CATEGORIES, products: PARTS_PRODUCTS, currencies: ['USD'] },
    ];
    const catalogItems = new Map<SiteCode, CatalogItem[]>();
    for (const catalog of catalogs) {
      const categoryId = (slug: string) => demoId(`category:${catalog.site}:${slug}`);
      const positions = new Map<string, number>();
      // Parents precede their children in the lists, so one multi-row insert satisfies the parent FK.
      await insertRows(
        run,
        'category',
        ['id', 'site_id', 'parent_id', 'name', 'slug', 'position'],
        catalog.categories.map((c) => {
          const parentKey = c.parent ?? '';
          const position = positions.get(parentKey) ?? 0;
          positions.set(parentKey, position + 1);
          return [
            categoryId(c.slug),
            siteId(catalog.site),
            c.parent ? categoryId(c.parent) : null,
            c.name,
            c.slug,
            position,
          ];
        }),
      );
      const productId = (sku: string) => demoId(`product:${catalog.site}:${sku}`);
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
          'created_at',
        ],
        catalog.products.map(([sku, name, description, unit, , category, image]) => [
          productId(sku),
          siteId(catalog.site),
          categoryId(category),
          sku,
          name,
          description,
          `/images/catalog/${image}`,
          unit,
          'ACTIVE',
          NEW_PRODUCTS.has(sku) ? iso(new Date(reference.getTime() - 5 * DAY_MS)) : daysBeforeStart(30),
        ]),
      );
      const items: CatalogItem[] = catalog.products
        .filter(([sku]) => !NEW_PRODUCTS.has(sku))
        .map(([sku, name, , , usd]) => ({
          id: productId(sku),
          sku,
          name,
          prices: Object.fromEntries(
            catalog.currencies.map((cur) => [
              cur,
              cur === 'CAD' ? cadPrice(usd) : new Decimal(usd).toFixed(2),
            ]),
          ),
        }));
      catalogItems.set(catalog.site, items);
    }

    await seedDemoCommerce({
      run,
      insertRows,
      reference,
      demoId,
      siteId,
      accountId,
      productId: (site, sku) => demoId(`product:${site}:${sku}`),
      categoryId: (site, slug) => demoId(`category:${site}:${slug}`),
      products: Object.fromEntries(
        catalogs.map((c) => [
          c.site,
          c.products.map(([sku, , , , usd, category]) => ({ sku, category, usd })),
        ]),
      ) as Record<SiteCode, Array<{ sku: string; category: string; usd: string }>>,
      random: (name) => mulberry32(seedOf(name)),
    });

    // Order history.
    const plan = (
      key: AccountKey,
      p: Omit<OrderAccountPlan, 'accountId' | 'number' | 'currency' | 'hasCredit' | 'addressIds'>,
    ): OrderAccountPlan => {
      const spec = ACCOUNTS.find((a) => a.key === key)!;
      return {
        accountId: accountId(key),
        number: spec.number,
        currency: spec.currency,
        hasCredit: spec.creditStatus === 'APPROVED',
        addressIds: spec.addresses.map((ad) => addressId(spec, ad)),
        ...p,
      };
    };
    const sites: SiteOrderInput[] = [
      {
        siteCode: 'coffee',
        siteId: DEMO.sites.coffee,
        numberPrefix: 'CO-',
        firstNumber: 100001,
        reference,
        catalog: catalogItems.get('coffee')!,
        accounts: [
          plan('brewline', {
            placers: [
              { userId: userIdOf('coffeeBuyer'), weight: 75 },
              { userId: userIdOf('coffeeBuyerAdmin'), weight: 10 },
              { userId: userIdOf('salesRep'), weight: 15 },
            ],
            ordersPerMonth: { from: 7, to: 9 },
            maxQuantity: 40,
            approvalNeededFor: [userIdOf('coffeeBuyer')],
          }),
          plan('freshGrounds', {
            placers: [{ userId: userIdOf('freshGroundsBuyer'), weight: 1 }],
            ordersPerMonth: { from: 1, to: 1 },
            maxQuantity: 6,
            recentOnly: true,
          }),
          plan('montRoyal', {
            placers: [{ userId: userIdOf('montRoyalBuyer'), weight: 1 }],
            ordersPerMonth: { from: 5, to: 5 },
            maxQuantity: 15,
          }),
        ],
      },
      {
        siteCode: 'parts',
        siteId: DEMO.sites.parts,
        numberPrefix: 'AP-',
        firstNumber: 200001,
        reference,
        catalog: catalogItems.get('parts')!,
        accounts: [
          // Summit grows month over month (growth rebates); Great Lakes is the big steady one; Gulf Coast is small.
          plan('summit', {
            placers: [
              { userId: userIdOf('partnerUser'), weight: 80 },
              { userId: userIdOf('partnerManager'), weight: 20 },
            ],
            ordersPerMonth: { from: 4, to: 10 },
            maxQuantity: 25,
          }),
          plan('greatLakes', {
            placers: [{ userId: userIdOf('greatLakesPartner'), weight: 1 }],
            ordersPerMonth: { from: 9, to: 9 },
            maxQuantity: 40,
          }),
          plan('gulfCoast', {
            placers: [{ userId: userIdOf('gulfCoastPartner'), weight: 1 }],
            ordersPerMonth: { from: 4, to: 5 },
            maxQuantity: 12,
          }),
        ],
      },
    ];
    for (const site of sites) {
      const { orders, lines } = generateSiteOrders(site);
      await insertRows(
        run,
        'customer_order',
        [
          'id',
          'site_id',
          'account_id',
          'number',
          'status',
          'placed_at',
          'placed_by_id',
          'po_number',
          'ship_to_id',
          'currency',
          'subtotal',
          'total',
          'line_count',
        ],
        orders.map((o) => [
          o.id,
          o.siteId,
          o.accountId,
          o.number,
          o.status,
          iso(o.placedAt),
          o.placedById,
          o.poNumber,
          o.shipToId,
          o.currency,
          o.subtotal,
          o.total,
          o.lineCount,
        ]),
      );
      await insertRows(
        run,
        'order_line',
        [
          'id',
          'order_id',
          'line_number',
          'product_id',
          'sku',
          'name',
          'quantity',
          'unit_price',
          'line_total',
        ],
        lines.map((l) => [
          l.id,
          l.orderId,
          l.lineNumber,
          l.productId,
          l.sku,
          l.name,
          l.quantity,
          l.unitPrice,
          l.lineTotal,
        ]),
      );
    }

    // Invoices for the shipped history on terms: the same invoicing as a shipment in the portal.
    const payerByAccount: Record<string, string> = {};
    for (const u of USERS) if (u.account) payerByAccount[accountId(u.account)] ??= userIdOf(u.key);
    await seedDemoInvoices({
      run,
      demoId,
      reference,
      brewlineAccountId: accountId('brewline'),
      clerkBySite: {
        [DEMO.sites.coffee]: userIdOf('salesRep'),
        [DEMO.sites.parts]: userIdOf('accountManager'),
      },
      payerByAccount,
    });
  });
}
