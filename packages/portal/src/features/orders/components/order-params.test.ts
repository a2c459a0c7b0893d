import { describe, expect, it } from 'vitest';
import { dayRangeToInstants } from '../../../ui';
import {
  emptyOrderList,
  orderExportHref,
  orderFilterCount,
  orderListParams,
  orderListVariables,
  parseOrderList,
} from './order-params';

// Toronto in winter: local midnight is 05:00 UTC.
const toronto: typeof dayRangeToInstants = (from, to) => dayRangeToInstants(from, to, () => 300);

describe('order list URL state', () => {
  it('reads every part and drops what is not valid', () => {
    const state = parseOrderList(
      new URLSearchParams(
        'q=CO-5&status=shipped,NOPE&from=2026-02-30&to=2026-03-31&by=VXNlcjox&shipTo=<x>&sort=odd',
      ),
    );
    expect(state).toEqual({
      q: 'CO-5',
      statuses: ['SHIPPED'],
      from: '',
      to: '2026-03-31',
      by: 'VXNlcjox',
      shipTo: '',
      sort: 'newest',
    });
  });

  it('writes only what differs from the defaults, and reads it back the same', () => {
    expect(orderListParams(emptyOrderList).toString()).toBe('');
    const state = {
      ...emptyOrderList,
      q: ' beans ',
      statuses: ['PLACED' as const],
      sort: 'total-desc' as const,
    };
    const written = orderListParams(state);
    expect(written.toString()).toBe('q=beans&status=PLACED&sort=total-desc');
    expect(parseOrderList(written)).toEqual({ ...state, q: 'beans' });
  });

  it('counts filters, not the search or the sort', () => {
    expect(orderFilterCount({ ...emptyOrderList, q: 'x', sort: 'oldest' })).toBe(0);
    expect(
      orderFilterCount({ ...emptyOrderList, statuses: ['PLACED', 'SHIPPED'], by: 'u', shipTo: 'a' }),
    ).toBe(3);
  });

  it('turns the state into query variables', () => {
    expect(
      orderListVariables(
        {
          ...emptyOrderList,
          q: ' 42 ',
          from: '2026-01-01',
          to: '2026-01-31',
          shipTo: 'QWRk',
          sort: 'oldest',
        },
        toronto,
      ),
    ).toEqual({
      search: '42',
      filter: {
        placedFrom: '2026-01-01T05:00:00.000Z',
        placedBefore: '2026-02-01T05:00:00.000Z',
        shipToId: 'QWRk',
      },
      sort: { field: 'PLACED_AT', direction: 'ASC' },
    });
    expect(orderListVariables(emptyOrderList).filter).toEqual({});
  });

  it('builds the CSV export link with the same filters and sort', () => {
    const href = orderExportHref(
      { ...emptyOrderList, q: 'a&b', statuses: ['PLACED', 'SHIPPED'], from: '2026-01-01', by: 'VXNlcjox' },
      toronto,
    );
    const url = new URL(href, 'https://portal.example');
    expect(url.pathname).toBe('/api/exports/orders.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      search: 'a&b',
      statuses: 'PLACED,SHIPPED',
      placedFrom: '2026-01-01T05:00:00.000Z',
      placedById: 'VXNlcjox',
      sort: 'PLACED_AT',
      direction: 'DESC',
    });
  });
});
