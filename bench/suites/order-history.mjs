// order-history: the first page of order history, as the portal's order history page asks for it
// (packages/portal/src/features/orders/pages/OrdersPage.tsx with the OrderRow_order fragment, default
// filters and sort), for an account with 10,000 orders against one with 100, on the same site and server.
// The two are alternated request by request; the figures are the median latencies.
// Target: 10,000 orders ≤ 2 × 100 orders (a page of 20 costs about the same whatever the history's length).
import pg from 'pg';
import {
  buildProduct,
  graphqlRequest,
  median,
  report,
  round,
  runBenchmark,
  seedBenchSites,
  send,
  signIn,
  startDatabase,
  startServer,
  timeMs,
} from '../lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 51);
const WARMUP = 10;
const PAGE_SIZE = 20; // OrdersPage's PAGE_SIZE
const PRODUCTS = 10_000;

// OrdersPage's query with its OrderRow_order fragment (components/OrdersTable.tsx).
const ORDERS_PAGE = `query OrdersPage($first: Int!, $after: String, $filter: OrderFilter, $search: String, $sort: OrderSort) {
  orders(first: $first, after: $after, filter: $filter, search: $search, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id ...OrderRow_order } }
  }
}
fragment OrderRow_order on Order {
  id
  number
  status
  placedAt
  poNumber
  placedBy { name onBehalf }
  total { amount currency }
}`;

// What the page sends for the first page with no search, no filter and the default sort (newest first):
// order-params.ts orderListVariables(emptyOrderList).
const FIRST_PAGE = {
  first: PAGE_SIZE,
  after: null,
  search: null,
  filter: {},
  sort: { field: 'PLACED_AT', direction: 'DESC' },
};

/**
 * An account's history in one set-based statement: `orders` orders of 5 lines of bench products at their
 * list prices, the newest (`HIST-<KEY>-1`) an hour ago and each next one an hour earlier, in every
 * status, on purchase orders; an order's subtotal is the sum of its lines, its total adds shipping.
 */
async function seedHistory(pool, key, orders) {
  const {
    rows: [who],
  } = await pool.query(
    `SELECT u.id AS user_id, u.account_id, u.site_id FROM app_user u JOIN site s ON s.id = u.site_id
      WHERE s.code = 'bench' AND u.email = $1`,
    [`bench-${key}@bench.example`],
  );
  const { rowCount } = await pool.query(
    `WITH lines AS (
       -- line l of order g: product 1 + (7g + 13l) mod the catalog's size, quantity 1 + (g + l) mod 9
       SELECT g, l, md5($1 || g)::uuid AS order_id, pr.id AS product_id, pr.sku, pr.name,
              1 + (g + l) % 9 AS quantity, pe.unit_price
         FROM generate_series(1, $5::int) g CROSS JOIN generate_series(1, 5) l
         JOIN product pr ON pr.site_id = $2 AND pr.sku = 'BX-' || lpad((1 + (g * 7 + l * 13) % $6::int)::text, 7, '0')
         JOIN price_book b ON b.site_id = $2 AND b.is_default AND b.currency = 'USD'
         JOIN price_book_entry pe ON pe.price_book_id = b.id AND pe.product_id = pr.id
     ), orders AS (
       INSERT INTO customer_order (id, site_id, account_id, number, status, placed_at, placed_by_id, po_number, currency,
                                   subtotal, total, line_count, payment_method, payment_terms_days, payment_due_date,
                                   discount_total, shipping_total, tax_total)
       SELECT order_id, $2, $3, $1 || g,
              (ARRAY['DELIVERED','SHIPPED','PLACED','APPROVED','PARTLY_SHIPPED','CANCELLED','AWAITING_APPROVAL'])[1 + g % 7],
              now() - g * interval '1 hour', $4, 'PO-' || (100000 + g), 'USD', sum(quantity * unit_price),
              sum(quantity * unit_price) + 15, count(*), 'PURCHASE_ORDER', 30, (now() - g * interval '1 hour')::date + 30,
              0, 15, 0
         FROM lines GROUP BY g, order_id
     )
     INSERT INTO order_line (id, order_id, line_number, product_id, sku, name, quantity, unit_price, line_total,
                             list_unit_price, price_steps, quantity_shipped)
     SELECT gen_random_uuid(), order_id, l, product_id, sku, name, quantity, unit_price, quantity * unit_price,
            unit_price, '[]'::jsonb, 0
       FROM lines`,
    [`HIST-${key.toUpperCase()}-`, who.site_id, who.account_id, who.user_id, orders, PRODUCTS],
  );
  if (rowCount !== orders * 5) throw new Error(`${rowCount} lines seeded for ${orders} orders of 5`);
}

