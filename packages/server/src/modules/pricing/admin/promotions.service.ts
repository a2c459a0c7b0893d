import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage } from '../../../platform/db/keyset-page.js';
import { sqlArray } from '../../../platform/db/sql.js';
import { inTransaction, type Sql } from '../../../platform/db/transaction.js';
import { StaleEdit, ValidationFailed } from '../../../platform/graphql-types.js';
import { fromGlobalId, toGlobalId } from '../../../platform/ids.js';
import { toDecimal } from '../../../platform/money.js';
import { recordAudit } from '../../audit/index.js';
import type { Viewer } from '../../identity/index.js';
import type { PromotionDiscountKind, PromotionStacking } from '../promotion.entity.js';
import {
  PromotionSaved,
  PromotionStatus,
  type PromotionNode,
  type SavePromotionInput,
} from './pricing-admin.types.js';
import { checkName, validatePromotionRules, type Problem } from './rules.js';

interface PromotionRow {
  id: string;
  name: string;
  name_translations: Record<string, string>;
  description: string;
  discount_kind: PromotionDiscountKind;
  percent: string | null;
  min_quantity: number | null;
  starts_at: string | null;
  ends_at: string | null;
  coupon_code: string | null;
  stacking: PromotionStacking;
  priority: number;
  active: boolean;
  updated_at: string;
  amounts: Array<{ currency: string; amount_off: string | null; min_order_amount: string | null }>;
  products: Array<{ id: string; sku: string; name: string }>;
  categories: Array<{ id: string; name: string }>;
  groups: Array<{ id: string; code: string; name: string; is_default: boolean; account_count: number }>;
}

const PROMOTION_COLUMNS = `pr.id, pr.name, pr.name_translations, pr.description, pr.discount_kind, pr.percent::text,
  pr.min_quantity, pr.starts_at, pr.ends_at, pr.coupon_code, pr.stacking, pr.priority, pr.active, pr.updated_at,
  COALESCE((SELECT json_agg(json_build_object('currency', c.currency, 'amount_off', c.amount_off::text,
                                              'min_order_amount', c.min_order_amount::text) ORDER BY c.currency)
              FROM promotion_currency c WHERE c.promotion_id = pr.id), '[]') AS amounts,
  COALESCE((SELECT json_agg(json_build_object('id', p.id, 'sku', p.sku, 'name', p.name) ORDER BY p.sku)
              FROM promotion_target t JOIN product p ON p.id = t.product_id WHERE t.promotion_id = pr.id), '[]') AS products,
  COALESCE((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name)
              FROM promotion_target t JOIN category c ON c.id = t.category_id WHERE t.promotion_id = pr.id), '[]') AS categories,
  COALESCE((SELECT json_agg(json_build_object('id', g.id, 'code', g.code, 'name', g.name, 'is_default', g.is_default,
                                              'account_count', (SELECT count(*) FROM account_buyer_group ag
                                                                 WHERE ag.buyer_group_id = g.id))
                            ORDER BY g.name)
              FROM promotion_buyer_group pg JOIN buyer_group g ON g.id = pg.buyer_group_id
             WHERE pg.promotion_id = pr.id), '[]') AS groups`;

const STATUS_SQL: Record<PromotionStatus, string> = {
  ACTIVE:
    'pr.active AND (pr.starts_at IS NULL OR pr.starts_at <= now()) AND (pr.ends_at IS NULL OR pr.ends_at > now())',
  SCHEDULED: 'pr.active AND pr.starts_at > now()',
  EXPIRED: 'pr.active AND pr.ends_at <= now()',
  INACTIVE: 'NOT pr.active',
};

/** Promotions of the site as pricing managers see and change them; every change is audited. */
export class PromotionsService {
  constructor(private readonly em: EntityManager) {}

