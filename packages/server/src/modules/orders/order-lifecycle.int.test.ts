import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { Role } from '../identity/domain/roles.js';
import { SANDBOX_CARDS } from '../payments/index.js';

/**
 * The life of an order through the API: cancel (and the card voided, the credit freed), approval by
 * the account's buyer admin only, shipments by the seller in parts with tracking, delivery — each with
 * its timeline entry and the buyers' notifications.
 */
const AddLines = graphql(`
  mutation LifecycleAdd($lines: [CartLineInput!]!, $cartId: ID) {
    addToCart(lines: $lines, cartId: $cartId) {
      __typename
      ... on LinesAdded {
        cart {
          id
          totals {
            total {
              amount
            }
          }
          paymentOptions {
            availableCredit {
              amount
            }
          }
          deliveryGroups {
            id
            address {
              id
            }
            desiredDate
          }
        }
      }
    }
  }
`);

const SaveGroup = graphql(`
  mutation LifecycleSaveGroup($input: SaveDeliveryGroupInput!) {
    saveDeliveryGroup(input: $input) {
      __typename
      ... on CartUpdated {
        cart {
          deliveryGroups {
            id
          }
        }
      }
    }
  }
`);

const Place = graphql(`
  mutation LifecyclePlace($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on OrderPlaced {
        order {
          id
          number
          status
        }
      }
      ... on UserError {
        message
      }
    }
  }
`);

const OrderFields = graphql(`
  fragment LifecycleOrder on Order {
    id
    number
    status
    canCancel
    paymentMethod
    paymentCard {
      brand
      last4
    }
    paymentTermsDays
    paymentDueDate
    discountTotal {
      amount
    }
    shippingTotal {
      amount
      currency
    }
    taxTotal {
      amount
    }
    total {
      amount
    }
    notes
    offerSummary
    placedBy {
      name
      onBehalf
    }
    onBehalfOf {
      name
    }
    approval {
      decidedBy {
        name
      }
      decidedAt
      comment
    }
    deliveryGroups {
      id
      position
      addressLabel
      addressText
      desiredDate
      shippingMethod
      subtotal {
        amount
      }
      shipping {
        amount
      }
      tax {
        amount
      }
      status
      lines {
        sku
        quantity
        quantityShipped
      }
    }
    shipments {
      carrier
      trackingNumber
      trackingUrl
      shippedAt
      deliveryGroupPosition
      lines {
        lineNumber
        sku
        quantity
      }
    }
    timeline {
      status
      at
      actorName
      note
    }
    lines(first: 10) {
      edges {
        node {
          id
          sku
          quantity
          quantityShipped
          listUnitPrice {
            amount
          }
          unitPrice {
            amount
          }
          priceSteps {
            kind
            label
            note
            unitPrice {
              amount
            }
          }
          deliveryGroup {
            id
            position
            addressLabel
          }
        }
      }
    }
  }
`);
void OrderFields;

const OrderQuery = graphql(`
  query LifecycleOrder($id: ID!) {
    order(id: $id) {
      ...LifecycleOrder
    }
  }
`);

const Cancel = graphql(`
  mutation LifecycleCancel($orderId: ID!, $reason: String) {
    cancelOrder(orderId: $orderId, reason: $reason) {
      __typename
      ... on OrderChanged {
        order {
          ...LifecycleOrder
        }
      }
      ... on InvalidTransition {
        code
        message
        status
      }
      ... on ValidationFailed {
        code
        message
      }
    }
  }
`);

