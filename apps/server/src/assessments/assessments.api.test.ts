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

const phq9 = (values: number[]) =>
  Object.fromEntries(values.map((v, i) => [`phq-9.${String(i + 1)}`, v]));

describe(`assign → draft → submit → score → alert, on ${testDialect()}`, () => {
  let h: Harness;
  let clinician: Caller;
  let client: Caller;
  let otherClient: Caller;
  let caseId: string;
  let memberId: string;

  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    const clinicianUser = await buildClinician(h, practiceId);
    const c = await buildClient(h, practiceId, clinicianUser.id);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    clinician = await signIn(h, clinicianUser);
    client = await signIn(h, c.user);
    otherClient = await signIn(h, (await buildClient(h, practiceId, clinicianUser.id)).user);
  });
  afterAll(async () => h.close());

  const assign = async (instrumentIds: string[]) => {
    const res = await clinician.post(`/api/cases/${caseId}/assignments`, {
      instrumentIds,
      memberId,
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ assignments: { id: string; instrumentId: string }[] }>().assignments;
  };
  const submit = (id: string, answers: object, key?: string, who: Caller = client) =>
    who.request({
      method: 'POST',
      url: `/api/assignments/${id}/submit`,
      payload: { answers },
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });

  it('shows assigned measures on the portal and by mail, keeps drafts, and scores on submit', async () => {
    const [task] = await assign(['phq-9']);
    const id = task?.id ?? '';
    const portal = await client.get('/api/portal');
    expect(portal.json()).toMatchObject({
      tasks: [{ id, kind: 'questionnaire', title: expect.stringContaining('PHQ-9') as string }],
    });
    const mail = await h.db.db.selectFrom('outbox').select('subject').execute();
    expect(mail.map((m) => m.subject)).toContain('You have something new to fill in');

    const form = await client.get(`/api/assignments/${id}/form`);
    expect(form.statusCode).toBe(200);
    const body = form.json<{
      items: { id: string; text: string | null; isRiskItem: boolean }[];
      draft: object;
    }>();
    expect(body.items).toHaveLength(9);
    expect(body.items.every((i) => typeof i.text === 'string' && i.text.length > 0)).toBe(true);
    expect(body.items.filter((i) => i.isRiskItem).map((i) => i.id)).toEqual(['phq-9.9']);
    expect(body.draft).toEqual({});

    const draft = await client.request({
      method: 'PUT',
      url: `/api/assignments/${id}/draft`,
      payload: { answers: { 'phq-9.1': 2 } },
    });
    expect(draft.statusCode).toBe(200);
    expect((await client.get(`/api/assignments/${id}/form`)).json()).toMatchObject({
      draft: { 'phq-9.1': 2 },
    });
    expect((await client.get('/api/portal')).json()).toMatchObject({
      tasks: [{ id, kind: 'questionnaire-in-progress' }],
    });
    const results = await clinician.get(`/api/cases/${caseId}/results`);
    expect(results.json()).toEqual({ measures: [] });

    const res = await submit(id, phq9([2, 2, 2, 2, 1, 1, 2, 0, 0]), 'key-first-phq9');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'complete', crisis: null });
    const { responseId } = res.json<{ responseId: string }>();
    const result = await clinician.get(`/api/responses/${responseId}`);
    expect(result.json()).toMatchObject({
      status: 'complete',
      entryMode: 'self',
      scores: [{ name: 'total', value: 12, band: expect.stringMatching(/moderate/i) as string }],
      riskItems: [],
      missingItems: [],
    });
  });

  it('replays an identical retry, refuses a changed body under the same key with 422, and a second submission with 409', async () => {
    const [task] = await assign(['gad-7']);
    const id = task?.id ?? '';
    const answers = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`gad-7.${String(i + 1)}`, 1]),
    );
    const first = await submit(id, answers, 'retry-key-123');
    const again = await submit(id, answers, 'retry-key-123');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const changed = await submit(id, { ...answers, 'gad-7.1': 3 }, 'retry-key-123');
    expect(changed.statusCode).toBe(422);
    const noKey = await submit(id, answers);
    expect(noKey.statusCode).toBe(409);
    const rows = await h.db.db
      .selectFrom('responses')
      .select('id')
      .where('assignment_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    // Keys are per user: another client reusing the key gets no one else's answer.
    const stolen = await submit(id, answers, 'retry-key-123', otherClient);
    expect(stolen.statusCode).toBe(404);
  });

  it('refuses an out-of-range or unknown answer with 400 naming the item, storing nothing', async () => {
    const [task] = await assign(['phq-9']);
    const id = task?.id ?? '';
    const high = await submit(id, phq9([0, 0, 0, 0, 0, 0, 0, 0, 4]));
    expect(high.statusCode).toBe(400);
    expect(high.json()).toMatchObject({
      code: 'validation_failed',
      details: { field: 'body.answers.phq-9.9' },
    });
    const unknown = await submit(id, { 'phq-9.10': 1 });
    expect(unknown.json()).toMatchObject({ details: { field: 'body.answers.phq-9.10' } });
    const draft = await client.request({
      method: 'PUT',
      url: `/api/assignments/${id}/draft`,
      payload: { answers: { 'phq-9.2': 1.5 } },
    });
    expect(draft.statusCode).toBe(400);
    expect(
      await h.db.db.selectFrom('responses').select('id').where('assignment_id', '=', id).execute(),
    ).toEqual([]);
  });

  it('shows crisis resources and raises one alert on a risk answer; a later 0 does not clear it', async () => {
    const [task] = await assign(['phq-9']);
    const res = await submit(task?.id ?? '', phq9([1, 1, 1, 1, 1, 1, 1, 1, 2]), 'risk-submit-1');
    expect(res.statusCode).toBe(200);
    const crisis = res.json<{ crisis: { message: string; resources: unknown[] } | null }>().crisis;
    expect(crisis?.message).toMatch(/not an emergency service/);
    expect(crisis?.resources.length).toBeGreaterThan(0);
    const again = await submit(task?.id ?? '', phq9([1, 1, 1, 1, 1, 1, 1, 1, 2]), 'risk-submit-1');
    expect(again.json()).toEqual(res.json());

    const alerts = await clinician.get('/api/alerts');
    const open = alerts.json<{
      alerts: { id: string; items: string[]; acknowledgedAt: string | null }[];
    }>().alerts;
    expect(open.filter((a) => a.acknowledgedAt === null)).toHaveLength(1);
    expect(open[0]?.items).toEqual(['phq-9.9']);
    const mail = await h.db.db
      .selectFrom('outbox')
      .select(['subject', 'body_text'])
      .where('subject', 'like', '%risk answer%')
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.body_text).not.toMatch(/phq|item 9|suicid/i);

    const [later] = await assign(['phq-9']);
    const calm = await submit(later?.id ?? '', phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(calm.json()).toMatchObject({ crisis: null });
    const still = (await clinician.get('/api/alerts')).json<{
      alerts: { acknowledgedAt: string | null }[];
    }>().alerts;
    expect(still.filter((a) => a.acknowledgedAt === null)).toHaveLength(1);

    const ack = await clinician.post(`/api/alerts/${open[0]?.id ?? ''}/acknowledge`, {
      note: 'Phoned the client; safety plan reviewed.',
    });
    expect(ack.json()).toMatchObject({
      note: 'Phoned the client; safety plan reviewed.',
      acknowledgedAt: h.clock.now().toISOString(),
    });
    const twice = await clinician.post(`/api/alerts/${open[0]?.id ?? ''}/acknowledge`, {
      note: 'again',
    });
    expect(twice.statusCode).toBe(409);

    // Shared with the client: the scores, but not the risk flags, the item answers, the
    // clinician's interpretation, or a comparison with the earlier result that was never shared.
    const { responseId: calmId } = calm.json<{ responseId: string }>();
    await clinician.post(`/api/responses/${calmId}/share`);
    const clinicianView = (await clinician.get(`/api/responses/${calmId}`)).json<{
      interpretation: string;
      items: unknown[];
      changeSincePrevious: unknown[];
    }>();
    expect(clinicianView.interpretation).toMatch(/risk/);
    expect(clinicianView.items).toHaveLength(9);
    expect(clinicianView.changeSincePrevious).toHaveLength(1);
    expect((await client.get(`/api/responses/${calmId}`)).json()).toMatchObject({
      scores: [{ name: 'total', value: 0 }],
      interpretation: '',
      items: [],
      riskItems: [],
      changeSincePrevious: [],
    });
    const { responseId: riskId } = res.json<{ responseId: string }>();
    await clinician.post(`/api/responses/${riskId}/share`);
    const riskView = (await client.get(`/api/responses/${riskId}`)).json<{
      riskItems: string[];
    }>();
    expect(riskView.riskItems).toEqual([]);
    expect(
      (await clinician.get(`/api/responses/${riskId}`)).json<{ riskItems: string[] }>().riskItems,
    ).toEqual(['phq-9.9']);
    // Once both are shared, the client sees the change between them.
    expect(
      (await client.get(`/api/responses/${calmId}`)).json<{ changeSincePrevious: unknown[] }>()
        .changeSincePrevious,
    ).toHaveLength(1);
  });

  it('keeps answers from other clients, and results from the client until shared', async () => {
    const [task] = await assign(['gad-7']);
    const id = task?.id ?? '';
    expect((await otherClient.get(`/api/assignments/${id}/form`)).statusCode).toBe(404);
    const answers = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`gad-7.${String(i + 1)}`, 2]),
    );
    const { responseId } = (await submit(id, answers)).json<{ responseId: string }>();
    expect((await otherClient.get(`/api/responses/${responseId}`)).statusCode).toBe(404);
    expect((await client.get(`/api/responses/${responseId}`)).statusCode).toBe(404);
    const shared = await clinician.post(`/api/responses/${responseId}/share`);
    expect(shared.json()).toMatchObject({ sharedAt: h.clock.now().toISOString() });
    expect((await client.get(`/api/responses/${responseId}`)).json()).toMatchObject({
      scores: [{ name: 'total', value: 14 }],
    });
    expect((await otherClient.get(`/api/responses/${responseId}`)).statusCode).toBe(404);
  });

  it('refuses to assign an instrument whose licensed text is not installed', async () => {
    const res = await clinician.post(`/api/cases/${caseId}/assignments`, {
      instrumentIds: ['phq-9', 'ecr-r'],
      memberId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      details: { field: 'body.instrumentIds.1', reason: 'needs_licensed_text' },
    });
    const catalogue = await clinician.get('/api/instruments');
    const entries = catalogue.json<{ instruments: { id: string; availability: string }[] }>()
      .instruments;
    expect(entries.find((e) => e.id === 'ecr-r')?.availability).toBe('needs_licensed_text');
    expect(entries.find((e) => e.id === 'phq-9')?.availability).toBe('ready');
  });

  it('records a paper form entered by the clinician, and shows change since last time with the history', async () => {
    const [task] = await assign(['core-10']);
    // Every item "Sometimes" (2) but the risk item 6 at 0: items 2 and 3 reverse to 2, total 18.
    const answers = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`core-10.${String(i + 1)}`, i === 5 ? 0 : 2]),
    );
    // The client started on screen; the clinician opens the form for the paper copy and does
    // not see the client's unsent draft.
    await client.request({
      method: 'PUT',
      url: `/api/assignments/${task?.id ?? ''}/draft`,
      payload: { answers: { 'core-10.1': 4 } },
    });
    const paperForm = await clinician.get(`/api/assignments/${task?.id ?? ''}/form`);
    expect(paperForm.statusCode).toBe(200);
    expect(paperForm.json()).toMatchObject({ instrumentId: 'core-10', draft: {} });
    expect(paperForm.json<{ items: unknown[] }>().items).toHaveLength(10);
    expect((await otherClient.get(`/api/assignments/${task?.id ?? ''}/form`)).statusCode).toBe(404);
    const paper = await clinician.post(`/api/assignments/${task?.id ?? ''}/paper`, { answers });
    expect(paper.statusCode).toBe(200);
    const [next] = await assign(['core-10']);
    // "Only occasionally" (1) on the problem items, "Often" (3 → reversed 1) on items 2 and 3,
    // and 0 on the risk item: total 9.
    const better = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [
        `core-10.${String(i + 1)}`,
        i === 5 ? 0 : i === 1 || i === 2 ? 3 : 1,
      ]),
    );
    const { responseId } = (await submit(next?.id ?? '', better)).json<{ responseId: string }>();
    const result = await clinician.get(`/api/responses/${responseId}`);
    expect(result.json()).toMatchObject({
      entryMode: 'self',
      changeSincePrevious: [
        {
          score: 'total',
          previous: 18,
          current: 9,
          difference: -9,
          // Barkham et al. (2013): a change of 6 points is reliable on the CORE-10.
          reliableChange: {
            category: 'reliably_improved',
            basis: 'published_rci',
            threshold: 6,
            thresholdUnit: 'points',
          },
        },
      ],
    });
    const history = await clinician.get(`/api/cases/${caseId}/results`);
    const core = history
      .json<{ measures: { instrumentId: string; points: { scores: { total: number } }[] }[] }>()
      .measures.find((m) => m.instrumentId === 'core-10');
    expect(core?.points.map((p) => p.scores.total)).toEqual([18, 9]);
    const paperRow = await h.db.db
      .selectFrom('responses')
      .select(['entry_mode'])
      .where('assignment_id', '=', task?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(paperRow.entry_mode).toBe('paper');
  });
});
