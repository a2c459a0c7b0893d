import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, firstPageLoader } from '../../app/batch.js';
import { isSellerSide, type Role } from '../identity/index.js';
import type { OrderActor } from './order.types.js';
import { LINE_COLUMNS, type OrderLineRow } from './orders.service.js';
import { sqlArray } from '../../platform/db/sql.js';

/** Batch loaders for fields under orders already reached through a scoped query. */
export function orderLoaders(em: EntityManager) {
  const connection = em.getConnection();
  return {
    actorById: batchLoader(
      (ids) =>
        connection.execute<Array<{ id: string; name: string; roles: Role[] }>>(
          'SELECT id, name, roles FROM app_user WHERE id = ANY(?::uuid[])',
          [sqlArray(ids)],
        ),
      (row) => row.id,
      (rows): OrderActor => ({
        name: rows[0]?.name ?? 'Unknown',
        onBehalf: rows[0] ? isSellerSide(rows[0].roles) : false,
      }),
    ),
    /** The first `size` lines of many orders in one query; key: `${orderId}:${size}`. */
    firstLines: firstPageLoader(
      (orderIds, size) =>
        connection.execute<OrderLineRow[]>(
          `SELECT * FROM (
             SELECT ${LINE_COLUMNS}, row_number() OVER (PARTITION BY l.order_id ORDER BY l.line_number) AS position
               FROM order_line l JOIN customer_order o ON o.id = l.order_id
              WHERE l.order_id = ANY(?::uuid[])) numbered
            WHERE position <= ? ORDER BY order_id, line_number`,
          [sqlArray(orderIds), size],
        ),
      (row) => row.order_id,
    ),
  };
}
