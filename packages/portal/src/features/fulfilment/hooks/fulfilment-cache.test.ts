import { InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fulfilmentPath, stageFromParam, stageParam } from '../fulfilment-paths';
import { orderMovedInQueue, queueChange, stageOfStoreName } from './fulfilment-cache';

describe('stageOfStoreName', () => {
  it('reads the stage of a cached ordersToFulfil field; TO_SHIP when not given or unreadable', () => {
    expect(stageOfStoreName('ordersToFulfil({"first":20,"search":null,"stage":"IN_TRANSIT"})')).toBe(
      'IN_TRANSIT',
    );
    expect(stageOfStoreName('ordersToFulfil({"first":20,"stage":"TO_SHIP"})')).toBe('TO_SHIP');
    expect(stageOfStoreName('ordersToFulfil({"first":3,"search":"CO-1"})')).toBe('TO_SHIP');
    expect(stageOfStoreName('ordersToFulfil')).toBe('TO_SHIP');
    expect(stageOfStoreName('ordersToFulfil({not json})')).toBe('TO_SHIP');
  });
});

describe('queueChange', () => {
  it('drops an order from the stage it left, reads again a stage it may have joined', () => {
    expect(queueChange('IN_TRANSIT', true, 'DELIVERED')).toBe('drop-order');
    expect(queueChange('TO_SHIP', true, 'SHIPPED')).toBe('drop-order');
    expect(queueChange('IN_TRANSIT', false, 'SHIPPED')).toBe('read-again');
    expect(queueChange('TO_SHIP', true, 'PARTLY_SHIPPED')).toBe('keep');
    expect(queueChange('TO_SHIP', false, 'DELIVERED')).toBe('keep');
    // Counts without rows: read again.
    expect(queueChange('IN_TRANSIT', null, 'DELIVERED')).toBe('read-again');
  });
});

describe('the stage in the URL', () => {
  it('leaves the default out and reads anything unknown as the default', () => {
    expect(fulfilmentPath('coffee')).toBe('/coffee/admin/fulfilment');
    expect(fulfilmentPath('coffee', 'IN_TRANSIT')).toBe('/coffee/admin/fulfilment?stage=in-transit');
    expect(stageFromParam(stageParam('IN_TRANSIT'))).toBe('IN_TRANSIT');
    expect(stageFromParam(null)).toBe('TO_SHIP');
    expect(stageFromParam('shipped')).toBe('TO_SHIP');
  });
});

// Plain strings, not tagged templates: the portal's codegen would take tagged ones for its documents.
const Queue = parse(`
  query Queue($stage: FulfilmentStage) {
    ordersToFulfil(first: 20, stage: $stage) {
      totalCount
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);

const Counts = parse(`
  query Counts {
    inTransit: ordersToFulfil(first: 1, stage: IN_TRANSIT) {
      totalCount
    }
  }
`);

function queue(ids: Array<[string, string]>) {
  return {
    ordersToFulfil: {
      __typename: 'OrderConnection',
      totalCount: ids.length + 5,
      edges: ids.map(([id, status]) => ({
        __typename: 'OrderEdge',
        node: { __typename: 'Order', id, status },
      })),
    },
  };
}

describe('orderMovedInQueue', () => {
  it('takes a delivered order out of the orders awaiting delivery, and drops the counts', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({
      query: Queue,
      variables: { stage: 'IN_TRANSIT' },
      data: queue([
        ['a', 'SHIPPED'],
        ['b', 'SHIPPED'],
      ]),
    });
    cache.writeQuery({
      query: Counts,
      data: { inTransit: { __typename: 'OrderConnection', totalCount: 7 } },
    });
    cache.writeFragment({
      id: 'Order:a',
      fragment: parse(`
        fragment OrderStatusOnly on Order {
          status
        }
      `),
      data: { status: 'DELIVERED' },
    });
    orderMovedInQueue(cache, { id: 'a', status: 'DELIVERED' });

    const after = cache.readQuery<ReturnType<typeof queue>>({
      query: Queue,
      variables: { stage: 'IN_TRANSIT' },
    });
    expect(after?.ordersToFulfil.edges.map((e) => e.node.id)).toEqual(['b']);
    expect(after?.ordersToFulfil.totalCount).toBe(6);
    expect(cache.readQuery({ query: Counts })).toBeNull();
  });

  it('drops the orders awaiting delivery that lack an order just shipped in full, to read them again', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: Queue, variables: { stage: 'TO_SHIP' }, data: queue([['a', 'PLACED']]) });
    cache.writeQuery({ query: Queue, variables: { stage: 'IN_TRANSIT' }, data: queue([['b', 'SHIPPED']]) });
    orderMovedInQueue(cache, { id: 'a', status: 'SHIPPED' });

    const toShip = cache.readQuery<ReturnType<typeof queue>>({
      query: Queue,
      variables: { stage: 'TO_SHIP' },
    });
    expect(toShip?.ordersToFulfil.edges).toEqual([]);
    expect(cache.readQuery({ query: Queue, variables: { stage: 'IN_TRANSIT' } })).toBeNull();
  });
});
