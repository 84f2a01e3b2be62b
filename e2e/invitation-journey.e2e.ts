import { expect, test } from '@playwright/test';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './support/constants';
import {
  enrolAuthenticator,
  expectAccessible,
  freshCode,
  invitationLinkFor,
  shot,
  signIn,
  signInStaff,
} from './support/people';

test('an admin invites a clinician, who signs in with TOTP and invites a client, who reaches the portal', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await (await browser.newContext()).newPage();
  const clinician = await (await browser.newContext()).newPage();
  const client = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();

  // The admin's first sign-in: password, then enrolling an authenticator app.
  // (or, when another test already enrolled the admin in this run, a code from it).
  await signInStaff(admin, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await expect(admin).toHaveURL(/\/admin\/users$/);

  // The admin invites a clinician.
  await admin.goto('/admin/invitations');
  const form = admin.getByRole('form', { name: 'Invite a colleague' });
  await form.getByLabel('Email').fill('jo.park@e2e.example');
  await form.getByLabel('Name').fill('Dr Jo Park');
  await form.getByLabel('Role').selectOption({ label: 'Clinician' });
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(admin.getByText(/^Invitation sent to jo\.park@e2e\.example/)).toBeVisible();
  await shot(admin, 'admin-invitations');

  // The clinician accepts, chooses a password and enrols an authenticator.
  await clinician.goto(await invitationLinkFor(admin, 'jo.park@e2e.example'));
  await expect(clinician.getByRole('heading', { name: 'Welcome, Dr Jo Park' })).toBeVisible();
  await expect(clinician).not.toHaveURL(/token=/);
  await clinician.getByLabel('New password').fill('tide pools and lanterns');
  await clinician.getByRole('button', { name: 'Accept invitation' }).click();
  const secret = await enrolAuthenticator(clinician);
  await expect(clinician.getByRole('heading', { name: 'Caseload' })).toBeVisible();

  // Later she signs in again with a code from her app.
  await clinician.getByRole('button', { name: 'Sign out' }).click();
  await signIn(clinician, 'jo.park@e2e.example', 'tide pools and lanterns');
  await clinician.getByLabel('Code').fill(await freshCode(secret));
  await clinician.getByRole('button', { name: 'Continue' }).click();
  await expect(clinician.getByRole('heading', { name: 'Caseload' })).toBeVisible();
  await expectAccessible(clinician);

  // She opens a case and invites her client to the portal.
  await clinician.getByRole('link', { name: 'New case' }).first().click();
  await clinician.getByRole('radio', { name: 'Individual' }).check();
  await clinician.getByLabel('Title').fill('Robin — individual work');
  await clinician.getByRole('group', { name: 'Member 1' }).getByLabel('Name').fill('Robin Hale');
  await clinician.getByRole('button', { name: 'Create case' }).click();
  await expect(clinician.getByRole('heading', { name: 'Robin — individual work' })).toBeVisible();
  await clinician.getByRole('button', { name: 'Invite to the portal: Robin Hale' }).click();
  const invite = clinician.getByRole('form', { name: 'Invite Robin Hale to the portal' });
  await invite.getByLabel('Email').fill('robin@e2e.example');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(clinician.getByText(/robin@e2e\.example/).first()).toBeVisible();
  await expect(clinician.getByText('Invitation waiting')).toBeVisible();
  await expect(
    clinician.getByRole('button', { name: 'Invite to the portal: Robin Hale' }),
  ).toHaveCount(0);
  await shot(clinician, 'clinician-case');
  await expectAccessible(clinician);

  // The client accepts on a phone and reaches the portal.
  await client.goto(await invitationLinkFor(admin, 'robin@e2e.example'));
  await expect(client.getByRole('heading', { name: 'Welcome, Robin Hale' })).toBeVisible();
  await client.getByLabel('New password').fill('morning swim by the pier');
  await client.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(client.getByRole('heading', { name: /Hello, Robin Hale/ })).toBeVisible();
  await expect(client.getByText('Robin — individual work')).toBeVisible();
  await expect(client.getByText(/not an emergency service/).first()).toBeVisible();
  await shot(client, 'client-portal');
  await expectAccessible(client);

  // Signing out leaves nothing clinical in browser storage (ASVS 14.3).
  await client.getByRole('button', { name: 'Sign out' }).click();
  await expect(client).toHaveURL(/\/sign-in/);
  const stored = await client.evaluate(async () => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    const databases = await indexedDB.databases();
    // The service worker's app shell (index.html and the built assets) is code, no one's data:
    // any other cached address (an API reply, the client's safety plan) must be gone.
    const cached = await Promise.all(
      (await caches.keys()).map(async (name) =>
        (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname),
      ),
    );
    const notShell = cached.flat().filter((path) => path !== '/' && !path.startsWith('/assets/'));
    return JSON.stringify([dump(localStorage), dump(sessionStorage), databases, notShell]);
  });
  expect(stored).toBe('[[],[],[],[]]');
});
