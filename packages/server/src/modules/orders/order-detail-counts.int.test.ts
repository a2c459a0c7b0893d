import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../identity/domain/roles.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../../test/factory.js';
import { graphql } from '../../test/gql/index.js';
import { startTestServer, TestClient, type TestServer } from '../../test/harness.js';

/**
 * The order detail fields batch their loads like the list does: one statement per field kind for a
 * page of orders, whether it holds 10 orders or 100.
 */
const Detailed = graphql(`
  query CountOrderDetails($first: Int!) {
    orders(first: $first) {
      totalCount
      edges {
        node {
          number
          canCancel
          paymentMethod
          discountTotal {
            amount
          }
          placedBy {
            name
          }
          onBehalfOf {
            name
          }
          approval {
            decidedAt
            decidedBy {
              name
            }
          }
          deliveryGroups {
            position
            addressLabel
            status
            lines {
              sku
              quantityShipped
            }
          }
          shipments {
            carrier
            trackingUrl
            lines {
              sku
              quantity
            }
          }
          timeline {
            status
            actorName
          }
          lines(first: 3) {
            edges {
              node {
                sku
                listUnitPrice {
                  amount
                }
                priceSteps {
                  kind
                }
                deliveryGroup {
                  position
                }
                product {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

let server: TestServer;
const sites: TestSite[] = [];

async function withDetails(site: TestSite): Promise<void> {
  const run = (sql: string, params: unknown[]) => server.orm.em.getConnection().execute(sql, params);
  const orderIds = `{${site.accounts[0]!.orderIds.join(',')}}`;
  await run(
    `UPDATE customer_order SET on_behalf_of_id = ?, decided_by_id = ?, decided_at = now(), payment_method = 'PURCHASE_ORDER'
      WHERE id = ANY(?::uuid[])`,
    [site.users.buyer!.id, site.users.buyer!.id, orderIds],
  );
  await run(
    `INSERT INTO order_delivery_group (id, order_id, position, address_id, address_label, address_text, country, region,
                                       desired_date, shipping_method, subtotal, shipping_charge, tax, status)
     SELECT gen_random_uuid(), c.id, 1, NULL, 'Store', '1 Main St', 'US', 'OR', current_date, 'STANDARD', c.subtotal, 0, 0,
            'PARTLY_SHIPPED'
       FROM customer_order c WHERE c.id = ANY(?::uuid[])`,
    [orderIds],
  );
  await run(
    `UPDATE order_line l SET delivery_group_id = g.id, list_unit_price = 12, quantity_shipped = 1,
            price_steps = '[{"kind":"LIST","recordId":"x","label":"List","note":"list","unitPrice":{"amount":"12.00","currency":"USD"}}]'
       FROM order_delivery_group g WHERE g.order_id = l.order_id AND l.order_id = ANY(?::uuid[])`,
    [orderIds],
  );
  await run(
    `WITH s AS (
       INSERT INTO shipment (id, order_id, delivery_group_id, carrier, tracking_number, tracking_url, shipped_at)
       SELECT gen_random_uuid(), g.order_id, g.id, 'UPS', '1Z1', ?, now()
         FROM order_delivery_group g WHERE g.order_id = ANY(?::uuid[]) RETURNING id, order_id)
     INSERT INTO shipment_line (id, shipment_id, order_line_id, quantity)
     SELECT gen_random_uuid(), s.id, l.id, 1 FROM s JOIN order_line l ON l.order_id = s.order_id`,
    ['https://www.ups.com/track?tracknum=1Z1', orderIds],
  );
  await run(
    `INSERT INTO order_event (id, order_id, status, at, actor_id, note)
     SELECT gen_random_uuid(), o.id, e.status, now(), ?, NULL
       FROM unnest(?::uuid[]) AS o(id) CROSS JOIN (VALUES ('PLACED'), ('PARTLY_SHIPPED')) AS e(status)`,
    [site.users.buyer!.id, orderIds],
  );
}

beforeAll(async () => {
  server = await startTestServer(
    {},
    { maxDepth: 20, maxAliases: 20, maxCost: 1_000_000, defaultListSize: 20 },
  );
  for (const n of [10, 100]) {
    const site = await createSite(server.orm, {
      accounts: [{ name: 'Chain', orders: n, linesPerOrder: 3 }],
      users: { buyer: { roles: [Role.BUYER], account: 0 } },
      products: 3,
    });
    await withDetails(site);
    sites.push(site);
  }
});
afterAll(() => server.close());

describe('order detail fields', () => {
  it('take the same number of SQL statements for 10 orders as for 100', async () => {
    const counts: number[] = [];
    for (const [i, site] of sites.entries()) {
      const client = new TestClient(server.url);
      await client.data(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
        i: { siteCode: site.code, email: site.users.buyer!.email, password: TEST_PASSWORD },
      });
      server.queries.count = 0;
      const data = await client.data(Detailed, { first: i === 0 ? 10 : 100 });
      counts.push(server.queries.count);
      const node = data.orders.edges[0]!.node;
      expect(node.deliveryGroups[0]!.lines).toHaveLength(3);
      expect(node.shipments[0]!.lines).toHaveLength(3);
      expect(node.timeline.map((e) => e.status)).toEqual(['PLACED', 'PARTLY_SHIPPED']);
      expect(node.lines.edges[0]!.node.priceSteps).toEqual([{ kind: 'LIST' }]);
      expect(node.onBehalfOf?.name).toContain('buyer');
      expect(data.orders.edges).toHaveLength(i === 0 ? 10 : 100);
    }
    console.info(`order details: ${counts[0]} SQL statements at 10 orders, ${counts[1]} at 100`);
    expect(counts[1]).toBe(counts[0]);
  });
});
