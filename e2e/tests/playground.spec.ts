import { expect, test } from '@playwright/test';
import { signIn } from './support.js';

test('the playground runs a query with the portal session, with no internet', async ({ page, context }) => {
  // Anything not served by the product itself is refused: the playground must not need a CDN.
  const external: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await page.getByRole('link', { name: 'API playground' }).first().click();
  await expect(page.getByRole('heading', { name: 'Portway API playground' })).toBeVisible();
  await expect(
    page.getByText('Signed in to Northbeam Coffee Supply as Maya Chen, acting for Brewline Cafés.'),
  ).toBeVisible();
  await expect(page).toHaveTitle('Portway');
  // The editor (Monaco) starts a moment after the page: run once it shows the default query.
  await expect(page.locator('.graphiql-query-editor .view-lines')).toContainText('viewer', {
    timeout: 20_000,
  });
  await expect(async () => {
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect(page.locator('.graphiql-response')).toContainText('Maya Chen', { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('.graphiql-response')).toContainText('Brewline Cafés');
  expect(external).toEqual([]);
});