  list(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; status?: PromotionStatus | null },
  ) {
    const where: Array<{ sql: string; params?: unknown[] }> = [
      { sql: 'pr.site_id = ?', params: [viewer.siteId] },
    ];
    if (args.status) where.push({ sql: STATUS_SQL[args.status] });
    return keysetPage(this.em, {
      select: PROMOTION_COLUMNS,
      from: 'promotion pr',
      where,
      orderBy: [
        ['pr.name', 'text'],
        ['pr.id', 'uuid'],
      ],
      direction: 'ASC',
      first: args.first,
      defaultSize: 50,
      after: args.after,
      cursorOf: (r: PromotionRow) => [r.name, r.id],
      nodeOf: toPromotionNode,
    });
  }

  async byGlobalId(viewer: Viewer, globalId: string): Promise<PromotionNode | null> {
    const id = fromGlobalId('Promotion', globalId);
    if (!id) return null;
    const [row] = await this.em
      .getConnection()
      .execute<PromotionRow[]>(
        `SELECT ${PROMOTION_COLUMNS} FROM promotion pr WHERE pr.site_id = ? AND pr.id = ?`,
        [viewer.siteId, id],
      );
    return row ? toPromotionNode(row) : null;
  }

  /** Creates or changes a promotion with its amounts, targets and groups, whole or not at all. */
  async save(viewer: Viewer, input: SavePromotionInput) {
    const problems: Problem[] = [];
    const name = checkName(input.name, 'name', 'The name', problems);
    const nameFr = input.nameFr?.trim()
      ? checkName(input.nameFr, 'nameFr', 'The French name', problems)
      : null;
    if (input.description.length > 1000)
      problems.push({ field: 'description', message: 'The description is limited to 1,000 characters.' });
    const couponCode = input.couponCode?.trim() ? input.couponCode.trim().toUpperCase() : null;
    const amounts = input.amounts.map((a) => ({
      currency: a.currency.trim().toUpperCase(),
      amountOff: a.amountOff?.trim() || null,
      minOrderAmount: a.minOrderAmount?.trim() || null,
    }));
    problems.push(
      ...validatePromotionRules({
        discountKind: input.discountKind,
        percent: input.percent?.trim() || null,
        amounts,
        minQuantity: input.minQuantity ?? null,
        startsAt: input.startsAt ?? null,
        endsAt: input.endsAt ?? null,
        couponCode,
        priority: input.priority,
        targetCount: input.productSkus.length + input.categoryIds.length,
      }),
    );
    const id = input.id ? fromGlobalId('Promotion', input.id) : null;
    if (input.id && !id) problems.push({ field: 'id', message: 'There is no such promotion on this site.' });
    if (id && !input.expectedUpdatedAt) {
      problems.push({
        field: 'expectedUpdatedAt',
        message: 'Send the updatedAt you read, so a stale edit can be refused.',
      });
    }
    const categoryIds = input.categoryIds.map((c) => fromGlobalId('Category', c));
    const groupIds = input.buyerGroupIds.map((g) => fromGlobalId('BuyerGroup', g));
    const skus = [...new Set(input.productSkus.map((s) => s.trim()))];
    if (skus.length > 500)
      problems.push({
        field: 'productSkus',
        message: 'A promotion targets at most 500 products; use categories.',
      });

    return inTransaction(this.em, async (sql) => {
      const [existing] = id
        ? await sql<PromotionRow>(
            `SELECT ${PROMOTION_COLUMNS} FROM promotion pr WHERE pr.id = ? AND pr.site_id = ? FOR UPDATE`,
            [id, viewer.siteId],
          )
        : [];
      if (id && !existing)
        problems.push({ field: 'id', message: 'There is no such promotion on this site.' });
      const products = skus.length
        ? await sql<{ id: string; sku: string }>(
            'SELECT id, sku FROM product WHERE site_id = ? AND sku = ANY(?::text[])',
            [viewer.siteId, sqlArray(skus)],
          )
        : [];
      const missing = skus.filter((s) => !products.some((p) => p.sku === s));
      if (missing.length)
        problems.push({
          field: 'productSkus',
          message: `Unknown SKU${missing.length > 1 ? 's' : ''}: ${missing.slice(0, 10).join(', ')}.`,
        });
      await checkAllOnSite(sql, 'category', categoryIds, viewer.siteId, 'categoryIds', 'category', problems);
      await checkAllOnSite(
        sql,
        'buyer_group',
        groupIds,
        viewer.siteId,
        'buyerGroupIds',
        'buyer group',
        problems,
      );
      if (problems.length || !name) return new ValidationFailed(problems);
      if (existing && new Date(existing.updated_at).getTime() !== input.expectedUpdatedAt!.getTime())
        return new StaleEdit();

      const promotionId = id ?? (await sql<{ id: string }>('SELECT gen_random_uuid() AS id'))[0]!.id;
      const values = [
        name,
        JSON.stringify(nameFr ? { 'fr-CA': nameFr } : {}),
        input.description.trim(),
        input.discountKind,
        input.discountKind === 'PERCENT' ? toDecimal(input.percent!.trim()).toFixed(4) : null,
        input.minQuantity ?? null,
        input.startsAt ?? null,
        input.endsAt ?? null,
        couponCode,
        input.stacking,
        input.priority,
        input.active,
      ];
      if (existing) {
        await sql(
          `UPDATE promotion SET name = ?, name_translations = ?::jsonb, description = ?, discount_kind = ?, percent = ?,
                  min_quantity = ?, starts_at = ?, ends_at = ?, coupon_code = ?, stacking = ?, priority = ?, active = ?,
                  updated_at = now() WHERE id = ?`,
          [...values, promotionId],
        );
        for (const table of ['promotion_currency', 'promotion_target', 'promotion_buyer_group']) {
          await sql(`DELETE FROM ${table} WHERE promotion_id = ?`, [promotionId]);
        }
      } else {
        await sql(
          `INSERT INTO promotion (id, site_id, name, name_translations, description, discount_kind, percent, min_quantity,
                                  starts_at, ends_at, coupon_code, stacking, priority, active, created_at, updated_at)
           VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())`,
          [promotionId, viewer.siteId, ...values],
        );
      }
      for (const a of amounts.filter((x) => x.amountOff || x.minOrderAmount)) {
        await sql(
          `INSERT INTO promotion_currency (id, promotion_id, currency, amount_off, min_order_amount)
           VALUES (gen_random_uuid(), ?, ?, ?, ?)`,
          [promotionId, a.currency, input.discountKind === 'AMOUNT' ? a.amountOff : null, a.minOrderAmount],
        );
      }
      for (const p of products) {
        await sql(
          'INSERT INTO promotion_target (id, promotion_id, product_id) VALUES (gen_random_uuid(), ?, ?)',
          [promotionId, p.id],
        );
      }
      for (const c of new Set(categoryIds)) {
        await sql(
          'INSERT INTO promotion_target (id, promotion_id, category_id) VALUES (gen_random_uuid(), ?, ?)',
          [promotionId, c],
        );
      }
      for (const g of new Set(groupIds)) {
        await sql(
          'INSERT INTO promotion_buyer_group (id, promotion_id, buyer_group_id) VALUES (gen_random_uuid(), ?, ?)',
          [promotionId, g],
        );
      }
      const [row] = await sql<PromotionRow>(`SELECT ${PROMOTION_COLUMNS} FROM promotion pr WHERE pr.id = ?`, [
        promotionId,
      ]);
      const node = toPromotionNode(row!);
      await recordAudit(sql, {
        siteId: viewer.siteId,
        actorId: viewer.userId,
        action: existing ? 'promotion.update' : 'promotion.create',
        subjectType: 'Promotion',
        subjectId: promotionId,
        summary: `${existing ? 'Changed' : 'Created'} promotion “${name}”`,
        before: existing ? snapshot(toPromotionNode(existing)) : null,
        after: snapshot(node),
      });
      return Object.assign(new PromotionSaved(), { promotion: node });
    });
  }
}

