import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { demoURL } from './playwright.config';
import { expectAccessible, shot, signIn } from './support/people';

test.use({ baseURL: demoURL });

test('a clinician records a session, writes and signs the note, then corrects it by amendment', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'rivera@demo.securebase.test', 'calm harbour demo');
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Maya/ }).first().click();
  await page.getByRole('tab', { name: 'Sessions' }).click();

  // Record this morning's session (the form starts at now; an earlier time of today).
  const record = page.getByRole('region', { name: 'Record a session' });
  await record.getByLabel('Start time').fill('00:05');
  await record.getByLabel('Length in minutes').fill('50');
  await record.getByLabel('Video').check();
  await record.getByRole('button', { name: 'Record session' }).click();

  const panel = page.getByRole('region', { name: /^Session \d+, / });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('50 minutes, Video. Attended: Maya Chen.');
  await panel
    .getByRole('textbox', { name: 'Focus' })
    .fill('Her fear that I would tire of her after the cancellation.');
  await panel.getByLabel(/Alliance repair/).check();
  await panel.getByLabel(/^Mentalizing/).check();
  await panel
    .getByRole('textbox', { name: 'Observations' })
    .fill('Tearful, then relieved when I named my part.');
  await panel.getByRole('textbox', { name: 'Plan' }).fill('Return to the episode with her sister.');
  await panel.getByRole('button', { name: 'Save draft' }).click();
  await expect(panel.getByText('Draft saved.')).toBeVisible();
  await shot(page, 'session-note-draft');
  await expectAccessible(page);

  await panel.getByRole('button', { name: 'Sign and lock' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign and lock this note?' });
  await dialog.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(panel.getByText('Signed and locked')).toBeVisible();
  // Locked: there is nothing left to edit, only amendments.
  await expect(panel.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expect(panel.getByRole('textbox', { name: 'Focus' })).toHaveCount(0);
  await expect(panel).toContainText('Return to the episode with her sister.');

  await panel.getByLabel('Add an amendment').fill('Correction: the cancellation was mine.');
  await panel.getByRole('button', { name: 'Add amendment' }).click();
  await expect(panel.getByText('Correction: the cancellation was mine.')).toBeVisible();
  // The original stays as it was.
  await expect(panel).toContainText('Her fear that I would tire of her after the cancellation.');
  const table = page.getByRole('table', { name: 'Sessions, newest first' });
  await expect(table.getByRole('row').nth(1)).toContainText('Signed');
  await expect(table.getByRole('row').nth(1)).toContainText('1 amendment');
  // A process note of my own, kept apart from the record.
  await panel.getByLabel('Add a process note').fill('I felt the pull to rescue her.');
  await panel.getByRole('button', { name: 'Keep privately' }).click();
  await expect(panel.getByText('I felt the pull to rescue her.')).toBeVisible();
  await shot(page, 'session-note-signed');
  await expectAccessible(page);

  // The alliance line: Maya's fourth rating fell below her usual level and is flagged.
  const alliance = page.getByRole('region', { name: 'Alliance, session by session' });
  const chart = alliance.getByRole('img', { name: /after each session for Maya Chen/ });
  await expect(chart).toHaveAccessibleDescription(/One rating fell below the client's usual level/);
  await expect(chart.locator('.sb-alliance__point--drop')).toHaveCount(1);
  const ratings = alliance.getByRole('table', {
    name: 'Alliance ratings for Maya Chen, oldest first',
  });
  const flagged = ratings.getByRole('row').nth(4);
  await expect(flagged).toContainText('After session 4');
  await expect(flagged).toContainText('41');
  await expect(flagged).toContainText('Possible rupture');
  await expect(flagged).toContainText('Next rating back within the usual range');
  await shot(page, 'alliance-flagged');
  await flagged.getByRole('button', { name: /Record a rupture at the rating of/ }).click();
  const form = page.getByRole('region', { name: /^Rupture at the rating of/ });
  await form
    .getByLabel('What happened')
    .fill('I moved her session at short notice; she went quiet.');
  await form.getByLabel('Repair attempted').fill('Named it and acknowledged my part.');
  await form.getByLabel('Session in which you attempted the repair').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(ratings.getByRole('row').nth(4)).toContainText('Rupture recorded');
  await expect(ratings.getByRole('row').nth(4)).toContainText(
    'Repair: Named it and acknowledged my part.',
  );
  await expect(chart.locator('.sb-alliance__point--rupture')).toHaveCount(1);
  await expect(chart.locator('.sb-alliance__repair')).toHaveCount(1);
  await alliance.scrollIntoViewIfNeeded();
  await shot(page, 'alliance-repair-recorded');
  await alliance.screenshot({
    path: fileURLToPath(new URL('./artifacts/screenshots/alliance-card.png', import.meta.url)),
  });
  await expectAccessible(page);
});
