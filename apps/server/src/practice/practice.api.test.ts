import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasePractice, MyPractice, PracticeEntry } from '@securebase/contracts';
import {
  build,
  buildCase,
  buildClient,
  buildClinician,
  buildPractice,
  buildUser,
  signIn,
  type Caller,
  type Harness,
  type TestUser,
} from '../test/harness';
import { testDialect } from '../test/test-db';

const emotionLog = {
  situation: 'Sam was late and did not call',
  emotions: [
    { word: 'anxious', intensity: 8 },
    { word: 'angry', intensity: 6 },
  ],
  bodySignals: 'tight chest',
  urge: 'send angry texts',
  whatIDid: 'waited, then called a friend',
  helped: ['slow-breath', 'reach-out'],
  helpedNote: '',
  intensityAfter: 4,
};

const mentalizing = {
  episode: 'Sam went quiet at dinner',
  myFeelings: 'shut out',
  myThoughts: 'he is bored of me',
  readings: [
    { feelings: 'exhausted', thoughts: 'work was hard' },
    { feelings: 'worried', thoughts: 'about his mother' },
  ],
  whatIDid: 'went quiet too',
  nextTime: 'ask him how his day was',
};

describe(`practice between sessions on ${testDialect()}`, () => {
  let h: Harness;
  let practiceId: string;
  let lead: TestUser;
  let clientUser: TestUser;
  let clinician: Caller;
  let client: Caller;
  let caseId: string;
  let memberId: string;

  beforeAll(async () => {
    h = await build();
    practiceId = await buildPractice(h);
    lead = await buildClinician(h, practiceId);
    clinician = await signIn(h, lead);
    const c = await buildClient(h, practiceId, lead.id);
    clientUser = c.user;
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
  });
  afterAll(async () => h.close());

  const assign = (body: object) =>
    clinician.post(`/api/cases/${caseId}/practice/assignments`, {
      memberId,
      cadence: 'daily',
      startsOn: '2026-01-05',
      until: '2026-01-18',
      timeZone: 'Europe/London',
      shareByDefault: false,
      ...body,
    });
  const save = (who: Caller, body: object, key?: string) =>
    who.request({
      method: 'POST',
      url: '/api/portal/practice/entries',
      payload: { caseId, status: 'done', ...body },
      headers: key ? { 'idempotency-key': key } : {},
    });
  const update = (id: string, body: object, key?: string) =>
    client.request({
      method: 'PUT',
      url: `/api/portal/practice/entries/${id}`,
      payload: body,
      headers: key ? { 'idempotency-key': key } : {},
    });
  const caseView = async () => {
    const res = await clinician.get(`/api/cases/${caseId}/practice`);
    expect(res.statusCode).toBe(200);
    return res.json<CasePractice>();
  };
  const mine = async () => {
    const res = await client.get('/api/portal/practice');
    expect(res.statusCode).toBe(200);
    return res.json<MyPractice>();
  };
  const count = async (table: 'practice_entries' | 'exercise_assignments') =>
    Number(
      (
        await h.db.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses impossible assignments, naming the field, and writes nothing', async () => {
    const cases: [object, string][] = [
      [{ startsOn: '2026-02-30' }, 'body.startsOn'],
      [{ startsOn: '2027-06-01', until: '2027-06-02' }, 'body.startsOn'],
      [{ until: '2026-01-01' }, 'body.until'],
      [{ until: '2027-03-01' }, 'body.until'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'body.timeZone'],
      [{ cadence: 'once', until: '2026-01-09' }, 'body.until'],
      [{ cadence: 'fortnightly' }, 'body.cadence'],
      [
        { kind: 'mindfulness', settings: { practiceId: 'breath', minutes: 4 } },
        'body.settings.minutes',
      ],
      [{ kind: 'mindfulness', settings: { practiceId: 'levitation' } }, 'body.settings.practiceId'],
      [{ kind: 'regulation_skill', settings: { skillId: 'x' } }, 'body.settings.skillId'],
      [{ kind: 'article', settings: {} }, 'body.settings.articleId'],
      [{ kind: 'emotion_log', settings: { articleId: 'secure-base' } }, 'body.settings.articleId'],
      [{ kind: 'journal' }, 'body.kind'],
      [{ kind: 'emotion_log', memberId: 'no-such-member' }, 'body.memberId'],
    ];
    for (const [body, field] of cases) {
      const res = await assign({ kind: 'emotion_log', ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json<{ details: { field: string } }>().details.field).toBe(field);
    }
    expect(await count('exercise_assignments')).toBe(0);
  });

  it('only the care team assigns; the client and a stranger get 403/404', async () => {
    expect((await client.post(`/api/cases/${caseId}/practice/assignments`, {})).statusCode).toBe(
      403,
    );
    const other = await signIn(h, await buildClinician(h, practiceId));
    const res = await other.post(`/api/cases/${caseId}/practice/assignments`, {
      memberId,
      kind: 'emotion_log',
      cadence: 'once',
      startsOn: '2026-01-05',
      timeZone: 'Europe/London',
      shareByDefault: true,
    });
    expect(res.statusCode).toBe(404);
    expect((await other.get(`/api/cases/${caseId}/practice`)).statusCode).toBe(404);
  });

  let logAssignment: string;
  let mentalizingAssignment: string;

  it('assigns exercises; the client sees today’s tasks with the personal note', async () => {
    const log = await assign({ kind: 'emotion_log', note: 'When something stirs, jot it down.' });
    expect(log.statusCode).toBe(201);
    logAssignment = log.json<{ id: string }>().id;
    const ment = await assign({
      kind: 'mentalizing',
      cadence: 'weekly',
      until: '2026-02-01',
      shareByDefault: true,
    });
    mentalizingAssignment = ment.json<{ id: string }>().id;
    const later = await assign({
      kind: 'secure_base',
      cadence: 'once',
      startsOn: '2026-01-10',
      until: undefined,
    });
    expect(later.statusCode).toBe(201);

    const view = await mine();
    expect(view.today.map((t) => [t.kind, t.done, t.period])).toEqual([
      ['emotion_log', false, '2026-01-05'],
      ['mentalizing', false, '2026-01-05'],
    ]);
    expect(view.today[0]?.note).toBe('When something stirs, jot it down.');
    expect(view.today[1]?.openUntil).toBe('2026-01-11');
    expect(view.assignments).toHaveLength(3);
  });

  it('refuses bad entries with 400 naming the field; nothing is written', async () => {
    const cases: [object, string][] = [
      [
        {
          kind: 'emotion_log',
          content: { ...emotionLog, emotions: [{ word: 'anxious', intensity: 11 }] },
        },
        'body.content.emotions.0.intensity',
      ],
      [
        {
          kind: 'emotion_log',
          content: { ...emotionLog, emotions: [{ word: 'meh', intensity: 3 }] },
        },
        'body.content.emotions.0.word',
      ],
      [
        { kind: 'emotion_log', content: { ...emotionLog, intensityAfter: -2 } },
        'body.content.intensityAfter',
      ],
      [
        {
          kind: 'mindfulness',
          content: { practiceId: 'breath', minutes: 5, secondsPractised: 90_000 },
        },
        'body.content.secondsPractised',
      ],
      [
        {
          kind: 'mindfulness',
          content: { practiceId: 'breath', minutes: 600, secondsPractised: 60 },
        },
        'body.content.minutes',
      ],
      [
        {
          kind: 'regulation_skill',
          content: { skillId: 'slow-breath', before: 5, after: 3, seconds: 86_400 },
        },
        'body.content.seconds',
      ],
      [
        { kind: 'mentalizing', content: { ...mentalizing, readings: [mentalizing.readings[0]] } },
        'body.content.readings',
      ],
      [{ kind: 'emotion_log', localDate: '2026-01-09', content: emotionLog }, 'body.localDate'],
      [{ kind: 'emotion_log', localDate: '2026-13-01', content: emotionLog }, 'body.localDate'],
      [{ kind: 'mentalizing', assignmentId: logAssignment, content: mentalizing }, 'body.kind'],
      [{ kind: 'emotion_log', content: emotionLog, status: 'finished' }, 'body.status'],
    ];
    for (const [body, field] of cases) {
      const res = await save(client, body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json<{ details: { field: string } }>().details.field).toBe(field);
    }
    expect(await count('practice_entries')).toBe(0);
  });

  let privateLog: PracticeEntry;
  let sharedEntry: PracticeEntry;

  it('a private entry never reaches the clinician’s API; it still counts as done', async () => {
    const res = await save(client, {
      kind: 'emotion_log',
      assignmentId: logAssignment,
      content: emotionLog,
    });
    expect(res.statusCode).toBe(201);
    privateLog = res.json<PracticeEntry>();
    expect(privateLog.shared).toBe(false); // the assignment's default
    const view = await caseView();
    expect(view.sharedEntries).toEqual([]);
    expect(JSON.stringify(view)).not.toContain('Sam was late');
    expect(view.trends.emotionWeeks).toEqual([]);
    const log = view.assignments.find((a) => a.id === logAssignment);
    expect(log?.completion).toMatchObject({ periods: 1, done: 1 });
    const today = (await mine()).today;
    expect(today.find((t) => t.assignmentId === logAssignment)?.done).toBe(true);
    expect(today.at(-1)?.assignmentId).toBe(logAssignment); // done tasks go last
  });

  it('a draft is saved, retried safely with its key, and never shown to the clinician', async () => {
    const key = 'draft-ment-0001';
    const body = {
      kind: 'mentalizing',
      assignmentId: mentalizingAssignment,
      status: 'draft',
      content: { episode: 'At dinner' },
    };
    const first = await save(client, body, key);
    const retry = await save(client, body, key);
    expect(first.statusCode).toBe(201);
    expect(retry.json<PracticeEntry>().id).toBe(first.json<PracticeEntry>().id);
    const other = await save(client, { ...body, content: { episode: 'else' } }, key);
    expect(other.statusCode).toBe(422);
    expect((await caseView()).sharedEntries).toEqual([]);
    const draftId = first.json<PracticeEntry>().id;
    expect((await mine()).today.find((t) => t.kind === 'mentalizing')?.draftId).toBe(draftId);

    const done = await update(
      draftId,
      { status: 'done', shared: true, content: mentalizing },
      'finish-ment-1',
    );
    expect(done.statusCode).toBe(200);
    sharedEntry = done.json<PracticeEntry>();
    expect(sharedEntry).toMatchObject({ status: 'done', shared: true, revision: 2 });
    const again = await update(
      draftId,
      { status: 'done', shared: true, content: mentalizing },
      'finish-ment-1',
    );
    expect(again.json<PracticeEntry>().revision).toBe(2);
    expect(
      (await update(draftId, { status: 'draft', shared: true, content: mentalizing })).json(),
    ).toMatchObject({
      details: { field: 'body.status' },
    });
  });

  it('the clinician sees the shared entry, comments, and the client reads the comment', async () => {
    const view = await caseView();
    expect(view.sharedEntries.map((e) => e.id)).toEqual([sharedEntry.id]);
    expect(view.sharedEntries[0]?.content).toMatchObject({ episode: 'Sam went quiet at dinner' });
    const comment = await clinician.post(`/api/practice-entries/${sharedEntry.id}/comments`, {
      text: 'Two kind readings of Sam — lovely. Let’s talk about the second.',
    });
    expect(comment.statusCode).toBe(200);
    expect(comment.json<PracticeEntry>().comments).toHaveLength(1);
    const entry = (await mine()).entries.find((e) => e.id === sharedEntry.id);
    expect(entry?.comments[0]).toMatchObject({
      authorRole: 'clinician',
      text: expect.stringContaining('kind readings') as string,
    });
    // A private entry cannot be commented on by the clinician: it does not exist for them.
    expect(
      (await clinician.post(`/api/practice-entries/${privateLog.id}/comments`, { text: 'hi' }))
        .statusCode,
    ).toBe(404);
    const blank = await clinician.post(`/api/practice-entries/${sharedEntry.id}/comments`, {
      text: '   ',
    });
    expect(blank.json()).toMatchObject({ details: { field: 'body.text' } });
  });

  it('the client chooses per entry: sharing a private one shows it, un-sharing hides it again', async () => {
    const shared = await update(privateLog.id, {
      status: 'done',
      shared: true,
      content: emotionLog,
    });
    expect(shared.statusCode).toBe(200);
    let view = await caseView();
    expect(view.sharedEntries.map((e) => e.id).sort()).toEqual(
      [privateLog.id, sharedEntry.id].sort(),
    );
    expect(view.trends.emotionWeeks[0]).toMatchObject({ peakMean: 8, afterMean: 4 });
    expect(view.trends.helped.map((x) => x.helper)).toEqual(['reach-out', 'slow-breath']);
    await update(privateLog.id, { status: 'done', shared: false, content: emotionLog });
    view = await caseView();
    expect(view.sharedEntries.map((e) => e.id)).toEqual([sharedEntry.id]);
    expect(view.trends.emotionWeeks).toEqual([]);
  });

  it('another client, a partner in the same case and an admin never see the entries', async () => {
    const partnerUser = await buildUser(h, practiceId, 'client');
    const couple = await buildCase(h, {
      practiceId,
      clinicianId: lead.id,
      kind: 'couple',
      members: [
        { name: 'Alex', role: 'partner', userId: clientUser.id },
        { name: 'Jo', role: 'partner', userId: partnerUser.id },
      ],
    });
    const alexInCouple = await save(client, {
      caseId: couple.id,
      kind: 'secure_base',
      content: { thereForMe: ['Jo made tea'] },
    });
    expect(alexInCouple.statusCode).toBe(201);
    const jo = await signIn(h, partnerUser);
    const joView = await jo.get('/api/portal/practice');
    expect(joView.json<MyPractice>().entries).toEqual([]);
    expect(JSON.stringify(joView.json())).not.toContain('Jo made tea');
    for (const id of [privateLog.id, alexInCouple.json<PracticeEntry>().id]) {
      const put = await jo.request({
        method: 'PUT',
        url: `/api/portal/practice/entries/${id}`,
        payload: { status: 'done', shared: true, content: {} },
      });
      expect(put.statusCode).toBe(404);
      expect(
        (await jo.post(`/api/practice-entries/${id}/comments`, { text: 'x' })).statusCode,
      ).toBe(404);
    }
    // Jo cannot write into a case they are not in.
    expect(
      (await save(jo, { kind: 'secure_base', content: { thereForMe: ['x'] } })).statusCode,
    ).toBe(404);
    const stranger = await signIn(h, (await buildClient(h, practiceId, lead.id)).user);
    expect((await stranger.get('/api/portal/practice')).json<MyPractice>().entries).toEqual([]);
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    expect((await admin.get(`/api/cases/${caseId}/practice`)).statusCode).toBe(403);
  });

  it('a mindfulness practice and a skill count their minutes into the client’s trends', async () => {
    const mind = await save(client, {
      kind: 'mindfulness',
      content: { practiceId: 'breath', minutes: 3, secondsPractised: 180, spoken: true },
    });
    expect(mind.statusCode).toBe(201);
    const skill = await save(client, {
      kind: 'regulation_skill',
      content: { skillId: 'slow-breath', before: 7, after: 4, seconds: 180 },
    });
    expect(skill.statusCode).toBe(201);
    const { trends } = await mine();
    expect(trends.practiceWeeks).toEqual([
      { weekOf: '2026-01-05', mindfulnessMinutes: 3, skillsPractised: 1, skillMeanDrop: 3 },
    ]);
    // Unshared by default when no assignment says otherwise.
    expect(mind.json<PracticeEntry>().shared).toBe(false);
  });

  it('a draft can be thrown away; a finished entry cannot', async () => {
    const draft = await save(client, {
      kind: 'repair',
      status: 'draft',
      content: { whatHappened: 'I snapped' },
    });
    const id = draft.json<PracticeEntry>().id;
    expect((await client.post(`/api/portal/practice/entries/${id}/discard`)).statusCode).toBe(204);
    const gone = await client.post(`/api/portal/practice/entries/${id}/discard`);
    expect(gone.statusCode).toBe(404);
    const kept = await client.post(`/api/portal/practice/entries/${sharedEntry.id}/discard`);
    expect(kept.statusCode).toBe(400);
  });

  it('completion counts the days that passed; an ended exercise leaves today’s list', async () => {
    h.clock.set(new Date('2026-01-08T12:00:00Z'));
    clinician = await signIn(h, lead);
    client = await signIn(h, clientUser);
    const log = (await caseView()).assignments.find((a) => a.id === logAssignment);
    expect(log?.completion).toMatchObject({ periods: 4, done: 1 });
    const ended = await clinician.post(`/api/practice-assignments/${logAssignment}/end`);
    expect(ended.statusCode).toBe(200);
    expect((await mine()).today.map((t) => t.assignmentId)).not.toContain(logAssignment);
    expect((await client.post(`/api/practice-assignments/${logAssignment}/end`)).statusCode).toBe(
      403,
    );
  });

  it('trends cover the last 26 weeks, beyond the 200 entries listed', async () => {
    // 210 shared logs, one a day back from 7 January 2026 (the clock says 8 January).
    const rows = Array.from({ length: 210 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 0, 7 - i)).toISOString().slice(0, 10);
      return {
        id: `bulk-${String(i).padStart(4, '0')}`,
        practice_id: practiceId,
        case_id: caseId,
        member_id: memberId,
        author_id: clientUser.id,
        assignment_id: null,
        period_on: null,
        kind: 'emotion_log' as const,
        local_date: day,
        status: 'done' as const,
        shared: 1,
        content: JSON.stringify({ ...emotionLog, situation: `day ${day}` }),
        revision: 1,
        created_at: `${day}T20:00:00.000Z`,
        updated_at: `${day}T20:00:00.000Z`,
        completed_at: `${day}T20:00:00.000Z`,
      };
    });
    await h.db.db.insertInto('practice_entries').values(rows).execute();
    const view = await caseView();
    expect(view.sharedEntries).toHaveLength(200);
    const weeks = view.trends.emotionWeeks;
    // 26 weeks before 8 January 2026 is 10 July 2025: 182 days of logs, in 27 calendar weeks.
    expect(weeks[0]?.weekOf).toBe('2025-07-07');
    expect(weeks.reduce((sum, w) => sum + w.entries, 0)).toBe(182);
    const own = (await mine()).trends.emotionWeeks;
    expect(own.reduce((sum, w) => sum + w.entries, 0)).toBe(182 + 1); // and her private log
  });

  it('every clinical read and write is audited, and no entry text reaches the audit log', async () => {
    const events = await h.db.db.selectFrom('audit_events').select(['action', 'details']).execute();
    const actions = new Set(events.map((e) => e.action));
    for (const action of [
      'practice.assign',
      'practice.read',
      'practice.portal.read',
      'practice.entry.create',
      'practice.entry.update',
      'practice.comment',
      'practice.end',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(JSON.stringify(events)).not.toContain('Sam');
  });
});
