import { defineConfig } from '@playwright/test';

/**
 * Browser journeys in Debian's Chromium against the built product (`pnpm build` first), served on its
 * own port with a fresh embedded PostgreSQL seeded with the demo world.
 */
const port = Number(process.env.E2E_PORT ?? 4310);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dataDir = `/tmp/portway-e2e-pg-${port}`;
// The built portal is copied when the run starts and served from the copy: a `pnpm build` elsewhere in
// the checkout during the run (it empties packages/portal/dist first) cannot pull pages from under it.
const portalDir = `/tmp/portway-e2e-portal-${port}`;

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0, // a flaky pass is reported as flaky, not hidden
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: './test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} ${portalDir} && cp -R ../packages/portal/dist ${portalDir} && test -f ${portalDir}/index.html && exec node ../packages/server/dist/src/main.js`,
    url: `http://127.0.0.1:${port}/readyz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      EMBEDDED_PG_DIR: dataDir,
      PORTAL_DIR: portalDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
  },
});
