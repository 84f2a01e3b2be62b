import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  build,
  buildClient,
  buildClinician,
  buildPractice,
  signIn,
  type Caller,
  type Harness,
} from '../test/harness';
import { testDialect } from '../test/test-db';

const model = {
  relationship: 'partner',
  modelOfSelf: 'If I need him too much he will tire of me.',
  modelOfOthers: 'Partners are warm at first and then pull away.',
  evidenceFor: ['Checks his phone when he is late; session 3'],
  evidenceAgainst: ['He drove back from work when she was ill'],
  linkedScores: [] as { responseId: string; score: string }[],
};
const episode = {
  who: 'Partner',
  when: '2025-10-02',
  whatHappened: 'He came home late without calling.',
  wish: 'To know I matter to him',
  wishCluster: 'be_loved_understood',
  responseOfOther: 'He said I was overreacting',
  responseOfOtherCluster: 'rejecting_opposing',
  responseOfSelf: 'I went quiet, then shouted',
  responseOfSelfCluster: 'anxious_ashamed',
};

describe(`formulations on ${testDialect()}`, () => {
  let h: Harness;
  let clinician: Caller;
  let colleague: Caller;
  let client: Caller;
  let caseId: string;
  let memberId: string;
  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    const clinicianUser = await buildClinician(h, practiceId);
    clinician = await signIn(h, clinicianUser);
    const c = await buildClient(h, practiceId, clinicianUser.id);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    client = await signIn(h, c.user);
    colleague = await signIn(h, await buildClinician(h, practiceId));
  });
  afterAll(async () => h.close());

  const save = (body: object, who: Caller = clinician) =>
    who.request({ method: 'PUT', url: `/api/cases/${caseId}/formulation`, payload: body });
  const read = (query: string, who: Caller = clinician) =>
    who.get(`/api/cases/${caseId}/formulation?memberId=${memberId}${query}`);

  it('starts empty at version 0', async () => {
    const res = await read('');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      version: 0,
      savedAt: null,
      content: { workingModels: [], episodes: [], clientSummary: '' },
      themes: { episodes: 0, wishes: [] },
    });
  });

  let firstSavedAt = '';
  it('saves versions, reads any past moment, and lists the history', async () => {
    const first = await save({
      memberId,
      baseVersion: 0,
      content: { workingModels: [model], episodes: [episode], clientSummary: '' },
      note: 'First formulation after assessment',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      version: 1,
      themes: { episodes: 1, wishes: [{ cluster: 'be_loved_understood', count: 1 }] },
    });
    firstSavedAt = first.json<{ savedAt: string }>().savedAt;

    h.clock.advance(10 * 60_000);
    const second = await save({
      memberId,
      baseVersion: 1,
      content: {
        workingModels: [
          { ...model, evidenceAgainst: [...model.evidenceAgainst, 'He listened in session 6'] },
        ],
        episodes: [episode, { ...episode, when: '2025-10-20', wishCluster: 'be_close_accepting' }],
        clientSummary: 'When you feel far from him, an old fear of being too much wakes up.',
      },
    });
    expect(second.json()).toMatchObject({ version: 2, themes: { episodes: 2 } });

    // The formulation as it stood just after the first save.
    const past = await read(`&at=${encodeURIComponent(firstSavedAt)}`);
    expect(past.json()).toMatchObject({ version: 1, note: 'First formulation after assessment' });
    expect(past.json<{ content: { episodes: unknown[] } }>().content.episodes).toHaveLength(1);
    const before = await read(`&at=${encodeURIComponent('2020-01-01T00:00:00.000Z')}`);
    expect(before.json()).toMatchObject({ version: 0 });

    const history = await clinician.get(
      `/api/cases/${caseId}/formulation/versions?memberId=${memberId}`,
    );
    expect(history.json<{ versions: { version: number; episodes: number }[] }>().versions).toEqual([
      expect.objectContaining({ version: 1, episodes: 1, workingModels: 1 }),
      expect.objectContaining({ version: 2, episodes: 2, workingModels: 1 }),
    ]);
  });

  it('answers 409 to a save from an older version and keeps the newer one intact', async () => {
    const stale = await save({
      memberId,
      baseVersion: 1,
      content: { workingModels: [], episodes: [], clientSummary: 'overwrite?' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'conflict',
      details: { field: 'body.baseVersion', currentVersion: 2 },
    });
    const now = await read('');
    expect(now.json()).toMatchObject({ version: 2 });
    expect(now.json<{ content: { clientSummary: string } }>().content.clientSummary).toMatch(
      /old fear/,
    );
    const rows = await h.db.db.selectFrom('formulation_versions').select('version').execute();
    expect(rows.map((r) => r.version).sort()).toEqual([1, 2]);
  });

  it.each([
    [
      'an unknown relationship',
      { workingModels: [{ ...model, relationship: 'boss' }], episodes: [], clientSummary: '' },
      'body.content.workingModels.0.relationship',
    ],
    [
      'an episode dated in the future',
      { workingModels: [], episodes: [{ ...episode, when: '2099-01-01' }], clientSummary: '' },
      'body.content.episodes.0.when',
    ],
    [
      'a link to a result that is not this member’s',
      {
        workingModels: [
          {
            ...model,
            linkedScores: [
              { responseId: '0190a6b2-7c3e-7d4f-8a1b-00000000beef', score: 'anxiety' },
            ],
          },
        ],
        episodes: [],
        clientSummary: '',
      },
      'body.content.workingModels.0.linkedScores.0.responseId',
    ],
  ])('refuses %s with 400 naming the field, saving nothing', async (_name, content, field) => {
    const res = await save({ memberId, baseVersion: 2, content });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { field: string } }>().details.field).toBe(field);
    expect((await read('')).json()).toMatchObject({ version: 2 });
  });

  it('links a working model to a score of the member’s own result', async () => {
    const assigned = await clinician.post(`/api/cases/${caseId}/assignments`, {
      instrumentIds: ['rq'],
      memberId,
    });
    const id = assigned.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
    const sent = await client.post(`/api/assignments/${id}/submit`, {
      answers: { 'rq.a': 3, 'rq.b': 5, 'rq.c': 6, 'rq.d': 2 },
    });
    const { responseId } = sent.json<{ responseId: string }>();
    const bad = await save({
      memberId,
      baseVersion: 2,
      content: {
        workingModels: [{ ...model, linkedScores: [{ responseId, score: 'total' }] }],
        episodes: [],
        clientSummary: '',
      },
    });
    expect(bad.json<{ details: { field: string } }>().details.field).toBe(
      'body.content.workingModels.0.linkedScores.0.score',
    );
    const good = await save({
      memberId,
      baseVersion: 2,
      content: {
        workingModels: [{ ...model, linkedScores: [{ responseId, score: 'self_model' }] }],
        episodes: [],
        clientSummary: '',
      },
    });
    expect(good.json()).toMatchObject({ version: 3 });
  });

  it('lets only one of two simultaneous saves from the same version land', async () => {
    const body = (summary: string) => ({
      memberId,
      baseVersion: 3,
      content: { workingModels: [], episodes: [], clientSummary: summary },
    });
    const results = await Promise.all([save(body('first')), save(body('second'))]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const rows = await h.db.db
      .selectFrom('formulation_versions')
      .select('version')
      .where('version', '=', 4)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('is for the care team: a colleague off the team gets 404 (audited), the client 403', async () => {
    expect((await read('', colleague)).statusCode).toBe(404);
    expect(
      (
        await save(
          {
            memberId,
            baseVersion: 3,
            content: { workingModels: [], episodes: [], clientSummary: '' },
          },
          colleague,
        )
      ).statusCode,
    ).toBe(404);
    expect((await read('', client)).statusCode).toBe(403);
    const denied = await h.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('outcome', '=', 'denied')
      .where('action', '=', 'formulation.access')
      .execute();
    expect(denied).toHaveLength(2);
    const saves = await h.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'formulation.save')
      .execute();
    expect(saves).toHaveLength(4);
  });
});
