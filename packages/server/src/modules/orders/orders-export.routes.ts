import type { MikroORM } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import express, { type Request } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../../platform/config.js';
import { sqlArray } from '../../platform/db/sql.js';
import { money } from '../../platform/money.js';
import { readCookie } from '../identity/identity.resolver.js';
import { SESSION_COOKIE, SessionsService } from '../identity/index.js';
import { OrderStatus } from './domain/order-status.js';
import { OrderSortField, SortDirection, type OrderFilter, type OrderSort } from './order.types.js';
import { OrdersService, type OrderRow } from './orders.service.js';

const COLUMNS = [
  'number',
  'placed_at',
  'status',
  'placed_by',
  'on_behalf',
  'po_number',
  'payment',
  'total',
  'currency',
  'lines',
  'ship_to',
];

/** Most rows one export writes. */
const MAX_ROWS = 100_000;

class BadQuery extends Error {}

/**
 * Order history as CSV: `GET /api/exports/orders.csv` with the filters of the `orders` query as query
 * parameters (search, statuses=A,B, placedFrom, placedBefore, placedById, shipToId, sort, direction),
 * for the viewer's effective account only, authenticated by the session cookie like the portal.
 */
export function ordersExportRoutes(orm: MikroORM, config: Config): express.Router {
  const router = express.Router();
  router.get('/exports/orders.csv', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const viewer = await new SessionsService(em, config.sessionHours).resolveViewer(
        readCookie(req.headers.cookie, SESSION_COOKIE),
      );
      if (!viewer) {
        res.status(401).json({ error: 'Sign in to use this.' });
        return;
      }
      if (!viewer.effectiveAccountId) {
        res.status(400).json({ error: 'Choose an account to export its orders.' });
        return;
      }
      let args: { filter: OrderFilter; search: string | null; sort: OrderSort };
      try {
        args = readQuery(req);
      } catch (error) {
        if (error instanceof BadQuery) {
          res.status(400).json({ error: error.message });
          return;
        }
        throw error;
      }
      const batches = new OrdersService(em).allMatching(viewer, args);
      let first: IteratorResult<OrderRow[]>;
      try {
        first = await batches.next();
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
          res.status(400).json({ error: error.message });
          return;
        }
        throw error;
      }
      res
        .type('text/csv; charset=utf-8')
        .attachment(`${viewer.siteCode}-orders-${new Date().toISOString().slice(0, 10)}.csv`);
      res.write(stringify([COLUMNS]));
      let written = 0;
      for (let batch = first; !batch.done; batch = await batches.next()) {
        const rows = batch.value.slice(0, MAX_ROWS - written);
        res.write(stringify(await csvRows(em, rows)));
        written += rows.length;
        if (written >= MAX_ROWS) break;
      }
      res.end();
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  });
  return router;
}

function readQuery(req: Request): { filter: OrderFilter; search: string | null; sort: OrderSort } {
  const text = (name: string): string | null => {
    const value = req.query[name];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string') throw new BadQuery(`Send ${name} once.`);
    return value;
  };
  const date = (name: string): Date | null => {
    const value = text(name);
    if (value === null) return null;
    const parsed = new Date(value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(parsed.getTime()))
      throw new BadQuery(`${name} must be an ISO 8601 date or instant.`);
    return parsed;
  };
  const statuses = (text('statuses') ?? '')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const unknown = statuses.filter((s) => !(Object.values(OrderStatus) as string[]).includes(s));
  if (unknown.length) throw new BadQuery(`Unknown status: ${unknown[0]!.slice(0, 40)}.`);
  const field = (text('sort') ?? OrderSortField.PLACED_AT).toUpperCase();
  if (!(Object.values(OrderSortField) as string[]).includes(field))
    throw new BadQuery('sort is PLACED_AT, TOTAL or NUMBER.');
  const direction = (text('direction') ?? SortDirection.DESC).toUpperCase();
  if (direction !== 'ASC' && direction !== 'DESC') throw new BadQuery('direction is ASC or DESC.');
  return {
    search: text('search'),
    filter: {
      statuses: statuses as OrderStatus[],
      placedFrom: date('placedFrom'),
      placedBefore: date('placedBefore'),
      placedById: text('placedById'),
      shipToId: text('shipToId'),
    },
    sort: { field: field as OrderSortField, direction: direction as SortDirection },
  };
}

/** A spreadsheet must not run a cell as a formula: text starting with = + - @ is prefixed with '. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

async function csvRows(em: ReturnType<MikroORM['em']['fork']>, rows: OrderRow[]): Promise<string[][]> {
  if (!rows.length) return [];
  const extra = await em
    .getConnection()
    .execute<Array<{ id: string; placed_by: string; on_behalf: boolean; ship_to: string | null }>>(
      `SELECT o.id, u.name AS placed_by,
            NOT (u.roles && '{BUYER,BUYER_ADMIN,PARTNER_USER,PARTNER_MANAGER}'::text[]) AS on_behalf,
            COALESCE((SELECT string_agg(g.address_label, '; ' ORDER BY g.position) FROM order_delivery_group g
                       WHERE g.order_id = o.id), a.label) AS ship_to
       FROM customer_order o JOIN app_user u ON u.id = o.placed_by_id LEFT JOIN address a ON a.id = o.ship_to_id
      WHERE o.id = ANY(?::uuid[])`,
      [sqlArray(rows.map((r) => r.id))],
    );
  const byId = new Map(extra.map((e) => [e.id, e]));
  return rows.map((r) => {
    const e = byId.get(r.id);
    return [
      r.number,
      new Date(r.placed_at).toISOString(),
      r.status,
      e?.placed_by ?? '',
      e?.on_behalf ? 'true' : 'false',
      r.po_number,
      r.payment_method,
      money(r.total, r.currency).amount,
      r.currency,
      r.line_count,
      e?.ship_to ?? null,
    ].map(cell);
  });
}
