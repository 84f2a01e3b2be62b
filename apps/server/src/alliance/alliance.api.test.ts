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

interface View {
  measure: { instrumentId: string } | null;
  noMeasureReason: string | null;
  rule: { floor: number; sources: string[] };
  points: {
    responseId: string;
    score: number;
    threshold: number | null;
    reasons: string[];
    afterSession: { number: number } | null;
    rupture: { whatHappened: string; repairAttempted: string } | null;
    recovered: boolean | null;
  }[];
}

describe(`the alliance line on ${testDialect()}`, () => {
  let h: Harness;
  let admin: Caller;
  let clinician: Caller;
  let client: Caller;
  let outsider: Caller;
  let caseId: string;
  let memberId: string;
  const rated: string[] = [];
  let leadUser: TestUser;
  let clientUser: TestUser;
  let adminUser: TestUser;
  let outsiderUser: TestUser;
  /** Moves the clock on and signs everyone in again (sessions lapse after 30 idle minutes). */
  async function later(ms: number) {
    h.clock.advance(ms);
    clinician = await signIn(h, leadUser);
    client = await signIn(h, clientUser);
    admin = await signIn(h, adminUser);
    outsider = await signIn(h, outsiderUser);
  }

  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    adminUser = await buildUser(h, practiceId, 'admin');
    admin = await signIn(h, adminUser);
    const lead = await buildClinician(h, practiceId);
    leadUser = lead;
    clinician = await signIn(h, lead);
    const c = await buildClient(h, practiceId, lead.id);
    clientUser = c.user;
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    outsiderUser = await buildClinician(h, practiceId);
    outsider = await signIn(h, outsiderUser);
  });
  afterAll(async () => h.close());

  const view = async () =>
    (await clinician.get(`/api/cases/${caseId}/alliance?memberId=${memberId}`)).json<View>();

  it('says why there is no alliance line until the WAI-SR text is installed', async () => {
    const first = await view();
    expect(first.measure).toBeNull();
    expect(first.noMeasureReason).toMatch(/WAI-SR needs its licensed text/);
    await installWording(admin, 'wai-sr');
    expect((await view()).measure?.instrumentId).toBe('wai-sr');
  });

  it('flags a fall below the running baseline after a session, and sees the next rating recover', async () => {
    // Five sessions a week apart, each followed by a rating: 50, 52, 48, 40, 50.
    for (const [i, total] of [50, 52, 48, 40, 50].entries()) {
      const session = await clinician.post(`/api/cases/${caseId}/sessions`, {
        heldAt: h.clock.now().toISOString(),
        durationMinutes: 50,
        modality: 'in_person',
        attendeeIds: [memberId],
      });
      expect(session.statusCode, `session ${String(i)}`).toBe(201);
      await later(60 * 60_000);
      const assigned = await clinician.post(`/api/cases/${caseId}/assignments`, {
        instrumentIds: ['wai-sr'],
        memberId,
      });
      const id = assigned.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
      const submitted = await client.post(`/api/assignments/${id}/submit`, {
        answers: waiSrTotal(total),
      });
      expect(submitted.statusCode).toBe(200);
      rated.push(submitted.json<{ responseId: string }>().responseId);
      await later(7 * 86_400_000 - 60 * 60_000);
    }
    const line = await view();
    expect(line.points.map((p) => p.score)).toEqual([50, 52, 48, 40, 50]);
    expect(line.points.map((p) => p.afterSession?.number)).toEqual([1, 2, 3, 4, 5]);
    // Baseline 50, 52, 48: mean 50, SD 2, floor 2.4 → threshold 47.6.
    expect(line.points[3]?.threshold).toBeCloseTo(47.6, 6);
    expect(line.points[3]?.reasons).toEqual(['below_baseline']);
    expect(line.points[3]?.recovered).toBe(true);
    expect(line.points.filter((p) => p.reasons.length > 0)).toHaveLength(1);
    expect(line.rule.floor).toBeCloseTo(2.4, 6);
    expect(line.rule.sources.join(' ')).toMatch(/Stiles/);
  });

  it('records the rupture and the repair at the flagged rating', async () => {
    const flagged = rated[3] ?? '';
    const res = await clinician.request({
      method: 'PUT',
      url: `/api/responses/${flagged}/rupture`,
      payload: {
        whatHappened: 'She went quiet when I ended on time; felt I was pushing her away.',
        repairAttempted: 'Named it next session; acknowledged my part; she said it helped.',
      },
    });
    expect(res.statusCode).toBe(200);
    const point = res.json<View>().points[3];
    expect(point?.rupture?.repairAttempted).toMatch(/acknowledged my part/);
    // Not an alliance rating, or someone else's: refused.
    const outside = await outsider.request({
      method: 'PUT',
      url: `/api/responses/${flagged}/rupture`,
      payload: { whatHappened: 'x', repairAttempted: '' },
    });
    expect(outside.statusCode).toBe(404);
    const blank = await clinician.request({
      method: 'PUT',
      url: `/api/responses/${flagged}/rupture`,
      payload: { whatHappened: '  ', repairAttempted: '' },
    });
    expect(blank.json<{ details: { field: string } }>().details.field).toBe('body.whatHappened');
    const stray = await clinician.request({
      method: 'PUT',
      url: `/api/responses/${flagged}/rupture`,
      payload: { whatHappened: 'x', repairAttempted: '', repairSessionId: 'no-such' },
    });
    expect(stray.json<{ details: { field: string } }>().details.field).toBe('body.repairSessionId');
    expect(
      (await outsider.get(`/api/cases/${caseId}/alliance?memberId=${memberId}`)).statusCode,
    ).toBe(404);
  });

  it('lets the admin choose only an installed measure that rises with the alliance', async () => {
    const choice = await admin.get('/api/admin/alliance-measure');
    expect(choice.json()).toMatchObject({ current: { instrumentId: 'wai-sr' }, chosen: false });
    const phq = await admin.request({
      method: 'PUT',
      url: '/api/admin/alliance-measure',
      payload: { instrumentId: 'phq-9' },
    });
    expect(phq.statusCode).toBe(400);
    expect(phq.json<{ details: { field: string } }>().details.field).toBe('body.instrumentId');
    const chosen = await admin.request({
      method: 'PUT',
      url: '/api/admin/alliance-measure',
      payload: { instrumentId: 'wai-sr' },
    });
    expect(chosen.json()).toMatchObject({ chosen: true });
    expect((await clinician.get('/api/admin/alliance-measure')).statusCode).toBe(403);
  });
});
