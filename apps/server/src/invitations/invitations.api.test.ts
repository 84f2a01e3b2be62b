import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectOf } from '../db/dialect';
import { smtpTransport } from '../mail/outbox';
import {
  build,
  buildCase,
  buildClinician,
  buildPractice,
  buildUser,
  caller,
  signIn,
  type Harness,
} from '../test/harness';
import { startSmtp } from '../test/smtp';
import { testConfig } from '../test/test-config';
import { testDialect } from '../test/test-db';

describe(`invitations and mail on ${testDialect()}`, () => {
  let h: Harness;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let practiceId: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    const smtpConfig = {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: undefined,
      password: undefined,
    };
    h = await build({
      config: { smtp: smtpConfig },
      mailTransport: smtpTransport(testConfig({ smtp: smtpConfig })),
    });
    practiceId = await buildPractice(h);
  });
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  it('sends the invitation through SMTP and marks it sent in the outbox', async () => {
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    const res = await admin.post('/api/invitations', {
      email: 'new.clinician@example.org',
      displayName: 'Jo Park',
      role: 'clinician',
    });
    expect(res.statusCode).toBe(201);
    await h.app.deps.mailer.flush();
    const mail = smtp.received.find((m) => m.to.includes('new.clinician@example.org'));
    expect(mail?.raw).toContain('Subject: Join Harbour Therapy on Secure Base');
    expect(mail?.raw).toMatch(/accept-invitation#token=/);
    const row = await h.db.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'new.clinician@example.org')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('refuses a bad value with 400 naming the field, and drops unknown fields', async () => {
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    const bad = await admin.post('/api/invitations', {
      email: 'not-an-email',
      displayName: 'X',
      role: 'clinician',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'validation_failed',
      details: { field: 'body.email' },
    });
    const missing = await admin.post('/api/invitations', {
      email: 'a@example.org',
      role: 'clinician',
    });
    expect(missing.json()).toMatchObject({ details: { field: 'body.displayName' } });
    const extra = await admin.post('/api/invitations', {
      email: 'extra@example.org',
      displayName: 'Extra',
      role: 'researcher',
      practiceId: 'someone-elses-practice',
      isAdmin: true,
    });
    expect(extra.statusCode).toBe(201);
    const row = await h.db.db
      .selectFrom('invitations')
      .select('practice_id')
      .where('email', '=', 'extra@example.org')
      .executeTakeFirstOrThrow();
    expect(row.practice_id).toBe(practiceId);
  });

  it('lets a clinician invite only members of their own cases, as the right role', async () => {
    const clinicianUser = await buildClinician(h, practiceId);
    const clinician = await signIn(h, clinicianUser);
    const theCase = await buildCase(h, {
      practiceId,
      clinicianId: clinicianUser.id,
      kind: 'family',
      members: [
        { name: 'Mia', role: 'adolescent' },
        { name: 'Lee', role: 'caregiver' },
      ],
    });
    const [mia, lee] = theCase.memberIds;
    const asClient = await clinician.post('/api/invitations', {
      email: 'lee@example.org',
      displayName: 'Lee',
      role: 'client',
      caseId: theCase.id,
      memberId: lee,
    });
    expect(asClient.json()).toMatchObject({ details: { field: 'body.role' } });
    const ok = await clinician.post('/api/invitations', {
      email: 'lee@example.org',
      displayName: 'Lee',
      role: 'caregiver',
      caseId: theCase.id,
      memberId: lee,
    });
    expect(ok.statusCode).toBe(201);
    const staff = await clinician.post('/api/invitations', {
      email: 'x@example.org',
      displayName: 'X',
      role: 'admin',
    });
    expect(staff.statusCode).toBe(403);
    const other = await signIn(h, await buildClinician(h, practiceId));
    const notTheirs = await other.post('/api/invitations', {
      email: 'mia@example.org',
      displayName: 'Mia',
      role: 'client',
      caseId: theCase.id,
      memberId: mia,
    });
    expect(notTheirs.statusCode).toBe(404);
  });

  it('refuses an expired link', async () => {
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    await admin.post('/api/invitations', {
      email: 'late@example.org',
      displayName: 'Late',
      role: 'researcher',
    });
    await h.app.deps.mailer.flush();
    const raw = smtp.received.find((m) => m.to.includes('late@example.org'))?.raw ?? '';
    const token = /token=([A-Za-z0-9_-]+)/.exec(raw.replace(/=\r?\n/g, ''))?.[1] ?? '';
    expect(token).not.toBe('');
    h.clock.advanceMinutes(7 * 24 * 60 + 1);
    const res = await caller(h).post('/api/invitations/accept', {
      token,
      password: 'a perfectly fine passphrase',
    });
    expect(res.statusCode).toBe(404);
  });

  it('writes nothing when the transaction fails part-way (the outbox insert is made to fail)', async () => {
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    const db = h.db.db;
    const count = async () => ({
      invitations: (await db.selectFrom('invitations').select('id').execute()).length,
      outbox: (await db.selectFrom('outbox').select('id').execute()).length,
      audit: (
        await db
          .selectFrom('audit_events')
          .select('id')
          .where('action', '=', 'invitation.create')
          .execute()
      ).length,
    });
    const before = await count();
    if (dialectOf(db) === 'sqlite') {
      await sql`create trigger fail_outbox before insert on outbox begin select raise(abort, 'injected failure'); end`.execute(
        db,
      );
    } else {
      await sql`create function fail_outbox() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$`.execute(
        db,
      );
      await sql`create trigger fail_outbox before insert on outbox for each row execute function fail_outbox()`.execute(
        db,
      );
    }
    const res = await admin.post('/api/invitations', {
      email: 'lost@example.org',
      displayName: 'Lost',
      role: 'clinician',
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      code: 'internal',
      message: expect.stringMatching(
        /^Something went wrong on our side\. Quote request id [0-9a-f-]{36} if you contact support\.$/,
      ) as string,
    });
    expect(res.body).not.toContain('injected');
    expect(await count()).toEqual(before);
    if (dialectOf(db) === 'sqlite') await sql`drop trigger fail_outbox`.execute(db);
    else await sql`drop trigger fail_outbox on outbox`.execute(db);
  });
});
