import { describe, expect, it } from 'vitest';
import { parseStatuses } from './order-status';

describe('parseStatuses', () => {
  it('reads comma-separated and repeated values, in canonical order, dropping unknown ones', () => {
    expect(parseStatuses(['shipped,PLACED', 'NOPE', 'DELIVERED'])).toEqual([
      'PLACED',
      'SHIPPED',
      'DELIVERED',
    ]);
    expect(parseStatuses([])).toEqual([]);
  });
});
