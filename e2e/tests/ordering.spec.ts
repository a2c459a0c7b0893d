import { expect, test, type Page } from '@playwright/test';
import {
  emptyActiveCart,
  futureCardExpiry,
  gql,
  money,
  openNotifications,
  shownOrderNumber,
  signIn,
  signOut,
  switchAccount,
  uniqueReference,
} from './support.js';

/*
 * Cart, checkout and orders as people click them: the coffee story (the buyer starts a cart, her sales
 * rep finishes it with offers and a split delivery and places it for her), quick order from a CSV file
 * with bad lines, and a new buyer who may pay by card only. Every journey empties the carts it uses
 * first and uses its own PO numbers, so none depends on what ran before it.
 */

const ROAST = { sku: 'NB-SE-101', name: 'Harvest Moon Seasonal Roast' };
const TAMPER = { sku: 'NB-EA-001', name: 'Stainless Steel Tamper, 58 mm' };
const ACCESSORIES = 'Espresso-Machine Accessories';

type Amount = { amount: string; currency: string };

/** Finds a product in the catalog by SKU, opens it and adds a quantity to the cart being worked on. */
async function addFromCatalog(page: Page, product: { sku: string; name: string }, quantity: number) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Catalog' })
    .click();
  await expect(page.getByRole('heading', { name: 'Catalog', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search products' }).fill(product.sku);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${product.sku}(&|$)`));
  await page
    .getByRole('article')
    .filter({ hasText: `SKU ${product.sku}` })
    .getByRole('link', { name: product.name })
    .click();
  await expect(page.getByRole('heading', { name: product.name, level: 1 })).toBeVisible();
  // The product's own price panel (related products below have buttons of their own).
  const price = page.getByRole('region', { name: 'Price', exact: true });
  await price.getByRole('textbox', { name: /^Quantity \(/ }).fill(String(quantity));
  await price
    .getByRole('button', { name: quantity > 1 ? `Add ${quantity} to cart` : 'Add to cart', exact: true })
    .click();
}

test('the coffee story: Maya starts a cart, her rep adds offers and a split delivery and orders for her, and she finds it', async ({
  page,
}) => {
  const poNumber = uniqueReference('E2E-STORY');
  const termsReason = `Brewline qualifies for extended terms (${poNumber})`;
  const discountReason = `Accessories trial at two stores (${poNumber})`;

  // The buyer answers the campaign for the new roast: 3 bags in her cart.
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await emptyActiveCart(page);
  await addFromCatalog(page, ROAST, 3);
  await expect(
    page.getByRole('note').filter({ hasText: `Added 3 × ${ROAST.name} to your cart` }),
  ).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Cart, 1 line' })).toBeVisible();
  await signOut(page, 'Maya Chen', 'coffee');

  // Her sales rep acts for the account and opens her cart from the account's carts.
  await signIn(page, 'coffee', 'rep@northbeam.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await switchAccount(page, 'Brewline Cafés', { search: 'Brewline' });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cart' }).click();
  await expect(page.getByRole('heading', { name: 'Your cart', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Carts' }).selectOption({ label: 'Maya Chen’s cart · 1 line' });
  await expect(page.getByRole('heading', { name: 'Maya Chen’s cart', level: 1 })).toBeVisible();
  await expect(page.getByText('Shopping for Maya Chen')).toBeVisible();
  await expect(
    page.getByRole('listitem', { name: ROAST.name }).getByRole('textbox', { name: /^Quantity/ }),
  ).toHaveValue('3');

  // Net 45 and 30% off espresso-machine accessories, each with why.
  const offers = page.getByRole('region', { name: 'Offers from your supplier' });
  const applyOffer = offers.getByRole('region', { name: 'Apply an offer' });
  await applyOffer.getByRole('radio', { name: 'Longer payment terms' }).check();
  await applyOffer.getByRole('textbox', { name: 'Payment terms (Net days)' }).fill('45');
  await applyOffer.getByRole('textbox', { name: 'Reason' }).fill(termsReason);
  await applyOffer.getByRole('button', { name: 'Apply offer' }).click();
  const termsOffer = offers.getByRole('listitem').filter({ hasText: 'Net 45 payment terms' });
  await expect(termsOffer).toContainText(`Why: ${termsReason}`);
  await expect(termsOffer).toContainText('Applied by Sam Rivera');

  await applyOffer.getByRole('radio', { name: 'A discount on a category' }).check();
  await applyOffer.getByRole('combobox', { name: 'Category' }).selectOption({ label: ACCESSORIES });
  await applyOffer.getByRole('textbox', { name: 'Percent off' }).fill('30');
  await applyOffer.getByRole('textbox', { name: 'Reason' }).fill(discountReason);
  await applyOffer.getByRole('button', { name: 'Apply offer' }).click();
  const discountOffer = offers.getByRole('listitem').filter({ hasText: `30% off ${ACCESSORIES}` });
  await expect(discountOffer).toContainText(`Why: ${discountReason}`);
  await expect(offers.getByRole('listitem')).toHaveCount(2);
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('region', { name: 'Payment options' })).toContainText(
    'Purchase order on Net 45 terms',
  );

  // Two more bags for the other stores, and tampers to try at two stores: they go to Maya's cart.
  await addFromCatalog(page, ROAST, 2);
  await expect(
    page.getByRole('note').filter({ hasText: `Added 2 × ${ROAST.name} to Maya Chen’s cart` }),
  ).toBeVisible();
  await addFromCatalog(page, TAMPER, 2);
  const added = page.getByRole('note').filter({ hasText: `Added 2 × ${TAMPER.name} to Maya Chen’s cart` });
  await expect(added).toBeVisible();
  await added.getByRole('link', { name: 'View cart' }).click();
  await expect(page.getByRole('heading', { name: 'Maya Chen’s cart', level: 1 })).toBeVisible();
  const cartQuantity = (name: string) =>
    page.getByRole('listitem', { name }).getByRole('textbox', { name: /^Quantity/ });
  await expect(cartQuantity(ROAST.name)).toHaveValue('5');
  await expect(cartQuantity(TAMPER.name)).toHaveValue('2');

  // The accessory line is 30% off, and says so.
  const tamperLine = page.getByRole('listitem', { name: TAMPER.name });
  await tamperLine.getByRole('button', { name: 'How is it calculated?' }).click();
  await expect(tamperLine).toContainText(`Offer from Sam Rivera: 30% off ${ACCESSORIES}`);

  // Split delivery: the Pearl District store and the Hawthorne store.
  const delivery1 = page.getByRole('region', { name: /^Delivery 1\b/ });
  await delivery1
    .getByRole('combobox', { name: 'Ship to' })
    .selectOption({ label: 'Pearl District store — Portland, OR' });
  await expect(page.getByRole('heading', { name: 'Delivery 1 · Pearl District store' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a delivery group' }).click();
  const delivery2 = page.getByRole('region', { name: /^Delivery 2\b/ });
  await delivery2
    .getByRole('combobox', { name: 'Ship to' })
    .selectOption({ label: 'Hawthorne store — Portland, OR' });
  await expect(page.getByRole('heading', { name: 'Delivery 2 · Hawthorne store' })).toBeVisible();
  // A new delivery starts on the earliest date; Hawthorne's is moved to a week after it.
  const date2 = delivery2.getByRole('textbox', { name: 'Desired delivery date' });
  const earliest = (await date2.getAttribute('min'))!;
  await expect(date2).toHaveValue(earliest);
  const hawthorneDate = addDays(earliest, 7);
  await date2.fill(hawthorneDate);

  await split(page, ROAST.name, {
    'Delivery 1 · Pearl District store': 3,
    'Delivery 2 · Hawthorne store': 2,
  });
  await split(page, TAMPER.name, {
    'Delivery 1 · Pearl District store': 1,
    'Delivery 2 · Hawthorne store': 1,
  });
  for (const [delivery, roast, tamper] of [
    [delivery1, '3', '1'],
    [delivery2, '2', '1'],
  ] as const) {
    await expect(delivery.getByRole('listitem')).toHaveCount(2);
    const quantity = (name: string) =>
      delivery.getByRole('listitem', { name }).getByRole('textbox', { name: /^Quantity/ });
    await expect(quantity(ROAST.name)).toHaveValue(roast);
    await expect(quantity(TAMPER.name)).toHaveValue(tamper);
  }

  // Checkout for Maya: a purchase order on the extended terms.
  const { cart: facts } = await gql<{ cart: { totals: { total: Amount } } }>(
    page,
    'query ($id: ID) { cart(id: $id) { totals { total { amount currency } } } }',
    { id: new URL(page.url()).searchParams.get('cart') },
  );
  await summary.getByRole('link', { name: 'Check out' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout', level: 1 })).toBeVisible();
  await expect(page.getByText('You are placing this order for Maya Chen.')).toBeVisible();
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByRole('region', { name: 'Delivery 1 · Pearl District store' })).toBeVisible();
  await expect(review.getByRole('region', { name: 'Delivery 2 · Hawthorne store' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Purchase order on Net 45 terms' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Your PO number' }).fill(poNumber);
  await page
    .getByRole('button', { name: `Place order · ${money(facts.totals.total.amount, 'USD', 'en-US')}` })
    .click();

  await expect(page).toHaveURL(/\/coffee\/orders\/[^/?]+\?placed=1$/);
  const number = await shownOrderNumber(page);
  await expect(page.getByRole('status').filter({ hasText: `Order ${number} placed` })).toBeVisible();
  await signOut(page, 'Sam Rivera', 'coffee');

  // Maya finds it in her order history, placed by her rep on her behalf.
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  const notifications = await openNotifications(page);
  await expect(notifications.getByText(`Sam Rivera placed order ${number} for you`)).toBeVisible();
  await page.keyboard.press('Escape');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Orders' })
    .click();
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search orders' }).fill(poNumber);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${poNumber}(&|$)`));
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  const row = rows.nth(1);
  await expect(row).toContainText(number);
  await expect(row).toContainText('Sam Rivera');
  await expect(row).toContainText('On your behalf');
  // Orders a rep places for a buyer do not wait for the buyer's order limit (the server's rule).
  await expect(row.getByRole('cell').nth(2)).toHaveText('Placed');
  await row.getByRole('link', { name: number }).click();

  // The order: Net 45 on a purchase order, the offers with their reasons, two deliveries with their lines.
  await expect(page.getByRole('heading', { name: `Order ${number}`, level: 1 })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('On your behalf', { exact: true })).toBeVisible();
  await expect(main.getByText('Sam Rivera', { exact: true })).toBeVisible();
  await expect(main.getByText('Purchase order', { exact: true })).toBeVisible();
  await expect(main.getByText('Net 45', { exact: true })).toBeVisible();
  await expect(main.getByText(poNumber, { exact: true })).toBeVisible();
  const orderOffers = page.getByRole('region', { name: 'Offers from your supplier' });
  await expect(orderOffers).toContainText(`Net 45 payment terms (by Sam Rivera: ${termsReason})`);
  await expect(orderOffers).toContainText(`30% off ${ACCESSORIES} (by Sam Rivera: ${discountReason})`);

  const deliveries = page.getByRole('region', { name: 'Deliveries' });
  for (const [name, store, roast, tamper] of [
    ['Delivery 1', 'Pearl District store', '3', '1'],
    ['Delivery 2', 'Hawthorne store', '2', '1'],
  ] as const) {
    const delivery = deliveries.getByRole('region', { name, exact: true });
    await expect(delivery).toContainText(store);
    if (name === 'Delivery 2') await expect(delivery).toContainText(`Wanted by ${usDay(hawthorneDate)}`);
    const lines = delivery.getByRole('table').getByRole('row');
    await expect(lines).toHaveCount(3);
    await expect(lines.filter({ hasText: ROAST.sku }).getByRole('cell').nth(1)).toHaveText(roast);
    await expect(lines.filter({ hasText: TAMPER.sku }).getByRole('cell').nth(1)).toHaveText(tamper);
  }

  // The accessories' price, as ordered: the rep's 30% is a step of it.
  const orderLines = page.getByRole('region', { name: 'Lines' });
  await orderLines
    .getByRole('button', { name: `How is it calculated? (${TAMPER.sku})` })
    .first()
    .click();
  await expect(page.getByRole('list', { name: `How the price of ${TAMPER.sku} was reached` })).toContainText(
    `Offer from Sam Rivera: 30% off ${ACCESSORIES}`,
  );
  await expect(main.getByText('Savings against list prices (included)')).toBeVisible();
});

/** A YYYY-MM-DD day `days` later (calendar days, no time zone involved). */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD day as the portal writes it in English: "Dec 7, 2026". */
function usDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[month - 1]} ${date}, ${year}`;
}

/** Shares a cart line over delivery groups in its "Split…" dialog. */
async function split(page: Page, lineName: string, parts: Record<string, number>) {
  await page
    .getByRole('listitem', { name: lineName })
    .first()
    .getByRole('button', { name: 'Split…' })
    .click();
  const dialog = page.getByRole('dialog', { name: `Split ${lineName}` });
  for (const [group, quantity] of Object.entries(parts)) {
    await dialog.getByRole('textbox', { name: group }).fill(String(quantity));
  }
  await dialog.getByRole('button', { name: 'Split the line' }).click();
  await expect(dialog).toBeHidden();
}

test('quick order from a CSV file: the good lines land in the cart, every bad line is listed with its line number and why', async ({
  page,
}) => {
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await emptyActiveCart(page);
  const { cups } = await gql<{
    cups: { name: string; purchaseRules: { minQuantity: number } };
  }>(page, '{ cups: productBySku(sku: "NB-CL-001") { name purchaseRules { minQuantity } } }');
  // The rule the file breaks, as seeded: fail here, clearly, if it changes.
  expect(cups.purchaseRules.minQuantity).toBe(2);

  const csv = [
    'sku,quantity', // line 1: a header, skipped
    `${ROAST.sku},2`, // line 2: added
    'NB-NOPE-404,3', // line 3: no such SKU
    'NB-CL-001,1', // line 4: below the minimum of 2
    'NB-GR-001,4', // line 5: added
    `${TAMPER.sku},two`, // line 6: not a number
  ].join('\n');

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Quick order' })
    .click();
  await expect(page.getByRole('heading', { name: 'Quick order', level: 1 })).toBeVisible();
  // The file field opens the browser's file chooser; the file is given to it from memory.
  const upload = page.getByRole('region', { name: 'Upload a CSV file' });
  const fileField = upload.getByRole('button', { name: 'CSV file' });
  const chooser = page.waitForEvent('filechooser');
  await fileField.click();
  await (
    await chooser
  ).setFiles({ name: 'restock.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(fileField).toContainText('restock.csv');
  await upload.getByRole('button', { name: 'Upload and add to cart' }).click();

  // Two lines added; three not, each with its line number, what was asked and why.
  const report = page.getByRole('region', { name: /lines? added to the cart$/ });
  await expect(report.getByRole('heading', { name: '2 lines added to the cart' })).toBeVisible();
  const rejected = report.getByRole('region', { name: '3 lines were not added' });
  const rows = rejected.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  const expected = [
    ['3', 'NB-NOPE-404', '3', 'No product with SKU NB-NOPE-404'],
    ['4', 'NB-CL-001', '1', `Order at least ${cups.purchaseRules.minQuantity}`],
    ['6', TAMPER.sku, '—', '“two” is not a quantity'],
  ];
  for (const [i, [line, sku, quantity, why]] of expected.entries()) {
    const cells = rows.nth(i + 1).getByRole('cell');
    await expect(cells.nth(0)).toHaveText(line!);
    await expect(cells.nth(1)).toHaveText(sku!);
    await expect(cells.nth(2)).toHaveText(quantity!);
    await expect(cells.nth(3)).toContainText(why!);
  }
  // The quantity rule comes with the nearest allowed quantity, one click away.
  await rows.nth(2).getByRole('button', { name: `Add 2 of NB-CL-001` }).click();
  await expect(rows.nth(2)).toContainText('Added 2');
  await expect(report.getByRole('heading', { name: '3 lines added to the cart' })).toBeVisible();

  // The cart: exactly the lines that were added, nothing else.
  await report.getByRole('link', { name: 'Go to the cart' }).click();
  await expect(page.getByRole('heading', { name: 'Your cart', level: 1 })).toBeVisible();
  const lines = page.getByRole('region', { name: /^Delivery 1\b/ }).getByRole('listitem');
  await expect(lines).toHaveCount(3);
  const quantity = (name: string) =>
    lines.filter({ has: page.getByRole('link', { name }) }).getByRole('textbox', { name: /^Quantity/ });
  await expect(quantity(ROAST.name)).toHaveValue('2');
  await expect(quantity(cups.name)).toHaveValue('2');
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'SKU NB-GR-001' })
      .getByRole('textbox', { name: /^Quantity/ }),
  ).toHaveValue('4');
  await expect(page.getByRole('listitem').filter({ hasText: `SKU ${TAMPER.sku}` })).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Cart, 3 lines' })).toBeVisible();
});

test('a new buyer may pay by card only: a declined card places nothing, an approved card places the order', async ({
  page,
}) => {
  await signIn(page, 'coffee', 'buyer@freshgrounds.example');
  await expect(page).toHaveURL(/\/coffee$/);
  await emptyActiveCart(page);
  const { product } = await gql<{ product: { entitlement: { canBuy: boolean } } }>(
    page,
    `{ product: productBySku(sku: "${ROAST.sku}") { entitlement { canBuy } } }`,
  );
  expect(product.entitlement.canBuy).toBe(true);

  await addFromCatalog(page, ROAST, 1);
  const added = page.getByRole('note').filter({ hasText: `Added 1 × ${ROAST.name} to your cart` });
  await added.getByRole('link', { name: 'View cart' }).click();
  await expect(page.getByRole('heading', { name: 'Your cart', level: 1 })).toBeVisible();

  const { cart } = await gql<{
    cart: {
      totals: { total: Amount };
      paymentOptions: { purchaseOrder: { allowed: boolean; reason: string | null }; card: boolean };
    };
  }>(
    page,
    '{ cart { totals { total { amount currency } } paymentOptions { purchaseOrder { allowed reason } card } } }',
  );
  expect(cart.paymentOptions.purchaseOrder.allowed).toBe(false);
  const reason = cart.paymentOptions.purchaseOrder.reason!;
  expect(reason).toBeTruthy();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('region', { name: 'Payment options' })).toContainText(
    `No purchase order: ${reason}`,
  );
  await summary.getByRole('link', { name: 'Check out' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout', level: 1 })).toBeVisible();

  // Purchase order is shown but not offered, with why; card it is.
  const purchaseOrder = page.getByRole('radio', { name: 'Purchase order' });
  await expect(purchaseOrder).toBeDisabled();
  await expect(purchaseOrder).toHaveAccessibleDescription(reason);
  const card = page.getByRole('radio', { name: 'Card' });
  await expect(card).toBeChecked();
  await expect(card).toHaveAccessibleDescription('Card is the way to pay this order.');
  await expect(page.getByRole('textbox', { name: 'Your PO number' })).toHaveCount(0);

  const ordersBefore = await orderCount(page);
  await page.getByRole('textbox', { name: 'Card number' }).fill('4000 0000 0000 0002');
  await page.getByRole('textbox', { name: 'Expiry (MM/YY)' }).fill(futureCardExpiry());
  await page.getByRole('textbox', { name: 'Security code' }).fill('123');
  await page.getByRole('textbox', { name: 'Name on the card' }).fill('Priya Nair');
  const place = page.getByRole('button', {
    name: `Place order · ${money(cart.totals.total.amount, 'USD', 'en-US')}`,
  });
  await place.click();

  // Declined: said so, nothing ordered, the cart as it was.
  const declined = page.getByRole('alert').filter({ hasText: 'Your card was declined' });
  await expect(declined).toContainText('Nothing was ordered or charged.');
  await expect(page).toHaveURL(/\/coffee\/checkout$/);
  expect(await orderCount(page)).toBe(ordersBefore);
  const { cart: after } = await gql<{
    cart: { status: string; lines: Array<{ sku: string; quantity: number }> };
  }>(page, '{ cart { status lines { sku quantity } } }');
  expect(after).toEqual({ status: 'ACTIVE', lines: [{ sku: ROAST.sku, quantity: 1 }] });

  // Another card, approved: the order is placed and confirmed with its number.
  await page.getByRole('textbox', { name: 'Card number' }).fill('4242 4242 4242 4242');
  await place.click();
  await expect(page).toHaveURL(/\/coffee\/orders\/[^/?]+\?placed=1$/);
  const number = await shownOrderNumber(page);
  const confirmation = page.getByRole('status').filter({ hasText: `Order ${number} placed` });
  await expect(confirmation).toContainText('Thank you for your order.');
  await expect(page.getByRole('main').getByText('Card', { exact: true })).toBeVisible();
  expect(await orderCount(page)).toBe(ordersBefore + 1);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Cart, 0 lines' })).toBeVisible();
});

/** How many orders the signed-in buyer's account has (a fact from the API, to see that none was added). */
async function orderCount(page: Page): Promise<number> {
  const { orders } = await gql<{ orders: { totalCount: number } }>(
    page,
    '{ orders(first: 1) { totalCount } }',
  );
  return orders.totalCount;
}
