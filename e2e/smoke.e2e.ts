import { expect, test } from '@playwright/test';

test('the web app loads from the server with its security headers', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("object-src 'none'");
  await expect(page.getByRole('heading', { name: 'Secure Base' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/home.png', fullPage: true });
});
