import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support.js';

test('the coffee buyer browses the catalog, opens a product, follows order history and an order, then signs out', async ({
  page,
}) => {
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Maya');
  await expect(page.getByText('Brewline Cafés').first()).toBeVisible();

  // Catalog: categories, search by name and by SKU, pagination, prices.
  await page.getByRole('link', { name: 'Catalog' }).first().click();
  await expect(page.getByRole('heading', { name: 'Catalog', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Catalog · Northbeam Coffee Supply · Portway');
  await expect(page.getByRole('heading', { name: 'Catalog', level: 1 })).toBeFocused();
  const count = page.getByRole('status').filter({ hasText: /\d+ products?/ });
  await expect(count).toContainText('54 products');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page.getByText('Page 2 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Previous page' }).click();

  const categories = page.getByRole('navigation', { name: 'Categories' });
  await categories.getByRole('button', { name: /^Seasonal/ }).click();
  await expect(count).toContainText('3 products');
  await expect(page.getByRole('link', { name: 'Harvest Moon Seasonal Roast' })).toBeVisible();

  await categories.getByRole('button', { name: /^All categories/ }).click();
  const search = page.getByLabel('Search products');
  await search.fill('NB-SE-101');
  await expect(count).toContainText(/^1 product\b/);
  await search.fill('harvest moon');
  await expect(count).toContainText(/^1 product\b/);
  await search.fill('no such thing anywhere');
  await expect(page.getByText(/No products match/)).toBeVisible();
  await search.fill('harvest');

  // Product page with its list price in USD.
  await page.getByRole('link', { name: 'Harvest Moon Seasonal Roast' }).click();
  await expect(page.getByRole('heading', { name: 'Harvest Moon Seasonal Roast', level: 1 })).toBeVisible();
  await expect(page.getByText('NB-SE-101').first()).toBeVisible();
  await expect(page.getByText(/\$\d+\.\d\d/).first()).toBeVisible();

  // Order history: status, date, total; filter by status and by date range.
  await page.getByRole('link', { name: 'Orders' }).first().click();
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  // Paging survives opening an order and coming back.
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await rows.nth(1).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /^Order / })).toBeVisible();
  await page.goBack();
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Delivered' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/status=DELIVERED/);
  await expect(rows.nth(1)).toContainText('Delivered');
  const allRows = async () => (await rows.allTextContents()).slice(1);
  await expect.poll(async () => (await allRows()).every((row) => row.includes('Delivered'))).toBe(true);

  const year = new Date().getFullYear() - 1;
  await page.getByLabel('Placed from').fill(`${year}-12-01`);
  await page.getByLabel('Placed to').fill(`${year}-12-31`);
  await expect(page).toHaveURL(/from=.*to=/);
  await expect(rows.nth(1)).toContainText(`Dec`);
  const inDecember = new RegExp(`Dec \\d+, ${year}`);
  await expect
    .poll(async () => (await allRows()).every((row) => inDecember.test(row) && row.includes('Delivered')))
    .toBe(true);

  // An order with its lines.
  const firstOrder = rows.nth(1).getByRole('link').first();
  const number = (await firstOrder.innerText()).trim();
  await firstOrder.click();
  await expect(page.getByRole('heading', { name: `Order ${number}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText('Total', { exact: true })).toBeVisible();

  await signOut(page, 'Maya Chen', 'coffee');
  await page.goto('/coffee/orders');
  await expect(page).toHaveURL(/\/coffee\/sign-in/);
});
