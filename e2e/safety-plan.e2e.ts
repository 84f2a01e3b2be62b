import { expect, test, type Page } from '@playwright/test';
import { demoURL } from './playwright.config';
import { DEMO_CLIENT, DEMO_CLINICIAN, PHONE, signedInToDemo } from './support/demo';
import { expectAccessible, shot } from './support/people';

test.use({ baseURL: demoURL });

async function openMayasPlan(page: Page) {
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await page
    .getByRole('link', { name: /Maya — individual/ })
    .first()
    .click();
  const card = page.getByRole('region', { name: 'Safety plan', exact: true });
  await expect(card.getByRole('heading', { name: 'Step 1 Warning signs' })).toBeVisible();
  return card;
}

test('clinician and client write the safety plan together; the client opens it offline on a phone', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // In session, the clinician writes the first steps with Maya.
  const clinician = await signedInToDemo(browser, DEMO_CLINICIAN);
  const card = await openMayasPlan(clinician);
  await expect(card.getByText('Nothing written yet.')).toBeVisible();
  await card.getByRole('button', { name: 'Change: Warning signs' }).click();
  await card.getByLabel('Warning signs, line 1').fill('Lying awake replaying the day');
  await card.getByRole('button', { name: 'Add a line to: Warning signs' }).click();
  await card.getByLabel('Warning signs, line 2').fill('Stopping answering messages');
  await card.getByRole('button', { name: 'Save this step' }).click();
  await expect(card.getByText('Saved. Your plan is now version 1.')).toBeVisible();

  await card.getByRole('button', { name: 'Change: People I can ask for help' }).click();
  await card.getByLabel('Name', { exact: true }).fill('Sam, my brother');
  await card.getByLabel('Phone number (if there is one)').fill('call Sam');
  await card.getByRole('button', { name: 'Save this step' }).click();
  // A number that will not dial is caught before anything is sent.
  await expect(card.getByText(/Write the number with digits/)).toBeVisible();
  await expect(card.getByLabel('Phone number (if there is one)')).toBeFocused();
  await card.getByLabel('Phone number (if there is one)').fill('+44 (0)7700 900123');
  await card.getByRole('button', { name: 'Save this step' }).click();
  await expect(card.getByText('Saved. Your plan is now version 2.')).toBeVisible();
  await expect(
    card.getByRole('link', { name: 'Call Sam, my brother on +44 (0)7700 900123' }),
  ).toHaveAttribute('href', 'tel:+447700900123');
  await shot(clinician, 'safety-plan-clinician');
  await expectAccessible(clinician);

  // The clinician starts on step 2 while Maya, at home, changes the same step.
  await card.getByRole('button', { name: 'Change: Things I can do on my own' }).click();
  await card.getByLabel('Things I can do on my own, line 1').fill('Cold water on my face');

  const maya = await signedInToDemo(browser, DEMO_CLIENT, PHONE);
  await maya.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // One tap from the portal's home.
  await maya.getByRole('link', { name: 'My safety plan' }).click();
  await expect(maya.getByRole('heading', { name: 'My safety plan', level: 1 })).toBeVisible();
  await expect(maya.getByText('Lying awake replaying the day')).toBeVisible();
  await maya.getByRole('button', { name: 'Change: Things I can do on my own' }).click();
  await maya.getByLabel('Things I can do on my own, line 1').fill('Walk to the river and back');
  await maya.getByRole('button', { name: 'Save this step' }).click();
  await expect(maya.getByText('Saved. Your plan is now version 3.')).toBeVisible();
  await maya
    .getByRole('button', { name: 'Change: People and places that take my mind off things' })
    .click();
  await maya.getByLabel('Name of the person or place').fill('The climbing wall on Mill Road');
  await shot(maya, 'safety-plan-phone-editing');
  await expectAccessible(maya);
  await maya.getByRole('button', { name: 'Save this step' }).click();
  await expect(maya.getByText('Saved. Your plan is now version 4.')).toBeVisible();
  await maya.getByRole('button', { name: 'Change: My reasons for living' }).click();
  await maya.getByLabel('My reasons for living, line 1').fill('Seeing my nephew grow up');
  await maya.getByRole('button', { name: 'Save this step' }).click();
  await expect(maya.getByText('Saved. Your plan is now version 5.')).toBeVisible();
  // Only the newest save says so.
  await expect(maya.getByText('Saved. Your plan is now version 4.')).toHaveCount(0);

  // The clinician's save started from version 2: refused, with Maya's words shown beside the
  // clinician's, which stay in the box. They keep both.
  await card.getByRole('button', { name: 'Save this step' }).click();
  const notice = card.getByRole('alert').filter({ hasText: 'Maya Chen saved the plan' });
  await expect(notice).toBeVisible();
  await expect(notice.getByText('Walk to the river and back')).toBeVisible();
  await expect(card.getByLabel('Things I can do on my own, line 1')).toHaveValue(
    'Cold water on my face',
  );
  await shot(clinician, 'safety-plan-conflict');
  await card.getByRole('button', { name: 'Add a line to: Things I can do on my own' }).click();
  await card.getByLabel('Things I can do on my own, line 2').fill('Walk to the river and back');
  await card.getByRole('button', { name: 'Save mine in its place' }).click();
  await expect(card.getByText('Saved. Your plan is now version 6.')).toBeVisible();
  await expect(card.getByText('Seeing my nephew grow up')).toBeVisible();
  await expect(
    card.getByText(/Version 6, saved .* by Dr Sofia Rivera \(clinician\)/),
  ).toBeVisible();
  await card.getByText('All 6 versions').click();
  await expect(card.getByText(/Version 5: Maya Chen \(client\)/)).toBeVisible();

  // Maya opens the plan again (the kept copy is now the newest), then loses her signal.
  await maya.reload();
  await expect(maya.getByText('Cold water on my face')).toBeVisible();
  await shot(maya, 'safety-plan-phone');
  await expectAccessible(maya);
  await maya.context().setOffline(true);
  await maya.reload();
  await expect(maya.getByRole('heading', { name: 'My safety plan', level: 1 })).toBeVisible();
  await expect(maya.getByText('You are offline')).toBeVisible();
  await expect(
    maya.getByText(/This is the copy of your plan saved on this device on /),
  ).toBeVisible();
  await expect(maya.getByText('Changes need a connection.', { exact: false })).toBeVisible();
  for (const words of [
    'Lying awake replaying the day',
    'Walk to the river and back',
    'Seeing my nephew grow up',
    'Cold water on my face',
    'The climbing wall on Mill Road',
  ]) {
    await expect(maya.getByText(words)).toBeVisible();
  }
  await expect(
    maya.getByRole('link', { name: 'Call Sam, my brother on +44 (0)7700 900123' }),
  ).toBeVisible();
  const crisis = maya.getByRole('region', { name: 'If you are in crisis' });
  await expect(crisis.getByText('Samaritans (UK and Ireland)')).toBeVisible();
  await expect(crisis.getByRole('link', { name: /116 123/ })).toHaveAttribute('href', 'tel:116123');
  await expect(maya.getByRole('button', { name: /^Change/ })).toHaveCount(0);
  await shot(maya, 'safety-plan-offline');
  await expectAccessible(maya);

  // Back online, Maya signs out: the copy leaves the device with her.
  await maya.context().setOffline(false);
  await maya.reload();
  await expect(maya.getByRole('button', { name: 'Change: Warning signs' })).toBeVisible();
  await maya.getByRole('button', { name: 'Sign out' }).click();
  await maya.waitForURL(/\/sign-in/);
  expect(await maya.evaluate(() => caches.has('securebase-safety-plan'))).toBe(false);
  await maya.context().setOffline(true);
  await maya.goto('/portal/safety-plan');
  await expect(maya.getByText('Lying awake replaying the day')).toHaveCount(0);
  await expect(maya.getByRole('region', { name: 'If you are in crisis' })).toBeVisible();
});
