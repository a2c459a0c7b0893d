import type { EntityManager } from '@mikro-orm/postgresql';
import { executeSql } from './sql.js';

/** Runs one SQL statement inside the current transaction; returns its rows. */
export type Sql = <Row = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<Row[]>;

/**
 * Runs `work` in one database transaction: it commits whole or not at all (any throw rolls it back).
 * `sql` sends statements on the transaction's connection.
 */
export async function inTransaction<T>(em: EntityManager, work: (sql: Sql) => Promise<T>): Promise<T> {
  return em.fork().transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    // One connection runs one statement at a time: statements started together (Promise.all) queue here
    // rather than in the driver, which is deprecated there.
    let previous: Promise<unknown> = Promise.resolve();
    const sql: Sql = <Row>(statement: string, params: unknown[] = []) => {
      const run = () => executeSql<Row>(connection, statement, params, context);
      const result = previous.then(run, run);
      previous = result.catch(() => undefined);
      return result;
    };
    return work(sql);
  });
}
