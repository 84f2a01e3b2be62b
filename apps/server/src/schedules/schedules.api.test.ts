import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { testDialect } from '../test/test-db';
import { runDueSchedules } from './service';

const phq = (values: number[]) =>
  Object.fromEntries(values.map((v, i) => [`phq-9.${String(i + 1)}`, v]));

describe(`measurement schedules, discharge and follow-ups on ${testDialect()}`, () => {
  let h: Harness;
  let lead: TestUser;
  let clientUser: TestUser;
  let clinician: Caller;
  let client: Caller;
  let caseId: string;
  let memberId: string;
  const run = () => runDueSchedules({ db: h.db.db, config: h.config, clock: h.clock });
  async function setClock(iso: string) {
    h.clock.set(new Date(iso));
    clinician = await signIn(h, lead);
    client = await signIn(h, clientUser);
  }
  const openAssignments = () =>
    h.db.db
      .selectFrom('assignments')
      .select(['instrument_id', 'due_at', 'created_at'])
      .where('case_id', '=', caseId)
      .where('status', '=', 'open')
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    lead = await buildClinician(h, practiceId);
    clinician = await signIn(h, lead);
    const c = await buildClient(h, practiceId, lead.id);
    clientUser = c.user;
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
  });
  afterAll(async () => h.close());

  const schedule = (body: object) =>
    clinician.post(`/api/cases/${caseId}/schedules`, {
      memberId,
      instrumentId: 'phq-9',
      localTime: '09:00',
      timeZone: 'Europe/London',
      ...body,
    });

  it('refuses impossible schedules, naming the field, and writes nothing', async () => {
    const cases: [object, string][] = [
      [{ kind: 'every_n_weeks', intervalWeeks: 1, startsOn: '2026-02-30' }, 'body.startsOn'],
      [{ kind: 'every_n_weeks', intervalWeeks: 1, startsOn: '2028-01-01' }, 'body.startsOn'],
      [{ kind: 'every_n_weeks', startsOn: '2026-01-12' }, 'body.intervalWeeks'],
      [{ kind: 'every_n_weeks', intervalWeeks: 0, startsOn: '2026-01-12' }, 'body.intervalWeeks'],
      [
        { kind: 'every_n_weeks', intervalWeeks: 1, startsOn: '2026-01-12', localTime: '25:00' },
        'body.localTime',
      ],
      [
        { kind: 'every_n_weeks', intervalWeeks: 1, startsOn: '2026-01-12', timeZone: 'Mars/Base' },
        'body.timeZone',
      ],
      [{ kind: 'follow_up' }, 'body.followUpMonths'],
      [{ kind: 'every_session', startsOn: '2026-01-12' }, 'body.startsOn'],
      [{ kind: 'at_discharge', instrumentId: 'no-such-measure' }, 'body.instrumentId'],
    ];
    for (const [body, field] of cases) {
      const res = await schedule(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json<{ details: { field: string } }>().details.field, JSON.stringify(body)).toBe(
        field,
      );
    }
    expect(await h.db.db.selectFrom('measure_schedules').selectAll().execute()).toEqual([]);
  });

  it('gives a weekly measure at 09:00 London time across the change to summer time, once each', async () => {
    await setClock('2026-03-10T12:00:00.000Z');
    const made = await schedule({
      kind: 'every_n_weeks',
      intervalWeeks: 1,
      startsOn: '2026-03-22',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ nextDueAt: '2026-03-22T09:00:00.000Z', given: 0 });
    expect(await run()).toBe(0);
    await setClock('2026-04-06T12:00:00.000Z');
    expect(await run()).toBe(3);
    expect(await run()).toBe(0);
    // Each opens at 09:00 local and is due three days later: 09:00Z before the change, 08:00Z after.
    expect((await openAssignments()).map((a) => a.due_at)).toEqual([
      '2026-03-25T09:00:00.000Z',
      '2026-04-01T08:00:00.000Z',
      '2026-04-08T08:00:00.000Z',
    ]);
    // The client is told by mail each time.
    const mail = await h.db.db
      .selectFrom('outbox')
      .select('subject')
      .where('subject', '=', 'You have something new to fill in')
      .execute();
    expect(mail).toHaveLength(3);
    const list = await clinician.get(`/api/cases/${caseId}/schedules`);
    expect(list.json()).toMatchObject({
      schedules: [{ given: 3, nextDueAt: '2026-04-12T08:00:00.000Z' }],
    });
  });

  it('gives an every-session measure when a session is recorded, due within a week', async () => {
    expect((await schedule({ kind: 'every_session', instrumentId: 'gad-7' })).statusCode).toBe(201);
    const session = await clinician.post(`/api/cases/${caseId}/sessions`, {
      heldAt: '2026-04-06T10:00:00.000Z',
      durationMinutes: 50,
      modality: 'video',
      attendeeIds: [memberId],
    });
    expect(session.statusCode).toBe(201);
    const gad = (await openAssignments()).filter((a) => a.instrument_id === 'gad-7');
    expect(gad.map((a) => a.due_at)).toEqual(['2026-04-13T10:00:00.000Z']);
  });

  it('discharges: weekly measures stop, the discharge measure is given, follow-ups come due at 3, 6 and 12 months', async () => {
    // Two PHQ-9s to compare at discharge: 16 then 7.
    const open = await clinician.get(`/api/cases/${caseId}/assignments`);
    const phqIds = open
      .json<{ assignments: { id: string; instrumentId: string; status: string }[] }>()
      .assignments.filter((a) => a.instrumentId === 'phq-9' && a.status === 'open')
      .map((a) => a.id);
    await client.post(`/api/assignments/${phqIds[0] ?? ''}/submit`, {
      answers: phq([2, 2, 2, 2, 2, 2, 2, 2, 0]),
    });
    await client.post(`/api/assignments/${phqIds[1] ?? ''}/submit`, {
      answers: phq([1, 1, 1, 1, 1, 1, 1, 0, 0]),
    });
    expect((await schedule({ kind: 'at_discharge', instrumentId: 'core-10' })).statusCode).toBe(
      201,
    );
    expect(
      (await schedule({ kind: 'follow_up', followUpMonths: [12, 3, 6], instrumentId: 'core-10' }))
        .statusCode,
    ).toBe(201);

    const future = await clinician.post(`/api/cases/${caseId}/discharge`, {
      dischargedOn: '2026-04-30',
    });
    expect(future.json<{ details: { field: string } }>().details.field).toBe('body.dischargedOn');
    const notADate = await clinician.post(`/api/cases/${caseId}/discharge`, {
      dischargedOn: '2026-04-31',
    });
    expect(notADate.statusCode).toBe(400);

    const discharged = await clinician.post(`/api/cases/${caseId}/discharge`, {
      dischargedOn: '2026-04-06',
      note: 'Ending well; follow-ups agreed.',
    });
    expect(discharged.statusCode).toBe(200);
    const summary = discharged.json<{
      lines: {
        instrumentId: string;
        score: string;
        pre: { value: number };
        post: { value: number };
        category: string | null;
      }[];
      followUps: { dueAt: string }[];
    }>();
    const phqLine = summary.lines.find((l) => l.instrumentId === 'phq-9' && l.score === 'total');
    expect(phqLine).toMatchObject({
      pre: { value: 16 },
      post: { value: 7 },
      category: 'reliably_improved',
    });
    expect(summary.followUps.map((f) => f.dueAt)).toEqual([
      '2026-07-06T08:00:00.000Z',
      '2026-10-06T08:00:00.000Z',
      '2027-04-06T08:00:00.000Z',
    ]);
    expect(
      (await clinician.post(`/api/cases/${caseId}/discharge`, { dischargedOn: '2026-04-06' }))
        .statusCode,
    ).toBe(409);

    // The at-discharge CORE-10 was given at once; weekly schedules stopped.
    const core = async () => (await openAssignments()).filter((a) => a.instrument_id === 'core-10');
    expect(await core()).toHaveLength(1);
    await setClock('2026-06-01T12:00:00.000Z');
    await run();
    expect((await openAssignments()).filter((a) => a.instrument_id === 'phq-9').length).toBe(1);
    // Follow-ups: 6 July, 6 October 2026 and 6 April 2027, 09:00 London time.
    await setClock('2026-07-06T08:30:00.000Z');
    expect(await run()).toBe(1);
    await setClock('2027-04-07T00:00:00.000Z');
    expect(await run()).toBe(2);
    expect(await run()).toBe(0);
    expect((await core()).map((a) => a.due_at)).toEqual([
      '2026-04-09T08:00:00.000Z',
      '2026-07-09T08:00:00.000Z',
      '2026-10-09T08:00:00.000Z',
      '2027-04-09T08:00:00.000Z',
    ]);
    // The case stays readable, closed.
    const read = await clinician.get(`/api/cases/${caseId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ status: 'closed' });
    // Only follow-ups can be scheduled now.
    const weekly = await schedule({
      kind: 'every_n_weeks',
      intervalWeeks: 1,
      startsOn: '2027-04-10',
    });
    expect(weekly.json<{ details: { field: string } }>().details.field).toBe('body.kind');
  });
});
