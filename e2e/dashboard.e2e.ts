import { fileURLToPath } from 'node:url';
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

  // The outcome chart: the clinical cut-off, the band of no reliable change, each change classified.
  await maya.getByRole('link', { name: /Maya/ }).click();
  await page.getByRole('tab', { name: 'Measures' }).click();
  const phqCard = page.getByRole('region', { name: /Patient Health Questionnaire-9/ }).first();
  const chart = phqCard.getByRole('img', { name: /PHQ-9 total over time/ });
  await expect(chart.getByText('Clinical cut-off 10')).toBeVisible();
  await expect(chart.locator('.sb-chart__reliable')).toHaveCount(1);
  // Sessions held between the first and last PHQ-9 are ticked along the time axis.
  await expect(chart.locator('.sb-chart__session')).not.toHaveCount(0);
  await expect(
    phqCard.getByText(/short ticks on the time axis mark the \d+ sessions/),
  ).toBeVisible();
  await phqCard.getByRole('button', { name: 'Show the numbers' }).click();
  const numbers = phqCard.getByRole('table', { name: /every administration/ });
  await expect(numbers.getByRole('row').nth(2)).toContainText('Unchanged: 14 → 10');
  await expect(numbers.getByRole('row').nth(3)).toContainText('Recovered: 14 → 6');
  await phqCard.screenshot({
    path: fileURLToPath(new URL('./artifacts/screenshots/outcome-chart.png', import.meta.url)),
  });
  await expectAccessible(page);
});
