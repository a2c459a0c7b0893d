import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';

/**
 * Commerce test data on top of a factory site (see factory.ts): buyer groups, entitlement policies,
 * price books, tiers, promotions, translations, relations. Plain SQL, each call returns the new ids.
 */
export function commerceFactory(orm: MikroORM, siteId: string) {
  const run = (sql: string, params: unknown[] = []) => orm.em.getConnection().execute(sql, params);

  return {
    async buyerGroup(name: string, accountIds: string[]): Promise<string> {
      const id = randomUUID();
      await run(
        `INSERT INTO buyer_group (id, site_id, code, name, description, is_default, created_at)
         VALUES (?, ?, ?, ?, '', false, now())`,
        [id, siteId, `g-${id.slice(0, 8)}`, name],
      );
      for (const accountId of accountIds) {
        await run('INSERT INTO account_buyer_group (id, account_id, buyer_group_id) VALUES (?, ?, ?)', [
          randomUUID(),
          accountId,
          id,
        ]);
      }
      return id;
    },

    async policy(spec: {
      name: string;
      groups: string[];
      categories?: string[];
      products?: string[];
      canBuy?: boolean;
      canSeePrice?: boolean;
      reason?: string;
    }): Promise<string> {
      const id = randomUUID();
      await run(
        `INSERT INTO entitlement_policy (id, site_id, name, description, can_view, can_buy, can_see_price,
                                         not_buyable_reason, active, created_at)
         VALUES (?, ?, ?, '', true, ?, ?, ?, true, now())`,
        [id, siteId, spec.name, spec.canBuy ?? true, spec.canSeePrice ?? true, spec.reason ?? null],
      );
      for (const group of spec.groups) {
        await run('INSERT INTO entitlement_policy_group (id, policy_id, buyer_group_id) VALUES (?, ?, ?)', [
          randomUUID(),
          id,
          group,
        ]);
      }
      for (const category of spec.categories ?? []) {
        await run('INSERT INTO entitlement_policy_item (id, policy_id, category_id) VALUES (?, ?, ?)', [
          randomUUID(),
          id,
          category,
        ]);
      }
      for (const product of spec.products ?? []) {
        await run('INSERT INTO entitlement_policy_item (id, policy_id, product_id) VALUES (?, ?, ?)', [
          randomUUID(),
          id,
          product,
        ]);
      }
      return id;
    },

    /** A group price book with entries (product id → price). */
    async groupBook(spec: {
      name: string;
      currency: string;
      group: string;
      priority?: number;
      prices: Record<string, string>;
    }): Promise<string> {
      const id = randomUUID();
      await run(
        `INSERT INTO price_book (id, site_id, name, currency, is_default, active, created_at, updated_at)
         VALUES (?, ?, ?, ?, false, true, now(), now())`,
        [id, siteId, spec.name, spec.currency],
      );
      await run(
        'INSERT INTO buyer_group_price_book (id, buyer_group_id, price_book_id, priority) VALUES (?, ?, ?, ?)',
        [randomUUID(), spec.group, id, spec.priority ?? 10],
      );
      for (const [productId, price] of Object.entries(spec.prices)) {
        await run(
          'INSERT INTO price_book_entry (id, price_book_id, product_id, unit_price) VALUES (?, ?, ?, ?)',
          [randomUUID(), id, productId, price],
        );
      }
      return id;
    },

    /** Makes the site's default book in `currency` derived from another book at a rate and rounding. */
    async deriveBook(bookId: string, sourceId: string, rate: string, rounding: string): Promise<void> {
      await run('DELETE FROM price_book_entry WHERE price_book_id = ?', [bookId]);
      await run('UPDATE price_book SET derived_from_id = ?, conversion_rate = ?, rounding = ? WHERE id = ?', [
        sourceId,
        rate,
        rounding,
        bookId,
      ]);
    },

    async product(spec: {
      categoryId: string;
      sku: string;
      name: string;
      listPrices: Record<string, string>;
      books: Record<string, string>;
      attributes?: Record<string, string>;
      bundlePricing?: 'INCLUDED' | 'SEPARATE';
    }): Promise<string> {
      const id = randomUUID();
      await run(
        `INSERT INTO product (id, site_id, category_id, sku, name, description, unit_of_measure, status, attributes,
                              bundle_pricing, created_at)
         VALUES (?, ?, ?, ?, ?, 'A test product', 'each', 'ACTIVE', ?::jsonb, ?, now())`,
        [
          id,
          siteId,
          spec.categoryId,
          spec.sku,
          spec.name,
          JSON.stringify(spec.attributes ?? {}),
          spec.bundlePricing ?? null,
        ],
      );
      for (const [currency, price] of Object.entries(spec.listPrices)) {
        await run(
          'INSERT INTO price_book_entry (id, price_book_id, product_id, unit_price) VALUES (?, ?, ?, ?)',
          [randomUUID(), spec.books[currency], id, price],
        );
      }
      return id;
    },

    async category(name: string, slug: string, parentId: string | null = null): Promise<string> {
      const id = randomUUID();
      await run(
        `INSERT INTO category (id, site_id, parent_id, name, slug, position) VALUES (?, ?, ?, ?, ?, 9)`,
        [id, siteId, parentId, name, slug],
      );
      return id;
    },

    async relate(productId: string, relatedId: string, kind = 'ACCESSORY'): Promise<void> {
      await run(
        'INSERT INTO product_relation (id, product_id, related_id, kind, position) VALUES (?, ?, ?, ?, 0)',
        [randomUUID(), productId, relatedId, kind],
      );
    },

    async bundleComponent(
      bundleId: string,
      componentId: string,
      quantity = 1,
      required = true,
    ): Promise<void> {
      await run(
        `INSERT INTO bundle_component (id, bundle_id, component_id, quantity, required, position)
         VALUES (?, ?, ?, ?, ?, 0)`,
        [randomUUID(), bundleId, componentId, quantity, required],
      );
    },

    async translation(productId: string, locale: string, name: string, description: string): Promise<void> {
      await run(
        'INSERT INTO product_translation (id, product_id, locale, name, description) VALUES (?, ?, ?, ?, ?)',
        [randomUUID(), productId, locale, name, description],
      );
    },

    async facet(code: string, label: string, values: string[]): Promise<void> {
      await run(
        `INSERT INTO catalog_facet (id, site_id, code, label, label_translations, "values", position)
         VALUES (?, ?, ?, ?, '{}', ?::jsonb, 0)`,
        [
          randomUUID(),
          siteId,
          code,
          label,
          JSON.stringify(values.map((v) => ({ code: v, label: v.toUpperCase(), labelTranslations: {} }))),
        ],
      );
    },

    async setAccount(accountId: string, currency: string, locale: string): Promise<void> {
      await run('UPDATE account SET currency = ?, locale = ? WHERE id = ?', [currency, locale, accountId]);
    },

    async allowLocales(locales: string[]): Promise<void> {
      await run('UPDATE site SET supported_locales = ?::text[] WHERE id = ?', [
        `{${locales.join(',')}}`,
        siteId,
      ]);
    },

    /** Everything the audit trail and price tables hold for the site, to compare before and after. */
    async snapshot(): Promise<string> {
      const tables = await Promise.all([
        run(
          `SELECT e.price_book_id, e.product_id, e.unit_price FROM price_book_entry e
             JOIN price_book b ON b.id = e.price_book_id WHERE b.site_id = ? ORDER BY 1, 2`,
          [siteId],
        ),
        run(
          `SELECT t.product_id, t.currency, t.mode, v.lower_bound, v.upper_bound, v.adjustment, v.value
             FROM volume_tier_table t LEFT JOIN volume_tier v ON v.table_id = t.id WHERE t.site_id = ? ORDER BY 1, 2, 4`,
          [siteId],
        ),
        run('SELECT * FROM promotion WHERE site_id = ? ORDER BY id', [siteId]),
        run('SELECT count(*) FROM audit_event WHERE site_id = ?', [siteId]),
        run('SELECT id, name, attributes, min_order_quantity FROM product WHERE site_id = ? ORDER BY id', [
          siteId,
        ]),
      ]);
      return JSON.stringify(tables);
    },
  };
}
