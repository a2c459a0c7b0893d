import DataLoader from 'dataloader';

/**
 * A per-request batch loader: every key asked for in one tick is loaded with one query.
 * `load` returns rows; `keyOf` tells which key a row belongs to. Missing keys resolve to `missing`.
 */
export function batchLoader<Row, Value>(
  load: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  valueOf: (rows: Row[]) => Value,
): DataLoader<string, Value> {
  return new DataLoader<string, Value>(
    async (keys) => {
      const rows = await load(keys);
      const byKey = new Map<string, Row[]>();
      for (const row of rows) {
        const key = keyOf(row);
        const list = byKey.get(key);
        if (list) list.push(row);
        else byKey.set(key, [row]);
      }
      return keys.map((key) => valueOf(byKey.get(key) ?? []));
    },
    { maxBatchSize: 1000 },
  );
}
