// price-lines: `priceLines` (dry-run pricing) at 200 and 2,000 distinct SKUs on the bench site, as its
// contract buyer (list and trade books, contract prices, volume tiers, promotions all in play).
// Targets: 2,000 lines ≤ 12 × 200 lines; SQL statements per request do not grow with the lines;
// 2,000 lines ≤ 3 × the raw SQL fetch (pg, this process) of the same price rows.
import pg from 'pg';
import {
  buildProduct,
  graphqlData,
  graphqlRequest,
  importBuilt,
  median,
  openOrm,
  RAW_SCOPE_CTES,
  rawPriceRows,
  rawViewer,
  repoRoot,
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

process.env.LOG_LEVEL ??= 'warn'; // the in-process server's request log
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const WARMUP = 3;
const PRODUCTS = 10_000;

const PRICE_LINES = `query PriceLines($lines: [PriceLineInput!]!) {
  priceLines(lines: $lines) {
    lines {
      __typename
      ... on PricedLine {
        sku
        price { unitPrice { amount } lineTotal { amount } steps { kind label unitPrice { amount } } }
      }
      ... on PriceLineError { code message }
    }
  }
}`;

/** The raw fetch's products by SKU, with what the buyer may do with them ($1 site, $2 account, $3 currency). */
const RAW_PRODUCTS_SQL = `WITH ${RAW_SCOPE_CTES}
  SELECT p.id, p.sku, p.category_id, p.min_order_quantity, p.max_order_quantity, p.order_increment,
         a.can_buy, a.can_see_price
    FROM product p JOIN access a ON a.category_id = p.category_id
   WHERE p.site_id = $1 AND p.status = 'ACTIVE' AND p.sku = ANY($4::text[])`;

/** Site-wide reference data the prices also need: promotions (with targets, groups, amounts), categories. */
const RAW_REFERENCE_SQL = `SELECT
  (SELECT json_agg(json_build_object('id', pr.id, 'name', pr.name, 'kind', pr.discount_kind, 'percent', pr.percent,
          'minQuantity', pr.min_quantity, 'startsAt', pr.starts_at, 'endsAt', pr.ends_at, 'coupon', pr.coupon_code,
          'stacking', pr.stacking, 'priority', pr.priority,
          'products', (SELECT array_agg(t.product_id) FROM promotion_target t WHERE t.promotion_id = pr.id AND t.product_id IS NOT NULL),
          'categories', (SELECT array_agg(t.category_id) FROM promotion_target t WHERE t.promotion_id = pr.id AND t.category_id IS NOT NULL),
          'groups', (SELECT array_agg(g.buyer_group_id) FROM promotion_buyer_group g WHERE g.promotion_id = pr.id),
          'amounts', (SELECT json_agg(c) FROM promotion_currency c WHERE c.promotion_id = pr.id)) ORDER BY pr.priority, pr.id)
     FROM promotion pr WHERE pr.site_id = $1 AND pr.active AND (pr.ends_at IS NULL OR pr.ends_at > now())) AS promotions,
  (SELECT json_agg(json_build_object('id', c.id, 'parent', c.parent_id)) FROM category c WHERE c.site_id = $1) AS categories`;

/** `count` distinct bench SKUs (every third product, so every book, tier, contract and promotion shows up). */
function linesOf(count) {
  return Array.from({ length: count }, (_, i) => ({
    sku: `BX-${String(1 + i * 3).padStart(7, '0')}`,
    quantity: [1, 5, 12, 25, 60, 250][i % 6],
  }));
}

/** Every line priced, in order; returns how many steps of each kind the prices show. */
function checkPriced(data, lines) {
  const kinds = {};
  data.priceLines.lines.forEach((line, i) => {
    if (line.__typename !== 'PricedLine' || line.sku !== lines[i].sku) {
      throw new Error(`line ${i} (${lines[i].sku}) was not priced: ${JSON.stringify(line)}`);
    }
    for (const step of line.price.steps) kinds[step.kind] = (kinds[step.kind] ?? 0) + 1;
  });
  if (data.priceLines.lines.length !== lines.length) throw new Error('lines are missing from the answer');
  return kinds;
}

/** SQL statements per request, counted by the ORM's query logger of an in-process server. */
async function countStatements(databaseUrl, cookie, sizes) {
  const { orm, queries } = await openOrm(databaseUrl, { countQueries: true });
  const { createHttpApp } = await importBuilt('src/app/http.js');
  const { readConfig } = await importBuilt('src/platform/config.js');
  const { logger } = await importBuilt('src/platform/logger.js');
  const config = { ...readConfig({ NODE_ENV: 'production' }, repoRoot), portalDir: undefined };
  const { app, stop } = await createHttpApp(orm, config, logger);
  const server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const url = `http://127.0.0.1:${server.address().port}`;
    const counts = {};
    for (const size of sizes) {
      const request = graphqlRequest(url, cookie, PRICE_LINES, { lines: linesOf(size) });
      await send(request); // caches of reference data (scope, books, promotions) filled
      queries.count = 0;
      checkPriced(await graphqlData(request), linesOf(size));
      counts[size] = queries.count;
    }
    return counts;
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await stop();
    await orm.close();
  }
}

