import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  build,
  buildClient,
  buildClinician,
  buildPractice,
  joinCareTeam,
  signIn,
  type Caller,
  type Harness,
} from '../test/harness';
import { testDialect } from '../test/test-db';

interface Detail {
  session: { id: string; number: number; noteStatus: string; amendments: number };
  note: null | {
    status: string;
    focus: string;
    plan: string;
    techniques: string[];
    updatedAt: string;
    signedBy: string | null;
    authoredByMe: boolean;
    amendments: { text: string; author: string }[];
  };
}

describe(`sessions and progress notes on ${testDialect()}`, () => {
  let h: Harness;
  let clinician: Caller;
  let colleague: Caller;
  let client: Caller;
  let caseId: string;
  let memberId: string;
  let practiceId: string;
  beforeAll(async () => {
    h = await build();
    practiceId = await buildPractice(h);
    const lead = await buildClinician(h, practiceId);
    clinician = await signIn(h, lead);
    const c = await buildClient(h, practiceId, lead.id);
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    const other = await buildClinician(h, practiceId);
    colleague = await signIn(h, other);
    await joinCareTeam(h, caseId, other);
  });
  afterAll(async () => h.close());

  const record = (over: object = {}) =>
    clinician.post(`/api/cases/${caseId}/sessions`, {
      heldAt: '2026-01-05T09:00:00.000Z',
      durationMinutes: 50,
      modality: 'in_person',
      attendeeIds: [memberId],
      ...over,
    });
  const note = {
    focus: 'Her fear that I would tire of her after last week’s cancellation.',
    techniques: ['alliance_repair', 'mentalizing'],
    observations: 'Tearful, then relieved when I named my part in it.',
    plan: 'Return to the episode with her sister.',
  };
  const put = (who: Caller, sessionId: string, body: object) =>
    who.request({ method: 'PUT', url: `/api/sessions/${sessionId}/note`, payload: body });

  it('records sessions, numbered in the order they were held', async () => {
    const later = await record({ heldAt: '2026-01-04T09:00:00.000Z' });
    const earlier = await record({ heldAt: '2025-12-28T16:30:00+01:00', modality: 'video' });
    expect(later.statusCode).toBe(201);
    expect(earlier.json<{ heldAt: string; number: number }>()).toMatchObject({
      heldAt: '2025-12-28T15:30:00.000Z',
      number: 1,
    });
    const list = await clinician.get(`/api/cases/${caseId}/sessions`);
    const sessions = list.json<{ sessions: { number: number; noteStatus: string }[] }>().sessions;
    expect(sessions.map((s) => s.number)).toEqual([1, 2]);
    expect(sessions.every((s) => s.noteStatus === 'none')).toBe(true);
  });

  it('refuses impossible sessions, naming the field, and writes nothing', async () => {
    const before = (await clinician.get(`/api/cases/${caseId}/sessions`)).json<{
      sessions: unknown[];
    }>().sessions.length;
    const cases: [object, string][] = [
      [{ heldAt: '2026-01-07T09:00:00.000Z' }, 'body.heldAt'],
      [{ durationMinutes: 0 }, 'body.durationMinutes'],
      [{ modality: 'carrier_pigeon' }, 'body.modality'],
      [{ attendeeIds: [] }, 'body.attendeeIds'],
      [{ attendeeIds: [memberId, 'not-a-member'] }, 'body.attendeeIds[1]'],
    ];
    for (const [over, field] of cases) {
      const res = await record(over);
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json<{ details: { field: string } }>().details.field).toBe(field);
    }
    const after = (await clinician.get(`/api/cases/${caseId}/sessions`)).json<{
      sessions: unknown[];
    }>().sessions.length;
    expect(after).toBe(before);
  });

  it('drafts, signs and locks a note; corrections are amendments that keep the original', async () => {
    const sessionId = (await record()).json<{ id: string }>().id;
    const first = await put(clinician, sessionId, { ...note, techniques: ['unknown_method'] });
    expect(first.statusCode).toBe(400);
    expect(first.json<{ details: { field: string } }>().details.field).toMatch(/techniques/);

    const saved = await put(clinician, sessionId, note);
    expect(saved.statusCode).toBe(200);
    const draft = saved.json<Detail>().note;
    expect(draft).toMatchObject({ status: 'draft', authoredByMe: true, focus: note.focus });

    // A save from a stale copy of the draft is refused and changes nothing.
    const edited = await put(clinician, sessionId, {
      ...note,
      plan: 'Invite her partner.',
      baseUpdatedAt: draft?.updatedAt,
    });
    expect(edited.statusCode).toBe(200);
    const stale = await put(clinician, sessionId, {
      ...note,
      plan: 'An older idea.',
      baseUpdatedAt: draft?.updatedAt,
    });
    expect(stale.statusCode).toBe(409);
    // Only the author edits or signs the draft.
    const base = edited.json<Detail>().note?.updatedAt;
    expect((await put(colleague, sessionId, { ...note, baseUpdatedAt: base })).statusCode).toBe(
      403,
    );
    expect((await colleague.post(`/api/sessions/${sessionId}/note/sign`)).statusCode).toBe(403);
    // No amendment to a draft: edit it instead.
    const early = await clinician.post(`/api/sessions/${sessionId}/note/amendments`, {
      text: 'Too soon',
    });
    expect(early.statusCode).toBe(409);

    const signed = await clinician.post(`/api/sessions/${sessionId}/note/sign`);
    expect(signed.statusCode).toBe(200);
    expect(signed.json<Detail>().note).toMatchObject({
      status: 'signed',
      plan: 'Invite her partner.',
    });
    expect((await clinician.post(`/api/sessions/${sessionId}/note/sign`)).statusCode).toBe(409);

    // Locked: an edit after signing is 409 and the text stays.
    const late = await put(clinician, sessionId, {
      ...note,
      plan: 'Rewritten after the fact.',
      baseUpdatedAt: base,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ details: { reason: string } }>().details.reason).toBe('signed');

    const blank = await colleague.post(`/api/sessions/${sessionId}/note/amendments`, {
      text: '   ',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<{ details: { field: string } }>().details.field).toBe('body.text');
    const amended = await colleague.post(`/api/sessions/${sessionId}/note/amendments`, {
      text: 'Correction: the cancellation was mine, not hers.',
    });
    expect(amended.statusCode).toBe(201);
    const read = (await clinician.get(`/api/sessions/${sessionId}`)).json<Detail>();
    expect(read.note?.plan).toBe('Invite her partner.');
    expect(read.note?.amendments.map((a) => a.text)).toEqual([
      'Correction: the cancellation was mine, not hers.',
    ]);
    expect(read.session).toMatchObject({ noteStatus: 'signed', amendments: 1 });

    // The audit trail has each step, without the note's words.
    const events = await h.db.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', sessionId)
      .execute();
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'session.record',
        'progress_note.save',
        'progress_note.sign',
        'session.read',
      ]),
    );
    expect(JSON.stringify(events)).not.toContain('sister');
  });

  it('signing twice at once signs once', async () => {
    const sessionId = (await record()).json<{ id: string }>().id;
    await put(clinician, sessionId, note);
    const results = await Promise.all([
      clinician.post(`/api/sessions/${sessionId}/note/sign`),
      clinician.post(`/api/sessions/${sessionId}/note/sign`),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('keeps sessions from the client and from clinicians outside the care team', async () => {
    const sessionId = (await record()).json<{ id: string }>().id;
    expect((await client.get(`/api/sessions/${sessionId}`)).statusCode).toBe(403);
    const stranger = await signIn(h, await buildClinician(h, practiceId));
    expect((await stranger.get(`/api/sessions/${sessionId}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/cases/${caseId}/sessions`)).statusCode).toBe(404);
  });
});
