import { expect, test } from '@playwright/test';
import { gql, signIn, signOut } from './support.js';

test("a buyer who types another account's order URL gets 'not found', not the order", async ({ page }) => {
  // Find an order id of the Montreal account, signed in as its buyer.
  await signIn(page, 'coffee', 'acheteur@montroyal.example');
  await expect(page).toHaveURL(/\/coffee$/);
  const data = await gql<{ orders: { edges: Array<{ node: { id: string; number: string } }> } }>(
    page,
    '{ orders(first: 1) { edges { node { id number } } } }',
  );
  const foreign = data.orders.edges[0].node;
  await page.goto(`/coffee/orders/${foreign.id}`);
  await expect(page.getByRole('heading', { name: `Order ${foreign.number}` })).toBeVisible();
  await signOut(page, 'Élise Tremblay', 'coffee');

  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await page.goto(`/coffee/orders/${foreign.id}`);
  await expect(page.getByRole('heading', { name: 'Order not found' })).toBeVisible();
  await expect(page.getByText(foreign.number)).toHaveCount(0);
});

test('a sales rep switches to an assigned account and sees its orders', async ({ page }) => {
  await signIn(page, 'coffee', 'rep@northbeam.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await page.getByRole('button', { name: 'Switch account' }).first().click();
  const switcher = page.getByRole('combobox', { name: 'Acting for account' }).first();
  await expect(page.getByRole('option', { name: /Brewline Cafés/ })).toBeVisible();
  await switcher.fill('Mont-Royal');
  const option = page.getByRole('option', { name: /Café Mont-Royal/ });
  await expect(option).toHaveCount(1);
  await option.click();
  // Acting for the account: the header names it and the Orders navigation appears.
  await expect(page.getByRole('banner')).toContainText('Café Mont-Royal');
  await page.getByRole('link', { name: 'Orders' }).first().click();
  // Montreal's orders, placed by its buyer, in Canadian dollars formatted for fr-CA ("2 183,71 $").
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  await expect(firstRow).toContainText('Élise Tremblay');
  await expect(firstRow).toContainText(/\d,\d\d\s\$/);
});
