import { expect, test } from '@playwright/test';
import { signIn } from './support.js';

test.use({ viewport: { width: 390, height: 844 } });

test('at phone width the buyer signs in, opens the menu and reaches an order', async ({ page }) => {
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  // The closed menu is off-screen and inert: no link of it is reachable.
  await expect(page.getByRole('link', { name: 'Orders', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open navigation' }).click();
  const orders = page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Orders' });
  await expect(orders).toBeInViewport();
  await orders.click();
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Orders', exact: true })).toHaveCount(0); // it closes after choosing
  // Nothing is wider than the screen.
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);
  // On a phone, orders are cards with their totals in view, not a table.
  await expect(page.getByRole('table')).toHaveCount(0);
  const firstOrder = page
    .getByRole('list', { name: /orders/ })
    .getByRole('listitem')
    .first();
  await expect(firstOrder).toContainText(/\$[\d,]+\.\d\d/);
  await expect(firstOrder).toBeInViewport();
  await firstOrder.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /^Order / })).toBeVisible();
});
