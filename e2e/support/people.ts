import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
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
  const otpauthUrl = await page.getByTestId('totp-url').textContent();
  await page.getByLabel('Code').fill(await freshCode(secret));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery codes' })).toBeVisible();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await page.getByLabel('I have saved these recovery codes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  rememberEnrolment(otpauthUrl, secret);
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

interface Enrolment {
  secret: string;
  /** The last time step a code was made in for this secret. */
  step: number;
}

/**
 * Authenticators enrolled in this run, by account email, kept in the run's output folder
 * (Playwright empties it at the start of every run, as the web server starts a new database),
 * so a later test file can sign the same person in even from a fresh worker process.
 */
function enrolmentsFile(): string | null {
  try {
    return join(test.info().project.outputDir, 'enrolled-authenticators.json');
  } catch {
    return null; // outside a test
  }
}

function readEnrolments(file: string): Record<string, Enrolment> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Enrolment>;
  } catch {
    return {};
  }
}

/** The account is the label of the otpauth link: `otpauth://totp/Issuer:email?secret=…`. */
function rememberEnrolment(otpauthUrl: string | null, secret: string): void {
  const file = enrolmentsFile();
  if (!file || !otpauthUrl) return;
  const label = decodeURIComponent(new URL(otpauthUrl.trim()).pathname.replace(/^\//, ''));
  const email = label.split(':').at(-1)?.trim().toLowerCase();
  if (!email) return;
  mkdirSync(join(file, '..'), { recursive: true });
  const enrolments = readEnrolments(file);
  enrolments[email] = { secret, step: lastStep.get(secret) ?? -1 };
  writeFileSync(file, JSON.stringify(enrolments, null, 2));
}

/**
 * Signs a member of staff in whatever state their account is in: at the first sign-in they
 * enrol an authenticator; after that, a fresh code from the secret enrolled earlier in this run
 * (by any test). Returns the secret.
 */
export async function signInStaff(page: Page, email: string, password: string): Promise<string> {
  await signIn(page, email, password);
  const setUp = page.getByRole('heading', { name: 'Set up two-step sign-in' });
  const code = page.getByRole('heading', { name: 'Enter your code' });
  await expect(setUp.or(code)).toBeVisible();
  if (await setUp.isVisible()) return enrolAuthenticator(page);
  const file = enrolmentsFile();
  const known = file ? readEnrolments(file)[email.toLowerCase()] : undefined;
  if (!known) throw new Error(`no authenticator for ${email} was enrolled in this run`);
  lastStep.set(known.secret, Math.max(lastStep.get(known.secret) ?? -1, known.step));
  await page.getByLabel('Code').fill(await freshCode(known.secret));
  await page.getByRole('button', { name: 'Continue' }).click();
  return known.secret;
}
