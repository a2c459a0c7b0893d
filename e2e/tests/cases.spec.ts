import { expect, test } from '@playwright/test';
import { signIn, signOut, uniqueReference } from './support.js';

/*
 * Service cases as people click them: Maya (buyer at Brewline) opens a case from one of her orders with
 * a photo note attached; Sam, the sales rep of the account, finds it in his cases inbox and answers;
 * Maya sees the answer beside the order. The case is made by the journey itself (its own subject).
 */

test('a case opened on an order is answered by the sales rep, and the buyer sees it beside the order', async ({
  page,
}) => {
  const subject = uniqueReference('E2E-CASE');
  const answer = `We are sending a replacement today (${subject}).`;

  // Maya opens one of her orders.
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Orders' })
    .click();
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  const heading = page.getByRole('heading', { level: 1, name: /^Order \S+$/ });
  await expect(heading).toBeVisible();
  const orderNumber = (await heading.innerText()).trim().replace(/^Order /, '');
  const orderUrl = page.url();

  // "Open a case" from the order page: the form knows the order; she picks a line and attaches a note.
  await page.getByRole('link', { name: 'Open a case' }).first().click();
  await expect(page.getByRole('heading', { name: 'Open a case', level: 1 })).toBeVisible();
  await expect(page.getByText(`About order ${orderNumber}`)).toBeVisible();
  // Sending the empty form says what is missing, field by field, and opens nothing.
  await page.getByRole('button', { name: 'Open case' }).click();
  await expect(page.getByText('Choose what the case is about.')).toBeVisible();
  await expect(page.getByText('The subject must be 3 to 200 characters.')).toBeVisible();
  await expect(page.getByText('Describe the problem.')).toBeVisible();

  await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Damaged goods' });
  await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill('Two bags arrived torn at the Pearl District store.');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'delivery-note.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Delivery note: 2 bags torn, signed by the driver.\n'),
  });
  await page.getByRole('button', { name: 'Open case' }).click();

  const caseHeading = page.getByRole('heading', { level: 1, name: new RegExp(`^Case CS-\\d+: ${subject}$`) });
  await expect(caseHeading).toBeVisible();
  const caseNumber = /^Case (CS-\d+):/.exec((await caseHeading.innerText()).trim())![1]!;
  const main = page.getByRole('main');
  await expect(main.getByText('Open', { exact: true }).first()).toBeVisible();
  await expect(main.getByRole('link', { name: `Order ${orderNumber}` })).toBeVisible();
  await expect(main.getByRole('link', { name: 'delivery-note.txt' })).toBeVisible();
  await signOut(page, 'Maya Chen', 'coffee');

  // Sam, the account's sales rep, sees it in his inbox (no account chosen: all his accounts).
  await signIn(page, 'coffee', 'rep@northbeam.example');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Cases' })
    .click();
  await expect(page.getByRole('heading', { name: 'Cases inbox', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Search' }).fill(subject);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Brewline');
  await expect(rows.nth(1)).toContainText('Open');
  await rows
    .nth(1)
    .getByRole('link', { name: `${caseNumber} · ${subject}` })
    .click();
  await expect(caseHeading).toBeVisible();
  // The buyer's file downloads for the rep, with its content.
  const download = page.waitForEvent('download');
  await main.getByRole('link', { name: 'delivery-note.txt' }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('delivery-note.txt');

  await page.getByRole('textbox', { name: 'Your comment' }).fill(answer);
  await page.getByRole('button', { name: 'Send comment' }).click();
  await expect(main.getByText(answer)).toBeVisible();
  await expect(main.getByText('In progress', { exact: true }).first()).toBeVisible();
  await signOut(page, 'Sam Rivera', 'coffee');

  // Maya sees the answer beside the order: the case panel shows it in progress, the case the reply.
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await page.goto(orderUrl);
  const panel = page.getByRole('region', { name: 'Service cases' });
  await expect(panel).toBeVisible();
  const entry = panel.getByRole('listitem').filter({ hasText: subject });
  await expect(entry).toContainText('In progress');
  await entry.getByRole('link', { name: `${caseNumber} · ${subject}` }).click();
  await expect(caseHeading).toBeVisible();
  const reply = main.getByRole('listitem').filter({ hasText: answer });
  await expect(reply).toContainText('Sam Rivera');
  await expect(reply).toContainText('Seller');
});
