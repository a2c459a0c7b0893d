import type { EntityManager } from '@mikro-orm/postgresql';

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
    const sql: Sql = <Row>(statement: string, params: unknown[] = []) =>
      connection.execute<Row[]>(statement, params, 'all', context);
    return work(sql);
  });
}
