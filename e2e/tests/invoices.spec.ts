import { expect, test } from '@playwright/test';
import { signIn } from './support.js';

/*
 * Invoices as the Brewline buyer sees them: the list with its aging buckets (the demo seed leaves
 * invoices owing in several), filters, an invoice's page with its PDF, paying a selection (the payment
 * page's address), and the statement of account downloaded as a real PDF and as CSV.
 */

test('the buyer sees her invoices and their aging, opens one, and downloads the statement', async ({
  page,
}) => {
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Invoices' })
    .click();
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();

  // Aging: something is owed, and some of it is more than 90 days past due.
  const aging = page.getByRole('region', { name: 'Aging of open invoices' });
  await expect(aging.getByTestId('aging-total')).toContainText('$');
  await expect(aging.getByTestId('aging-OVER_90')).toContainText('1 invoice');
  await expect(aging.getByTestId('aging-DAYS_1_30')).toContainText('1 invoice');

  // The list: filter to overdue invoices by URL state and back.
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).not.toHaveCount(1);
  await page.goto('/coffee/invoices?status=OVERDUE');
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Overdue' }).first()).toBeVisible();
  const overdueRows = page.getByRole('table').getByRole('row');
  const count = await overdueRows.count();
  for (let i = 1; i < count; i++) await expect(overdueRows.nth(i)).toContainText('Overdue');

  // Tick two open invoices: "Pay selected" goes to the payment page with both.
  await page.goto('/coffee/invoices');
  const boxes = page.getByRole('checkbox', { name: /^Select invoice / });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.getByText('2 invoices selected')).toBeVisible();
  const pay = page.getByRole('link', { name: 'Pay selected' });
  const payHref = await pay.getAttribute('href');
  expect(payHref).toMatch(/^\/coffee\/invoices\/pay\?ids=[^,]+,[^,]+$/);

  // Open the first invoice: its lines, order, balance and PDF.
  const first = page
    .getByRole('table')
    .getByRole('link', { name: /^INV-\d+$/ })
    .first();
  const number = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { name: `Invoice ${number}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Invoice lines' })).toBeVisible();
  await expect(page.getByTestId('invoice-balance')).toContainText('$');
  await expect(page.getByRole('link', { name: /^CO-\d+$/ })).toBeVisible();
  const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
  const invoicePdf = await page.request.get(pdfHref!);
  expect(invoicePdf.status()).toBe(200);
  expect(invoicePdf.headers()['content-type']).toBe('application/pdf');
  expect((await invoicePdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The statement of account for the last three months: a PDF and a CSV.
  await page.getByRole('link', { name: 'Back to invoices' }).click();
  await page.getByRole('button', { name: 'Statement of account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Statement of account' });
  await expect(dialog.getByLabel('From')).not.toHaveValue('');
  // The buyer clicks "Download PDF": the statement opens in a new tab as a real PDF document.
  const statementLink = dialog.getByRole('link', { name: 'Download PDF' });
  expect(await statementLink.getAttribute('href')).toMatch(
    /^\/api\/statements\/statement\.pdf\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/,
  );
  const statementResponse = page
    .context()
    .waitForEvent('response', (r) => r.url().includes('/api/statements/statement.pdf'));
  await statementLink.click();
  const pdf = await statementResponse;
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  // The tab's PDF viewer keeps the bytes; the same address fetched with the session checks the document.
  const bytes = await (await page.request.get(pdf.url())).body();
  const text = bytes.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true); // complete, with its trailer
  expect(text).toMatch(/\/Type \/Page\b/); // at least one page
  const csvHref = await dialog.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  const csvText = await csv.text();
  expect(csvText.split('\n')[1]).toContain('Opening balance');
  expect(csvText).toContain('Closing balance');
});
