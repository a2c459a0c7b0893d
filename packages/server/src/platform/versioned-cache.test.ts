import { describe, expect, it } from 'vitest';
import { VersionedCache } from './versioned-cache.js';

describe('VersionedCache', () => {
  it('loads once per key and version, and again when the version moves', async () => {
    const cache = new VersionedCache<number>();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', '1', load)).toBe(1);
    expect(await cache.get('a', '1', load)).toBe(1);
    expect(await cache.get('a', '2', load)).toBe(2);
    expect(await cache.get('b', '2', load)).toBe(3);
  });

  it('does not keep a failed load', async () => {
    const cache = new VersionedCache<number>();
    await expect(cache.get('a', '1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', '1', async () => 7)).toBe(7);
  });

  it('drops the oldest entries beyond its size', async () => {
    const cache = new VersionedCache<string>(2);
    let loads = 0;
    const load = async () => `v${++loads}`;
    await cache.get('a', '1', load);
    await cache.get('b', '1', load);
    await cache.get('c', '1', load);
    expect(await cache.get('a', '1', load)).toBe('v4');
    expect(await cache.get('c', '1', load)).toBe('v3');
  });
});
