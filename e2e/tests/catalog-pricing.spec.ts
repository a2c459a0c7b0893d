import { expect, test } from '@playwright/test';
import { gql, money, productCount, signIn, signOut } from './support.js';

/*
 * The commerce engine as a buyer meets it: search as you type, facets, sort by price, volume tiers and
 * the price explanation; and entitlements (what a new buyer may see but not buy, and what only chains
 * may see at all). Amounts are read from the API with the same session and compared with the page.
 */

type Amount = { amount: string };
interface ProductList {
  totalCount: number;
  edges: Array<{ node: { name: string; sku: string } }>;
}

const usd = (value: Amount) => money(value.amount, 'USD', 'en-US');

test('a chain buyer searches as they type, filters and sorts, then reads the tier table and how the price is made', async ({
  page,
}) => {
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);

  // The catalog facts to compare with (limited to five aliases per operation).
  const catalog = await gql<{
    all: { totalCount: number };
    harvest: ProductList;
    dark: ProductList;
    byPrice: ProductList & { edges: Array<{ node: { price: { unitPrice: Amount } | null } }> };
  }>(
    page,
    `{
      all: products(first: 1) { totalCount }
      harvest: products(search: "harvest", first: 24) { totalCount edges { node { name sku } } }
      dark: products(first: 24, facets: [{ code: "roast", values: ["dark"] }]) { totalCount edges { node { name sku } } }
      byPrice: products(first: 24, sort: PRICE_ASC) { totalCount edges { node { name sku price(quantity: 1) { unitPrice { amount } } } } }
    }`,
  );
  const product = (
    await gql<{
      productBySku: {
        name: string;
        unitOfMeasure: string;
        tierTable: {
          tiers: Array<{
            minQuantity: number;
            maxQuantity: number | null;
            unitPrice: Amount;
            adjustment: string;
          }>;
        };
        one: { unitPrice: Amount; lineTotal: Amount };
        twelve: {
          unitPrice: Amount;
          lineTotal: Amount;
          steps: Array<{ kind: string; label: string; note: string; unitPrice: Amount }>;
        };
      };
    }>(
      page,
      `{
        productBySku(sku: "NB-SE-101") {
          name unitOfMeasure
          tierTable { tiers { minQuantity maxQuantity unitPrice { amount } adjustment } }
          one: price(quantity: 1) { unitPrice { amount } lineTotal { amount } }
          twelve: price(quantity: 12) {
            unitPrice { amount } lineTotal { amount } steps { kind label note unitPrice { amount } }
          }
        }
      }`,
    )
  ).productBySku;
  // The demo world the journey is about (seeded deterministically): fail here, clearly, if it changes.
  expect(catalog.harvest.edges.map((e) => e.node.sku)).toEqual(['NB-SE-101']);
  expect(catalog.dark.totalCount).toBeGreaterThan(1);
  expect(product.name).toBe('Harvest Moon Seasonal Roast');
  expect(product.tierTable.tiers.map((t) => [t.minQuantity, t.maxQuantity])).toEqual([
    [1, 9],
    [10, 24],
    [25, 49],
    [50, null],
  ]);
  expect(product.twelve.steps.map((s) => [s.kind, s.label])).toEqual([
    ['LIST', 'List prices (USD)'],
    ['BOOK', 'Coffee chains (USD)'],
    ['TIER', 'Volume pricing'],
    ['PROMOTION', 'Harvest Moon launch: 15% off'],
  ]);

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Catalog' })
    .click();
  await expect(page.getByRole('heading', { name: 'Catalog', level: 1 })).toBeVisible();
  const count = page.getByRole('status').filter({ hasText: /\d+ products?/ });
  const cards = page.getByRole('article');
  const cardNames = cards.getByRole('link');
  await expect(count).toHaveText(productCount(catalog.all.totalCount));

  // Search as you type: no Enter, the list follows after a short pause, and the URL keeps the search.
  const search = page.getByRole('searchbox', { name: 'Search products' });
  await search.pressSequentially('harvest', { delay: 40 });
  await expect(page).toHaveURL(/[?&]q=harvest(&|$)/);
  await expect(count).toHaveText(`${productCount(catalog.harvest.totalCount)} matching “harvest”`);
  await expect(cardNames).toHaveText(['Harvest Moon Seasonal Roast']);
  // While searching, the list is in order of relevance.
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  await expect(sort).toHaveValue('relevance');
  await search.clear();
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(count).toHaveText(productCount(catalog.all.totalCount));

  // Filter by a facet: the value gives its count, the list and the URL follow; then clear.
  const filters = page.getByRole('region', { name: 'Filters' });
  const dark = filters.getByRole('group', { name: 'Roast' }).getByRole('checkbox', { name: /^Dark \(/ });
  await expect(dark).toHaveAccessibleName(`Dark (${catalog.dark.totalCount})`);
  await dark.check();
  await expect(page).toHaveURL(/[?&]f=roast(:|%3A)dark(&|$)/);
  await expect(count).toHaveText(productCount(catalog.dark.totalCount));
  await expect(cardNames).toHaveText(catalog.dark.edges.map((e) => e.node.name));
  await expect(dark).toBeChecked();
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/[?&]f=/);
  await expect(count).toHaveText(productCount(catalog.all.totalCount));
  await expect(dark).not.toBeChecked();

  // Sort by price, lowest first: the API's order, the cheapest with its price.
  await sort.selectOption({ label: 'Price: low to high' });
  await expect(page).toHaveURL(/[?&]sort=price-asc(&|$)/);
  await expect(cardNames).toHaveText(catalog.byPrice.edges.map((e) => e.node.name));
  const cheapest = catalog.byPrice.edges[0]!.node;
  await expect(cards.first()).toContainText(usd(cheapest.price!.unitPrice));

  // The product: its tier table at quantity 1 …
  await search.fill('harvest');
  await cardNames.filter({ hasText: 'Harvest Moon Seasonal Roast' }).click();
  await expect(page.getByRole('heading', { name: 'Harvest Moon Seasonal Roast', level: 1 })).toBeVisible();
  const price = page.getByRole('region', { name: 'Price', exact: true });
  await expect(price).toContainText('Your unit price for a quantity of 1');
  await expect(price).toContainText(`Line total: ${usd(product.one.lineTotal)}`);

  const tierRows = page
    .getByRole('region', { name: 'Volume pricing' })
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
  const tierNames = ['1–9', '10–24', '25–49', '50 or more'];
  await expect(tierRows).toHaveCount(tierNames.length);
  for (const [i, tier] of product.tierTable.tiers.entries()) {
    const row = tierRows.nth(i);
    await expect(row.getByRole('rowheader')).toContainText(tierNames[i]!);
    await expect(row.getByRole('cell').nth(0)).toHaveText(usd(tier.unitPrice));
    await expect(row.getByRole('cell').nth(1)).toHaveText(tier.adjustment);
  }
  await expect(tierRows.nth(0)).toHaveAttribute('aria-current', 'true');
  await expect(tierRows.nth(0)).toContainText('Your quantity');

  // … then 12: the 10–24 tier applies, and the unit price and line total follow.
  await page.getByRole('textbox', { name: `Quantity (${product.unitOfMeasure})` }).fill('12');
  await expect(price).toContainText('Your unit price for a quantity of 12');
  await expect(price).toContainText(`Your price ${usd(product.twelve.unitPrice)}`);
  await expect(price).toContainText(`Line total: ${usd(product.twelve.lineTotal)}`);
  await expect(tierRows.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(tierRows.nth(1)).toContainText('Your quantity');
  await expect(tierRows.nth(0)).not.toHaveAttribute('aria-current', 'true');

  // How the price is made: list → the chains' book → volume tier 10–24 → the launch promotion.
  const explanation = page.getByRole('region', { name: 'How your price is calculated' });
  await expect(explanation).toContainText('For 12,');
  const steps = explanation.getByRole('listitem');
  const kinds = ['List price', 'Price book', 'Volume tier', 'Promotion'];
  await expect(steps).toHaveCount(product.twelve.steps.length);
  for (const [i, step] of product.twelve.steps.entries()) {
    await expect(steps.nth(i)).toContainText(step.label);
    await expect(steps.nth(i)).toContainText(kinds[i]!);
    await expect(steps.nth(i)).toContainText(step.note);
    await expect(steps.nth(i)).toContainText(usd(step.unitPrice));
  }
  await expect(steps.nth(2)).toContainText('10–24');
  // The last step's unit price is the one the buyer pays.
  expect(product.twelve.steps.at(-1)!.unitPrice.amount).toBe(product.twelve.unitPrice.amount);
});

