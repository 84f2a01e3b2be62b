import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoURL } from './playwright.config';
import { expectAccessible, shot, signIn } from './support/people';

const DEMO_PASSWORD = 'calm harbour demo';
const CLINICIAN = 'rivera@demo.securebase.test';

test.use({ baseURL: demoURL });

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: demoURL });
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

async function openAnasFormulation(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await page
    .getByRole('link', { name: /Ana & Ben/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Formulation' }).click();
  await page.getByLabel('Whose formulation').selectOption({ label: 'Ana Costa (Partner)' });
}

test('two clinicians save the same formulation: the later save gets a conflict and loses nothing, then the summary is shared', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const first = await signedIn(browser, CLINICIAN);
  await openAnasFormulation(first);
  const mine = 'When Ben goes quiet, I fear I have lost him.\n\nReaching for him made sense.';
  await first.getByLabel('Client summary').fill(mine);

  // Meanwhile the same formulation is saved from another window.
  const second = await signedIn(browser, CLINICIAN);
  await openAnasFormulation(second);
  await second.getByLabel('Client summary').fill('A colleague’s version.');
  await second.getByRole('button', { name: 'Save formulation' }).click();
  await expect(second.getByText('Saved as version 1.')).toBeVisible();

  // The first window's save is refused with 409: the edits stay on the page.
  await first.getByRole('button', { name: 'Save formulation' }).click();
  await expect(
    first.getByText('Someone saved a newer version (version 1) while you were editing.'),
  ).toBeVisible();
  await expect(first.getByLabel('Client summary')).toHaveValue(mine);
  await shot(first, 'formulation-conflict');
  await expectAccessible(first);

  // The clinician makes theirs the newest, on purpose.
  await first.getByRole('button', { name: 'Save mine as the newest' }).click();
  await expect(first.getByText('Saved as version 2.')).toBeVisible();
  await expect(first.getByText('Not shared with the client yet')).toBeVisible();
  await first.getByRole('button', { name: 'Share the saved summary with Ana Costa' }).click();
  await expect(first.getByText(/Ana Costa has this summary \(shared/)).toBeVisible();
  await shot(first, 'formulation-shared');

  // A later edit stays with the clinician until shared again.
  await first.getByLabel('Client summary').fill(`${mine}\n\nA private afterthought.`);
  await first.getByRole('button', { name: 'Save formulation' }).click();
  await expect(first.getByText('Saved as version 3.')).toBeVisible();
  await expect(first.getByText(/Ana Costa has an earlier summary/)).toBeVisible();

  // Ana reads exactly what was shared, and not the afterthought.
  const ana = await signedIn(browser, 'ana@demo.securebase.test');
  const words = ana.getByRole('region', { name: 'From your therapist' });
  await expect(words.getByText('When Ben goes quiet, I fear I have lost him.')).toBeVisible();
  await expect(words.getByText('Reaching for him made sense.')).toBeVisible();
  await expect(ana.getByText('A private afterthought.')).toHaveCount(0);
  await expect(ana.getByText('A colleague’s version.')).toHaveCount(0);
  await shot(ana, 'portal-shared-summary');
});

test("a client's private story entry never reaches the clinician's lifeline; a shared one does", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ben = await signedIn(browser, 'ben@demo.securebase.test');
  await ben.goto('/portal/my-story');
  await ben.getByRole('button', { name: 'Begin' }).click();
  // The first prompt: kept private (the default).
  await ben.getByLabel('A few words to name it').fill('Uncle Tomasz, who sang to me');
  await expect(ben.getByText('Private: only you can see this.')).toBeVisible();
  await ben.getByRole('button', { name: 'Save, just for me' }).click();
  await expect(ben.getByRole('heading', { name: 'Saved to your story' })).toBeVisible();
  await ben.getByRole('button', { name: 'Next prompt' }).click();
  // The second prompt: shared on purpose.
  await ben.getByLabel('A few words to name it').fill('The flat above the harbour');
  await ben.getByRole('switch', { name: 'Let my clinician see this', exact: true }).check();
  await ben.getByRole('button', { name: 'Save and share with my clinician' }).click();
  await expect(ben.getByRole('heading', { name: 'Saved to your story' })).toBeVisible();
  const list = ben.getByRole('region', { name: 'What you have written' });
  await expect(list.getByRole('heading', { name: 'Uncle Tomasz, who sang to me' })).toBeVisible();
  await expect(list.getByRole('heading', { name: 'The flat above the harbour' })).toBeVisible();
  await shot(ben, 'my-story-private-and-shared');

  const clinician = await signedIn(browser, CLINICIAN);
  await expect(clinician.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await clinician
    .getByRole('link', { name: /Ana & Ben/ })
    .first()
    .click();
  await clinician.getByRole('tab', { name: 'History' }).click();
  const historyResponse = clinician.waitForResponse(
    (response) =>
      response.url().includes('/history?memberId=') && response.request().method() === 'GET',
  );
  await clinician
    .getByRole('group', { name: 'Whose history' })
    .getByLabel('Ben Costa (Partner)')
    .check();
  await expect(clinician.getByText('The flat above the harbour').first()).toBeVisible();
  await expect(clinician.getByText('Uncle Tomasz, who sang to me')).toHaveCount(0);
  // Not in the page, and not in anything the server sent.
  expect(await (await historyResponse).text()).not.toContain('Uncle Tomasz');
  await shot(clinician, 'history-shared-entry');
});
