import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyPractice } from '@securebase/contracts';
import { smtpTransport } from '../mail/outbox';
import {
  build,
  buildClient,
  buildClinician,
  buildPractice,
  signIn,
  type Caller,
  type Harness,
  type TestUser,
} from '../test/harness';
import { startSmtp, type TestSmtp } from '../test/smtp';
import { testConfig } from '../test/test-config';
import { testDialect } from '../test/test-db';
import { runDueReminders } from './reminders';

interface Person {
  user: TestUser;
  caseId: string;
  memberId: string;
  caller: Caller;
}

describe(`practice schedules in time zones and daily reminders on ${testDialect()}`, () => {
  let h: Harness;
  let smtp: TestSmtp;
  let lead: TestUser;
  let clinician: Caller;
  let aroha: Person; // lives in Auckland
  let ruth: Person; // lives in London

  const remind = () => runDueReminders({ db: h.db.db, config: h.config, clock: h.clock });
  const delivered = async () => {
    await h.app.deps.mailer.flush();
    return smtp.received;
  };
  async function at(iso: string) {
    h.clock.set(new Date(iso));
    clinician = await signIn(h, lead);
    aroha.caller = await signIn(h, aroha.user);
    ruth.caller = await signIn(h, ruth.user);
  }
  const assign = (who: Person, body: object) =>
    clinician.post(`/api/cases/${who.caseId}/practice/assignments`, {
      memberId: who.memberId,
      kind: 'emotion_log',
      cadence: 'daily',
      shareByDefault: false,
      ...body,
    });
  const today = async (who: Person) =>
    (await who.caller.get('/api/portal/practice')).json<MyPractice>().today;

  beforeAll(async () => {
    smtp = await startSmtp();
    h = await build({
      config: { smtp: smtp.config },
      mailTransport: smtpTransport(testConfig({ smtp: smtp.config })),
    });
    const practiceId = await buildPractice(h);
    lead = await buildClinician(h, practiceId);
    const person = async (): Promise<Person> => {
      const c = await buildClient(h, practiceId, lead.id);
      return {
        user: c.user,
        caseId: c.theCase.id,
        memberId: c.theCase.memberIds[0] ?? '',
        caller: await signIn(h, c.user),
      };
    };
    aroha = await person();
    ruth = await person();
    clinician = await signIn(h, lead);
  });
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  it('a daily task begins at midnight in the client’s own zone, not the server’s', async () => {
    await at('2026-01-06T10:00:00Z'); // 23:00 on 6 January in Auckland (UTC+13)
    const made = await assign(aroha, {
      startsOn: '2026-01-07',
      until: '2026-01-20',
      timeZone: 'Pacific/Auckland',
    });
    expect(made.statusCode).toBe(201);
    expect(await today(aroha)).toEqual([]);
    await at('2026-01-06T11:30:00Z'); // 00:30 on 7 January in Auckland; still 6 January in UTC
    expect((await today(aroha)).map((t) => t.period)).toEqual(['2026-01-07']);
  });

  it('refuses an impossible reminder time or zone, naming the field', async () => {
    const put = (body: object) =>
      aroha.caller.request({ method: 'PUT', url: '/api/portal/practice/reminders', payload: body });
    for (const [body, field] of [
      [{ enabled: true, localTime: '24:00', timeZone: 'Pacific/Auckland' }, 'body.localTime'],
      [{ enabled: true, localTime: '7:30', timeZone: 'Pacific/Auckland' }, 'body.localTime'],
      [{ enabled: true, localTime: '07:30', timeZone: 'Atlantis/Capital' }, 'body.timeZone'],
    ] as const) {
      const res = await put(body);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ details: { field: string } }>().details.field).toBe(field);
    }
    expect(await h.db.db.selectFrom('reminder_settings').selectAll().execute()).toEqual([]);
    const clinicianTry = await clinician.request({
      method: 'PUT',
      url: '/api/portal/practice/reminders',
      payload: { enabled: true, localTime: '07:30', timeZone: 'UTC' },
    });
    expect(clinicianTry.statusCode).toBe(403);
  });

  it('mails at the hour the client chose, in their zone, and at most once a day', async () => {
    const set = await aroha.caller.request({
      method: 'PUT',
      url: '/api/portal/practice/reminders',
      payload: { enabled: true, localTime: '07:30', timeZone: 'Pacific/Auckland' },
    });
    expect(set.statusCode).toBe(200);
    await at('2026-01-06T18:29:00Z'); // 07:29 on 7 January in Auckland
    expect(await remind()).toBe(0);
    await at('2026-01-06T18:31:00Z'); // 07:31
    const together = await Promise.all([remind(), remind()]);
    expect(together.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await remind()).toBe(0);
    await at('2026-01-07T10:59:00Z'); // 23:59, still 7 January in Auckland
    expect(await remind()).toBe(0);
    const mail = await delivered();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.to).toEqual([aroha.user.email]);
    expect(mail[0]?.raw).toContain('A gentle reminder from Secure Base');
    expect(mail[0]?.raw).toContain('/portal/practice');
    expect(mail[0]?.raw).not.toMatch(/emotion|anxious|log/i); // says nothing clinical
    await at('2026-01-07T18:45:00Z'); // 07:45 on 8 January: a new day, a new reminder
    expect(await remind()).toBe(1);
    expect(await delivered()).toHaveLength(2);
    const days = await h.db.db
      .selectFrom('reminders_sent')
      .select('local_date')
      .orderBy('local_date')
      .execute();
    expect(days.map((d) => d.local_date)).toEqual(['2026-01-07', '2026-01-08']);
  });

  it('sends nothing on a day whose tasks are already done, or when turned off', async () => {
    await at('2026-01-08T18:00:00Z'); // 07:00 on 9 January in Auckland
    const task = (await today(aroha))[0];
    const done = await aroha.caller.post('/api/portal/practice/entries', {
      caseId: aroha.caseId,
      assignmentId: task?.assignmentId,
      kind: 'emotion_log',
      status: 'done',
      content: { situation: 'Woke early, worried', emotions: [{ word: 'anxious', intensity: 5 }] },
    });
    expect(done.statusCode).toBe(201);
    expect(done.json<{ localDate: string }>().localDate).toBe('2026-01-09');
    await at('2026-01-08T18:40:00Z');
    expect(await remind()).toBe(0);
    await aroha.caller.request({
      method: 'PUT',
      url: '/api/portal/practice/reminders',
      payload: { enabled: false, localTime: '07:30', timeZone: 'Pacific/Auckland' },
    });
    await at('2026-01-09T18:40:00Z'); // 07:40 on 10 January, a task open, reminders off
    expect((await today(aroha)).some((t) => !t.done)).toBe(true);
    expect(await remind()).toBe(0);
    expect(await delivered()).toHaveLength(2);
  });

  it('a weekly task stays open for its seven local days', async () => {
    const made = await assign(ruth, {
      kind: 'secure_base',
      cadence: 'weekly',
      startsOn: '2026-01-05',
      until: '2026-02-28',
      timeZone: 'America/Los_Angeles',
    });
    expect(made.statusCode).toBe(201);
    await at('2026-01-12T07:59:00Z'); // 23:59 on Sunday 11 January in Los Angeles
    expect((await today(ruth)).map((t) => [t.period, t.openUntil])).toEqual([
      ['2026-01-05', '2026-01-11'],
    ]);
    await at('2026-01-12T08:00:00Z'); // midnight: a new week begins
    expect((await today(ruth)).map((t) => t.period)).toEqual(['2026-01-12']);
  });

  it('keeps the chosen hour across a daylight-saving change (London, 29 March 2026)', async () => {
    await at('2026-03-27T12:00:00Z');
    expect(
      (
        await assign(ruth, {
          startsOn: '2026-03-27',
          until: '2026-04-05',
          timeZone: 'Europe/London',
        })
      ).statusCode,
    ).toBe(201);
    await ruth.caller.request({
      method: 'PUT',
      url: '/api/portal/practice/reminders',
      payload: { enabled: true, localTime: '08:00', timeZone: 'Europe/London' },
    });
    const before = smtp.received.length;
    await at('2026-03-28T07:59:00Z'); // 07:59 GMT
    expect(await remind()).toBe(0);
    await at('2026-03-28T08:00:00Z'); // 08:00 GMT
    expect(await remind()).toBe(1);
    await at('2026-03-29T06:30:00Z'); // 07:30 BST: clocks went forward overnight
    expect(await remind()).toBe(0);
    await at('2026-03-29T07:00:00Z'); // 08:00 BST
    expect(await remind()).toBe(1);
    const mail = await delivered();
    expect(mail.slice(before).map((m) => m.to[0])).toEqual([ruth.user.email, ruth.user.email]);
  });
});