test('a new buyer sees an espresso machine but may not order it, and never finds a chains-only private label', async ({
  page,
}) => {
  // The private label's product page, as a chain buyer (who may buy it) finds it.
  await signIn(page, 'coffee', 'buyer@brewline.example');
  await expect(page).toHaveURL(/\/coffee$/);
  const { productBySku: privateLabel } = await gql<{ productBySku: { id: string; name: string } }>(
    page,
    '{ productBySku(sku: "NB-PL-001") { id name } }',
  );
  expect(privateLabel.name).toMatch(/^Brewline Signature Espresso/);
  await page.goto(`/coffee/products/${privateLabel.id}`);
  await expect(page.getByRole('heading', { name: privateLabel.name, level: 1 })).toBeVisible();
  await signOut(page, 'Maya Chen', 'coffee');

  await signIn(page, 'coffee', 'buyer@freshgrounds.example');
  await expect(page).toHaveURL(/\/coffee$/);
  const facts = await gql<{
    machine: {
      name: string;
      entitlement: { canBuy: boolean; canSeePrice: boolean; reason: string | null };
      price: { unitPrice: Amount } | null;
    };
    bySku: ProductList;
    byName: ProductList;
  }>(
    page,
    `{
      machine: productBySku(sku: "NB-EM-001") {
        name entitlement { canBuy canSeePrice reason } price(quantity: 1) { unitPrice { amount } }
      }
      bySku: products(search: "NB-PL-001", first: 24) { totalCount edges { node { name sku } } }
      byName: products(search: "Brewline Signature Espresso", first: 24) { totalCount edges { node { name sku } } }
    }`,
  );
  expect(facts.machine.entitlement).toMatchObject({ canBuy: false, canSeePrice: true });
  expect(facts.machine.entitlement.reason).toBeTruthy();
  const reason = facts.machine.entitlement.reason!;

  // The espresso machine: listed and priced, but not orderable, with the reason.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Catalog' })
    .click();
  const search = page.getByRole('searchbox', { name: 'Search products' });
  const count = page.getByRole('status').filter({ hasText: /\d+ products?/ });
  await search.fill('NB-EM-001');
  await expect(page).toHaveURL(/[?&]q=NB-EM-001(&|$)/);
  const card = page.getByRole('article').filter({ hasText: 'SKU NB-EM-001' });
  await expect(card.getByRole('link')).toHaveText(facts.machine.name);
  await expect(card).toContainText(`Not available to order · ${reason}`);
  await card.getByRole('link').click();
  await expect(page.getByRole('heading', { name: facts.machine.name, level: 1 })).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'Not available to order' });
  await expect(notice).toContainText(reason);
  await expect(page.getByRole('region', { name: 'Price', exact: true })).toContainText(
    usd(facts.machine.price!.unitPrice),
  );

  // The chains-only private label: not in a search by SKU or by name …
  expect(facts.bySku.edges.map((e) => e.node.sku)).not.toContain('NB-PL-001');
  expect(facts.byName.totalCount).toBe(0);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Catalog' }).click();
  await search.fill('NB-PL-001');
  await expect(count).toHaveText(`${productCount(facts.bySku.totalCount)} matching “NB-PL-001”`);
  await expect(page.getByRole('article')).toHaveCount(facts.bySku.edges.length);
  await expect(page.getByRole('article').filter({ hasText: 'NB-PL-001' })).toHaveCount(0);
  await search.fill('Brewline Signature Espresso');
  await expect(
    page.getByRole('heading', { name: 'No products match “Brewline Signature Espresso”' }),
  ).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);

  // … nor at its address.
  await page.goto(`/coffee/products/${privateLabel.id}`);
  await expect(page.getByRole('heading', { name: 'Product not found', level: 1 })).toBeVisible();
  await expect(page.getByText(privateLabel.name)).toHaveCount(0);
  await expect(page.getByText('NB-PL-001')).toHaveCount(0);
});
