/**
 * A small in-process cache whose entries are valid for one version of the data they were read from.
 * Reading with a newer version misses, so a change made anywhere (another instance, a script) is seen
 * as soon as the version moves. The oldest entries go first once `maxEntries` is reached.
 */
export class VersionedCache<V> {
  private readonly entries = new Map<string, { version: string; value: Promise<V> }>();

  constructor(private readonly maxEntries = 500) {}

  get(key: string, version: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    // A failed load is not kept.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
