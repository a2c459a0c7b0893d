import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../platform/ids.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';
import { creditStanding } from '../checkout/credit.service.js';
import { earliestDelivery } from '../checkout/domain/delivery.js';
import { Role } from '../identity/domain/roles.js';
import { addDays, dateOf } from './domain/invoice-status.js';

/**
 * Invoices through the API: made when orders on terms ship (per shipment and per order, amounts to the
 * cent), listed with filters and aging, credited by the seller, documents as PDF and CSV, and never
 * shown to another account or site.
 */
const Ship = graphql(`
  mutation InvoicesShip($input: CreateShipmentInput!) {
    createShipment(input: $input) {
      __typename
      ... on ShipmentCreated {
        order {
          status
        }
      }
      ... on UserError {
        message
      }
    }
  }
`);

const InvoiceFields = graphql(`
  fragment InvoiceTestFields on Invoice {
    id
    number
    status
    issuedOn
    dueOn
    paymentTermsDays
    daysPastDue
    agingBucket
    payable
    pdfUrl
    earlyPaymentTerms {
      discountPercent
      days
      payBy
      available
    }
    subtotal {
      amount
      currency
    }
    shippingTotal {
      amount
    }
    taxTotal {
      amount
    }
    total {
      amount
    }
    amountCredited {
      amount
    }
    balance {
      amount
    }
    lines {
      position
      sku
      quantity
      unitPrice {
        amount
      }
      lineTotal {
        amount
      }
    }
    order {
      number
    }
    shipments {
      trackingNumber
    }
    creditMemos {
      number
      kind
      amount {
        amount
      }
      reason
    }
  }
`);

const List = graphql(`
  query InvoicesList($first: Int, $after: String, $filter: InvoiceFilter) {
    invoices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InvoiceTestFields
        }
      }
    }
  }
`);

const One = graphql(`
  query InvoicesOne($id: ID!) {
    invoice(id: $id) {
      ...InvoiceTestFields
    }
  }
`);

const Aging = graphql(`
  query InvoicesAging {
    invoiceAging {
      asOf
      currency
      openCount
      totalOpen {
        amount
      }
      overdue {
        amount
      }
      buckets {
        bucket
        count
        amount {
          amount
        }
      }
    }
  }
`);

