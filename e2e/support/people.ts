import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { generate } from 'otplib';

const STEP_MS = 30_000;
const lastStep = new Map<string, number>();

/** A TOTP code from a step not used before for this secret (waits for the next step if needed). */
export async function freshCode(secret: string): Promise<string> {
  const used = lastStep.get(secret) ?? -1;
  while (Math.floor(Date.now() / STEP_MS) <= used) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const now = Date.now();
  lastStep.set(secret, Math.floor(now / STEP_MS));
  return generate({ secret, epoch: Math.floor(now / 1000) });
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** On the set-up page: read the key, confirm with a code, acknowledge the recovery codes. */
export async function enrolAuthenticator(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Set up two-step sign-in' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
  await page.getByLabel('Code').fill(await freshCode(secret));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery codes' })).toBeVisible();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await page.getByLabel('I have saved these recovery codes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  return secret;
}

/** An invitation link from the newest outbox message to this address (admins read the outbox). */
export async function invitationLinkFor(admin: Page, email: string): Promise<string> {
  await admin.goto('/admin/outbox');
  const message = admin.locator('article, li, tr, section').filter({ hasText: email }).first();
  const href = await message.locator('pre a').first().getAttribute('href');
  if (!href?.includes('accept-invitation#token='))
    throw new Error(`no invitation link for ${email}`);
  return href;
}

/** No serious or critical accessibility violations (axe-core, WCAG 2.x A and AA rules). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  const path = fileURLToPath(new URL(`../artifacts/screenshots/${name}.png`, import.meta.url));
  await page.screenshot({ path, fullPage: true });
}
