import { describe, expect, it } from 'vitest';
import { statusesOfStoreName } from './orders-cache';

describe('statusesOfStoreName', () => {
  it('reads the statuses filter of a cached orders field', () => {
    expect(
      statusesOfStoreName(
        'orders({"after":null,"filter":{"statuses":["AWAITING_APPROVAL"]},"first":25,"sort":{"direction":"ASC","field":"PLACED_AT"}})',
      ),
    ).toEqual(['AWAITING_APPROVAL']);
  });

  it('is null for lists of every status, and for names it cannot read', () => {
    expect(statusesOfStoreName('orders({"first":20,"filter":{}})')).toBeNull();
    expect(statusesOfStoreName('orders({"filter":{"statuses":[]}})')).toBeNull();
    expect(statusesOfStoreName('orders')).toBeNull();
    expect(statusesOfStoreName('orders({not json})')).toBeNull();
  });
});
