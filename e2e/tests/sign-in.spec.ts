import { expect, test } from '@playwright/test';
import { signIn } from './support.js';

test('a wrong password shows an error and no session', async ({ page }) => {
  await signIn(page, 'coffee', 'admin@brewline.example', { password: 'not the password' });
  await expect(page.getByRole('alert')).toContainText('The email or password is not right.');
  await expect(page).toHaveURL(/\/coffee\/sign-in/);
  await page.goto('/coffee');
  await expect(page).toHaveURL(/\/coffee\/sign-in/);
});

test('the two sites are branded differently', async ({ page }) => {
  await page.goto('/coffee/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Northbeam Coffee Supply');
  const coffeeButton = await page
    .getByRole('button', { name: 'Sign in' })
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  await page.goto('/parts/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Apex Industrial Parts');
  const partsButton = await page
    .getByRole('button', { name: 'Sign in' })
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(partsButton).not.toBe(coffeeButton);
});

test('keyboard: empty fields are marked and focused, and a skip link leads past the header and menu', async ({
  page,
}) => {
  await page.goto('/coffee/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter your email address and password.');
  const email = page.getByLabel('Email address');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  await email.fill('buyer@brewline.example');
  await page.getByRole('textbox', { name: 'Password' }).fill('portway-demo');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/coffee$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Maya');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
