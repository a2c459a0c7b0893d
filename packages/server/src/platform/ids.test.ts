import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from './ids.js';

const uuid = '0b8e6c2e-4a51-4c1b-9d53-2f7b1c0a9e11';

describe('opaque ids', () => {
  it('round-trips a typed id', () => {
    expect(fromGlobalId('Order', toGlobalId('Order', uuid))).toBe(uuid);
  });
  it('refuses an id of another type, garbage, and non-uuid keys', () => {
    expect(fromGlobalId('Account', toGlobalId('Order', uuid))).toBeNull();
    expect(fromGlobalId('Order', 'not-an-id')).toBeNull();
    expect(fromGlobalId('Order', toGlobalId('Order', "1' or 1=1"))).toBeNull();
    expect(fromGlobalId('Order', '')).toBeNull();
  });
});
