import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'portway-demo';

/** The interface languages the journeys read, named as the portal names them. */
export type Language = 'en-US' | 'fr-CA';

/**
 * The few labels the shared steps below click, in each interface language. A journey says which
 * language it expects, so a page in the wrong language fails rather than being matched either way.
 */
const labels = {
  'en-US': {
    email: 'Email address',
    password: 'Password',
    signIn: 'Sign in',
    accountMenu: (name: string) => `Account menu for ${name}`,
    signOut: 'Sign out',
    switchAccount: 'Switch account',
    actingForAccount: 'Acting for account',
    actingFor: (name: string) => `Acting for ${name}`,
    notifications: /^Notifications(, \d+ unread)?$/,
    notificationsDialog: 'Notifications',
    orderHeading: /^Order (\S+)$/,
  },
  'fr-CA': {
    email: 'Adresse courriel',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    accountMenu: (name: string) => `Menu du compte de ${name}`,
    signOut: 'Se déconnecter',
    switchAccount: 'Changer de compte',
    actingForAccount: 'Au nom du compte',
    actingFor: (name: string) => `Au nom de ${name}`,
    notifications: /^Notifications(, \d+ non lues?)?$/,
    notificationsDialog: 'Notifications',
    orderHeading: /^Commande (\S+)$/,
  },
} as const;

export interface SignInOptions {
  password?: string;
  /**
   * The language the sign-in page is shown in: English for a new browser; after a sign-out, the
   * language this browser last showed (the portal remembers it).
   */
  language?: Language;
}

/** Signs in through the site's sign-in page, as a person would. */
export async function signIn(
  page: Page,
  site: 'coffee' | 'parts',
  email: string,
  { password = DEMO_PASSWORD, language = 'en-US' }: SignInOptions = {},
) {
  const l = labels[language];
  await page.goto(`/${site}/sign-in`);
  await page.getByLabel(l.email).fill(email);
  await page.getByRole('textbox', { name: l.password }).fill(password);
  await page.getByRole('button', { name: l.signIn, exact: true }).click();
}

/** Signs out through the user menu, in the interface language shown. */
export async function signOut(
  page: Page,
  name: string,
  site: 'coffee' | 'parts',
  language: Language = 'en-US',
) {
  const l = labels[language];
  await page.getByRole('button', { name: l.accountMenu(name) }).click();
  await page.getByRole('menuitem', { name: l.signOut }).click();
  await expect(page).toHaveURL(new RegExp(`/${site}/sign-in`));
}

/** Runs a GraphQL operation with the page's session (for looking up test facts, not for acting). */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * A Money amount as the API sends it ("1234.5" in CAD) written the way a person reads it in a
 * language: en-US "$1,234.50" (other currencies with their prefix, "CA$1,234.50"), fr-CA
 * "1 234,50 $". Written out here rather than with Intl, so the journeys check the format itself.
 * Spaces are plain: Playwright's text matching treats the no-break spaces the portal shows as spaces.
 */
export function money(amount: string, currency: 'USD' | 'CAD', language: Language): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!match) throw new Error(`Not a positive decimal amount: ${amount}`);
  const cents = (match[2] ?? '').padEnd(2, '0');
  if (cents.length > 2) throw new Error(`More than two decimals: ${amount}`);
  const group = (separator: string) => match[1]!.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  if (language === 'en-US') return `${currency === 'USD' ? '$' : 'CA$'}${group(',')}.${cents}`;
  return `${group(' ')},${cents} ${currency === 'CAD' ? '$' : '$ US'}`;
}

/** "1 product" / "57 products", as the catalog counts them in English. */
export function productCount(count: number): string {
  return count === 1 ? '1 product' : `${count} products`;
}

export interface SwitchAccountOptions {
  /** What to type in the account box (defaults to the account's name). */
  search?: string;
  /** The interface language before the switch. */
  language?: Language;
  /** The interface language of the account switched to (the interface follows the account). */
  accountLanguage?: Language;
}

/** A seller-side user chooses, in the header, the account they act for (an assigned one). */
export async function switchAccount(
  page: Page,
  accountName: string,
  { search = accountName, language = 'en-US', accountLanguage = language }: SwitchAccountOptions = {},
) {
  const l = labels[language];
  const banner = page.getByRole('banner');
  await banner.getByRole('button', { name: l.switchAccount }).click();
  // Type once the list of accounts shows, as a person would: text typed in the first moments after
  // the switcher opens is cleared again (reported as a product race).
  await expect(
    page.getByRole('listbox', { name: l.actingForAccount }).getByRole('option').first(),
  ).toBeVisible();
  const box = page.getByRole('combobox', { name: l.actingForAccount }).first();
  await box.fill(search);
  await expect(box).toHaveValue(search);
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(accountName)} \\(`) }).click();
  await expect(
    banner.getByRole('group', { name: labels[accountLanguage].actingFor(accountName) }),
  ).toBeVisible();
}

/** Opens the header's notifications (the bell) and returns the list that opens. */
export async function openNotifications(page: Page, language: Language = 'en-US') {
  const l = labels[language];
  await page.getByRole('banner').getByRole('button', { name: l.notifications }).click();
  const dialog = page.getByRole('dialog', { name: l.notificationsDialog });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The number of the order whose page is shown ("Order CO-500123" → "CO-500123"). */
export async function shownOrderNumber(page: Page, language: Language = 'en-US'): Promise<string> {
  const pattern = labels[language].orderHeading;
  const heading = page.getByRole('heading', { level: 1, name: pattern });
  await expect(heading).toBeVisible();
  return pattern.exec((await heading.innerText()).trim())![1]!;
}

/**
 * Setup, not part of a journey: deletes the signed-in person's active cart for the account they act
 * for (if any), so a journey starts from an empty cart whatever ran before it.
 */
export async function emptyActiveCart(page: Page): Promise<void> {
  const { cart } = await gql<{ cart: { id: string } | null }>(page, '{ cart { id } }');
  if (!cart) return;
  const { deleteCart } = await gql<{ deleteCart: boolean }>(
    page,
    'mutation ($id: ID!) { deleteCart(cartId: $id) }',
    { id: cart.id },
  );
  expect(deleteCart).toBe(true);
}

/** A reference no other run or journey uses (a PO number, a reason), e.g. "E2E-STORY-LX2F9K-3QZ". */
export function uniqueReference(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 5).toUpperCase();
  return `${prefix}-${Date.now().toString(36).toUpperCase()}-${random}`;
}

/** A card expiry date (MM/YY) comfortably in the future: December of next year. */
export function futureCardExpiry(now = new Date()): string {
  return `12/${String((now.getFullYear() + 1) % 100).padStart(2, '0')}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