/** The first page: the whole history counted, 20 orders newest first, placed by the account's buyer. */
function checkPage(text, key, orders) {
  const body = JSON.parse(text);
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  const page = body.data.orders;
  const numbers = page.edges.map((e) => e.node.number);
  const expected = Array.from({ length: PAGE_SIZE }, (_, i) => `HIST-${key.toUpperCase()}-${i + 1}`);
  if (
    page.totalCount !== orders ||
    !page.pageInfo.hasNextPage ||
    !page.pageInfo.endCursor ||
    numbers.join() !== expected.join() ||
    page.edges.some((e) => e.node.placedBy.name !== `Bench ${key} buyer` || !e.node.total.amount)
  ) {
    throw new Error(`not the first page of ${orders} orders: ${text.slice(0, 1000)}`);
  }
}

await runBenchmark(async (stack) => {
  buildProduct({ serverOnly: true });
  const database = await startDatabase('order-history');
  stack.add(database.stop);
  await seedBenchSites(database.url(), [{ code: 'bench', products: PRODUCTS }]);
  const pool = new pg.Pool({ connectionString: database.url(), max: 2 });
  pool.on('error', () => {}); // a connection the database terminates after pool.end() resolved
  stack.add(() => pool.end());
  const started = Date.now();
  // The long history first: seeded after the short one on the same connection, its 50,000 foreign-key
  // checks took ~20 s instead of ~2 (they seem to keep a plan made while customer_order was tiny and
  // had no statistics: a scan of the table per check).
  await seedHistory(pool, 'large', 10_000);
  await pool.query('ANALYZE customer_order, order_line');
  await seedHistory(pool, 'small', 100);
  await pool.query('VACUUM ANALYZE customer_order, order_line');
  console.log(`seeded histories of 100 and 10,000 orders (5 lines each) in ${Date.now() - started} ms`);
  const product = await startServer({ databaseUrl: database.url(), seedDemo: false });
  stack.add(product.stop);

  const accounts = [
    { name: 'history100', key: 'small', orders: 100 },
    { name: 'history10k', key: 'large', orders: 10_000 },
  ];
  for (const a of accounts) {
    a.request = graphqlRequest(
      product.url,
      await signIn(product.url, 'bench', `bench-${a.key}@bench.example`),
      ORDERS_PAGE,
      FIRST_PAGE,
    );
    checkPage(await send(a.request), a.key, a.orders);
  }

  const runs = Object.fromEntries(accounts.map((a) => [a.name, []]));
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // Alternate the two, the first of each pair taking turns, so drifting machine load favours neither.
    for (let k = 0; k < accounts.length; k++) {
      const a = accounts[(i + k) % accounts.length];
      let text;
      const ms = await timeMs(async () => {
        text = await send(a.request);
      });
      checkPage(text, a.key, a.orders);
      if (i >= WARMUP) runs[a.name].push(ms);
    }
  }
  const p50 = Object.fromEntries(accounts.map((a) => [a.name, median(runs[a.name])]));
  console.log(
    `median ms: ${accounts.map((a) => `${a.orders} orders ${round(p50[a.name], 2)} (${runs[a.name].map((x) => round(x, 1)).join(' ')})`).join('; ')}`,
  );
  const figures = {
    p50Ms100: round(p50.history100, 2),
    p50Ms10k: round(p50.history10k, 2),
    ratio: round(p50.history10k / p50.history100, 2),
    runs: RUNS,
  };
  const pass = figures.ratio <= 2;
  report('order-history', figures, { ratio: '<= 2' }, pass);
  return pass;
});