await runBenchmark(async (stack) => {
  buildProduct({ serverOnly: true });
  const database = await startDatabase('price-lines');
  stack.add(database.stop);
  await seedBenchSites(database.url(), [{ code: 'bench', products: PRODUCTS }]);
  const product = await startServer({ databaseUrl: database.url(), seedDemo: false });
  stack.add(product.stop);
  const pool = new pg.Pool({ connectionString: database.url(), max: 10 });
  pool.on('error', () => {}); // a connection the database terminates after pool.end() resolved
  stack.add(() => pool.end());

  const cookie = await signIn(product.url, 'bench', 'bench-small@bench.example');
  const statements = await countStatements(database.url(), cookie, [200, 2000]);
  console.log(`SQL statements per request: ${statements[200]} at 200 lines, ${statements[2000]} at 2,000`);

  const lines200 = linesOf(200);
  const lines2000 = linesOf(2000);
  const request200 = graphqlRequest(product.url, cookie, PRICE_LINES, { lines: lines200 });
  const request2000 = graphqlRequest(product.url, cookie, PRICE_LINES, { lines: lines2000 });
  checkPriced(await graphqlData(request200), lines200);
  const kinds = checkPriced(await graphqlData(request2000), lines2000);
  console.log(`steps in the 2,000 prices: ${JSON.stringify(kinds)}`);
  for (const kind of ['LIST', 'BOOK', 'CONTRACT', 'TIER', 'PROMOTION']) {
    if (!kinds[kind]) throw new Error(`no ${kind} step among the prices: the bench data is not in play`);
  }

  const skus2000 = lines2000.map((l) => l.sku);
  // The raw fetch: the viewer, then products and reference data, then the products' price rows.
  const raw = async () => {
    const viewer = await rawViewer(pool, cookie);
    const [products, reference] = await Promise.all([
      pool.query(RAW_PRODUCTS_SQL, [viewer.site_id, viewer.account_id, viewer.currency, skus2000]),
      pool.query(RAW_REFERENCE_SQL, [viewer.site_id]),
    ]);
    const ids = products.rows.map((p) => p.id);
    const prices = await rawPriceRows(pool, viewer, ids);
    return { products: products.rows, reference: reference.rows[0], ...prices };
  };
  const rawRows = await raw();
  if (rawRows.products.length !== 2000 || rawRows.entries.length < 2000) {
    throw new Error(`the raw fetch found ${rawRows.products.length} of 2,000 products`);
  }

  const runs = { graphql200: [], graphql2000: [], raw2000: [] };
  const measure = {
    graphql200: () => send(request200),
    graphql2000: () => send(request2000),
    raw2000: raw,
  };
  const names = Object.keys(measure);
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // Rotate the order each run, so drifting machine load does not favour one of the three.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      const ms = await timeMs(measure[name]);
      if (i >= WARMUP) runs[name].push(ms);
    }
  }
  const ms = Object.fromEntries(names.map((n) => [n, median(runs[n])]));
  console.log(
    `median ms: ${names.map((n) => `${n} ${round(ms[n], 1)} (${runs[n].map((x) => round(x, 0)).join(' ')})`).join('; ')}`,
  );
  const figures = {
    ms200: round(ms.graphql200, 1),
    ms2000: round(ms.graphql2000, 1),
    rawMs2000: round(ms.raw2000, 1),
    ratio2000To200: round(ms.graphql2000 / ms.graphql200, 2),
    ratio2000ToRaw: round(ms.graphql2000 / ms.raw2000, 2),
    statements200: statements[200],
    statements2000: statements[2000],
    runs: RUNS,
  };
  const pass =
    figures.ratio2000To200 <= 12 &&
    figures.ratio2000ToRaw <= 3 &&
    figures.statements2000 === figures.statements200;
  report(
    'price-lines',
    figures,
    { ratio2000To200: '<= 12', ratio2000ToRaw: '<= 3', statements2000: '== statements200' },
    pass,
  );
  return pass;
});
