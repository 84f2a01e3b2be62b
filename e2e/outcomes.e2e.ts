import { expect, test } from '@playwright/test';
import { demoURL } from './playwright.config';
import { expectAccessible, shot, signIn } from './support/people';

test.use({ baseURL: demoURL });

test('a clinician schedules follow-ups, discharges the case and reads the closing summary', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'okafor@demo.securebase.test', 'calm harbour demo');
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await page
    .getByRole('link', { name: /Brandt family/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Outcomes' }).click();

  // The treatment plan: one goal, measured by the PHQ-9, with a target.
  const plan = page.getByRole('region', { name: 'Treatment plan' });
  await plan.getByRole('button', { name: 'Write the plan' }).click();
  await plan.getByRole('button', { name: 'Add a goal' }).click();
  await plan.getByLabel('The goal, in words you agreed').fill('Lucas feels less low most days');
  await plan
    .getByLabel('Measured by')
    .selectOption({ label: 'Patient Health Questionnaire-9 (PHQ-9)' });
  await plan.getByLabel('Target').fill('9');
  await plan.getByLabel('Review date').fill('2027-01-15');
  await plan.getByRole('button', { name: 'Save the plan' }).click();
  await expect(plan.getByText('Lucas feels less low most days')).toBeVisible();
  await expect(
    plan.getByText(/^PHQ-9 total: target 9 \(at or below\)\. No scores yet\./),
  ).toBeVisible();
  await expect(plan.getByText(/^Version 1, saved/)).toBeVisible();
  await shot(page, 'treatment-plan');

  const schedule = page.getByRole('region', { name: 'Measurement schedule' });
  await expect(schedule.getByText('Nothing scheduled yet.')).toBeVisible();
  // Every two weeks, then follow-ups at 3, 6 and 12 months.
  await schedule
    .getByLabel('Measure')
    .selectOption({ label: 'Patient Health Questionnaire-9 (PHQ-9)' });
  await schedule.getByLabel('Every few weeks').check();
  await schedule.getByLabel('Every how many weeks').fill('2');
  await schedule.getByLabel('Time zone').fill('Europe/London');
  await schedule.getByRole('button', { name: 'Add to the schedule' }).click();
  const table = schedule.getByRole('table', { name: 'Scheduled measures' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Every 2 weeks from');

  // An impossible zone is refused, naming the field.
  await schedule.getByLabel('Follow-ups after discharge').check();
  await schedule.getByLabel('Time zone').fill('Mars/Olympus');
  await schedule.getByRole('button', { name: 'Add to the schedule' }).click();
  await expect(schedule.getByText('Unknown time zone "Mars/Olympus".')).toBeVisible();
  await schedule.getByLabel('Time zone').fill('Europe/London');
  await schedule.getByRole('button', { name: 'Add to the schedule' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('3, 6, 12 months after discharge');
  await shot(page, 'outcomes-schedule');
  await expectAccessible(page);

  const discharge = page.getByRole('region', { name: 'Discharge' });
  await discharge.getByLabel('Closing note (optional)').fill('Ending well; follow-ups agreed.');
  await discharge.getByRole('button', { name: 'Discharge…' }).click();
  await page
    .getByRole('dialog', { name: 'Discharge this case?' })
    .getByRole('button', { name: 'Discharge' })
    .click();
  const closing = page.getByRole('region', { name: 'Closing summary' });
  await expect(closing.getByText(/^Discharged /)).toBeVisible();
  await expect(closing.getByText('Follow-ups still to come')).toBeVisible();
  await expect(closing.getByRole('listitem')).toHaveCount(3);
  // The fortnightly schedule stopped; the case stays readable.
  await expect(table).toContainText('Stopped');
  await shot(page, 'outcomes-discharged');
  await expectAccessible(page);
});
