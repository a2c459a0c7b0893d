import type { AbstractSqlConnection, Knex, Transaction } from '@mikro-orm/postgresql';
/**
 * A PostgreSQL array literal for one `?::uuid[]` / `?::text[]` parameter. (The ORM's raw queries expand
 * a JS array parameter into a list, so arrays are passed as one literal string instead.)
 */
export function sqlArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** Parameters longer than this go to PostgreSQL bound, not written into the statement's text. */
const BIND_ABOVE_CHARS = 16_384;

/**
 * Runs one statement and returns its rows. The ORM writes parameters into the SQL text, escaping them
 * character by character; for a large one (a bulk insert's JSON of 2,000 order lines, a megabyte) that
 * costs more than the insert itself, so such a statement is sent with bound parameters instead. Either
 * way it goes through the ORM's query log (statement counts and timings stay true).
 */
export async function executeSql<Row>(
  connection: AbstractSqlConnection,
  statement: string,
  params: unknown[] = [],
  ctx?: Transaction,
): Promise<Row[]> {
  if (!params.some((p) => typeof p === 'string' && p.length > BIND_ABOVE_CHARS)) {
    return connection.execute<Row[]>(statement, params, 'all', ctx);
  }
  // executeQuery is the ORM's own timing and logging wrapper (protected in its typings).
  const logged = connection as unknown as {
    executeQuery<T>(query: string, run: () => Promise<T>, context?: object): Promise<T>;
  };
  return logged.executeQuery(
    statement,
    async () => {
      const query = connection.getKnex().raw(statement, params as Knex.RawBinding[]);
      if (ctx) query.transacting(ctx);
      return ((await query) as { rows: Row[] }).rows;
    },
    { query: statement, params: ['(bound)'] },
  );
}
