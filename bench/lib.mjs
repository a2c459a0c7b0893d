// Shared pieces of the benchmarks: the built server on its own embedded PostgreSQL, and reporting.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(benchDir, '..');

/** Runs `pnpm build` (portal and server) so the benchmark measures what `pnpm start` serves. */
export function buildProduct() {
  const pnpm =
    process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? process.env.npm_execpath : 'pnpm';
  const run = spawnSync(
    pnpm.endsWith('.cjs') || pnpm.endsWith('.js') ? process.execPath : pnpm,
    pnpm.endsWith('.cjs') || pnpm.endsWith('.js') ? [pnpm, 'build'] : ['build'],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error('pnpm build failed');
}

/** Starts the built server on a fresh embedded PostgreSQL with the demo world; resolves when ready. */
export async function startProduct(port) {
  const dataDir = `/tmp/portway-bench-pg-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const child = spawn(process.execPath, [join(repoRoot, 'packages/server/dist/src/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      EMBEDDED_PG_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Prints the result as the last line and writes bench/results/<name>.json. */
export function report(name, figures, targets, pass) {
  const result = { name, figures, targets, pass };
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
