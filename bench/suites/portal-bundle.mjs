// portal-bundle: the gzipped JavaScript a browser actually loads for the sign-in page and for the home
// page (signed in), measured in Chromium against the built product. Target: ≤ 200 KiB each; the
// playground's code must not be among it (it loads only on /graphiql).
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { buildProduct, chromiumPath, CHROMIUM_ARGS, report, startProduct } from '../lib.mjs';

const LIMIT_KIB = 200;
buildProduct();
const server = await startProduct(Number(process.env.BENCH_PORT ?? 4320));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/** Loads a page and returns the gzipped size (KiB) of every script it fetched, and their names. */
async function scriptsOf(page, action) {
  const scripts = new Map();
  const onResponse = async (response) => {
    const url = response.url();
    if (response.request().resourceType() === 'script' || url.endsWith('.js')) {
      try {
        scripts.set(url, gzipSync(await response.body(), { level: 9 }).length);
      } catch {
        // a response without a body (redirect) carries no code
      }
    }
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
  return {
    kib: Math.round((bytes / 1024) * 10) / 10,
    files: [...scripts.keys()].map((u) => u.split('/').pop()),
  };
}

try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = await scriptsOf(page, async () => {
    await page.goto(`${server.url}/coffee/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
  await page.getByLabel('Email').fill('buyer@brewline.example');
  await page.getByRole('textbox', { name: 'Password' }).fill('portway-demo');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL(`${server.url}/coffee`);

  const homePage = await context.newPage(); // a fresh page load of home, as after a reload
  const home = await scriptsOf(homePage, async () => {
    await homePage.goto(`${server.url}/coffee`);
    await homePage.getByRole('heading', { name: 'Recent orders' }).waitFor();
  });

  const playgroundPage = await context.newPage();
  const playground = await scriptsOf(playgroundPage, async () => {
    await playgroundPage.goto(`${server.url}/graphiql`);
    await playgroundPage.locator('.graphiql-query-editor .view-lines').waitFor();
  });

  const playgroundFiles = new Set(
    playground.files.filter((f) => !signIn.files.includes(f) && !home.files.includes(f)),
  );
  const figures = {
    signInKiB: signIn.kib,
    homeKiB: home.kib,
    playgroundKiB: playground.kib,
    playgroundChunksOnSignInOrHome: [...signIn.files, ...home.files].filter((f) => playgroundFiles.has(f))
      .length,
  };
  console.log(`sign-in scripts: ${signIn.files.join(', ')}`);
  console.log(`home scripts: ${home.files.join(', ')}`);
  const pass =
    figures.signInKiB <= LIMIT_KIB &&
    figures.homeKiB <= LIMIT_KIB &&
    playground.kib > home.kib &&
    figures.playgroundChunksOnSignInOrHome === 0;
  report(
    'portal-bundle',
    figures,
    { signInKiB: `<= ${LIMIT_KIB}`, homeKiB: `<= ${LIMIT_KIB}`, playgroundChunksOnSignInOrHome: '== 0' },
    pass,
  );
  process.exitCode = pass ? 0 : 1;
} finally {
  await browser.close();
  await server.stop();
}
