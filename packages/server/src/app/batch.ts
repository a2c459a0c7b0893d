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

/**
 * The first page of a child list for many parents at once (e.g. the first 5 lines of 100 orders):
 * `load(parentIds, size)` returns up to `size` rows per parent (a window function does it in one
 * query); rows are grouped by `parentOf`. Key: `${parentId}:${size}`.
 */
export function firstPageLoader<Row>(
  load: (parentIds: string[], size: number) => Promise<Row[]>,
  parentOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(async (keys) => {
    const parentsBySize = new Map<number, string[]>();
    for (const key of keys) {
      const [parentId, size] = key.split(':');
      const parents = parentsBySize.get(Number(size)) ?? [];
      parents.push(parentId);
      parentsBySize.set(Number(size), parents);
    }
    const found = new Map<string, Row[]>();
    for (const [size, parentIds] of parentsBySize) {
      for (const row of await load(parentIds, size)) {
        const key = `${parentOf(row)}:${size}`;
        const rows = found.get(key) ?? [];
        rows.push(row);
        found.set(key, rows);
      }
    }
    return keys.map((key) => found.get(key) ?? []);
  });
}
