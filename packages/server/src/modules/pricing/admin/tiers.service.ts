import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../../../platform/db/transaction.js';
import { StaleEdit, ValidationFailed } from '../../../platform/graphql-types.js';
import { toGlobalId } from '../../../platform/ids.js';
import { toDecimal } from '../../../platform/money.js';
import { recordAudit } from '../../audit/index.js';
import type { Viewer } from '../../identity/index.js';
import type { TierAdjustmentKind, TierMode } from '../volume-tier.entity.js';
import {
  VolumeTiersSaved,
  type SaveVolumeTiersInput,
  type VolumeTierTableAdminNode,
} from './pricing-admin.types.js';
import { checkCurrency, validateTierInputs, type Problem } from './rules.js';

interface TierRow {
  lower_bound: number;
  upper_bound: number | null;
  adjustment: TierAdjustmentKind;
  value: string;
}

/** Volume tier tables (per product and currency) as pricing managers see and replace them. */
export class TiersService {
  constructor(private readonly em: EntityManager) {}

  async table(viewer: Viewer, sku: string, currency: string): Promise<VolumeTierTableAdminNode | null> {
    const [product] = await this.em
      .getConnection()
      .execute<Array<{ id: string; sku: string; name: string }>>(
        'SELECT id, sku, name FROM product WHERE site_id = ? AND sku = ?',
        [viewer.siteId, sku.trim().slice(0, 100)],
      );
    if (!product || !/^[A-Z]{3}$/.test(currency)) return null;
    const [table] = await this.em
      .getConnection()
      .execute<Array<{ id: string; mode: TierMode; updated_at: string }>>(
        'SELECT id, mode, updated_at FROM volume_tier_table WHERE product_id = ? AND currency = ?',
        [product.id, currency],
      );
    const tiers = table
      ? await this.em
          .getConnection()
          .execute<TierRow[]>(
            'SELECT lower_bound, upper_bound, adjustment, value::text FROM volume_tier WHERE table_id = ? ORDER BY lower_bound',
            [table.id],
          )
      : [];
    return toTableNode(
      product,
      currency,
      table?.mode ?? ('SLAB' as TierMode),
      tiers,
      table ? new Date(table.updated_at) : null,
    );
  }

  /** Replaces a product's tiers in a currency, whole or not at all (an empty list removes them). */
  async save(viewer: Viewer, input: SaveVolumeTiersInput) {
    const problems: Problem[] = [];
    const currency = checkCurrency(input.currency, 'currency', problems);
    problems.push(...validateTierInputs(input.tiers));
    return inTransaction(this.em, async (sql) => {
      const [product] = await sql<{ id: string; sku: string; name: string }>(
        'SELECT id, sku, name FROM product WHERE site_id = ? AND sku = ?',
        [viewer.siteId, input.sku.trim().slice(0, 100)],
      );
      if (!product)
        problems.push({ field: 'sku', message: `No product with SKU ${input.sku.trim().slice(0, 100)}.` });
      if (problems.length || !product || !currency) return new ValidationFailed(problems);
      const [existing] = await sql<{ id: string; mode: TierMode; updated_at: string }>(
        'SELECT id, mode, updated_at FROM volume_tier_table WHERE product_id = ? AND currency = ? FOR UPDATE',
        [product.id, currency],
      );
      const expected = input.expectedUpdatedAt?.getTime() ?? null;
      if ((existing ? new Date(existing.updated_at).getTime() : null) !== expected) return new StaleEdit();
      const before = existing
        ? await sql<TierRow>(
            'SELECT lower_bound, upper_bound, adjustment, value::text FROM volume_tier WHERE table_id = ? ORDER BY lower_bound',
            [existing.id],
          )
        : [];
      if (existing) await sql('DELETE FROM volume_tier_table WHERE id = ?', [existing.id]);
      let updatedAt: Date | null = null;
      if (input.tiers.length) {
        const [table] = await sql<{ id: string; updated_at: string }>(
          `INSERT INTO volume_tier_table (id, site_id, product_id, currency, mode, updated_at)
           VALUES (gen_random_uuid(), ?, ?, ?, ?, now())
           ON CONFLICT (product_id, currency) DO NOTHING RETURNING id, updated_at`,
          [viewer.siteId, product.id, currency, input.mode],
        );
        // Someone created this table at the same moment: theirs stands, this edit is stale.
        if (!table) return new StaleEdit();
        updatedAt = new Date(table!.updated_at);
        for (const tier of input.tiers) {
          await sql(
            `INSERT INTO volume_tier (id, table_id, lower_bound, upper_bound, adjustment, value)
             VALUES (gen_random_uuid(), ?, ?, ?, ?, ?)`,
            [
              table!.id,
              tier.lowerBound,
              tier.upperBound,
              tier.adjustment,
              toDecimal(tier.value.trim()).toFixed(4),
            ],
          );
        }
      }
      const describe = (rows: Array<{ lowerBound?: number; lower_bound?: number }>) =>
        `${rows.length} tier${rows.length === 1 ? '' : 's'}`;
      await recordAudit(sql, {
        siteId: viewer.siteId,
        actorId: viewer.userId,
        action: input.tiers.length ? 'tiers.replace' : 'tiers.remove',
        subjectType: 'Product',
        subjectId: product.id,
        summary: `Volume tiers of ${product.sku} in ${currency}: ${describe(before)} → ${describe(input.tiers)}`,
        before: existing ? { mode: existing.mode, tiers: before } : null,
        after: input.tiers.length ? { mode: input.mode, tiers: input.tiers } : null,
      });
      const tiers = input.tiers
        .map((t) => ({
          lower_bound: t.lowerBound,
          upper_bound: t.upperBound,
          adjustment: t.adjustment,
          value: t.value.trim(),
        }))
        .sort((a, b) => a.lower_bound - b.lower_bound);
      return Object.assign(new VolumeTiersSaved(), {
        table: toTableNode(product, currency, input.mode, tiers, updatedAt),
      });
    });
  }
}

function toTableNode(
  product: { id: string; sku: string; name: string },
  currency: string,
  mode: TierMode,
  tiers: TierRow[],
  updatedAt: Date | null,
): VolumeTierTableAdminNode {
  return {
    productId: toGlobalId('Product', product.id),
    sku: product.sku,
    productName: product.name,
    currency,
    mode,
    tiers: tiers.map((t) => ({
      lowerBound: t.lower_bound,
      upperBound: t.upper_bound,
      adjustment: t.adjustment,
      value: toDecimal(t.value).toString(),
    })),
    updatedAt,
  };
}
