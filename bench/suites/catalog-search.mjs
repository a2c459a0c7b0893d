// catalog-search: catalog search (a page of 24 with prices, the total and facet counts) as the bench
// buyer, on a catalog of 10k products and on one of 100k, each in its own database (so neither size's
// indexes hold the other's rows) behind its own built server. Target: p50 at 100k ≤ 2 × p50 at 10k.
import {
  buildProduct,
  graphqlData,
  graphqlRequest,
  median,
  percentile,
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

const TARGET = 2;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10); // each round runs every query once per size
const WARMUP_ROUNDS = 2;
const SIZES = [
  { code: 'bench10k', products: 10_000, database: 'portway_10k' },
  { code: 'bench100k', products: 100_000, database: 'portway_100k' },
];

const SEARCH = `query Search($q: String!) {
  products(first: 24, search: $q) {
    totalCount
    edges { node { sku name price(quantity: 1) { unitPrice { amount } } } }
    facets { code values { code count } }
  }
}`;

/** The mix: one word, two words, a SKU prefix, a typo (two adjacent letters swapped), twice each. */
const QUERIES = [
  'stainless',
  'bearing',
  'brass valve',
  'nylon washer',
  'BX-00012',
  'BX-000345',
  'bushnig',
  'sprockte',
];

await runBenchmark(async (stack) => {
  buildProduct({ serverOnly: true });
  const databases = SIZES.map((s) => s.database);
  const database = await startDatabase('catalog-search', databases);
  stack.add(database.stop);
  for (const size of SIZES) await seedBenchSites(database.url(size.database), [size]);
  for (const size of SIZES) {
    size.server = await startServer({
      databaseUrl: database.url(size.database),
      seedDemo: false,
    });
    stack.add(size.server.stop);
    const cookie = await signIn(size.server.url, size.code, 'bench-small@bench.example');
    size.requests = QUERIES.map((q) => graphqlRequest(size.server.url, cookie, SEARCH, { q }));
    size.samples = [];
    size.byQuery = QUERIES.map(() => []);
  }

  // Every query must find products on both sites (a search that finds nothing is fast for no reason).
  for (const [q, query] of QUERIES.entries()) {
    const totals = [];
    for (const size of SIZES) {
      const { products } = await graphqlData(size.requests[q]);
      if (products.totalCount === 0 || products.edges.length === 0 || products.facets.length === 0) {
        throw new Error(`"${query}" finds nothing (or no facets) on ${size.code}`);
      }
      totals.push(products.totalCount);
    }
    console.log(`"${query}": ${SIZES.map((s, i) => `${totals[i]} matches at ${s.code}`).join(', ')}`);
  }

  for (let r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
    for (const q of QUERIES.keys()) {
      // Alternate which size goes first.
      const order = (r + q) % 2 ? [...SIZES].reverse() : SIZES;
      for (const size of order) {
        const ms = await timeMs(() => send(size.requests[q]));
        if (r >= WARMUP_ROUNDS) {
          size.samples.push(ms);
          size.byQuery[q].push(ms);
        }
      }
    }
  }
  const [small, large] = SIZES;
  for (const [q, query] of QUERIES.entries()) {
    const [a, b] = [median(small.byQuery[q]), median(large.byQuery[q])];
    console.log(`"${query}": p50 ${round(a, 1)} ms at 10k, ${round(b, 1)} ms at 100k (× ${round(b / a, 2)})`);
  }
  const figures = {
    p50Ms10k: round(median(small.samples), 1),
    p50Ms100k: round(median(large.samples), 1),
    ratio: round(median(large.samples) / median(small.samples), 2),
    p90Ms10k: round(percentile(small.samples, 90), 1),
    p90Ms100k: round(percentile(large.samples, 90), 1),
    samplesPerSize: small.samples.length,
  };
  const pass = figures.ratio <= TARGET;
  report('catalog-search', figures, { ratio: `<= ${TARGET}` }, pass);
  return pass;
});