const Credit = graphql(`
  mutation InvoicesCredit($invoiceId: ID!, $kind: CreditMemoKind!, $amount: String!, $reason: String!) {
    issueCreditMemo(invoiceId: $invoiceId, kind: $kind, amount: $amount, reason: $reason) {
      __typename
      ... on CreditMemoIssued {
        creditMemo {
          number
          kind
          amount {
            amount
          }
        }
        invoice {
          status
          balance {
            amount
          }
          amountCredited {
            amount
          }
        }
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

const Void = graphql(`
  mutation InvoicesVoid($invoiceId: ID!, $reason: String!) {
    voidInvoice(invoiceId: $invoiceId, reason: $reason) {
      __typename
      ... on InvoiceVoided {
        invoice {
          status
        }
      }
      ... on ValidationFailed {
        message
        problems {
          field
        }
      }
    }
  }
`);

const Switch = graphql(`
  mutation InvoicesSwitch($accountId: ID!) {
    switchAccount(accountId: $accountId) {
      __typename
    }
  }
`);
void InvoiceFields;

let server: TestServer;
let site: TestSite;
let perOrderSite: TestSite;
const clients: Record<string, TestClient> = {};
const today = dateOf(new Date());
const sql = <Row = Record<string, unknown>>(statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute<Row[]>(statement, params);

async function signIn(s: TestSite, key: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
    i: { siteCode: s.code, email: s.users[key]!.email, password: TEST_PASSWORD },
  });
  return client;
}

/** An order on terms (or by card) with exact amounts, PLACED and ready to ship; returns its ids. */
async function makeOrder(
  s: TestSite,
  accountIndex: number,
  spec: {
    currency: string;
    lines: Array<[quantity: number, unitPrice: string]>;
    tax: string;
    shipping: string;
    card?: boolean;
    number?: string;
  },
): Promise<{ id: string; number: string; lineIds: string[] }> {
  const id = randomUUID();
  const number = spec.number ?? `T-${id.slice(0, 8)}`;
  const subtotal = spec.lines
    .reduce((sum, [q, p]) => sum + BigInt(Math.round(Number(p) * 10000)) * BigInt(q), 0n)
    .toString();
  const sub = `${subtotal.slice(0, -4) || '0'}.${subtotal.slice(-4).padStart(4, '0')}`;
  await sql(
    `INSERT INTO customer_order (id, site_id, account_id, number, status, placed_at, placed_by_id, po_number, currency,
                                 subtotal, total, line_count, payment_method, payment_terms_days, tax_total, shipping_total)
     VALUES (?, ?, ?, ?, 'PLACED', now(), ?, ?, ?, ?::numeric, ?::numeric + ?::numeric + ?::numeric, ?, ?, ?, ?, ?)`,
    [
      id,
      s.id,
      s.accounts[accountIndex]!.id,
      number,
      s.users.BUYER!.id,
      spec.card ? null : `PO-${number}`,
      spec.currency,
      sub,
      sub,
      spec.tax,
      spec.shipping,
      spec.lines.length,
      spec.card ? 'CARD' : 'PURCHASE_ORDER',
      spec.card ? null : 30,
      spec.tax,
      spec.shipping,
    ],
  );
  const lineIds: string[] = [];
  for (const [i, [quantity, unitPrice]] of spec.lines.entries()) {
    const lineId = randomUUID();
    lineIds.push(lineId);
    await sql(
      `INSERT INTO order_line (id, order_id, line_number, product_id, sku, name, quantity, unit_price, line_total)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?::numeric, ?::numeric * ?)`,
      [
        lineId,
        id,
        i + 1,
        s.productIds[0],
        `SKU-${i + 1}`,
        `Product ${i + 1}`,
        quantity,
        unitPrice,
        unitPrice,
        quantity,
      ],
    );
  }
  return { id, number, lineIds };
}

async function ship(client: TestClient, orderId: string, lines: Array<[lineId: string, quantity: number]>) {
  const r = await client.data(Ship, {
    input: {
      orderId: toGlobalId('Order', orderId),
      carrier: 'UPS',
      trackingNumber: `1Z${randomUUID().slice(0, 8)}`,
      lines: lines.map(([id, quantity]) => ({ orderLineId: toGlobalId('OrderLine', id), quantity })),
    },
  });
  expect(r.createShipment.__typename, JSON.stringify(r)).toBe('ShipmentCreated');
}

async function invoicesOf(orderId: string) {
  return sql<{
    id: string;
    number: string;
    subtotal: string;
    shipping_total: string;
    tax_total: string;
    total: string;
    balance: string;
    shipment_id: string | null;
    due_on: string;
    issued_on: string;
  }>(
    `SELECT id, number, subtotal::text, shipping_total::text, tax_total::text, total::text, balance::text, shipment_id,
            to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(issued_on, 'YYYY-MM-DD') AS issued_on
       FROM invoice WHERE order_id = ? ORDER BY number`,
    [orderId],
  );
}

const users = {
  BUYER: { roles: [Role.BUYER], account: 0 },
  SIBLING_BUYER: { roles: [Role.BUYER], account: 1 },
  CAD_BUYER: { roles: [Role.BUYER], account: 2 },
  SALES_REP: { roles: [Role.SALES_REP], assigned: [0, 2] },
  SITE_ADMIN: { roles: [Role.SITE_ADMIN] },
};

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Own', orders: 0 },
      { name: 'Sibling', orders: 0 },
      { name: 'Montréal', orders: 0, currency: 'CAD' },
    ],
    users,
  });
  perOrderSite = await createSite(server.orm, {
    accounts: [{ name: 'Per order', orders: 0, currency: 'CAD' }],
    users: { BUYER: { roles: [Role.BUYER], account: 0 }, SITE_ADMIN: { roles: [Role.SITE_ADMIN] } },
  });
  await sql(`UPDATE site SET invoicing_mode = 'PER_ORDER', invoice_prefix = 'PO-INV-' WHERE id = ?`, [
    perOrderSite.id,
  ]);
  await sql(
    `UPDATE account SET early_payment_discount_percent = 2, early_payment_discount_days = 10 WHERE id = ?`,
    [site.accounts[0]!.id],
  );
  await sql(`UPDATE account SET locale = 'fr-CA' WHERE id = ?`, [site.accounts[2]!.id]);
  await sql(`UPDATE site SET supported_locales = '{en-US,fr-CA}' WHERE id = ?`, [site.id]);
  for (const key of Object.keys(users)) clients[key] = await signIn(site, key);
  clients.PER_ORDER_ADMIN = await signIn(perOrderSite, 'SITE_ADMIN');
  clients.PER_ORDER_BUYER = await signIn(perOrderSite, 'BUYER');
  await clients.SALES_REP!.data(Switch, { accountId: toGlobalId('Account', site.accounts[0]!.id) });
});
afterAll(() => server.close());

describe('invoicing on shipment', () => {
  it('per shipment: one invoice per shipment; tax and shipping apportioned so the invoices add up to the order', async () => {
    // Subtotal 100.00 in three thirds; tax 0.10 and shipping 15.00 (rounded per invoice they would not add up).
    const order = await makeOrder(site, 0, {
      currency: 'USD',
      lines: [
        [3, '11.11'],
        [3, '11.11'],
        [2, '16.67'],
      ],
      tax: '0.10',
      shipping: '15.00',
    });
    const admin = clients.SITE_ADMIN!;
    await ship(admin, order.id, [[order.lineIds[0]!, 3]]);
    expect(await invoicesOf(order.id)).toHaveLength(1);
    await ship(admin, order.id, [[order.lineIds[1]!, 3]]);
    await ship(admin, order.id, [[order.lineIds[2]!, 2]]);
    const invoices = await invoicesOf(order.id);
    expect(invoices.map((i) => [i.subtotal, i.shipping_total, i.tax_total, i.total, i.balance])).toEqual([
      ['33.3300', '5.0000', '0.0300', '38.3600', '38.3600'],
      ['33.3300', '5.0000', '0.0400', '38.3700', '38.3700'],
      ['33.3400', '5.0000', '0.0300', '38.3700', '38.3700'],
    ]);
    expect(invoices.every((i) => i.shipment_id !== null && i.issued_on === today)).toBe(true);
    expect(invoices.every((i) => i.due_on === addDays(today, 30))).toBe(true);
    expect(invoices.every((i) => /^INV-\d+$/.test(i.number))).toBe(true);

    const one = (await clients.BUYER!.data(One, { id: toGlobalId('Invoice', invoices[0]!.id) })).invoice!;
    expect(one.status).toBe('OPEN');
    expect(one.order.number).toBe(order.number);
    expect(one.shipments).toHaveLength(1);
    expect(
      one.lines.map((l) => [l.position, l.sku, l.quantity, l.unitPrice.amount, l.lineTotal.amount]),
    ).toEqual([[1, 'SKU-1', 3, '11.11', '33.33']]);
    expect(one.earlyPaymentTerms).toEqual({
      discountPercent: '2.00',
      days: 10,
      payBy: addDays(today, 10),
      available: true,
    });
    expect(one.payable).toBe(true);
  });

  it('per order: one invoice with every line once the order has shipped in full (CAD, tax rounded half up)', async () => {
    const order = await makeOrder(perOrderSite, 0, {
      currency: 'CAD',
      lines: [
        [3, '33.33'],
        [1, '99.99'],
      ],
      tax: '29.95',
      shipping: '0',
    });
    await ship(clients.PER_ORDER_ADMIN!, order.id, [[order.lineIds[0]!, 3]]);
    expect(await invoicesOf(order.id)).toHaveLength(0);
    await ship(clients.PER_ORDER_ADMIN!, order.id, [[order.lineIds[1]!, 1]]);
    const [invoice, ...more] = await invoicesOf(order.id);
    expect(more).toHaveLength(0);
    expect([invoice!.subtotal, invoice!.tax_total, invoice!.total, invoice!.shipment_id]).toEqual([
      '199.9800',
      '29.9500',
      '229.9300',
      null,
    ]);
    expect(invoice!.number).toMatch(/^PO-INV-\d+$/);
    const read = (await clients.PER_ORDER_BUYER!.data(One, { id: toGlobalId('Invoice', invoice!.id) }))
      .invoice!;
    expect(read.shipments).toHaveLength(2);
    expect(read.lines.map((l) => l.quantity)).toEqual([3, 1]);
    expect(read.subtotal.currency).toBe('CAD');
  });

  it('a card order is paid already: no invoice', async () => {
    const order = await makeOrder(site, 0, {
      currency: 'USD',
      lines: [[1, '10.00']],
      tax: '0',
      shipping: '0',
      card: true,
    });
    await ship(clients.SITE_ADMIN!, order.id, [[order.lineIds[0]!, 1]]);
    expect(await invoicesOf(order.id)).toHaveLength(0);
  });

  it('available credit follows invoices: un-invoiced part of open orders + invoice balances', async () => {
    const before = await creditStanding(server.orm.em.fork(), site.accounts[1]!.id);
    const order = await makeOrder(site, 1, {
      currency: 'USD',
      lines: [
        [2, '50.00'],
        [1, '25.00'],
      ],
      tax: '10.00',
      shipping: '0',
    });
    const placed = await creditStanding(server.orm.em.fork(), site.accounts[1]!.id);
    expect(placed.exposure.openOrders.minus(before.exposure.openOrders).toFixed(2)).toBe('135.00');
    await ship(clients.SITE_ADMIN!, order.id, [[order.lineIds[0]!, 2]]);
    const shipped = await creditStanding(server.orm.em.fork(), site.accounts[1]!.id);
    // 100.00 of goods + 8.00 of the tax invoiced; 25.00 + 2.00 still on the order.
    expect(shipped.exposure.openOrders.minus(before.exposure.openOrders).toFixed(2)).toBe('27.00');
    expect(shipped.exposure.openReceivables.minus(before.exposure.openReceivables).toFixed(2)).toBe('108.00');
  });
});

describe('invoicing by delivery group (QA5 F1)', () => {
  const CartFields = `cart { id version deliveryGroups { id } lines { id deliveryGroupId }
    totals { subtotal { amount } shipping { amount } tax { amount } total { amount } } }`;
  interface CartShape {
    id: string;
    version: number;
    deliveryGroups: Array<{ id: string }>;
    lines: Array<{ id: string; deliveryGroupId: string | null }>;
    totals: Record<'subtotal' | 'shipping' | 'tax' | 'total', { amount: string }>;
  }

  it('a shipment of one group bills that group’s tax and shipping; all invoices add up to the order', async () => {
    // A site of its own, so its invoices leave the other tests' lists and aging alone.
    const s = await createSite(server.orm, {
      accounts: [{ name: 'Great Lakes', orders: 0 }],
      users: { BUYER: { roles: [Role.BUYER], account: 0 }, SITE_ADMIN: { roles: [Role.SITE_ADMIN] } },
    });
    const [ohio, michigan] = [randomUUID(), randomUUID()];
    await sql(
      `INSERT INTO address (id, account_id, label, line1, city, region, postal_code, country)
       VALUES (?, ?, 'Cleveland DC', '1 Lake Rd', 'Cleveland', 'OH', '44101', 'US'),
              (?, ?, 'Detroit warehouse', '2 River Rd', 'Detroit', 'MI', '48201', 'US')`,
      [ohio, s.accounts[0]!.id, michigan, s.accounts[0]!.id],
    );
    const buyer = await signIn(s, 'BUYER');
    const admin = await signIn(s, 'SITE_ADMIN');
    const mutate = async <K extends string>(name: K, query: string, variables: Record<string, unknown>) =>
      (await buyer.data<Record<K, { cart: CartShape }>, Record<string, unknown>>(query, variables))[name]
        .cart;
    const desiredDate = earliestDelivery(today, 'STANDARD');
    const saveGroup = (cart: CartShape, addressId: string, deliveryGroupId: string | null) =>
      mutate(
        'saveDeliveryGroup',
        `mutation($input: SaveDeliveryGroupInput!) { saveDeliveryGroup(input: $input) { ... on CartUpdated { ${CartFields} } } }`,
        {
          input: {
            cartId: cart.id,
            deliveryGroupId,
            addressId: toGlobalId('Address', addressId),
            desiredDate,
            shippingMethod: 'STANDARD',
          },
        },
      );
    const add = (cartId: string | null, sku: string, quantity: number, deliveryGroupId: string | null) =>
      mutate(
        'addToCart',
        `mutation($cartId: ID, $lines: [CartLineInput!]!) { addToCart(cartId: $cartId, lines: $lines) { ... on LinesAdded { ${CartFields} } } }`,
        { cartId, lines: [{ sku, quantity, deliveryGroupId }] },
      );

    // Cleveland (OH 5.75 %): 50 × 10.50 = 525.00, tax 30.1875 → 30.19, standard shipping free from 500.00.
    let cart = await add(null, s.productSkus[0]!, 50, null);
    const cleveland = cart.deliveryGroups[0]!.id;
    cart = await saveGroup(cart, ohio, cleveland);
    // Detroit (MI 6 %): 4 × 11.50 = 46.00, tax 2.76, standard shipping 15.00.
    cart = await saveGroup(cart, michigan, null);
    const detroit = cart.deliveryGroups.find((g) => g.id !== cleveland)!.id;
    cart = await add(cart.id, s.productSkus[1]!, 4, detroit);
    expect(Object.values(cart.totals).map((t) => t.amount)).toEqual(['571.00', '15.00', '32.95', '618.95']);
    const placed = await buyer.data<
      { placeOrder: { __typename: string; order?: { id: string } } },
      Record<string, unknown>
    >(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on OrderPlaced { order { id } } } }`,
      {
        input: {
          cartId: cart.id,
          idempotencyKey: randomUUID(),
          expectedTotal: cart.totals.total.amount,
          paymentMethod: 'PURCHASE_ORDER',
          poNumber: 'PO-F1',
        },
      },
    );
    expect(placed.placeOrder.__typename).toBe('OrderPlaced');
    const [order] = await sql<{ id: string }>(
      `SELECT id FROM customer_order WHERE account_id = ? AND po_number = 'PO-F1'`,
      [s.accounts[0]!.id],
    );
    const groups = await sql<{ id: string; region: string; shipping_charge: string; tax: string }>(
      `SELECT id, region, shipping_charge::text, tax::text FROM order_delivery_group WHERE order_id = ? ORDER BY position`,
      [order!.id],
    );
    expect(groups.map((g) => [g.region, g.shipping_charge, g.tax])).toEqual([
      ['OH', '0.0000', '30.1900'],
      ['MI', '15.0000', '2.7600'],
    ]);
    const detroitLine = (
      await sql<{ id: string }>(`SELECT id FROM order_line WHERE delivery_group_id = ?`, [groups[1]!.id])
    )[0]!.id;
    const shipGroup = async (groupId: string, lines: Array<[string, number]> = []) => {
      const r = await admin.data(Ship, {
        input: {
          orderId: toGlobalId('Order', order!.id),
          deliveryGroupId: toGlobalId('OrderDeliveryGroup', groupId),
          carrier: 'UPS',
          trackingNumber: `1Z${randomUUID().slice(0, 8)}`,
          lines: lines.map(([id, quantity]) => ({ orderLineId: toGlobalId('OrderLine', id), quantity })),
        },
      });
      expect(r.createShipment.__typename, JSON.stringify(r)).toBe('ShipmentCreated');
      const invoices = await invoicesOf(order!.id);
      const read = (await buyer.data(One, { id: toGlobalId('Invoice', invoices.at(-1)!.id) })).invoice!;
      return [read.subtotal.amount, read.taxTotal.amount, read.shippingTotal.amount, read.total.amount];
    };

    // Only Cleveland ships: its own tax and shipping (the whole-order share was 30.30 tax and 13.79 shipping).
    expect(await shipGroup(groups[0]!.id)).toEqual(['525.00', '30.19', '0.00', '555.19']);
    // Detroit in two shipments, its tax and shipping apportioned by its goods: 1 of 4 units (11.50) →
    // 2.76 × 0.25 = 0.69 and 15.00 × 0.25 = 3.75; then the rest, 2.07 and 11.25.
    expect(await shipGroup(groups[1]!.id, [[detroitLine, 1]])).toEqual(['11.50', '0.69', '3.75', '15.94']);
    expect(await shipGroup(groups[1]!.id)).toEqual(['34.50', '2.07', '11.25', '47.82']);
    const [sum] = await sql<Record<string, string>>(
      `SELECT sum(subtotal)::text AS subtotal, sum(tax_total)::text AS tax, sum(shipping_total)::text AS shipping,
              sum(total)::text AS total FROM invoice WHERE order_id = ?`,
      [order!.id],
    );
    expect(sum).toEqual({ subtotal: '571.0000', tax: '32.9500', shipping: '15.0000', total: '618.9500' });
  });
});

