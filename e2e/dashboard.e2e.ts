import { expect, test } from '@playwright/test';
import { demoURL } from './playwright.config';
import { expectAccessible, shot, signIn } from './support/people';

test.use({ baseURL: demoURL });

test("the clinician's dashboard shows each case's trend and sorts the caseload", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'rivera@demo.securebase.test', 'calm harbour demo');
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Needs attention' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Your cases at a glance' });
  const maya = table.getByRole('row', { name: /Maya/ });
  // Maya's PHQ-9 over four weeks: 14, 10, 6 — a reliable improvement.
  await expect(maya.getByRole('img', { name: /PHQ-9.*14, 10, 6/ })).toBeVisible();
  await expect(maya).toContainText('Reliable improvement');

  // Sorting by name puts Ana & Ben first; pressing again reverses it.
  await table.getByRole('button', { name: 'Case' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('Ana & Ben');
  await table.getByRole('button', { name: 'Case' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('Maya');
  await shot(page, 'dashboard');
  await expectAccessible(page);
});
