import { expect, test } from '@playwright/test';
import { gql, money, signIn } from './support.js';

/*
 * The Montreal buyer works in Canadian French and Canadian dollars: interface, product names and the
 * price explanation in French, amounts formatted for fr-CA. Switching to English changes the words and
 * the number format, never the currency. Amounts are read from the API with the same session.
 */

type Amount = { amount: string; currency: string };
interface ProductFacts {
  name: string;
  unitOfMeasure: string;
  one: {
    unitPrice: Amount;
    listUnitPrice: Amount;
    lineTotal: Amount;
    steps: Array<{ label: string; note: string; unitPrice: Amount }>;
  };
  three: { unitPrice: Amount; lineTotal: Amount };
}
const productQuery = `{
  productBySku(sku: "NB-GR-001") {
    name unitOfMeasure
    one: price(quantity: 1) {
      unitPrice { amount currency } listUnitPrice { amount currency } lineTotal { amount currency }
      steps { label note unitPrice { amount currency } }
    }
    three: price(quantity: 3) { unitPrice { amount currency } lineTotal { amount currency } }
  }
}`;
const cad = (value: Amount, language: 'en-US' | 'fr-CA') => {
  expect(value.currency).toBe('CAD');
  return money(value.amount, 'CAD', language);
};

// The language chosen in the user menu is saved on the person: whatever happens in the journey, leave
// the buyer following the account's language again, as seeded, for the other journeys.
test.afterEach(async ({ page }) => {
  await gql(page, 'mutation { setLocale(locale: null) { locale } }').catch(() => undefined);
});

test('the Montreal buyer shops in French with prices in Canadian dollars, switches to English and back', async ({
  page,
}) => {
  await signIn(page, 'coffee', 'acheteur@montroyal.example');
  await expect(page).toHaveURL(/\/coffee$/);

  // French interface.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Élise');
  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(navigation.getByRole('link', { name: 'Accueil' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Commandes' })).toBeVisible();
  await navigation.getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Catalogue', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Catalogue · Northbeam Coffee Supply · Portway');

  // Search in French: "moulu" finds the French names.
  const found = await gql<{
    products: { totalCount: number; edges: Array<{ node: { sku: string; name: string } }> };
  }>(page, '{ products(search: "moulu", first: 24) { totalCount edges { node { sku name } } } }');
  const facts = (await gql<{ productBySku: ProductFacts }>(page, productQuery)).productBySku;
  expect(found.products.edges.map((e) => e.node.sku)).toContain('NB-GR-001');
  expect(facts.name).toBe('Mélange maison, moulu pour filtre');
  expect(facts.one.steps[0]!.note).toContain('× 1,36 CAD par USD');

  await page.getByRole('searchbox', { name: 'Rechercher des produits' }).fill('moulu');
  await expect(page).toHaveURL(/[?&]q=moulu(&|$)/);
  const count = page.getByRole('status').filter({ hasText: /\d+ produits?/ });
  await expect(count).toHaveText(
    `${found.products.totalCount} produit${found.products.totalCount > 1 ? 's' : ''} correspondant à « moulu »`,
  );
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(found.products.edges.length);
  await expect(cards.getByRole('link')).toHaveText(found.products.edges.map((e) => e.node.name));
  const card = cards.filter({ hasText: 'UGS NB-GR-001' });
  await expect(card).toContainText(`Votre prix ${cad(facts.one.unitPrice, 'fr-CA')}`);
  await expect(card).toContainText(`Prix courant ${cad(facts.one.listUnitPrice, 'fr-CA')}`);

  // The product, priced in CAD for fr-CA ("30,87 $").
  await card.getByRole('link', { name: facts.name }).click();
  await expect(page.getByRole('heading', { name: facts.name, level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(`${facts.name} · Northbeam Coffee Supply · Portway`);
  const price = page.getByRole('region', { name: 'Prix', exact: true });
  await expect(price).toContainText('Votre prix unitaire pour une quantité de 1');
  await expect(price).toContainText(`Votre prix ${cad(facts.one.unitPrice, 'fr-CA')}`);
  await expect(price).toContainText(`Total de la ligne : ${cad(facts.one.lineTotal, 'fr-CA')}`);
  await expect(price.getByText(/\d,\d\d\s\$$/).first()).toBeVisible();

  // How the price is made, in French: the CAD list price derived from USD, then the welcome promotion.
  const explanation = page.getByRole('region', { name: 'Calcul de votre prix' });
  await expect(explanation).toContainText('Pour une quantité de 1, chaque étape donne le prix unitaire');
  const steps = explanation.getByRole('listitem');
  await expect(steps).toHaveCount(facts.one.steps.length);
  for (const [i, step] of facts.one.steps.entries()) {
    await expect(steps.nth(i)).toContainText(step.label);
    await expect(steps.nth(i)).toContainText(step.note);
    await expect(steps.nth(i)).toContainText(cad(step.unitPrice, 'fr-CA'));
  }
  await expect(steps.first()).toContainText('Prix courant');
  await expect(steps.first()).toContainText('× 1,36 CAD par USD');

  // A quantity of 3: the line total follows, still in fr-CA.
  // The API gives the unit's code ("bag"); the portal names it in French ("sac").
  expect(facts.unitOfMeasure).toBe('bag');
  await page.getByRole('textbox', { name: 'Quantité (sac)' }).fill('3');
  await expect(price).toContainText('Votre prix unitaire pour une quantité de 3');
  await expect(price).toContainText(`Total de la ligne : ${cad(facts.three.lineTotal, 'fr-CA')}`);

  // English from the user menu: English words and names, the same amounts in CAD, formatted en-US.
  await page.getByRole('button', { name: 'Menu du compte de Élise Tremblay' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemradio', { name: 'Français (Canada)' })).toBeChecked();
  await menu.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(menu.getByRole('menuitemradio', { name: 'English' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  const english = (await gql<{ productBySku: ProductFacts }>(page, productQuery)).productBySku;
  expect(english.name).toBe('House Blend, Ground for Drip');
  expect(english.three.lineTotal).toEqual(facts.three.lineTotal);
  await expect(page.getByRole('heading', { name: english.name, level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Catalog' }),
  ).toBeVisible();
  const priceEn = page.getByRole('region', { name: 'Price', exact: true });
  await expect(priceEn).toContainText('Your unit price for a quantity of 3');
  await expect(priceEn).toContainText(`Your price ${cad(english.three.unitPrice, 'en-US')}`);
  await expect(priceEn).toContainText(`Line total: ${cad(english.three.lineTotal, 'en-US')}`);
  const explanationEn = page.getByRole('region', { name: 'How your price is calculated' });
  await expect(explanationEn.getByRole('listitem').first()).toContainText('× 1.36 CAD per USD');

  // And back to French.
  await page.getByRole('button', { name: 'Account menu for Élise Tremblay' }).click();
  await menu.getByRole('menuitemradio', { name: 'Français (Canada)' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: facts.name, level: 1 })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Catalogue' })).toBeVisible();
  await expect(price).toContainText(`Total de la ligne : ${cad(facts.three.lineTotal, 'fr-CA')}`);
  await expect(explanation.getByRole('listitem').first()).toContainText('× 1,36 CAD par USD');
});
