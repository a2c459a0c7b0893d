import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../errors.js';
import { decodeCursor, pageSize, toConnection, type Connection, type CursorValues } from '../pagination.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A cursor is client input: each value must fit its column, or the list refuses it (never a SQL error). */
function checkCursorValue(type: string, value: string | number): void {
  const ok =
    type === 'uuid'
      ? typeof value === 'string' && UUID.test(value)
      : type === 'timestamptz'
        ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))
        : type === 'int'
          ? typeof value === 'number' && Number.isSafeInteger(value)
          : typeof value === 'string' && !value.includes('\u0000');
  if (!ok) throw new BadUserInputError('The `after` cursor is not valid for this list.');
}

/**
 * One page of a list by keyset: `WHERE … AND (sort columns) > cursor ORDER BY … LIMIT first + 1`, plus
 * the filtered total. The sort columns must end in a unique column so every row has one place.
 */
export interface KeysetQuery<Row, Node> {
  /** `SELECT` list and `FROM` clause, e.g. `a.id, a.name` and `account a`. */
  select: string;
  from: string;
  /** Filter conditions (ANDed) with their `?` parameters, in order. */
  where: Array<{ sql: string; params?: unknown[] }>;
  /** Sort columns with the SQL type of their cursor value, e.g. [['a.name', 'text'], ['a.id', 'uuid']]. */
  orderBy: Array<[column: string, type: string]>;
  direction: 'ASC' | 'DESC';
  first: number | null | undefined;
  defaultSize: number;
  after: string | null | undefined;
  cursorOf: (row: Row) => CursorValues;
  nodeOf: (row: Row) => Node;
}

export async function keysetPage<Row, Node>(
  em: EntityManager,
  q: KeysetQuery<Row, Node>,
): Promise<Connection<Node>> {
  const size = pageSize(q.first, q.defaultSize);
  const filterSql = q.where.map((w) => w.sql).join(' AND ') || 'true';
  const filterParams = q.where.flatMap((w) => w.params ?? []);
  let pageSql = filterSql;
  const pageParams = [...filterParams];
  if (q.after) {
    const values = decodeCursor(q.after, q.orderBy.length);
    q.orderBy.forEach(([, type], i) => checkCursorValue(type, values[i]));
    const columns = q.orderBy.map(([column]) => column).join(', ');
    const placeholders = q.orderBy.map(([, type]) => `?::${type}`).join(', ');
    pageSql += ` AND (${columns}) ${q.direction === 'ASC' ? '>' : '<'} (${placeholders})`;
    pageParams.push(...values);
  }
  const order = q.orderBy.map(([column]) => `${column} ${q.direction}`).join(', ');
  const connection = em.getConnection();
  const [rows, [{ count }]] = await Promise.all([
    connection.execute<Row[]>(
      `SELECT ${q.select} FROM ${q.from} WHERE ${pageSql} ORDER BY ${order} LIMIT ?`,
      [...pageParams, size + 1],
    ),
    connection.execute<Array<{ count: string }>>(
      `SELECT count(*) FROM ${q.from} WHERE ${filterSql}`,
      filterParams,
    ),
  ]);
  return toConnection(rows, size, Number(count), q.cursorOf, q.nodeOf);
}
