import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'portway-demo';

/** Signs in through the site's sign-in page, as a person would. */
export async function signIn(page: Page, site: 'coffee' | 'parts', email: string, password = DEMO_PASSWORD) {
  await page.goto(`/${site}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page, name: string, site: 'coffee' | 'parts') {
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(new RegExp(`/${site}/sign-in`));
}

/** Runs a GraphQL operation with the page's session (for looking up test facts, not for acting). */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