async function checkAllOnSite(
  sql: Sql,
  table: 'category' | 'buyer_group',
  ids: Array<string | null>,
  siteId: string,
  field: string,
  label: string,
  problems: Problem[],
): Promise<void> {
  if (ids.some((id) => id === null)) {
    problems.push({ field, message: `A ${label} is not valid.` });
    return;
  }
  const wanted = [...new Set(ids as string[])];
  if (!wanted.length) return;
  const found = await sql<{ id: string }>(
    `SELECT id FROM ${table} WHERE site_id = ? AND id = ANY(?::uuid[])`,
    [siteId, sqlArray(wanted)],
  );
  if (found.length !== wanted.length) problems.push({ field, message: `A ${label} is not on this site.` });
}

function snapshot(node: PromotionNode) {
  const { dbId: _dbId, status: _status, updatedAt: _updatedAt, ...rest } = node;
  return rest;
}

function statusOf(row: PromotionRow, now = new Date()): PromotionStatus {
  if (!row.active) return PromotionStatus.INACTIVE;
  if (row.starts_at && new Date(row.starts_at) > now) return PromotionStatus.SCHEDULED;
  if (row.ends_at && new Date(row.ends_at) <= now) return PromotionStatus.EXPIRED;
  return PromotionStatus.ACTIVE;
}

function toPromotionNode(row: PromotionRow): PromotionNode {
  const amount = (value: string | null) => (value === null ? null : toDecimal(value).toFixed(2));
  return {
    dbId: row.id,
    id: toGlobalId('Promotion', row.id),
    name: row.name,
    nameFr: row.name_translations?.['fr-CA'] ?? null,
    description: row.description,
    discountKind: row.discount_kind,
    percent: row.percent === null ? null : toDecimal(row.percent).toString(),
    amounts: row.amounts.map((a) => ({
      currency: a.currency,
      amountOff: amount(a.amount_off),
      minOrderAmount: amount(a.min_order_amount),
    })),
    minQuantity: row.min_quantity,
    startsAt: row.starts_at ? new Date(row.starts_at) : null,
    endsAt: row.ends_at ? new Date(row.ends_at) : null,
    couponCode: row.coupon_code,
    stacking: row.stacking,
    priority: row.priority,
    active: row.active,
    status: statusOf(row),
    products: row.products.map((p) => ({ id: toGlobalId('Product', p.id), sku: p.sku, name: p.name })),
    categories: row.categories.map((c) => ({ id: toGlobalId('Category', c.id), name: c.name })),
    buyerGroups: row.groups.map((g) => ({
      id: toGlobalId('BuyerGroup', g.id),
      code: g.code,
      name: g.name,
      isDefault: g.is_default,
      accountCount: Number(g.account_count),
    })),
    updatedAt: new Date(row.updated_at),
  };
}
