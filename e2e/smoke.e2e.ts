import { expect, test } from '@playwright/test';
import { expectAccessible, shot } from './support/people';

test('the sign-in page loads from the server with its security headers', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("object-src 'none'");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText(/not an emergency service/).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'sign-in');
});