const Approve = graphql(`
  mutation LifecycleApprove($orderId: ID!, $comment: String) {
    approveOrder(orderId: $orderId, comment: $comment) {
      __typename
      ... on OrderChanged {
        order {
          ...LifecycleOrder
        }
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

const Reject = graphql(`
  mutation LifecycleReject($orderId: ID!, $comment: String) {
    rejectOrder(orderId: $orderId, comment: $comment) {
      __typename
      ... on OrderChanged {
        order {
          ...LifecycleOrder
        }
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

const Ship = graphql(`
  mutation LifecycleShip($input: CreateShipmentInput!) {
    createShipment(input: $input) {
      __typename
      ... on ShipmentCreated {
        shipment {
          carrier
          trackingNumber
          trackingUrl
          deliveryGroupPosition
          lines {
            sku
            quantity
          }
        }
        order {
          status
        }
      }
      ... on InvalidTransition {
        code
        message
        status
      }
      ... on ValidationFailed {
        code
        message
        problems {
          field
          message
        }
      }
    }
  }
`);

const Deliver = graphql(`
  mutation LifecycleDeliver($orderId: ID!) {
    markDelivered(orderId: $orderId) {
      __typename
      ... on OrderChanged {
        order {
          status
        }
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

const ToFulfil = graphql(`
  query LifecycleToFulfil($search: String, $stage: FulfilmentStage) {
    ordersToFulfil(first: 50, search: $search, stage: $stage) {
      totalCount
      edges {
        node {
          number
          status
          account {
            name
          }
        }
      }
    }
  }
`);

const Notifications = graphql(`
  query LifecycleNotifications {
    notifications(first: 50) {
      edges {
        node {
          kind
          title
          body
          link
        }
      }
    }
  }
`);

const SetLimit = graphql(`
  mutation LifecycleSetLimit($userId: ID!, $limit: String) {
    setOrderLimit(userId: $userId, limit: $limit) {
      __typename
    }
  }
`);

let server: TestServer;
let site: TestSite;
const clients: Record<string, TestClient> = {};
const sql = <Row = Record<string, unknown>>(statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute<Row[]>(statement, params);

function member<T extends { __typename: string }, N extends T['__typename']>(
  value: T,
  typename: N,
): Extract<T, { __typename: N }> {
  expect(value.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename: N }>;
}

async function signIn(key: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: site.code, email: site.users[key]!.email, password: TEST_PASSWORD },
  });
  return client;
}

/** Fills the client's active cart and places it; card or purchase order. */
async function placeOrder(
  client: TestClient,
  lines: Array<{ sku: string; quantity: number }>,
  options: { card?: boolean; notes?: string; secondGroup?: Array<{ sku: string; quantity: number }> } = {},
) {
  let cart = member((await client.data(AddLines, { lines })).addToCart, 'LinesAdded').cart;
  if (options.secondGroup) {
    const first = cart.deliveryGroups[0]!;
    const saved = member(
      (
        await client.data(SaveGroup, {
          input: {
            cartId: cart.id,
            addressId: first.address!.id,
            desiredDate: first.desiredDate,
            shippingMethod: 'EXPRESS',
          },
        })
      ).saveDeliveryGroup,
      'CartUpdated',
    );
    const second = saved.cart.deliveryGroups.find((g) => g.id !== first.id)!;
    cart = member(
      (
        await client.data(AddLines, {
          cartId: cart.id,
          lines: options.secondGroup.map((l) => ({ ...l, deliveryGroupId: second.id })),
        })
      ).addToCart,
      'LinesAdded',
    ).cart;
  }
  const placed = await client.data(Place, {
    input: {
      cartId: cart.id,
      idempotencyKey: randomUUID(),
      expectedTotal: cart.totals.total.amount,
      paymentMethod: options.card ? 'CARD' : 'PURCHASE_ORDER',
      poNumber: options.card ? null : 'PO-LIFE',
      notes: options.notes ?? null,
      card: options.card
        ? { number: SANDBOX_CARDS.approved, expMonth: 12, expYear: 2040, cvc: '123', holderName: 'Pat Buyer' }
        : null,
    },
  });
  return member(placed.placeOrder, 'OrderPlaced').order;
}

async function orderOf(client: TestClient, id: string) {
  const { order } = await client.data(OrderQuery, { id });
  return order!;
}

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Chain', orders: 0 },
      { name: 'Other chain', orders: 0 },
    ],
    users: {
      buyer: { roles: [Role.BUYER], account: 0 },
      buyer2: { roles: [Role.BUYER], account: 0 },
      admin: { roles: [Role.BUYER_ADMIN], account: 0 },
      otherAdmin: { roles: [Role.BUYER_ADMIN], account: 1 },
      rep: { roles: [Role.SALES_REP], assigned: [0, 1] },
      siteAdmin: { roles: [Role.SITE_ADMIN] },
    },
    products: 3,
  });
  for (const key of Object.keys(site.users)) clients[key] = await signIn(key);
  await clients.rep!.data(`mutation($id: ID!) { switchAccount(accountId: $id) { __typename } }`, {
    id: toGlobalId('Account', site.accounts[0]!.id),
  });
});
afterAll(() => server.close());

describe('cancelling an order', () => {
  it('the buyer cancels while nothing has shipped: card voided, timeline and notifications written', async () => {
    const placed = await placeOrder(clients.buyer!, [{ sku: site.productSkus[0]!, quantity: 2 }], {
      card: true,
    });
    expect(placed.status).toBe('PLACED');
    expect((await orderOf(clients.buyer!, placed.id)).canCancel).toBe(true);
    // Another buyer of the same account did not place it: may see it, may not cancel it.
    expect((await orderOf(clients.buyer2!, placed.id)).canCancel).toBe(false);
    const refused = await clients.buyer2!.request(Cancel, { orderId: placed.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const done = member(
      (await clients.buyer!.data(Cancel, { orderId: placed.id, reason: 'Ordered twice by mistake' }))
        .cancelOrder,
      'OrderChanged',
    ).order;
    expect(done).toMatchObject({
      status: 'CANCELLED',
      canCancel: false,
      paymentMethod: 'CARD',
      paymentCard: { brand: 'Visa', last4: '4242' },
    });
    expect(done.timeline.map((e) => [e.status, e.note])).toEqual([
      ['PLACED', null],
      ['CANCELLED', 'Ordered twice by mistake'],
    ]);
    expect(done.timeline[1]!.actorName).toContain('buyer');
    expect(done.deliveryGroups.map((g) => g.status)).toEqual(['CANCELLED']);
    const [charge] = await sql<{ status: string }>(
      'SELECT c.status FROM card_charge c JOIN customer_order o ON o.card_charge_id = c.id WHERE o.number = ?',
      [placed.number],
    );
    expect(charge?.status).toBe('VOIDED');

    const again = member(
      (await clients.buyer!.data(Cancel, { orderId: placed.id })).cancelOrder,
      'InvalidTransition',
    );
    expect(again).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 'CANCELLED',
      message: 'This order is already cancelled.',
    });
  });

  it('the rep cancels for the account, the buyer is told, and the credit is free again', async () => {
    const placed = await placeOrder(clients.buyer!, [{ sku: site.productSkus[1]!, quantity: 4 }]);
    const before = member(
      (await clients.buyer!.data(AddLines, { lines: [{ sku: site.productSkus[0]!, quantity: 1 }] }))
        .addToCart,
      'LinesAdded',
    ).cart.paymentOptions.availableCredit!.amount;
    member(
      (await clients.rep!.data(Cancel, { orderId: placed.id, reason: null })).cancelOrder,
      'OrderChanged',
    );
    const after = member(
      (await clients.buyer!.data(AddLines, { lines: [{ sku: site.productSkus[0]!, quantity: 1 }] }))
        .addToCart,
      'LinesAdded',
    ).cart.paymentOptions.availableCredit!.amount;
    const [order] = await sql<{ total: string }>('SELECT total::text FROM customer_order WHERE number = ?', [
      placed.number,
    ]);
    expect(Number(after) - Number(before)).toBeCloseTo(Number(order!.total), 2);
    const { notifications } = await clients.buyer!.data(Notifications);
    expect(notifications.edges.map((e) => e.node.title)).toContain(`Order ${placed.number} cancelled`);
    await sql(`DELETE FROM cart WHERE owner_id = ? AND status = 'ACTIVE'`, [site.users.buyer!.id]);
  });

  it('is refused after part of the order shipped, with the reason', async () => {
    const placed = await placeOrder(clients.buyer!, [{ sku: site.productSkus[0]!, quantity: 3 }]);
    const order = await orderOf(clients.buyer!, placed.id);
    member(
      (
        await clients.siteAdmin!.data(Ship, {
          input: {
            orderId: placed.id,
            lines: [{ orderLineId: order.lines.edges[0]!.node.id, quantity: 1 }],
            carrier: 'UPS',
            trackingNumber: '1ZCANCEL1',
          },
        })
      ).createShipment,
      'ShipmentCreated',
    );
    expect((await orderOf(clients.buyer!, placed.id)).canCancel).toBe(false);
    const refused = member(
      (await clients.buyer!.data(Cancel, { orderId: placed.id })).cancelOrder,
      'InvalidTransition',
    );
    expect(refused).toEqual({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      status: 'PARTLY_SHIPPED',
      message:
        'Part of this order has already shipped, so it can no longer be cancelled. Open a case to return items.',
    });
    expect((await orderOf(clients.buyer!, placed.id)).status).toBe('PARTLY_SHIPPED');
  });
});

describe('approvals', () => {
  it('only a buyer admin of the account approves; the placer is told; a second decision is refused', async () => {
    member(
      (await clients.admin!.data(SetLimit, { userId: toGlobalId('User', site.users.buyer!.id), limit: '20' }))
        .setOrderLimit,
      'OrderLimitSet',
    );
    const placed = await placeOrder(clients.buyer!, [{ sku: site.productSkus[0]!, quantity: 5 }]);
    expect(placed.status).toBe('AWAITING_APPROVAL');
    expect((await clients.admin!.data(Notifications)).notifications.edges.map((e) => e.node.title)).toContain(
      `Order ${placed.number} waits for your approval`,
    );

    // A buyer of the same account, the rep acting for it: forbidden. An admin of another account: no such order.
    for (const key of ['buyer', 'buyer2', 'rep', 'siteAdmin']) {
      const r = await clients[key]!.request(Approve, { orderId: placed.id });
      expect(r.errors?.[0]?.extensions?.code, key).toBe('FORBIDDEN');
    }
    const foreign = member(
      (await clients.otherAdmin!.data(Approve, { orderId: placed.id })).approveOrder,
      'ValidationFailed',
    );
    expect(foreign.message).toBe('There is no such order for this account.');
    // The fulfiller cannot ship it before the decision.
    const early = member(
      (
        await clients.siteAdmin!.data(Ship, {
          input: { orderId: placed.id, lines: [], carrier: 'UPS', trackingNumber: '1ZEARLY' },
        })
      ).createShipment,
      'InvalidTransition',
    );
    expect(early.message).toBe('This order is still waiting for approval.');

    const approved = member(
      (await clients.admin!.data(Approve, { orderId: placed.id, comment: 'Fine for the new store' }))
        .approveOrder,
      'OrderChanged',
    ).order;
    expect(approved.status).toBe('APPROVED');
    expect(approved.approval).toMatchObject({
      decidedBy: { name: expect.stringContaining('admin') },
      comment: 'Fine for the new store',
    });
    expect(approved.timeline.map((e) => e.status)).toEqual(['PLACED', 'AWAITING_APPROVAL', 'APPROVED']);
    const [row] = await sql<{ decided_by_id: string; decided_at: string | null }>(
      'SELECT decided_by_id, decided_at FROM customer_order WHERE number = ?',
      [placed.number],
    );
    expect(row).toMatchObject({ decided_by_id: site.users.admin!.id, decided_at: expect.any(String) });
    const told = (await clients.buyer!.data(Notifications)).notifications.edges.map((e) => e.node);
    expect(told.find((n) => n.title === `Order ${placed.number} approved`)?.body).toContain(
      'Fine for the new store',
    );

    const twice = member(
      (await clients.admin!.data(Reject, { orderId: placed.id })).rejectOrder,
      'InvalidTransition',
    );
    expect(twice.message).toBe('This order is not waiting for approval.');
  });

  it('a rejected order is cancelled and its card payment voided', async () => {
    await sql('UPDATE app_user SET order_limit = 20 WHERE id = ?', [site.users.buyer!.id]);
    const placed = await placeOrder(clients.buyer!, [{ sku: site.productSkus[2]!, quantity: 4 }], {
      card: true,
    });
    expect(placed.status).toBe('AWAITING_APPROVAL');
    const rejected = member(
      (await clients.admin!.data(Reject, { orderId: placed.id, comment: 'Over budget this month' }))
        .rejectOrder,
      'OrderChanged',
    ).order;
    expect(rejected).toMatchObject({ status: 'CANCELLED', approval: { comment: 'Over budget this month' } });
    expect(rejected.timeline.at(-1)).toMatchObject({
      status: 'CANCELLED',
      note: expect.stringContaining('Rejected'),
    });
    const [charge] = await sql<{ status: string }>(
      'SELECT c.status FROM card_charge c JOIN customer_order o ON o.card_charge_id = c.id WHERE o.number = ?',
      [placed.number],
    );
    expect(charge?.status).toBe('VOIDED');
    await sql('UPDATE app_user SET order_limit = NULL WHERE id = ?', [site.users.buyer!.id]);
  });
});

describe('fulfilment by the seller', () => {
  it('ships part, then the rest; the buyer follows it with tracking; then it is delivered', async () => {
    const placed = await placeOrder(
      clients.buyer!,
      [
        { sku: site.productSkus[0]!, quantity: 3 },
        { sku: site.productSkus[1]!, quantity: 2 },
      ],
      { secondGroup: [{ sku: site.productSkus[2]!, quantity: 4 }], notes: 'Back door, please' },
    );
    const order = await orderOf(clients.buyer!, placed.id);
    expect(
      order.deliveryGroups.map((g) => [g.position, g.shippingMethod, g.lines.map((l) => l.sku)]),
    ).toEqual([
      [1, 'STANDARD', [site.productSkus[0], site.productSkus[1]]],
      [2, 'EXPRESS', [site.productSkus[2]]],
    ]);
    expect(order).toMatchObject({
      paymentMethod: 'PURCHASE_ORDER',
      paymentCard: null,
      paymentTermsDays: 30,
      paymentDueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      notes: 'Back door, please',
      onBehalfOf: null,
      approval: null,
    });
    const line = (sku: string) => order.lines.edges.find((e) => e.node.sku === sku)!.node;
    expect(line(site.productSkus[0]!)).toMatchObject({
      listUnitPrice: { amount: '10.50' },
      priceSteps: [{ kind: 'LIST', unitPrice: { amount: '10.50' } }],
      deliveryGroup: { position: 1 },
      quantityShipped: 0,
    });
    const [group1, group2] = order.deliveryGroups;

    // Buyers cannot fulfil; the site admin sees the order among those to ship.
    expect((await clients.buyer!.request(ToFulfil, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const queue = await clients.siteAdmin!.data(ToFulfil, { search: placed.number });
    expect(queue.ordersToFulfil.edges.map((e) => e.node.number)).toEqual([placed.number]);

    const tooMany = member(
      (
        await clients.siteAdmin!.data(Ship, {
          input: {
            orderId: placed.id,
            deliveryGroupId: group1!.id,
            lines: [{ orderLineId: line(site.productSkus[0]!).id, quantity: 4 }],
            carrier: 'UPS',
            trackingNumber: '1Z999AA10123456784',
          },
        })
      ).createShipment,
      'ValidationFailed',
    );
    expect(tooMany.problems).toEqual([
      { field: 'lines[0].quantity', message: `Line 1 (${site.productSkus[0]}) has 3 left to ship, not 4.` },
    ]);
    const wrongGroup = member(
      (
        await clients.siteAdmin!.data(Ship, {
          input: {
            orderId: placed.id,
            deliveryGroupId: group2!.id,
            lines: [{ orderLineId: line(site.productSkus[0]!).id, quantity: 1 }],
            carrier: 'UPS',
            trackingNumber: '1Z999AA10123456784',
          },
        })
      ).createShipment,
      'ValidationFailed',
    );
    expect(wrongGroup.problems[0]!.field).toBe('lines[0].orderLineId');

    const first = member(
      (
        await clients.siteAdmin!.data(Ship, {
          input: {
            orderId: placed.id,
            deliveryGroupId: group1!.id,
            lines: [{ orderLineId: line(site.productSkus[0]!).id, quantity: 2 }],
            carrier: 'ups',
            trackingNumber: '1Z999AA10123456784',
          },
        })
      ).createShipment,
      'ShipmentCreated',
    );
    expect(first).toMatchObject({
      order: { status: 'PARTLY_SHIPPED' },
      shipment: {
        carrier: 'UPS',
        trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
        deliveryGroupPosition: 1,
        lines: [{ sku: site.productSkus[0], quantity: 2 }],
      },
    });
    // Everything left in group 2, then the rest of the order.
    const second = member(
      (
        await clients.siteAdmin!.data(Ship, {
          input: {
            orderId: placed.id,
            deliveryGroupId: group2!.id,
            lines: [],
            carrier: 'FedEx',
            trackingNumber: '771234567890',
          },
        })
      ).createShipment,
      'ShipmentCreated',
    );
    expect(second.order.status).toBe('PARTLY_SHIPPED');
    const last = member(
      (
        await clients.siteAdmin!.data(Ship, {
          input: {
            orderId: placed.id,
            lines: [],
            carrier: 'Own truck',
            trackingNumber: 'T-42',
            trackingUrl: 'https://fleet.example/t/42',
          },
        })
      ).createShipment,
      'ShipmentCreated',
    );
    expect(last).toMatchObject({
      order: { status: 'SHIPPED' },
      shipment: {
        trackingUrl: 'https://fleet.example/t/42',
        deliveryGroupPosition: 1,
        lines: [
          { sku: site.productSkus[0], quantity: 1 },
          { sku: site.productSkus[1], quantity: 2 },
        ],
      },
    });
    const nothingLeft = member(
      (
        await clients.siteAdmin!.data(Ship, {
          input: { orderId: placed.id, lines: [], carrier: 'UPS', trackingNumber: '1ZMORE' },
        })
      ).createShipment,
      'InvalidTransition',
    );
    expect(nothingLeft.message).toBe('Everything on this order has already shipped.');

    // What the buyer sees.
    const seen = await orderOf(clients.buyer!, placed.id);
    expect(seen.status).toBe('SHIPPED');
    expect(seen.shipments.map((s) => [s.carrier, s.trackingNumber, s.trackingUrl])).toEqual([
      ['UPS', '1Z999AA10123456784', 'https://www.ups.com/track?tracknum=1Z999AA10123456784'],
      ['FedEx', '771234567890', 'https://www.fedex.com/fedextrack/?trknbr=771234567890'],
      ['Own truck', 'T-42', 'https://fleet.example/t/42'],
    ]);
    expect(seen.deliveryGroups.map((g) => g.status)).toEqual(['SHIPPED', 'SHIPPED']);
    expect(seen.lines.edges.map((e) => e.node.quantityShipped)).toEqual([3, 2, 4]);
    expect(seen.timeline.map((e) => e.status)).toEqual([
      'PLACED',
      'PARTLY_SHIPPED',
      'PARTLY_SHIPPED',
      'SHIPPED',
    ]);
    expect(seen.timeline[1]).toMatchObject({ note: 'UPS 1Z999AA10123456784: 2 units; 7 still to ship' });
    const titles = (await clients.buyer!.data(Notifications)).notifications.edges.map((e) => e.node.title);
    expect(titles).toContain(`Order ${placed.number} shipped: UPS 1Z999AA10123456784`);
    expect(titles).toContain(`Order ${placed.number} shipped: FedEx 771234567890`);
    // Nobody else of the account was told.
    const others = (await clients.buyer2!.data(Notifications)).notifications.edges.map((e) => e.node.title);
    expect(others.some((t) => t.includes(placed.number))).toBe(false);

    // Shipped in full: off the queue of goods to send, on the queue of deliveries to confirm.
    const queues = async () =>
      Promise.all(
        (['TO_SHIP', 'IN_TRANSIT'] as const).map(
          async (stage) =>
            (await clients.siteAdmin!.data(ToFulfil, { search: placed.number, stage })).ordersToFulfil
              .totalCount,
        ),
      );
    expect(await queues()).toEqual([0, 1]);

    expect(
      (await clients.buyer!.request(Deliver, { orderId: placed.id })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const delivered = member(
      (await clients.siteAdmin!.data(Deliver, { orderId: placed.id })).markDelivered,
      'OrderChanged',
    );
    expect(delivered.order.status).toBe('DELIVERED');
    const final = await orderOf(clients.buyer!, placed.id);
    expect(final.timeline.at(-1)?.status).toBe('DELIVERED');
    expect(final.deliveryGroups.map((g) => g.status)).toEqual(['DELIVERED', 'DELIVERED']);
    const again = member(
      (await clients.siteAdmin!.data(Deliver, { orderId: placed.id })).markDelivered,
      'InvalidTransition',
    );
    expect(again.message).toBe('Only a shipped order can be marked delivered.');
    expect(await queues()).toEqual([0, 0]);
  });

  it('an order the rep placed from the buyer’s cart names the buyer it was placed for', async () => {
    const cart = member(
      (await clients.buyer!.data(AddLines, { lines: [{ sku: site.productSkus[1]!, quantity: 1 }] }))
        .addToCart,
      'LinesAdded',
    ).cart;
    const placed = await clients.rep!.data(Place, {
      input: {
        cartId: cart.id,
        idempotencyKey: randomUUID(),
        expectedTotal: cart.totals.total.amount,
        paymentMethod: 'PURCHASE_ORDER',
        poNumber: 'PO-REP',
      },
    });
    const order = await orderOf(clients.buyer!, member(placed.placeOrder, 'OrderPlaced').order.id);
    expect(order.placedBy.onBehalf).toBe(true);
    expect(order.onBehalfOf?.name).toContain('buyer');
    // The buyer it was placed for may cancel it.
    expect(order.canCancel).toBe(true);
    const ship = member(
      (
        await clients.siteAdmin!.data(Ship, {
          input: { orderId: order.id, lines: [], carrier: 'Purolator', trackingNumber: '329012345678' },
        })
      ).createShipment,
      'ShipmentCreated',
    );
    expect(ship.shipment.trackingUrl).toBe('https://www.purolator.com/en/shipping/tracker?pin=329012345678');
    // The rep placed it, the buyer owns it: the buyer hears of the shipment.
    const titles = (await clients.buyer!.data(Notifications)).notifications.edges.map((e) => e.node.title);
    expect(titles).toContain(`Order ${order.number} shipped: Purolator 329012345678`);
  });
});
