import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Role } from '../modules/identity/domain/roles.js';
import { hashPassword } from '../modules/identity/password.js';
import { sqlArray } from '../platform/db/sql.js';

/** Test data made by each test for itself: a site with accounts, users of every role, products, orders. */
export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  roles: Role[];
}

export interface TestAccount {
  id: string;
  number: string;
  name: string;
  orderIds: string[];
  orderNumbers: string[];
}

export interface TestSite {
  id: string;
  code: string;
  accounts: TestAccount[];
  productIds: string[];
  productSkus: string[];
  categoryIds: string[];
  users: Record<string, TestUser>;
  /** The site's default (list) books. */
  priceBookIds: { USD: string; CAD: string };
  defaultBuyerGroupId: string;
}

interface SiteSpec {
  accounts: Array<{
    name: string;
    orders: number;
    linesPerOrder?: number;
    currency?: string;
    marker?: string;
  }>;
  /** Users: key → roles and the account index they belong to (customer roles) or are assigned to. */
  users: Record<string, { roles: Role[]; account?: number; assigned?: number[] }>;
  products?: number;
  /** Text put into every name of this site's records, to spot leaks in responses. */
  marker?: string;
}

/** Inserts a site per spec with plain SQL (fast) and returns its keys. */
export async function createSite(orm: MikroORM, spec: SiteSpec): Promise<TestSite> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const c = orm.em.getConnection();
  const tag = randomUUID().slice(0, 8);
  const marker = spec.marker ? `${spec.marker} ` : '';
  const siteId = randomUUID();
  const code = `t${tag}`;
  await c.execute(
    `INSERT INTO site (id, code, name, tagline, primary_color, accent_color, logo_url, default_locale, default_currency, created_at)
     VALUES (?, ?, ?, 'Test site', '#224466', '#ddaa33', '/images/sites/coffee.svg', 'en-US', 'USD', now())`,
    [siteId, code, `Test site ${tag}`],
  );
  const categoryIds = [randomUUID(), randomUUID()];
  await c.execute(
    `INSERT INTO category (id, site_id, parent_id, name, slug, position) VALUES (?, ?, NULL, ?, ?, 0), (?, ?, ?, ?, ?, 1)`,
    [
      categoryIds[0],
      siteId,
      `${marker}Parent ${tag}`,
      `parent-${tag}`,
      categoryIds[1],
      siteId,
      categoryIds[0],
      `${marker}Child ${tag}`,
      `child-${tag}`,
    ],
  );
  // Default price books (USD, CAD) and a default buyer group allowed the whole catalog, so accounts
  // with no group see every product at list prices.
  const books = { USD: randomUUID(), CAD: randomUUID() };
  for (const [currency, id] of Object.entries(books)) {
    await c.execute(
      `INSERT INTO price_book (id, site_id, name, currency, is_default, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, true, true, now(), now())`,
      [id, siteId, `${marker}List prices (${currency})`, currency],
    );
  }
  const defaultGroupId = randomUUID();
  const policyId = randomUUID();
  await c.execute(
    `INSERT INTO buyer_group (id, site_id, code, name, description, is_default, created_at)
     VALUES (?, ?, 'all', ?, '', true, now())`,
    [defaultGroupId, siteId, `${marker}All customers`],
  );
  await c.execute(
    `INSERT INTO entitlement_policy (id, site_id, name, description, can_view, can_buy, can_see_price, active, created_at)
     VALUES (?, ?, 'Everything', '', true, true, true, true, now())`,
    [policyId, siteId],
  );
  await c.execute(`INSERT INTO entitlement_policy_group (id, policy_id, buyer_group_id) VALUES (?, ?, ?)`, [
    randomUUID(),
    policyId,
    defaultGroupId,
  ]);
  await c.execute(
    `INSERT INTO entitlement_policy_item (id, policy_id, product_id, category_id) VALUES (?, ?, NULL, ?)`,
    [randomUUID(), policyId, categoryIds[0]],
  );
  const productIds: string[] = [];
  const productSkus: string[] = [];
  for (let i = 0; i < (spec.products ?? 3); i++) {
    const id = randomUUID();
    const sku = `${marker.trim() || 'SKU'}-${tag}-${i}`;
    productIds.push(id);
    productSkus.push(sku);
    await c.execute(
      `INSERT INTO product (id, site_id, category_id, sku, name, description, image_url, unit_of_measure, status, created_at)
       VALUES (?, ?, ?, ?, ?, 'A test product', NULL, 'each', 'ACTIVE', now())`,
      [id, siteId, categoryIds[i % 2], sku, `${marker}Product ${i} ${tag}`],
    );
    await c.execute(
      `INSERT INTO price_book_entry (id, price_book_id, product_id, unit_price) VALUES (?, ?, ?, ?), (?, ?, ?, ?)`,
      [randomUUID(), books.USD, id, `${10 + i}.50`, randomUUID(), books.CAD, id, `${14 + i}.25`],
    );
  }

  const accounts: TestAccount[] = [];
  for (const [index, accountSpec] of spec.accounts.entries()) {
    const id = randomUUID();
    const accountMarker = accountSpec.marker ? `${accountSpec.marker} ` : marker;
    const number = `${accountMarker.trim() || 'A'}-${tag}-${index}`;
    const name = `${accountMarker}${accountSpec.name} ${tag}`;
    await c.execute(
      `INSERT INTO account (id, site_id, number, name, kind, currency, locale, credit_status, credit_limit, payment_terms_days, created_at)
       VALUES (?, ?, ?, ?, 'BUYER', ?, 'en-US', 'APPROVED', '10000.00', 30, now())`,
      [id, siteId, number, name, accountSpec.currency ?? 'USD'],
    );
    await c.execute(
      `INSERT INTO address (id, account_id, label, line1, city, region, postal_code, country)
       VALUES (?, ?, ?, '1 Main St', 'Portland', 'OR', '97201', 'US')`,
      [randomUUID(), id, `${accountMarker}Store ${tag}`],
    );
    accounts.push({ id, number, name, orderIds: [], orderNumbers: [] });
  }

  const users: Record<string, TestUser> = {};
  for (const [key, userSpec] of Object.entries(spec.users)) {
    const id = randomUUID();
    const email = `${key.toLowerCase()}-${tag}@test.example`;
    const accountId = userSpec.account === undefined ? null : accounts[userSpec.account].id;
    await c.execute(
      `INSERT INTO app_user (id, site_id, email, name, password_hash, roles, account_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?::text[], ?, now())`,
      [id, siteId, email, `${marker}${key} ${tag}`, hash, sqlArray(userSpec.roles), accountId],
    );
    for (const assigned of userSpec.assigned ?? []) {
      await c.execute(
        `INSERT INTO account_assignment (id, user_id, account_id, created_at) VALUES (?, ?, ?, now())`,
        [randomUUID(), id, accounts[assigned].id],
      );
    }
    users[key] = { id, email, roles: userSpec.roles };
  }

  const placer = Object.values(users)[0];
  let orderSeq = 0;
  for (const [index, accountSpec] of spec.accounts.entries()) {
    const account = accounts[index];
    const lines = accountSpec.linesPerOrder ?? 2;
    if (accountSpec.orders === 0) continue;
    const orderIds = Array.from({ length: accountSpec.orders }, () => randomUUID());
    const orderMarker = (accountSpec.marker ?? spec.marker ?? 'ORD').trim();
    const numbers = orderIds.map(() => `${orderMarker}-${tag}-${++orderSeq}`);
    await c.execute(
      `INSERT INTO customer_order (id, site_id, account_id, number, status, placed_at, placed_by_id, po_number,
                                   ship_to_id, currency, subtotal, total, line_count)
       SELECT o.id, ?, ?, o.number, CASE WHEN o.n % 3 = 0 THEN 'DELIVERED' ELSE 'PLACED' END,
              now() - (o.n || ' hours')::interval, ?, 'PO-' || o.n, NULL, ?, ?::numeric * 21, ?::numeric * 21, ?
         FROM unnest(?::uuid[], ?::text[]) WITH ORDINALITY AS o(id, number, n)`,
      [
        siteId,
        account.id,
        placer.id,
        accountSpec.currency ?? 'USD',
        lines,
        lines,
        lines,
        sqlArray(orderIds),
        sqlArray(numbers),
      ],
    );
    await c.execute(
      `INSERT INTO order_line (id, order_id, line_number, product_id, sku, name, quantity, unit_price, line_total)
       SELECT gen_random_uuid(), o.id, g.n, ?, ?, ?, 2, '10.50', '21.00'
         FROM unnest(?::uuid[]) AS o(id) CROSS JOIN generate_series(1, ?) AS g(n)`,
      [productIds[0], productSkus[0], `${marker}Product 0 ${tag}`, sqlArray(orderIds), lines],
    );
    account.orderIds = orderIds;
    account.orderNumbers = numbers;
  }
  return {
    id: siteId,
    code,
    accounts,
    productIds,
    productSkus,
    categoryIds,
    users,
    priceBookIds: books,
    defaultBuyerGroupId: defaultGroupId,
  };
}
