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

const phq = (values: number[]) =>
  Object.fromEntries(values.map((v, i) => [`phq-9.${String(i + 1)}`, v]));

describe(`the treatment plan on ${testDialect()}`, () => {
  let h: Harness;
  let clinician: Caller;
  let client: Caller;
  let stranger: Caller;
  let caseId: string;
  let memberId: string;
  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    const lead = await buildClinician(h, practiceId);
    clinician = await signIn(h, lead);
    const c = await buildClient(h, practiceId, lead.id);
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    stranger = await signIn(h, await buildClinician(h, practiceId));
  });
  afterAll(async () => h.close());

  const goal = (over: object = {}) => ({
    id: 'g1',
    memberId,
    text: 'Feel less low most days',
    status: 'active',
    measures: [{ instrumentId: 'phq-9', scoreName: 'total', target: 9 }],
    ...over,
  });
  const save = (baseVersion: number, content: object) =>
    clinician.request({
      method: 'PUT',
      url: `/api/cases/${caseId}/plan`,
      payload: { baseVersion, content },
    });

  it('refuses impossible plans, naming the field', async () => {
    const cases: [object, string][] = [
      [{ goals: [], reviewOn: '2026-02-30' }, 'body.content.reviewOn'],
      [{ goals: [], reviewOn: '2029-01-01' }, 'body.content.reviewOn'],
      [
        {
          goals: [goal({ measures: [{ instrumentId: 'phq-9', scoreName: 'total', target: 30 }] })],
        },
        'body.content.goals[0].measures[0].target',
      ],
      [
        {
          goals: [goal({ measures: [{ instrumentId: 'nope', scoreName: 'total', target: 3 }] })],
        },
        'body.content.goals[0].measures[0].instrumentId',
      ],
      [{ goals: [goal({ memberId: 'someone-else' })] }, 'body.content.goals[0].memberId'],
      [{ goals: [goal(), goal()] }, 'body.content.goals[1].id'],
    ];
    for (const [content, field] of cases) {
      const res = await save(0, content);
      expect(res.statusCode, JSON.stringify(content)).toBe(400);
      expect(res.json<{ details: { field: string } }>().details.field).toBe(field);
    }
    expect((await clinician.get(`/api/cases/${caseId}/plan`)).json()).toMatchObject({ version: 0 });
  });

  it('versions every save, refuses a stale one, and follows each goal to its target', async () => {
    const first = await save(0, { goals: [goal()], reviewOn: '2026-03-01' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, reviewDue: false });
    const second = await save(1, {
      goals: [
        goal(),
        goal({
          id: 'g2',
          memberId: undefined,
          text: 'Talk about hard things without shutting down',
          measures: [],
        }),
      ],
      reviewOn: '2026-03-01',
    });
    expect(second.json()).toMatchObject({ version: 2 });
    const stale = await save(1, { goals: [] });
    expect(stale.statusCode).toBe(409);
    expect((await clinician.get(`/api/cases/${caseId}/plan`)).json()).toMatchObject({
      version: 2,
      content: { goals: [{ id: 'g1' }, { id: 'g2' }] },
    });

    // PHQ-9 16 then 7: the goal of 9 or below is reached.
    for (const values of [
      [2, 2, 2, 2, 2, 2, 2, 2, 0],
      [1, 1, 1, 1, 1, 1, 1, 0, 0],
    ]) {
      const assigned = await clinician.post(`/api/cases/${caseId}/assignments`, {
        instrumentIds: ['phq-9'],
        memberId,
      });
      const id = assigned.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
      expect(
        (await client.post(`/api/assignments/${id}/submit`, { answers: phq(values) })).statusCode,
      ).toBe(200);
    }
    const plan = await clinician.get(`/api/cases/${caseId}/plan`);
    expect(plan.json()).toMatchObject({
      progress: [
        { goalId: 'g1', target: 9, first: { value: 16 }, latest: { value: 7 }, reached: true },
      ],
    });
    expect((await stranger.get(`/api/cases/${caseId}/plan`)).statusCode).toBe(404);
  });
});
