import { expect, test } from '@playwright/test';
import { gql, money, productCount, signIn, signOut } from './support.js';

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
  // 57: the chain's entitled catalog, with the starter-kit bundle and the chain's two private labels.
  await expect(count).toContainText('57 products');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page.getByText('Page 2 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Previous page' }).click();

  const categories = page.getByRole('navigation', { name: 'Categories' });
  await categories.getByRole('button', { name: /^Seasonal/ }).click();
  await expect(count).toContainText('3 products');
  await expect(page.getByRole('link', { name: 'Harvest Moon Seasonal Roast' })).toBeVisible();

  await categories.getByRole('button', { name: /^All categories/ }).click();
  // Typing before the whole catalog is back can bring the category back (a product race, reported):
  // a person sees the full list first, and so does the journey.
  await expect(page).not.toHaveURL(/[?&]category=/);
  await expect(count).toHaveText('57 products');
  const search = page.getByLabel('Search products');
  // Search follows the typing (after a short pause); the count names what it matched. A SKU also
  // finds its near neighbours (typo tolerance), the exact one first.
  const { products: bySku } = await gql<{ products: { totalCount: number } }>(
    page,
    '{ products(search: "NB-SE-101") { totalCount } }',
  );
  await search.fill('NB-SE-101');
  await expect(count).toHaveText(`${productCount(bySku.totalCount)} matching “NB-SE-101”`);
  await expect(page).toHaveURL(/[?&]q=NB-SE-101(&|$)/);
  const firstCard = page.getByRole('article').first();
  await expect(firstCard.getByRole('link')).toHaveText('Harvest Moon Seasonal Roast');
  await expect(firstCard).toContainText('SKU NB-SE-101');
  await search.fill('harvest moon');
  await expect(count).toHaveText('1 product matching “harvest moon”');
  await search.fill('no such thing anywhere');
  await expect(page.getByText(/No products match/)).toBeVisible();
  await search.fill('harvest');
  await expect(count).toHaveText('1 product matching “harvest”');

  // Product page with the buyer's price and the list price, in USD, as the API gives them.
  const { productBySku: facts } = await gql<{
    productBySku: { price: { unitPrice: { amount: string }; listUnitPrice: { amount: string } } };
  }>(
    page,
    '{ productBySku(sku: "NB-SE-101") { price(quantity: 1) { unitPrice { amount } listUnitPrice { amount } } } }',
  );
  await page.getByRole('link', { name: 'Harvest Moon Seasonal Roast' }).click();
  await expect(page.getByRole('heading', { name: 'Harvest Moon Seasonal Roast', level: 1 })).toBeVisible();
  await expect(page.getByText('NB-SE-101').first()).toBeVisible();
  const price = page.getByRole('region', { name: 'Price', exact: true });
  await expect(price).toContainText(`Your price ${money(facts.price.unitPrice.amount, 'USD', 'en-US')}`);
  await expect(price).toContainText(`List price ${money(facts.price.listUnitPrice.amount, 'USD', 'en-US')}`);

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
