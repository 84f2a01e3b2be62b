import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  build,
  buildClient,
  buildClinician,
  buildPractice,
  buildUser,
  signIn,
  type Caller,
  type Harness,
  installWording,
  type TestUser,
} from '../test/harness';
import { waiSrTotal } from '../demo/sessions';
import { testDialect } from '../test/test-db';

const answers = (prefix: string, values: number[]) =>
  Object.fromEntries(values.map((v, i) => [`${prefix}.${String(i + 1)}`, v]));

interface Board {
  alerts: { kind: string; memberName: string; instrumentName: string; detail: string }[];
  cases: {
    caseId: string;
    alerts: number;
    trend: { instrumentName: string; values: { value: number }[]; category: string | null } | null;
  }[];
}

describe(`the clinician's dashboard on ${testDialect()}`, () => {
  let h: Harness;
  let lead: TestUser;
  let clientUser: TestUser;
  let clinician: Caller;
  let client: Caller;
  let other: Caller;
  let otherUser: TestUser;
  let caseId: string;
  let memberId: string;

  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    await installWording(admin, 'wai-sr');
    lead = await buildClinician(h, practiceId);
    clinician = await signIn(h, lead);
    const c = await buildClient(h, practiceId, lead.id);
    clientUser = c.user;
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    otherUser = await buildClinician(h, practiceId);
    other = await signIn(h, otherUser);
  });
  afterAll(async () => h.close());

  async function give(instrumentId: string, values: Record<string, number>, dueAt?: string) {
    const assigned = await clinician.post(`/api/cases/${caseId}/assignments`, {
      instrumentIds: [instrumentId],
      memberId,
      ...(dueAt ? { dueAt } : {}),
    });
    const id = assigned.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
    if (Object.keys(values).length === 0) return id;
    const res = await client.post(`/api/assignments/${id}/submit`, { answers: values });
    expect(res.statusCode).toBe(200);
    return res.json<{ responseId: string }>().responseId;
  }
  const board = async () => (await clinician.get('/api/dashboard')).json<Board>();

  it('gathers risk, deterioration, alliance drops and overdue measures, each with its numbers', async () => {
    await give('phq-9', answers('phq-9', [0, 1, 0, 1, 0, 1, 0, 1, 0]));
    await give('phq-9', answers('phq-9', [3, 3, 2, 3, 2, 3, 2, 2, 1]));
    let flagged = '';
    for (const total of [50, 52, 48, 40]) flagged = await give('wai-sr', waiSrTotal(total));
    await give('gad-7', {}, new Date(h.clock.now().getTime() + 60 * 60_000).toISOString());
    h.clock.advance(2 * 60 * 60_000);
    clinician = await signIn(h, lead);
    client = await signIn(h, clientUser);

    const { alerts, cases } = await board();
    expect(alerts.map((a) => a.kind)).toEqual(['risk', 'deterioration', 'rupture', 'overdue']);
    expect(alerts[1]?.detail).toBe('PHQ-9 total: 4 → 21');
    expect(alerts[2]?.detail).toBe('40 < 47.6');
    expect(alerts[3]?.instrumentName).toMatch(/GAD-7/);
    // The trend is the measure given most often, the alliance aside.
    expect(cases[0]?.alerts).toBe(4);
    expect(cases[0]?.trend).toMatchObject({
      instrumentName: expect.stringMatching(/PHQ-9/) as string,
      values: [{ value: 4 }, { value: 21 }],
      category: 'reliably_deteriorated',
    });

    // The results mark the risk answer as an event on its point.
    const results = await clinician.get(`/api/cases/${caseId}/results`);
    const phq = results
      .json<{ measures: { instrumentId: string; points: { riskItems: string[] }[] }[] }>()
      .measures.find((m) => m.instrumentId === 'phq-9');
    expect(phq?.points.map((p) => p.riskItems)).toEqual([[], ['phq-9.9']]);

    // Acknowledging the risk and recording the rupture take them off the list.
    const riskAlerts = await clinician.get('/api/alerts');
    const riskId = riskAlerts.json<{ alerts: { id: string }[] }>().alerts[0]?.id ?? '';
    await clinician.post(`/api/alerts/${riskId}/acknowledge`, {
      note: 'Called her; safe tonight.',
    });
    // Twice stays once: the second answers 409 and changes nothing.
    const again = await clinician.post(`/api/alerts/${riskId}/acknowledge`, { note: 'Again' });
    expect(again.statusCode).toBe(409);
    await clinician.request({
      method: 'PUT',
      url: `/api/responses/${flagged}/rupture`,
      payload: { whatHappened: 'Went quiet after I cut the session short.', repairAttempted: '' },
    });
    expect((await board()).alerts.map((a) => a.kind)).toEqual(['deterioration', 'overdue']);
    const stored = await h.db.db
      .selectFrom('risk_alerts')
      .select(['acknowledgement_note'])
      .where('id', '=', riskId)
      .executeTakeFirstOrThrow();
    expect(stored.acknowledgement_note).toBe('Called her; safe tonight.');
  });

  it('shows another clinician nothing of cases they do not care for; clients have none', async () => {
    other = await signIn(h, otherUser);
    expect(await (await other.get('/api/dashboard')).json()).toEqual({ alerts: [], cases: [] });
    expect((await client.get('/api/dashboard')).statusCode).toBe(403);
  });
});
