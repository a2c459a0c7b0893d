import { expect, test } from '@playwright/test';
import { gql, signIn, signOut } from './support.js';

test("a buyer who types another account's order URL gets 'not found', not the order", async ({ page }) => {
  // Find an order id of the Montreal account, signed in as its buyer (whose interface is in French).
  await signIn(page, 'coffee', 'acheteur@montroyal.example');
  await expect(page).toHaveURL(/\/coffee$/);
  const data = await gql<{ orders: { edges: Array<{ node: { id: string; number: string } }> } }>(
    page,
    '{ orders(first: 1) { edges { node { id number } } } }',
  );
  const foreign = data.orders.edges[0]!.node;
  await page.goto(`/coffee/orders/${foreign.id}`);
  await expect(page.getByRole('heading', { name: `Commande ${foreign.number}`, level: 1 })).toBeVisible();
  await signOut(page, 'Élise Tremblay', 'coffee', 'fr-CA');

  // The browser remembers the language it last showed: the sign-in page is in French now.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Connexion à Northbeam Coffee Supply');
  await signIn(page, 'coffee', 'buyer@brewline.example', { language: 'fr-CA' });
  await expect(page).toHaveURL(/\/coffee$/);
  // Brewline's buyer works in English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await page.goto(`/coffee/orders/${foreign.id}`);
  await expect(page.getByRole('heading', { name: 'Order not found', level: 1 })).toBeVisible();
  await expect(page.getByText(foreign.number)).toHaveCount(0);
});

test('a sales rep switches to an assigned account and sees its orders, in the account’s language', async ({
  page,
}) => {
  await signIn(page, 'coffee', 'rep@northbeam.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await page.getByRole('button', { name: 'Switch account' }).first().click();
  const switcher = page.getByRole('combobox', { name: 'Acting for account' }).first();
  await expect(page.getByRole('option', { name: /Brewline Cafés/ })).toBeVisible();
  await switcher.fill('Mont-Royal');
  const option = page.getByRole('option', { name: /Café Mont-Royal/ });
  await expect(option).toHaveCount(1);
  await option.click();

  // Acting for a Montreal account, the rep gets its language: the interface turns Canadian French.
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('group', { name: 'Au nom de Café Mont-Royal' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(banner.getByRole('button', { name: 'Menu du compte de Sam Rivera' })).toBeVisible();
  // The Orders navigation ("Commandes") appears once an account is chosen.
  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  await navigation.getByRole('link', { name: 'Commandes' }).click();
  await expect(page.getByRole('heading', { name: 'Commandes', level: 1 })).toBeVisible();
  await expect(page.getByText('Historique des commandes de Café Mont-Royal')).toBeVisible();
  // Montreal's orders, placed by its buyer, in Canadian dollars formatted for fr-CA ("2 183,71 $").
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Passée par' })).toBeVisible();
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow).toContainText('Élise Tremblay');
  await expect(firstRow).toContainText(/\d,\d\d\s\$/);

  // Back to an English-speaking account: the interface follows it back to English.
  await banner.getByRole('button', { name: 'Changer de compte' }).click();
  await page.getByRole('combobox', { name: 'Au nom du compte' }).first().fill('Brewline');
  await page.getByRole('option', { name: /Brewline Cafés/ }).click();
  await expect(banner.getByRole('group', { name: 'Acting for Brewline Cafés' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Orders' }),
  ).toBeVisible();
});
