import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  build,
  buildPractice,
  buildUser,
  caller,
  cookieFrom,
  nextCode,
  signIn,
  type Harness,
} from '../test/harness';
import { testDialect } from '../test/test-db';

function tokenFromOutbox(body: string): string {
  const match = /accept-invitation#token=([A-Za-z0-9_-]+)/.exec(body);
  if (!match?.[1]) throw new Error('no invitation link in the mail');
  return match[1];
}

async function latestMail(h: Harness, to: string) {
  return h.db.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
}

describe(`invitation → accept → sign in with TOTP → own case, on ${testDialect()}`, () => {
  let h: Harness;
  let practiceId: string;
  beforeAll(async () => {
    h = await build();
    practiceId = await buildPractice(h);
  });
  afterAll(async () => h.close());

  it('takes a clinician from an admin invitation to their caseload, and a client to the portal', async () => {
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));

    // The admin invites a clinician; the link goes to the outbox (no SMTP configured).
    const invited = await admin.post('/api/invitations', {
      email: 'Dr.Ana@Example.org',
      displayName: 'Dr Ana Silva',
      role: 'clinician',
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({
      email: 'dr.ana@example.org',
      role: 'clinician',
      status: 'pending',
    });
    const mail = await latestMail(h, 'dr.ana@example.org');
    expect(mail.status).toBe('held');
    const token = tokenFromOutbox(mail.body_text);
    const stored = await h.db.db
      .selectFrom('invitations')
      .select('token_hash')
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);

    const preview = await caller(h).post('/api/invitations/preview', { token });
    expect(preview.json()).toEqual({
      email: 'dr.ana@example.org',
      displayName: 'Dr Ana Silva',
      role: 'clinician',
      practiceName: 'Harbour Therapy',
    });

    // Accepting signs her in, but a clinician must enrol a second factor first.
    const accepted = await caller(h).post('/api/invitations/accept', {
      token,
      password: 'tide pools and lanterns',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      secondFactor: 'setup-required',
      me: { role: 'clinician' },
    });
    const pending = caller(h, cookieFrom(accepted));
    const blocked = await pending.get('/api/cases');
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json()).toMatchObject({ code: 'second_factor_required' });

    const setup = await pending.post('/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json<{ secret: string; otpauthUrl: string }>();
    expect(otpauthUrl).toContain('issuer=Secure%20Base');
    const enabled = await pending.post('/api/auth/totp/enable', {
      code: await nextCode(h, secret),
    });
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json<{ recoveryCodes: string[] }>().recoveryCodes).toHaveLength(10);
    const newCookie = cookieFrom(enabled);
    expect(newCookie).not.toBe(pending.cookie);
    expect((await pending.get('/api/session')).statusCode).toBe(401);
    const clinician = caller(h, newCookie);

    // She opens a case and invites the client to the portal.
    const opened = await clinician.post('/api/cases', {
      kind: 'individual',
      title: 'Robin — individual work',
      members: [{ displayName: 'Robin Hale', memberRole: 'client' }],
    });
    expect(opened.statusCode).toBe(201);
    const theCase = opened.json<{ id: string; members: { id: string }[] }>();
    const memberId = theCase.members[0]?.id ?? '';
    const clientInvite = await clinician.post('/api/invitations', {
      email: 'robin@example.org',
      displayName: 'Robin Hale',
      role: 'client',
      caseId: theCase.id,
      memberId,
    });
    expect(clientInvite.statusCode).toBe(201);
    const clientToken = tokenFromOutbox((await latestMail(h, 'robin@example.org')).body_text);
    const clientAccepted = await caller(h).post('/api/invitations/accept', {
      token: clientToken,
      password: 'morning swim by the pier',
    });
    expect(clientAccepted.json()).toMatchObject({
      secondFactor: 'complete',
      me: { role: 'client' },
    });

    // The link works once.
    const again = await caller(h).post('/api/invitations/accept', {
      token: clientToken,
      password: 'another fine passphrase',
    });
    expect(again.statusCode).toBe(404);

    // The client signs in again later and reaches their own case on the portal.
    const login = await caller(h).post('/api/auth/login', {
      email: 'robin@example.org',
      password: 'morning swim by the pier',
    });
    expect(login.json()).toMatchObject({ secondFactor: 'complete' });
    const portal = await caller(h, cookieFrom(login)).get('/api/portal');
    expect(portal.statusCode).toBe(200);
    expect(portal.json()).toEqual({
      displayName: 'Robin Hale',
      cases: [
        {
          caseId: theCase.id,
          memberId: theCase.members[0]?.id,
          title: 'Robin — individual work',
          memberRole: 'client',
          clinicians: ['Dr Ana Silva'],
        },
      ],
      tasks: [],
    });

    // The clinician sees the member now has an account.
    const read = await clinician.get(`/api/cases/${theCase.id}`);
    expect(read.json()).toMatchObject({
      members: [{ displayName: 'Robin Hale', hasAccount: true }],
    });

    // And signs in next time with her code; the same code is not accepted twice.
    const pw = await caller(h).post('/api/auth/login', {
      email: 'dr.ana@example.org',
      password: 'tide pools and lanterns',
    });
    expect(pw.json()).toMatchObject({ secondFactor: 'required' });
    const code = await nextCode(h, secret);
    const ok = await caller(h, cookieFrom(pw)).post('/api/auth/second-factor', { code });
    expect(ok.statusCode).toBe(200);
    const pw2 = await caller(h).post('/api/auth/login', {
      email: 'dr.ana@example.org',
      password: 'tide pools and lanterns',
    });
    const replay = await caller(h, cookieFrom(pw2)).post('/api/auth/second-factor', { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses a weak password at acceptance, naming the field, and writes nothing', async () => {
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    await admin.post('/api/invitations', {
      email: 'weak@example.org',
      displayName: 'Weak',
      role: 'researcher',
    });
    const token = tokenFromOutbox((await latestMail(h, 'weak@example.org')).body_text);
    for (const password of ['short', 'password1234']) {
      const res = await caller(h).post('/api/invitations/accept', { token, password });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'validation_failed',
        details: { field: 'body.password' },
      });
    }
    const users = await h.db.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'weak@example.org')
      .execute();
    expect(users).toEqual([]);
    const invitation = await h.db.db
      .selectFrom('invitations')
      .select('accepted_at')
      .where('email', '=', 'weak@example.org')
      .executeTakeFirstOrThrow();
    expect(invitation.accepted_at).toBeNull();
  });

  it('accepts each recovery code once', async () => {
    const user = await buildUser(h, practiceId, 'researcher', { totp: false });
    const first = await caller(h).post('/api/auth/login', {
      email: user.email,
      password: user.password,
    });
    expect(first.json()).toMatchObject({ secondFactor: 'setup-required' });
    const pending = caller(h, cookieFrom(first));
    const { secret } = (await pending.post('/api/auth/totp/setup')).json<{ secret: string }>();
    const enabled = await pending.post('/api/auth/totp/enable', {
      code: await nextCode(h, secret),
    });
    const [recovery] = enabled.json<{ recoveryCodes: string[] }>().recoveryCodes;

    const login = async () =>
      caller(
        h,
        cookieFrom(
          await caller(h).post('/api/auth/login', { email: user.email, password: user.password }),
        ),
      );
    const used = await (
      await login()
    ).post('/api/auth/second-factor', { code: recovery?.toUpperCase() });
    expect(used.statusCode).toBe(200);
    const reused = await (await login()).post('/api/auth/second-factor', { code: recovery });
    expect(reused.statusCode).toBe(401);
  });
});
