import { expect, test } from '@playwright/test';
import { demoURL } from './playwright.config';
import { expectAccessible, shot, signIn } from './support/people';

const DEMO_PASSWORD = 'calm harbour demo';

test.use({ baseURL: demoURL });

test("the demo adult client's attachment profile shows a path over three ECR-R administrations", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // In demo mode the second factor is optional: the clinician lands on the caseload.
  await signIn(page, 'rivera@demo.securebase.test', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Maya/ }).first().click();
  await page.getByRole('tab', { name: 'Attachment' }).click();

  const plane = page.getByRole('img', { name: /Attachment plane for Maya Chen/ });
  await expect(plane).toBeVisible();
  // The description says how the position moved: three results, oldest to latest.
  await expect(plane).toHaveAccessibleDescription(/3 ECR-R results/);
  // The path: one line through the three dated points, in the drawing itself.
  await expect(plane.locator('.sb-plane__point')).toHaveCount(3);
  await expect(plane.locator('.sb-plane__path')).toHaveCount(1);

  const table = page.getByRole('table', { name: 'ECR-R results for Maya Chen, oldest first' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(4);
  // Ten weeks ago anxiety 6 and avoidance 4.5; this week 4.5 and 3 (the demo's synthetic data).
  await expect(rows.nth(1)).toContainText('6');
  await expect(rows.nth(1)).toContainText('4.5');
  await expect(rows.nth(3)).toContainText('Preoccupied region');
  // Regions are named as parts of a continuum, never as a diagnosis.
  await expect(page.getByText(/not a diagnosis/).first()).toBeVisible();
  await expect(page.getByRole('table', { name: /ECR-RS results for Maya Chen/ })).toContainText(
    'Partner',
  );
  await shot(page, 'attachment-profile');
  await expectAccessible(page);
});
