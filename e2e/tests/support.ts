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
  },
  'fr-CA': {
    email: 'Adresse courriel',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    accountMenu: (name: string) => `Menu du compte de ${name}`,
    signOut: 'Se déconnecter',
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
