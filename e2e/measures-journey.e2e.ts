import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './support/constants';
import { answerQuestionnaire, assignMeasures, PHQ9, PHQ9_OPTIONS } from './support/measures';
import {
  enrolAuthenticator,
  expectAccessible,
  invitationLinkFor,
  shot,
  signInStaff,
} from './support/people';

const [NOT_AT_ALL, SEVERAL_DAYS, MORE_THAN_HALF, NEARLY_EVERY_DAY] = PHQ9_OPTIONS;

// Scores 15, then 6: item 9 ("better off dead or hurting yourself") is 2 the first time.
const FIRST = [
  MORE_THAN_HALF,
  MORE_THAN_HALF,
  MORE_THAN_HALF,
  NEARLY_EVERY_DAY,
  SEVERAL_DAYS,
  SEVERAL_DAYS,
  MORE_THAN_HALF,
  NOT_AT_ALL,
  MORE_THAN_HALF,
];
const SECOND = [
  SEVERAL_DAYS,
  SEVERAL_DAYS,
  SEVERAL_DAYS,
  SEVERAL_DAYS,
  NOT_AT_ALL,
  SEVERAL_DAYS,
  SEVERAL_DAYS,
  NOT_AT_ALL,
  NOT_AT_ALL,
];

const CLINICIAN = { email: 'sam.ortega@e2e.example', name: 'Dr Sam Ortega' };
const CLIENT = { email: 'kit.morgan@e2e.example', name: 'Kit Morgan' };
const CASE_TITLE = 'Kit — individual work';

async function openMeasures(clinician: Page, caseUrl: string): Promise<void> {
  await clinician.goto(`${caseUrl}?tab=measures`);
  await expect(clinician.getByRole('heading', { name: 'Results over time' })).toBeVisible();
}

test.use({ actionTimeout: 15_000 });

