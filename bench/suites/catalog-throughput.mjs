// catalog-throughput: a catalog page (50 products with the viewer's prices and availability) through
// /graphql of the built server, against a raw endpoint serving the same rows (node:http + hand-written
// SQL with pg, in this process) on the same database. Target: GraphQL throughput ≥ 0.5 × raw.
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import {
  buildProduct,
  graphqlData,
  graphqlRequest,
  loadTest,
  median,
  RAW_SCOPE_CTES,
  rawPriceRows,
  rawViewer,
  report,
  round,
  runBenchmark,
  send,
  signIn,
  startDatabase,
  startServer,
} from '../lib.mjs';

const TARGET = 0.5;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

const CATALOG_PAGE = `query CatalogPage {
  products(first: 50) {
    edges {
      node {
        id sku name imageUrl unitOfMeasure
        entitlement { canBuy canSeePrice reason }
        price(quantity: 1) { unitPrice { amount currency } listUnitPrice { amount currency } }
        availability { status onHand expectedDate }
      }
    }
  }
}`;

/**
 * The raw page: the first 50 products by name the buyer's account may see, with what it may do with
 * them ($1 site, $2 account, $3 currency); then their price rows and stock, as plain rows.
 */
const RAW_PAGE_SQL = `WITH ${RAW_SCOPE_CTES}
  SELECT p.id, p.sku, p.name, p.image_url, p.unit_of_measure, a.can_buy, a.can_see_price, a.reason
    FROM product p JOIN access a ON a.category_id = p.category_id
   WHERE p.site_id = $1 AND p.status = 'ACTIVE'
   ORDER BY p.name, p.id LIMIT 50`;

const RAW_STOCK_SQL = `SELECT s.product_id, s.warehouse_id, s.on_hand, s.low_stock_threshold, s.next_receipt_date
  FROM product_stock s JOIN warehouse w ON w.id = s.warehouse_id
 WHERE s.product_id = ANY($1::uuid[]) ORDER BY w.position, w.name`;

/**
 * The raw endpoint: reads the body, resolves the session, runs the page's SQL, JSON.stringify.
 * `stop()` waits for answers still being worked on (a load run ends with requests in flight).
 */
async function startRawServer(pool) {
  let inFlight = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      inFlight++;
      try {
        const viewer = await rawViewer(pool, req.headers.cookie);
        if (!viewer?.account_id) {
          res.writeHead(401).end();
          return;
        }
        const page = await pool.query(RAW_PAGE_SQL, [viewer.site_id, viewer.account_id, viewer.currency]);
        const ids = page.rows.map((p) => p.id);
        const [prices, stock] = await Promise.all([
          rawPriceRows(pool, viewer, ids),
          pool.query(RAW_STOCK_SQL, [ids]),
        ]);
        const body = JSON.stringify({ products: page.rows, ...prices, stock: stock.rows });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch (error) {
        console.error(error);
        res.writeHead(500).end();
      } finally {
        inFlight--;
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/catalog-page`,
    async stop() {
      server.close();
      server.closeAllConnections();
      while (inFlight > 0) await sleep(10);
    },
  };
}

await runBenchmark(async (stack) => {
  buildProduct();
  const database = await startDatabase('catalog-throughput');
  stack.add(database.stop);
  const product = await startServer({ databaseUrl: database.url() }); // migrates, seeds the demo
  stack.add(product.stop);
  const pool = new pg.Pool({ connectionString: database.url(), max: 10 });
  pool.on('error', () => {}); // a connection the database terminates after pool.end() resolved
  stack.add(() => pool.end());
  const raw = await startRawServer(pool);
  stack.add(raw.stop);

  const cookie = await signIn(product.url, 'coffee', 'buyer@brewline.example');
  const graphql = graphqlRequest(product.url, cookie, CATALOG_PAGE);
  const rawRequest = { ...graphql, url: raw.url };

  // Both sides must serve the same page before their speeds mean anything.
  const graphqlSkus = (await graphqlData(graphql)).products.edges.map((e) => e.node.sku);
  const rawSkus = JSON.parse(await send(rawRequest)).products.map((p) => p.sku);
  if (graphqlSkus.length !== 50 || JSON.stringify(graphqlSkus) !== JSON.stringify(rawSkus)) {
    throw new Error(
      `the two sides disagree: GraphQL ${graphqlSkus.length} SKUs ${graphqlSkus.join(',')}; raw ${rawSkus.length} SKUs ${rawSkus.join(',')}`,
    );
  }
  console.log(`both sides serve the same 50 products (${graphqlSkus[0]} … ${graphqlSkus.at(-1)})`);

  const rates = { graphql: [], raw: [] };
  for (let round_ = 1; round_ <= ROUNDS; round_++) {
    // Alternate which side goes first, so a drift in machine load does not favour one side.
    const order = round_ % 2 ? ['graphql', 'raw'] : ['raw', 'graphql'];
    for (const side of order) {
      rates[side].push(await loadTest(side === 'graphql' ? graphql : rawRequest, { seconds: SECONDS }));
    }
    console.log(
      `round ${round_}: GraphQL ${round(rates.graphql.at(-1), 1)} req/s, raw ${round(rates.raw.at(-1), 1)} req/s`,
    );
  }
  const ratios = rates.graphql.map((g, i) => g / rates.raw[i]);
  const figures = {
    graphqlReqPerSec: round(median(rates.graphql), 1),
    rawReqPerSec: round(median(rates.raw), 1),
    ratio: round(median(rates.graphql) / median(rates.raw), 3),
    ratioPerRoundMin: round(Math.min(...ratios), 3),
    ratioPerRoundMax: round(Math.max(...ratios), 3),
    rounds: ROUNDS,
  };
  const pass = figures.ratio >= TARGET;
  report('catalog-throughput', figures, { ratio: `>= ${TARGET}` }, pass);
  return pass;
});
