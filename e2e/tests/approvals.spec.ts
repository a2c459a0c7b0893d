import { expect, test, type Page } from '@playwright/test';
import {
  emptyActiveCart,
  gql,
  openNotifications,
  shownOrderNumber,
  signIn,
  signOut,
  switchAccount,
  uniqueReference,
} from './support.js';

/*
 * Spending limits. Maya (Brewline's buyer) may order up to $2,500 at a time: above it her order waits
 * for a buyer admin of the account, who approves it with a comment she then reads. An order her sales
 * rep places on her behalf does not wait: the server lets the seller's people order for an account
 * without the buyer's limit (modules/checkout/domain/approval.ts). Each journey starts from an empty
 * cart and uses its own PO number.
 */

/** A commercial espresso machine: one is above Maya's limit. */
const MACHINE = { sku: 'NB-EM-002', name: 'Northbeam Compact 1-Group Espresso Machine' };
const LIMIT = 2500;

/** Maya's cart with one espresso machine in it, added from its product page. */
async function cartWithMachine(page: Page) {
  await emptyActiveCart(page);
  const { product } = await gql<{ product: { id: string; price: { lineTotal: { amount: string } } } }>(
    page,
    `{ product: productBySku(sku: "${MACHINE.sku}") { id price(quantity: 1) { lineTotal { amount } } } }`,
  );
  // The demo world the journey is about: fail here, clearly, if the machine no longer costs more.
  expect(Number(product.price.lineTotal.amount)).toBeGreaterThan(LIMIT);
  await page.goto(`/coffee/products/${product.id}`);
  await expect(page.getByRole('heading', { name: MACHINE.name, level: 1 })).toBeVisible();
  await page
    .getByRole('region', { name: 'Price', exact: true })
    .getByRole('button', { name: 'Add to cart', exact: true })
    .click();
  await expect(
    page.getByRole('note').filter({ hasText: `Added 1 × ${MACHINE.name} to your cart` }),
  ).toBeVisible();
}

/** The steps of the order's timeline shown, oldest first. */
function timeline(page: Page) {
  return page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
}

/** From the checkout page: pays with a purchase order on the account's terms and places the order. */
async function placeOnPurchaseOrder(page: Page, poNumber: string) {
  await expect(page.getByRole('heading', { name: 'Checkout', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Purchase order on Net \d+ terms$/ })).toBeChecked();
  await page.getByRole('textbox', { name: 'Your PO number' }).fill(poNumber);
  await page.getByRole('button', { name: /^Place order · / }).click();
  await expect(page).toHaveURL(/\/coffee\/orders\/[^/?]+\?placed=1$/);
}

