// Shared pieces of the benchmarks: the built server and its database, sign-in and GraphQL, load and
// timing helpers, and reporting.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(benchDir, '..');
export const serverDir = join(repoRoot, 'packages/server');
const serverRequire = createRequire(join(serverDir, 'package.json'));

/**
 * Runs `pnpm build` (portal and server) so the benchmark measures what `pnpm start` serves;
 * `serverOnly` builds the server alone (for benchmarks that never load the portal).
 */
export function buildProduct({ serverOnly = false } = {}) {
  if (process.env.BENCH_SKIP_BUILD === '1') return; // while iterating on a benchmark: reuse the last build
  const pnpm =
    process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? process.env.npm_execpath : 'pnpm';
  const args = serverOnly ? ['--filter', '@portway/server', 'build'] : ['build'];
  const viaNode = pnpm.endsWith('.cjs') || pnpm.endsWith('.js');
  const run = spawnSync(viaNode ? process.execPath : pnpm, viaNode ? [pnpm, ...args] : args, {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('pnpm build failed');
}

/** A module of the built server, e.g. `src/app/http.js` (packages/server/dist/...). */
export function importBuilt(path) {
  return import(pathToFileURL(join(serverDir, 'dist', path)).href);
}

/** A dependency of the server package, resolved where the server resolves it (one copy of each). */
export function importServerDependency(name) {
  return import(pathToFileURL(serverRequire.resolve(name)).href);
}

const quietLog = { info() {}, debug() {}, warn() {}, error() {} };

/**
 * A fresh embedded PostgreSQL (the server's own module) in a /tmp folder, with the databases asked
 * for; `url(name)` connects to one. `stop()` shuts it down and removes the folder.
 */
export async function startDatabase(label, databases = ['portway']) {
  const dataDir = `/tmp/portway-bench-${label}-${process.pid}`;
  rmSync(dataDir, { recursive: true, force: true });
  const { startEmbeddedPostgres } = await importBuilt('src/platform/db/embedded-postgres.js');
  const postgres = await startEmbeddedPostgres(dataDir, quietLog);
  for (const name of databases) await postgres.ensureDatabase(name);
  return {
    url: (name = databases[0]) => postgres.url(name),
    async stop() {
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the built server on a fresh embedded PostgreSQL with the demo world; resolves when ready. */
export async function startProduct(port) {
  const dataDir = `/tmp/portway-bench-pg-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer({ port, env: { EMBEDDED_PG_DIR: dataDir, DATABASE_URL: '' } });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the built server (`node packages/server/dist/src/main.js`, production mode) in its own
 * process, on `port` or a free one; it migrates its database and, unless `seedDemo` is false, seeds the
 * demo world. Resolves when /readyz answers.
 */
/** The Node options the server's `serve` script starts it with (e.g. a larger young generation). */
function serveNodeOptions() {
  const { scripts } = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8'));
  const match = / node ((?:--\S+ )*)dist\/src\/main\.js/.exec(scripts.serve);
  if (!match) throw new Error(`cannot read the Node options of the serve script: ${scripts.serve}`);
  return match[1].split(' ').filter(Boolean);
}

export async function startServer({ port, databaseUrl, seedDemo = true, env = {} }) {
  port ??= await freePort();
  // The server runs with the Node options of `pnpm serve`; BENCH_SERVER_NODE_ARGS adds more, e.g.
  // "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it under load.
  const nodeArgs = [
    ...serveNodeOptions(),
    ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
  ];
  const child = spawn(process.execPath, [...nodeArgs, join(serverDir, 'dist/src/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl ?? '',
      SEED_DEMO: seedDemo ? 'true' : 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (i === 600) {
      child.kill('SIGTERM');
      throw new Error('server did not become ready in 5 minutes');
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * MikroORM on a database with the server's own configuration (built). `countQueries` counts the SQL
 * statements it sends, as the server's test harness does, in `queries.count`.
 */
export async function openOrm(url, { countQueries = false } = {}) {
  await importServerDependency('reflect-metadata');
  const { MikroORM } = await importServerDependency('@mikro-orm/postgresql');
  const { ormConfig } = await importBuilt('src/app/orm-config.js');
  const queries = { count: 0 };
  const counting = {
    debug: ['query'],
    logger: (message) => {
      if (/\[query\]/.test(message)) queries.count++;
    },
  };
  const quiet = { logger: () => {} }; // no migrator chatter on stdout
  const orm = await MikroORM.init(ormConfig(url, countQueries ? counting : quiet));
  return { orm, queries };
}

/** Migrates the database and seeds bench sites (`[{ code, products }]`) without orders; then ANALYZE. */
export async function seedBenchSites(url, sites) {
  const { orm } = await openOrm(url);
  try {
    await orm.getMigrator().up();
    const { seedBenchData } = await importBuilt('seeders/bench-data.js');
    const { hashPassword } = await importBuilt('src/modules/identity/password.js');
    const { DEMO_PASSWORD } = await importBuilt('seeders/demo-world.js');
    const hash = await hashPassword(DEMO_PASSWORD);
    for (const site of sites) {
      const started = Date.now();
      const size = { products: site.products, smallOrders: 0, largeOrders: 0, linesPerOrder: 0 };
      await seedBenchData(orm.em.fork(), hash, size, site.code);
      console.log(`seeded site ${site.code}: ${site.products} products in ${Date.now() - started} ms`);
    }
    // Fresh bulk loads have no statistics yet: plan as a database in service would.
    await orm.em.getConnection().execute('VACUUM ANALYZE');
  } finally {
    await orm.close();
  }
}

/** Signs in through the GraphQL API; returns the session cookie (`portway_session=...`). */
export async function signIn(baseUrl, siteCode, email, password = 'portway-demo') {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: `mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }`,
      variables: { input: { siteCode, email, password } },
    }),
  });
  const body = await response.json();
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (body.data?.signIn?.__typename !== 'SignInSuccess' || !cookie) {
    throw new Error(`sign-in as ${email} on ${siteCode} failed: ${JSON.stringify(body)}`);
  }
  return cookie;
}

/** The request the portal sends for a GraphQL operation, reusable by fetch and autocannon. */
export function graphqlRequest(baseUrl, cookie, query, variables) {
  return {
    url: `${baseUrl}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
    body: JSON.stringify({ query, variables }),
  };
}

/** Sends a request; returns the body as text (timed callers parse it afterwards, if at all). */
export async function send(request) {
  const response = await fetch(request.url, request);
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${request.url}: ${text.slice(0, 500)}`);
  return text;
}

/** Sends a GraphQL request and returns its data; any GraphQL error fails the benchmark. */
export async function graphqlData(request) {
  const body = JSON.parse(await send(request));
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Milliseconds an async function takes. */
export async function timeMs(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function median(values) {
  return percentile(values, 50);
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (rank - low);
}

export function round(value, digits = 2) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Requests per second of one request under load: autocannon with 10 connections for `seconds`, after a
 * warm-up, in a worker thread (so the load generator never shares an event loop with a server that
 * runs in this process). Any non-2xx answer or connection error fails the benchmark.
 */
export async function loadTest(request, { seconds = 5, warmupSeconds = 2, connections = 10 } = {}) {
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
    workerData: { request, seconds, warmupSeconds, connections },
  });
  const result = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  if (result.non2xx || result.errors) {
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors from ${request.url}`);
  }
  return result.requestsPerSecond;
}

/** A TCP port free right now on 127.0.0.1 (benchmarks of other sessions may hold the usual ones). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs a benchmark: `body(stack)` does the work, registering with `stack.add(stop)` what it starts,
 * and returns whether the targets are met. Everything is stopped (last first, also on Ctrl-C), then the
 * process exits 0 on pass and 1 on a miss or an error. (It exits explicitly: the embedded PostgreSQL
 * module's exit hook would otherwise end the process with 0 whatever `process.exitCode` says.)
 */
export async function runBenchmark(body) {
  const stops = [];
  const stopAll = async () => {
    while (stops.length) {
      try {
        await stops.pop()();
      } catch (error) {
        console.error('cleanup:', error);
      }
    }
  };
  process.once('SIGINT', () => stopAll().then(() => process.exit(130)));
  let code = 1;
  try {
    code = (await body({ add: (stop) => stops.push(stop) })) ? 0 : 1;
  } catch (error) {
    console.error(error);
  } finally {
    await stopAll();
  }
  process.exit(code);
}

// ---- Raw baselines: hand-written SQL with `pg` -------------------------------------------------------

/** The signed-in buyer behind a session cookie (as the server reads it: SHA-256 of the token). */
export async function rawViewer(pool, cookieHeader) {
  const token = /(?:^|;\s*)portway_session=([^;]+)/.exec(cookieHeader ?? '')?.[1];
  if (!token) return null;
  const { rows } = await pool.query(
    `SELECT u.id AS user_id, u.site_id, u.account_id, COALESCE(a.currency, site.default_currency) AS currency
       FROM user_session s JOIN app_user u ON u.id = s.user_id JOIN site ON site.id = u.site_id
       LEFT JOIN account a ON a.id = u.account_id
      WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [createHash('sha256').update(decodeURIComponent(token)).digest('hex')],
  );
  return rows[0] ?? null;
}

/**
 * CTEs of a buyer's scope, parameters $1 site, $2 account, $3 currency: `access` (per category the
 * account may see: can_buy, can_see_price, reason; grants of its buyer groups' policies spread down the
 * category tree) and `books` (the list book and its groups' books in the currency).
 */
export const RAW_SCOPE_CTES = `RECURSIVE account_groups AS (
    SELECT ag.buyer_group_id AS id FROM account_buyer_group ag WHERE ag.account_id = $2
    UNION ALL
    SELECT g.id FROM buyer_group g
     WHERE g.site_id = $1 AND g.is_default AND NOT EXISTS (SELECT 1 FROM account_buyer_group WHERE account_id = $2)
  ), grants AS (
    SELECT i.category_id, pol.can_view, pol.can_buy, pol.can_see_price, pol.not_buyable_reason
      FROM entitlement_policy pol
      JOIN entitlement_policy_group pg ON pg.policy_id = pol.id AND pg.buyer_group_id IN (SELECT id FROM account_groups)
      JOIN entitlement_policy_item i ON i.policy_id = pol.id AND i.category_id IS NOT NULL
     WHERE pol.active AND pol.site_id = $1
    UNION ALL
    SELECT c.id, g.can_view, g.can_buy, g.can_see_price, g.not_buyable_reason
      FROM category c JOIN grants g ON c.parent_id = g.category_id
  ), access AS (
    SELECT category_id, bool_or(can_buy) AS can_buy, bool_or(can_see_price) AS can_see_price,
           CASE WHEN NOT bool_or(can_buy) THEN min(not_buyable_reason) END AS reason
      FROM grants WHERE can_view GROUP BY category_id
  ), books AS (
    SELECT b.id FROM price_book b
     WHERE b.site_id = $1 AND b.currency = $3 AND b.active
       AND (b.is_default OR b.id IN (SELECT price_book_id FROM buyer_group_price_book
                                      WHERE buyer_group_id IN (SELECT id FROM account_groups)))
  )`;

/**
 * A buyer's price rows for products, as plain rows: entries in the buyer's `books`, the account's
 * contract prices and the volume tiers, in the buyer's currency (three statements, in parallel).
 */
export async function rawPriceRows(pool, viewer, productIds) {
  const [entries, contracts, tiers] = await Promise.all([
    pool.query(
      `WITH ${RAW_SCOPE_CTES}
       SELECT e.price_book_id, e.product_id, e.unit_price FROM price_book_entry e
        WHERE e.product_id = ANY($4::uuid[]) AND e.price_book_id IN (SELECT id FROM books)`,
      [viewer.site_id, viewer.account_id, viewer.currency, productIds],
    ),
    pool.query(
      `SELECT id, product_id, unit_price, valid_from, valid_to, reference FROM contract_price
        WHERE account_id = $1 AND currency = $2 AND product_id = ANY($3::uuid[])
          AND (valid_to IS NULL OR valid_to > now())`,
      [viewer.account_id, viewer.currency, productIds],
    ),
    pool.query(
      `SELECT t.id, t.product_id, t.mode, v.lower_bound, v.upper_bound, v.adjustment, v.value
         FROM volume_tier_table t JOIN volume_tier v ON v.table_id = t.id
        WHERE t.product_id = ANY($2::uuid[]) AND t.currency = $1 ORDER BY t.product_id, v.lower_bound`,
      [viewer.currency, productIds],
    ),
  ]);
  return { entries: entries.rows, contracts: contracts.rows, tiers: tiers.rows };
}

/** Prints the result as the last line and writes bench/results/<name>.json. */
export function report(name, figures, targets, pass) {
  const result = { name, figures, targets, pass };
  // Shared machines: say how busy this one was, next to figures that depend on it.
  console.log(
    `wall time ${Math.round(process.uptime())} s; machine load ${loadavg()[0].toFixed(1)} (1-minute average) on ${cpus().length} cores`,
  );
  mkdirSync(join(benchDir, 'results'), { recursive: true });
  writeFileSync(join(benchDir, 'results', `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result));
  return result;
}

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