test('a client answers the PHQ-9 with a risk answer and sees support at once; the clinician acknowledges the alert, reads the results over time and shares one', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const admin = await (await browser.newContext()).newPage();
  const clinician = await (await browser.newContext()).newPage();
  const client = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();

  await test.step('the admin invites a clinician, who joins with two-step sign-in', async () => {
    await signInStaff(admin, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    await expect(admin.getByRole('heading', { name: 'Users' })).toBeVisible();
    await admin.goto('/admin/invitations');
    const form = admin.getByRole('form', { name: 'Invite a colleague' });
    await form.getByLabel('Email').fill(CLINICIAN.email);
    await form.getByLabel('Name').fill(CLINICIAN.name);
    await form.getByLabel('Role').selectOption({ label: 'Clinician' });
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await expect(admin.getByText(`Invitation sent to ${CLINICIAN.email}`)).toBeVisible();

    await clinician.goto(await invitationLinkFor(admin, CLINICIAN.email));
    await clinician.getByLabel('New password').fill('harbour fog and herring gulls');
    await clinician.getByRole('button', { name: 'Accept invitation' }).click();
    await enrolAuthenticator(clinician);
    await expect(clinician.getByRole('heading', { name: 'Caseload' })).toBeVisible();
  });

  let caseUrl = '';
  await test.step('the clinician opens a case and invites the client, who joins on a phone', async () => {
    await clinician.getByRole('link', { name: 'New case' }).first().click();
    await clinician.getByRole('radio', { name: 'Individual' }).check();
    await clinician.getByLabel('Title').fill(CASE_TITLE);
    await clinician.getByRole('group', { name: 'Member 1' }).getByLabel('Name').fill(CLIENT.name);
    await clinician.getByRole('button', { name: 'Create case' }).click();
    await expect(clinician.getByRole('heading', { name: CASE_TITLE })).toBeVisible();
    caseUrl = new URL(clinician.url()).pathname;
    await clinician.getByRole('button', { name: `Invite to the portal: ${CLIENT.name}` }).click();
    const invite = clinician.getByRole('form', { name: `Invite ${CLIENT.name} to the portal` });
    await invite.getByLabel('Email').fill(CLIENT.email);
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(clinician.getByText('Invitation waiting')).toBeVisible();

    await client.goto(await invitationLinkFor(admin, CLIENT.email));
    await client.getByLabel('New password').fill('kites above the dunes');
    await client.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(client.getByRole('heading', { name: `Hello, ${CLIENT.name}` })).toBeVisible();
  });

  await test.step('the clinician assigns the PHQ-9', async () => {
    await openMeasures(clinician, caseUrl);
    await expect(clinician.getByText('No questionnaires have been completed yet.')).toBeVisible();
    await assignMeasures(clinician, [PHQ9], `${CLIENT.name} (Client)`);
  });

  await test.step('the client answers it on a phone, with 2 on question 9, and sees support at once', async () => {
    await client.reload();
    await client.getByRole('link', { name: `Start ${PHQ9}` }).click();
    await expect(client.getByRole('heading', { name: PHQ9 })).toBeVisible();
    // The published stem, in the client's words; nothing about how the software scores it.
    await expect(client.getByText(/Each question asks: “Over the last 2 weeks/)).toBeVisible();
    await expect(client.getByText(/definition|unscored/)).toHaveCount(0);
    await shot(client, 'measures-client-intro');
    await answerQuestionnaire(client, {
      answers: FIRST,
      onQuestion: async (number) => {
        await expect(
          client.getByRole('group', { name: /^Question \d of 9 Over the last 2 weeks/ }),
        ).toBeVisible();
        if (number !== 2) return;
        await shot(client, 'measures-client-question');
        await expectAccessible(client);
      },
      onPause: async () => {
        await shot(client, 'measures-client-pause');
        await expectAccessible(client);
      },
    });
    await expect(client.getByText('9. Thoughts that you would be better off dead')).toBeVisible();
    await shot(client, 'measures-client-review');
    await expectAccessible(client);
    await client.getByRole('button', { name: 'Send my answers' }).click();

    // The crisis resources come first, focused, with no extra step.
    const support = client.getByRole('heading', { name: 'Support right now' });
    await expect(support).toBeVisible();
    await expect(support).toBeFocused();
    const crisis = client.getByRole('region', { name: 'Support right now' });
    await expect(crisis.getByText(/not an emergency service/)).toBeVisible();
    await expect(crisis.getByRole('link', { name: 'Call 116 123' })).toBeVisible();
    await expect(crisis.getByText(/We have let your clinician know/)).toBeVisible();
    await shot(client, 'measures-client-crisis');
    await expectAccessible(client);
  });

  const alertName = `Acknowledge alert: ${PHQ9}, ${CLIENT.name}`;
  await test.step('the clinician sees the alert and acknowledges it with a note', async () => {
    await clinician.goto('/caseload');
    await expect(clinician.getByRole('heading', { name: '1 open risk alert' })).toBeVisible();
    await shot(clinician, 'measures-caseload-alert');
    await clinician.getByRole('link', { name: /^Alerts\W+1 open alert$/ }).click();
    await expect(clinician.getByRole('heading', { name: 'Risk alerts', level: 1 })).toBeVisible();
    await expect(
      clinician.getByRole('heading', { name: `${PHQ9} · ${CLIENT.name}` }),
    ).toBeVisible();
    await expect(clinician.getByText('Risk answer on question 9')).toBeVisible();
    await shot(clinician, 'measures-alerts-open');
    await expectAccessible(clinician);

    await clinician.getByRole('button', { name: alertName }).click();
    const note = clinician.getByLabel('Note');
    await expect(note).toBeFocused();
    await clinician.getByRole('button', { name: 'Acknowledge alert', exact: true }).click();
    await expect(clinician.getByText('Write a note before acknowledging.')).toBeVisible();
    await note.fill('Phoned Kit the same afternoon; safe, safety plan reviewed, seeing Thursday.');
    await clinician.getByRole('button', { name: 'Acknowledge alert', exact: true }).click();
    await expect(clinician.getByText('Alert acknowledged.')).toBeVisible();
    // The alert leaves the open list; focus goes to the list's heading, not to the page top.
    await expect(clinician.getByRole('heading', { name: 'No open risk alerts.' })).toBeFocused();
    await expect(clinician.getByRole('button', { name: alertName })).toHaveCount(0);
    await clinician.getByText('Acknowledged (1)').click();
    await expect(clinician.getByText(/Phoned Kit the same afternoon/)).toBeVisible();
    await expect(
      clinician.getByText(`Acknowledged by ${CLINICIAN.name}`, { exact: false }),
    ).toBeVisible();
    await shot(clinician, 'measures-alerts-acknowledged');
    await expectAccessible(clinician);

    // The caseload shows only alerts that need doing; the history stays on the alerts page.
    await clinician.getByRole('link', { name: 'Caseload' }).click();
    await expect(clinician.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
    await expect(clinician.getByRole('heading', { name: /risk alert/ })).toHaveCount(0);
  });

  await test.step('a second PHQ-9 a little later, without a risk answer', async () => {
    await openMeasures(clinician, caseUrl);
    await assignMeasures(clinician, [PHQ9], `${CLIENT.name} (Client)`);
    await client.goto('/portal');
    await client.getByRole('link', { name: `Start ${PHQ9}` }).click();
    await answerQuestionnaire(client, { answers: SECOND });
    await client.getByRole('button', { name: 'Send my answers' }).click();
    await expect(client.getByRole('heading', { name: 'Thank you' })).toBeVisible();
    await expect(client.getByRole('heading', { name: 'Support right now' })).toHaveCount(0);
    await client.getByRole('link', { name: 'Back to your home page' }).click();
    await expect(client.getByText('Nothing to do right now', { exact: false })).toBeVisible();
    await expect(
      client
        .getByRole('region', { name: 'Shared with you' })
        .getByText(/When your clinician shares a questionnaire result/),
    ).toBeVisible();
  });

  await test.step('the clinician reads the results over time on the case', async () => {
    await openMeasures(clinician, caseUrl);
    const chart = clinician.getByRole('img', { name: /PHQ-9 total over time/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(
      /2 administrations .*15 \(Moderately severe\), 6 \(Mild\)/,
    );
    // The result with the risk answer is ringed, and the caption says why.
    await expect(chart.locator('.sb-chart__risk')).toHaveCount(1);
    await expect(
      clinician.getByText('Ringed in red: a result with a risk answer.').first(),
    ).toBeVisible();
    await shot(clinician, 'measures-case-tab');
    await expectAccessible(clinician);

    await clinician
      .getByRole('link', { name: `View result: ${PHQ9}, ${CLIENT.name}` })
      .first()
      .click();
    await expect(clinician.getByRole('heading', { name: PHQ9, level: 1 })).toBeVisible();
    const scores = clinician.getByRole('table', { name: 'Scores and bands' });
    await expect(scores.getByRole('row', { name: /PHQ-9 total/ })).toContainText('6');
    await expect(scores.getByRole('row', { name: /PHQ-9 total/ })).toContainText('Mild');
    const change = clinician.getByRole('table', { name: 'Change since last time' });
    await expect(change).toContainText('Reliable improvement');
    await expect(
      clinician.getByRole('img', { name: /PHQ-9 total over time/ }),
    ).toHaveAccessibleDescription(/2 administrations/);
    await shot(clinician, 'measures-result');
    await expectAccessible(clinician);
  });

  await test.step('the clinician shares the result, and the client reads it in plain words', async () => {
    await clinician.getByRole('button', { name: 'Share with client' }).click();
    const dialog = clinician.getByRole('dialog', {
      name: `Share this result with ${CLIENT.name}?`,
    });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(clinician.getByText(`Shared with ${CLIENT.name}.`)).toBeVisible();

    await client.goto('/portal');
    const shared = client.getByRole('region', { name: 'Shared with you' });
    await expect(shared.getByRole('link')).toHaveCount(1);
    await shot(client, 'measures-client-portal-shared');
    await shared
      .getByRole('link', { name: new RegExp(`^${PHQ9.replace(/[()]/g, '\\$&')}`) })
      .click();
    await expect(client.getByRole('heading', { name: PHQ9, level: 1 })).toBeVisible();
    await expect(client.getByText(/6 out of 27/)).toBeVisible();
    await expect(client.getByText(/not a diagnosis/)).toBeVisible();
    await expect(client.getByText(/Risk item/)).toHaveCount(0);
    await shot(client, 'measures-client-shared-result');
    await expectAccessible(client);
  });
  await test.step("the clinician enters a GAD-7 from paper on the client's behalf", async () => {
    const gad7 = 'Generalized Anxiety Disorder 7-item scale (GAD-7)';
    await openMeasures(clinician, caseUrl);
    await assignMeasures(clinician, [gad7], `${CLIENT.name} (Client)`);
    await clinician
      .getByRole('link', { name: `Enter a paper form: ${gad7}, ${CLIENT.name}` })
      .click();
    await expect(clinician.getByRole('heading', { name: 'Enter a paper form' })).toBeVisible();
    const items = clinician.getByRole('group');
    await expect(items).toHaveCount(7);
    // The wording comes from the server's form: the first item's text is shown.
    await expect(items.first()).toContainText('Feeling nervous, anxious or on edge');
    for (let index = 0; index < 7; index += 1) {
      await items.nth(index).getByRole('radio', { name: 'Several days' }).check();
    }
    await expect(clinician.getByText('7 of 7 answered')).toBeVisible();
    await shot(clinician, 'measures-paper-entry');
    await clinician.getByRole('button', { name: 'Save paper form' }).click();
    // Seven answers of 1: total 7, mild (5–9).
    await expect(clinician.getByRole('heading', { name: gad7, level: 1 })).toBeVisible();
    await expect(clinician.getByText('Entered from a paper form')).toBeVisible();
    const scores = clinician.getByRole('table', { name: 'Scores and bands' });
    await expect(scores.getByRole('row', { name: /GAD-7 total/ })).toContainText('7');
    await expect(scores.getByRole('row', { name: /GAD-7 total/ })).toContainText('Mild');
  });
});