test('an order above Maya’s limit waits for the buyer admin, who approves it with a comment she reads', async ({
  page,
}) => {
  const poNumber = uniqueReference('E2E-LIMIT');
  const comment = `Approved for the Sellwood refit (${poNumber}).`;

  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await cartWithMachine(page);
  await page.getByRole('banner').getByRole('link', { name: 'Cart, 1 line' }).click();
  await expect(page.getByRole('heading', { name: 'Your cart', level: 1 })).toBeVisible();
  await page.getByRole('region', { name: 'Summary' }).getByRole('link', { name: 'Check out' }).click();
  await placeOnPurchaseOrder(page, poNumber);

  // Placed, but waiting for approval.
  const number = await shownOrderNumber(page);
  const placed = page.getByRole('status').filter({ hasText: `Order ${number} placed` });
  await expect(placed).toContainText(
    'It is above your order limit, so it waits for approval by a buyer admin',
  );
  await expect(page.getByText('Waiting for approval', { exact: true })).toBeVisible();
  await expect(timeline(page)).toHaveText([/^Placed/, /^Awaiting approval.*Above the buyer’s order limit/]);
  await signOut(page, 'Maya Chen', 'coffee');

  // The buyer admin is told, and finds it among the approvals.
  await signIn(page, 'coffee', 'admin@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  const notifications = await openNotifications(page);
  const notice = notifications
    .getByRole('link')
    .filter({ hasText: `Order ${number} waits for your approval` });
  await expect(notice).toContainText('Maya Chen placed');
  await page.keyboard.press('Escape');
  await expect(notifications).toBeHidden();

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Approvals' })
    .click();
  await expect(page.getByRole('heading', { name: 'Approvals', level: 1 })).toBeVisible();
  const row = page.getByRole('table').getByRole('row').filter({ hasText: number });
  await expect(row).toContainText('Maya Chen');
  await expect(row).toContainText(poNumber);
  await row.getByRole('button', { name: `Approve… ${number}` }).click();
  const dialog = page.getByRole('dialog', { name: `Approve order ${number}` });
  await dialog.getByRole('textbox', { name: 'Comment for the buyer (optional)' }).fill(comment);
  await dialog.getByRole('button', { name: 'Approve order' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Order ${number} approved.` })).toBeVisible();
  await expect(row).toHaveCount(0);
  await signOut(page, 'Daniel Ortiz', 'coffee');

  // Maya sees it approved, with the comment.
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  const herNotifications = await openNotifications(page);
  await expect(
    herNotifications.getByRole('link').filter({ hasText: `Order ${number} approved` }),
  ).toContainText(comment);
  await page.keyboard.press('Escape');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Orders' })
    .click();
  await page.getByRole('searchbox', { name: 'Search orders' }).fill(poNumber);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${poNumber}(&|$)`));
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(number);
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('Approved');
  await rows.nth(1).getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { name: `Order ${number}`, level: 1 })).toBeVisible();
  const decision = page.getByRole('alert').filter({ hasText: 'Approved by Daniel Ortiz on' });
  await expect(decision).toContainText(comment);
  await expect(timeline(page)).toHaveText([/^Placed/, /^Awaiting approval/, /^Approved.*Daniel Ortiz/]);
  await expect(page.getByText('Waiting for approval', { exact: true })).toHaveCount(0);
});

test('an order the sales rep places for Maya above her limit goes ahead without approval', async ({
  page,
}) => {
  const poNumber = uniqueReference('E2E-REP-LIMIT');

  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await cartWithMachine(page);
  await signOut(page, 'Maya Chen', 'coffee');

  await signIn(page, 'coffee', 'rep@northbeam.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await switchAccount(page, 'Brewline Cafés', { search: 'Brewline' });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cart' }).click();
  await page.getByRole('combobox', { name: 'Carts' }).selectOption({ label: 'Maya Chen’s cart · 1 line' });
  await expect(page.getByRole('heading', { name: 'Maya Chen’s cart', level: 1 })).toBeVisible();
  await page.getByRole('region', { name: 'Summary' }).getByRole('link', { name: 'Check out' }).click();
  await expect(page.getByText('You are placing this order for Maya Chen.')).toBeVisible();
  await placeOnPurchaseOrder(page, poNumber);

  const number = await shownOrderNumber(page);
  await expect(page.getByRole('status').filter({ hasText: `Order ${number} placed` })).toContainText(
    'Thank you for your order.',
  );
  await expect(timeline(page)).toHaveText([/^Placed.*Placed by Sam Rivera on the account’s behalf/]);
  await expect(page.getByText('Waiting for approval', { exact: true })).toHaveCount(0);
  await signOut(page, 'Sam Rivera', 'coffee');

  // Nothing for the buyer admin to approve.
  await signIn(page, 'coffee', 'admin@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Approvals' })
    .click();
  await expect(page.getByRole('heading', { name: 'Approvals', level: 1 })).toBeVisible();
  // The list (or its empty state) is shown, without the rep's order.
  await expect(
    page
      .getByText(/^(\d+ orders? waits? for approval|Nothing waits for approval)$/)
      .filter({ visible: true }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: number })).toHaveCount(0);
});