describe('lists, filters and aging', () => {
  let ids: string[] = [];
  beforeAll(async () => {
    // Account 2 (CAD, fr-CA): five invoices, aged by moving their due dates.
    const made: string[] = [];
    for (const [i, due] of [0, -1, -31, -61, -91].entries()) {
      const order = await makeOrder(site, 2, {
        currency: 'CAD',
        lines: [[1, `${100 * (i + 1)}.00`]],
        tax: '0',
        shipping: '0',
        number: `AGE-${i}-${randomUUID().slice(0, 6)}`,
      });
      await ship(clients.SITE_ADMIN!, order.id, [[order.lineIds[0]!, 1]]);
      const [inv] = await invoicesOf(order.id);
      await sql(`UPDATE invoice SET due_on = ?::date, issued_on = ?::date WHERE id = ?`, [
        addDays(today, due),
        addDays(today, due - 30),
        inv!.id,
      ]);
      made.push(inv!.id);
    }
    ids = made;
  });

  it('aging buckets: amounts and counts per bucket', async () => {
    const aging = (await clients.CAD_BUYER!.data(Aging)).invoiceAging;
    expect(aging.currency).toBe('CAD');
    expect(aging.buckets.map((b) => [b.bucket, b.count, b.amount.amount])).toEqual([
      ['CURRENT', 1, '100.00'],
      ['DAYS_1_30', 1, '200.00'],
      ['DAYS_31_60', 1, '300.00'],
      ['DAYS_61_90', 1, '400.00'],
      ['OVER_90', 1, '500.00'],
    ]);
    expect([aging.totalOpen.amount, aging.overdue.amount, aging.openCount]).toEqual([
      '1500.00',
      '1400.00',
      5,
    ]);
  });

  it('filters by status, due dates, amount, order; paginates with a total', async () => {
    const list = (filter: Record<string, unknown>, first = 20, after?: string) =>
      clients.CAD_BUYER!.data(List, { first, after, filter });
    expect((await list({ statuses: ['OVERDUE'] })).invoices.totalCount).toBe(4);
    expect((await list({ statuses: ['OPEN'] })).invoices.totalCount).toBe(1);
    expect(
      (await list({ dueFrom: addDays(today, -40), dueTo: addDays(today, -1) })).invoices.totalCount,
    ).toBe(2);
    const byAmount = await list({ minAmount: '250', maxAmount: '450.00' });
    expect(byAmount.invoices.edges.map((e) => e.node.total.amount).sort()).toEqual(['300.00', '400.00']);
    const [order] = await sql<{ number: string }>(
      'SELECT o.number FROM invoice i JOIN customer_order o ON o.id = i.order_id WHERE i.id = ?',
      [ids[3]],
    );
    expect((await list({ orderNumber: order!.number })).invoices.edges.map((e) => e.node.id)).toEqual([
      toGlobalId('Invoice', ids[3]!),
    ]);
    expect((await list({ search: 'AGE-2' })).invoices.totalCount).toBe(1);
    const page1 = await list({}, 2);
    expect(page1.invoices.totalCount).toBe(5);
    expect(page1.invoices.pageInfo.hasNextPage).toBe(true);
    const page2 = await list({}, 2, page1.invoices.pageInfo.endCursor!);
    const page3 = await list({}, 2, page2.invoices.pageInfo.endCursor!);
    const seen = [...page1.invoices.edges, ...page2.invoices.edges, ...page3.invoices.edges].map(
      (e) => e.node.id,
    );
    expect(new Set(seen).size).toBe(5);
    expect(page3.invoices.pageInfo.hasNextPage).toBe(false);
    const overdue = (await list({ statuses: ['OVERDUE'] })).invoices.edges.map((e) => e.node);
    expect(overdue.every((n) => n.status === 'OVERDUE' && n.daysPastDue > 0)).toBe(true);
  });

  it('a page of invoices with lines, order, shipments and credit memos costs the same statements for 2 or 5', async () => {
    const count = async (first: number) => {
      await clients.CAD_BUYER!.data(List, { first }); // warm the session
      server.queries.count = 0;
      const page = await clients.CAD_BUYER!.data(List, { first });
      expect(page.invoices.edges).toHaveLength(first);
      return server.queries.count;
    };
    expect(await count(5)).toBe(await count(2));
  });

  it('bad filters are refused clearly, in the viewer’s language', async () => {
    const bad = await clients.CAD_BUYER!.request(List, { filter: { dueFrom: '2026-02-30' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('AAAA-MM-JJ');
    const order = await clients.BUYER!.request(List, { filter: { minAmount: '10', maxAmount: '5' } });
    expect(order.errors?.[0]?.message).toBe('The minimum amount must not be more than the maximum.');
    const amount = await clients.BUYER!.request(List, { filter: { minAmount: '1e5' } });
    expect(amount.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('credit memos and voiding', () => {
  let invoiceId: string;
  let siblingInvoiceId: string;
  beforeAll(async () => {
    const order = await makeOrder(site, 0, {
      currency: 'USD',
      lines: [[4, '25.00']],
      tax: '0',
      shipping: '0',
    });
    await ship(clients.SITE_ADMIN!, order.id, [[order.lineIds[0]!, 4]]);
    invoiceId = (await invoicesOf(order.id))[0]!.id;
    const sibling = await makeOrder(site, 1, {
      currency: 'USD',
      lines: [[1, '5.00']],
      tax: '0',
      shipping: '0',
    });
    await ship(clients.SITE_ADMIN!, sibling.id, [[sibling.lineIds[0]!, 1]]);
    siblingInvoiceId = (await invoicesOf(sibling.id))[0]!.id;
  });
  const state = async () =>
    (
      await sql<{ state: string; balance: string; amount_credited: string; memos: number }>(
        `SELECT state, balance::text, amount_credited::text,
                (SELECT count(*)::int FROM credit_memo WHERE invoice_id = i.id) AS memos FROM invoice i WHERE id = ?`,
        [invoiceId],
      )
    )[0];

  it('bad input is refused and changes nothing', async () => {
    const rep = clients.SALES_REP!;
    const before = await state();
    const cases: Array<[Record<string, string>, string]> = [
      [{ amount: '-5' }, 'amount'],
      [{ amount: '0' }, 'amount'],
      [{ amount: 'ten' }, 'amount'],
      [{ amount: '100.01' }, 'amount'],
      [{ reason: '   ' }, 'reason'],
      [{ invoiceId: toGlobalId('Invoice', siblingInvoiceId) }, 'invoiceId'],
      [{ invoiceId: toGlobalId('Order', invoiceId) }, 'invoiceId'],
    ];
    for (const [change, field] of cases) {
      const r = await rep.data(Credit, {
        invoiceId: toGlobalId('Invoice', invoiceId),
        kind: 'RETURN',
        amount: '10.00',
        reason: 'Damaged in transit',
        ...change,
      });
      expect(r.issueCreditMemo.__typename, JSON.stringify(change)).toBe('ValidationFailed');
      if (r.issueCreditMemo.__typename === 'ValidationFailed')
        expect(r.issueCreditMemo.problems.map((p) => p.field)).toContain(field);
    }
    expect(await state()).toEqual(before);
    const buyer = await clients.BUYER!.request(Credit, {
      invoiceId: toGlobalId('Invoice', invoiceId),
      kind: 'RETURN',
      amount: '10.00',
      reason: 'I would like money',
    });
    expect(buyer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
  });

  it('a credit memo lowers the balance (PARTLY_PAID), is audited; crediting the rest settles it (PAID)', async () => {
    const rep = clients.SALES_REP!;
    const first = await rep.data(Credit, {
      invoiceId: toGlobalId('Invoice', invoiceId),
      kind: 'RETURN',
      amount: '25.50',
      reason: 'One case returned damaged',
    });
    expect(first.issueCreditMemo.__typename).toBe('CreditMemoIssued');
    if (first.issueCreditMemo.__typename !== 'CreditMemoIssued') return;
    expect(first.issueCreditMemo.invoice.balance.amount).toBe('74.50');
    expect(first.issueCreditMemo.invoice.status).toBe('PARTLY_PAID');
    expect(first.issueCreditMemo.creditMemo.number).toMatch(/^CM-\d+$/);
    const [audit] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'invoice.credit' AND subject_id = ?`,
      [invoiceId],
    );
    expect(audit!.n).toBe(1);
    const over = await rep.data(Credit, {
      invoiceId: toGlobalId('Invoice', invoiceId),
      kind: 'ADJUSTMENT',
      amount: '74.51',
      reason: 'Price correction',
    });
    expect(over.issueCreditMemo.__typename).toBe('ValidationFailed');
    const rest = await rep.data(Credit, {
      invoiceId: toGlobalId('Invoice', invoiceId),
      kind: 'ADJUSTMENT',
      amount: '74.50',
      reason: 'Price correction',
    });
    expect(
      rest.issueCreditMemo.__typename === 'CreditMemoIssued' && rest.issueCreditMemo.invoice.status,
    ).toBe('PAID');
    const read = (await clients.BUYER!.data(One, { id: toGlobalId('Invoice', invoiceId) })).invoice!;
    expect(read.creditMemos.map((m) => [m.kind, m.amount.amount])).toEqual([
      ['RETURN', '25.50'],
      ['ADJUSTMENT', '74.50'],
    ]);
    expect(read.amountCredited.amount).toBe('100.00');
  });

  it('concurrent credit memos never take the balance below zero', async () => {
    const order = await makeOrder(site, 0, {
      currency: 'USD',
      lines: [[1, '30.00']],
      tax: '0',
      shipping: '0',
    });
    await ship(clients.SITE_ADMIN!, order.id, [[order.lineIds[0]!, 1]]);
    const id = (await invoicesOf(order.id))[0]!.id;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        clients.SALES_REP!.data(Credit, {
          invoiceId: toGlobalId('Invoice', id),
          kind: 'ADJUSTMENT',
          amount: '10.00',
          reason: 'Race',
        }),
      ),
    );
    expect(results.filter((r) => r.issueCreditMemo.__typename === 'CreditMemoIssued')).toHaveLength(3);
    const [row] = await sql<{ balance: string; state: string }>(
      'SELECT balance::text, state FROM invoice WHERE id = ?',
      [id],
    );
    expect(row).toEqual({ balance: '0.0000', state: 'PAID' });
  });

  it('void: only with nothing paid, with a reason; the invoice leaves the receivables', async () => {
    const order = await makeOrder(site, 0, {
      currency: 'USD',
      lines: [[1, '40.00']],
      tax: '0',
      shipping: '0',
    });
    await ship(clients.SITE_ADMIN!, order.id, [[order.lineIds[0]!, 1]]);
    const id = (await invoicesOf(order.id))[0]!.id;
    const noReason = await clients.SALES_REP!.data(Void, {
      invoiceId: toGlobalId('Invoice', id),
      reason: '',
    });
    expect(noReason.voidInvoice.__typename).toBe('ValidationFailed');
    await sql(`UPDATE invoice SET amount_paid = 1, balance = 39, state = 'PARTLY_PAID' WHERE id = ?`, [id]);
    const paid = await clients.SALES_REP!.data(Void, {
      invoiceId: toGlobalId('Invoice', id),
      reason: 'Billed twice',
    });
    expect(paid.voidInvoice.__typename).toBe('ValidationFailed');
    await sql(`UPDATE invoice SET amount_paid = 0, balance = 40, state = 'OPEN' WHERE id = ?`, [id]);
    const before = await creditStanding(server.orm.em.fork(), site.accounts[0]!.id);
    const ok = await clients.SALES_REP!.data(Void, {
      invoiceId: toGlobalId('Invoice', id),
      reason: 'Billed twice',
    });
    expect(ok.voidInvoice.__typename === 'InvoiceVoided' && ok.voidInvoice.invoice.status).toBe('VOID');
    const after = await creditStanding(server.orm.em.fork(), site.accounts[0]!.id);
    expect(before.exposure.openReceivables.minus(after.exposure.openReceivables).toFixed(2)).toBe('40.00');
    expect(after.exposure.openOrders.toFixed(2)).toBe(before.exposure.openOrders.toFixed(2));
  });
});

describe('record access', () => {
  it('another account’s or site’s invoice is not found, in lists, by id and as a PDF', async () => {
    const [sibling] = await sql<{ id: string }>('SELECT id FROM invoice WHERE account_id = ? LIMIT 1', [
      site.accounts[1]!.id,
    ]);
    const [foreign] = await sql<{ id: string }>('SELECT id FROM invoice WHERE site_id = ? LIMIT 1', [
      perOrderSite.id,
    ]);
    for (const id of [sibling!.id, foreign!.id]) {
      expect((await clients.BUYER!.data(One, { id: toGlobalId('Invoice', id) })).invoice).toBeNull();
      expect((await clients.SALES_REP!.data(One, { id: toGlobalId('Invoice', id) })).invoice).toBeNull();
      const pdf = await fetch(`${server.url}/api/invoices/${toGlobalId('Invoice', id)}.pdf`, {
        headers: { cookie: clients.BUYER!.cookieHeader },
      });
      expect(pdf.status).toBe(404);
    }
    const own = await clients.BUYER!.data(List, { first: 100 });
    const accountIds = await sql<{ id: string }>('SELECT id FROM invoice WHERE account_id = ?', [
      site.accounts[0]!.id,
    ]);
    expect(own.invoices.totalCount).toBe(accountIds.length);
    expect(own.invoices.edges.map((e) => e.node.id).sort()).toEqual(
      accountIds.map((r) => toGlobalId('Invoice', r.id)).sort(),
    );
    const anonymous = await new TestClient(server.url).request(List, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const noCookie = await fetch(`${server.url}/api/invoices/${toGlobalId('Invoice', sibling!.id)}.pdf`);
    expect(noCookie.status).toBe(401);
  });
});

describe('documents', () => {
  it('the invoice PDF is a real PDF', async () => {
    const { invoices } = await clients.BUYER!.data(List, { first: 1 });
    const response = await fetch(`${server.url}${invoices.edges[0]!.node.pdfUrl}`, {
      headers: { cookie: clients.BUYER!.cookieHeader },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('statement CSV: opening balance, invoices, credits, closing balance and aging add up; French for fr-CA', async () => {
    // Account 2: invoices of 100..500 issued 30 days before their due dates (see above), nothing paid.
    const get = (from: string, to: string, format: 'csv' | 'pdf', client = clients.CAD_BUYER!) =>
      fetch(`${server.url}/api/statements/statement.${format}?from=${from}&to=${to}`, {
        headers: { cookie: client.cookieHeader },
      });
    // Issued on: today−30 (100), −31 (200), −61 (300), −91 (400), −121 (500).
    const response = await get(addDays(today, -70), today, 'csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = (await response.text())
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(rows[0]).toEqual(['Date', 'Description', 'Référence', 'Débits', 'Crédits', 'Solde', 'Devise']);
    expect(rows[1]).toEqual([addDays(today, -70), 'Solde d’ouverture', '', '', '', '900.00', 'CAD']);
    const ledger = rows.slice(2, 5).map((r) => [r[0], r[3], r[5]]);
    expect(ledger).toEqual([
      [addDays(today, -61), '300.00', '1200.00'],
      [addDays(today, -31), '200.00', '1400.00'],
      [addDays(today, -30), '100.00', '1500.00'],
    ]);
    expect(rows[5]).toEqual([today, 'Solde de clôture', '', '600.00', '0.00', '1500.00', 'CAD']);
    expect(rows.slice(6).map((r) => r[5])).toEqual(['100.00', '200.00', '300.00', '400.00', '500.00']);

    const pdf = await get(addDays(today, -70), today, 'pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    const bad = await get(today, addDays(today, -1), 'csv');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('date de début');
    const english = await get('2026-13-01', today, 'pdf', clients.BUYER!);
    expect(english.status).toBe(400);
    expect(await english.text()).toContain('YYYY-MM-DD');
  });

  it('statement: payments and early-payment discounts from the payment tables are credits', async () => {
    const order = await makeOrder(site, 0, {
      currency: 'USD',
      lines: [[2, '50.00']],
      tax: '0',
      shipping: '0',
    });
    await ship(clients.SITE_ADMIN!, order.id, [[order.lineIds[0]!, 2]]);
    const [invoice] = await invoicesOf(order.id);
    const paymentId = randomUUID();
    const number = `PAY-T${paymentId.slice(0, 6)}`;
    await sql(
      `INSERT INTO payment (id, site_id, account_id, number, method, amount, discount_total, currency, idempotency_key,
                            request_fingerprint, bank_reference, paid_by_id, created_at)
       VALUES (?, ?, ?, ?, 'BANK_TRANSFER', 40, 1, 'USD', ?, 'test', 'WIRE-1', ?, now())`,
      [paymentId, site.id, site.accounts[0]!.id, number, paymentId, site.users.BUYER!.id],
    );
    await sql(
      `INSERT INTO payment_allocation (id, payment_id, invoice_id, amount, discount, balance_after)
       VALUES (?, ?, ?, 40, 1, (SELECT balance - 41 FROM invoice WHERE id = ?))`,
      [randomUUID(), paymentId, invoice!.id, invoice!.id],
    );
    await sql(
      `UPDATE invoice SET amount_paid = amount_paid + 40, amount_credited = amount_credited + 1,
              balance = balance - 41, state = 'PARTLY_PAID' WHERE id = ?`,
      [invoice!.id],
    );
    const response = await fetch(
      `${server.url}/api/statements/statement.csv?from=${addDays(today, -1)}&to=${today}`,
      { headers: { cookie: clients.BUYER!.cookieHeader } },
    );
    const rows = (await response.text())
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(rows.find((r) => r[1] === `Payment ${number}`)?.slice(2, 5)).toEqual([
      invoice!.number,
      '',
      '40.00',
    ]);
    expect(rows.find((r) => r[1] === `Early-payment discount ${number}`)?.slice(2, 5)).toEqual([
      invoice!.number,
      '',
      '1.00',
    ]);
  });

  it('statement: credit memos count as credits; the closing balance is the sum of the aging', async () => {
    const response = await fetch(
      `${server.url}/api/statements/statement.csv?from=${addDays(today, -1)}&to=${today}`,
      { headers: { cookie: clients.BUYER!.cookieHeader } },
    );
    const rows = (await response.text())
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const credits = rows.filter((r) => r[1]?.startsWith('Credit memo')).map((r) => r[4]);
    expect(credits).toContain('25.50');
    const closing = rows.find((r) => r[1] === 'Closing balance')!;
    const agingTotal = rows
      .filter((r) => r[1]?.startsWith('Aging'))
      .reduce((sum, r) => sum + Math.round(Number(r[5]) * 100), 0);
    expect(Math.round(Number(closing[5]) * 100)).toBe(agingTotal);
    const [{ balance }] = await sql<{ balance: string }>(
      `SELECT COALESCE(sum(balance), 0)::numeric(19,2)::text AS balance FROM invoice WHERE account_id = ? AND state <> 'VOID'`,
      [site.accounts[0]!.id],
    );
    expect(closing[5]).toBe(balance);
  });
});
