import { getInstrument } from '@securebase/measures';
import { bandHalfWidth, standardError } from '@securebase/stats';
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
} from '../test/harness';
import { pdfText } from '../test/pdf-text';
import { testDialect } from '../test/test-db';

const ATTESTATION = 'Our practice holds a licence from the authors to use this wording.';
const ECR_R_REVERSED = new Set([9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36]);

/** ECR-R answers whose every item contributes `anxiety` (items 1–18) or `avoidance` (19–36). */
function ecrR(anxiety: number, avoidance: number): Record<string, number> {
  return Object.fromEntries(
    Array.from({ length: 36 }, (_, index) => {
      const n = index + 1;
      const wanted = n <= 18 ? anxiety : avoidance;
      return [`ecr-r.${String(n)}`, ECR_R_REVERSED.has(n) ? 8 - wanted : wanted];
    }),
  );
}

function packFor(instrumentId: string) {
  const definition = getInstrument(instrumentId);
  if (!definition) throw new Error(`${instrumentId} missing`);
  return {
    instrumentId,
    items: definition.items.map((i) => ({ id: i.id, text: `Wording ${i.id}` })),
  };
}

describe(`the attachment profile on ${testDialect()}`, () => {
  let h: Harness;
  let clinician: Caller;
  let client: Caller;
  let outsiderUser: Awaited<ReturnType<typeof buildClinician>>;
  let caseId: string;
  let memberId: string;
  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    for (const id of ['ecr-r', 'ecr-rs']) {
      const installed = await admin.post('/api/admin/content-packs', {
        instrumentId: id,
        format: 'securebase-json',
        content: packFor(id),
        attestation: ATTESTATION,
      });
      expect(installed.statusCode).toBe(201);
    }
    const clinicianUser = await buildClinician(h, practiceId);
    clinician = await signIn(h, clinicianUser);
    const c = await buildClient(h, practiceId, clinicianUser.id);
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    outsiderUser = await buildClinician(h, practiceId);
  });
  afterAll(async () => h.close());

  async function answer(instrumentId: string, answers: Record<string, number>) {
    const assigned = await clinician.post(`/api/cases/${caseId}/assignments`, {
      instrumentIds: [instrumentId],
      memberId,
    });
    const id = assigned.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
    h.clock.advance(10 * 60_000);
    const sent = await client.post(`/api/assignments/${id}/submit`, { answers });
    expect(sent.statusCode).toBe(200);
    return sent.json<{ responseId: string }>().responseId;
  }

  it('shows a member with no attachment measures as empty, not as zeros', async () => {
    const res = await clinician.get(`/api/cases/${caseId}/attachment`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      caseId,
      scale: { min: 1, max: 7, boundary: 4 },
      members: [{ memberId, general: null, relationships: null, prototypes: null }],
    });
  });

  it('draws three ECR-R administrations as a dated path with regions, band and change', async () => {
    const first = await answer('ecr-r', ecrR(6, 6));
    const second = await answer('ecr-r', ecrR(5, 3));
    const third = await answer('ecr-r', ecrR(3, 2));
    const res = await clinician.get(`/api/cases/${caseId}/attachment`);
    const general = res.json<{
      members: {
        general: {
          points: { responseId: string; anxiety: number; avoidance: number; region: string }[];
          uncertainty: { anxiety: number; avoidance: number } | null;
          uncertaintyNote: string | null;
          change: { dimension: string; previous: number; current: number; difference: number }[];
        };
      }[];
    }>().members[0]?.general;
    expect(general?.points.map((p) => [p.responseId, p.anxiety, p.avoidance, p.region])).toEqual([
      [first, 6, 6, 'fearful'],
      [second, 5, 3, 'preoccupied'],
      [third, 3, 2, 'secure'],
    ]);
    expect(general?.change).toEqual([
      expect.objectContaining({ dimension: 'anxiety', previous: 5, current: 3, difference: -2 }),
      expect.objectContaining({ dimension: 'avoidance', previous: 3, current: 2, difference: -1 }),
    ]);
    // The band comes from the definition's own published SD and reliability, or is absent.
    const ecr = getInstrument('ecr-r');
    const fact = (score: string) => ({
      norm: ecr?.psychometrics.norms.find((n) => n.score === score),
      r: ecr?.psychometrics.reliability.find((r) => r.score === score),
    });
    const anxiety = fact('anxiety');
    const avoidance = fact('avoidance');
    if (anxiety.norm && anxiety.r && avoidance.norm && avoidance.r) {
      expect(general?.uncertainty?.anxiety).toBeCloseTo(
        bandHalfWidth(standardError(anxiety.norm.sd, anxiety.r.value)),
        10,
      );
      expect(general?.uncertainty?.avoidance).toBeCloseTo(
        bandHalfWidth(standardError(avoidance.norm.sd, avoidance.r.value)),
        10,
      );
    } else {
      expect(general?.uncertainty).toBeNull();
      expect(general?.uncertaintyNote).toMatch(/no published SD and reliability/);
    }
  });

  it('maps ECR-RS relationships and RQ prototypes from the latest administrations', async () => {
    // ECR-RS: items 1–4 reversed; avoidance = mean of items 1–6, anxiety = mean of 7–9.
    // Every item 4 gives 4 − reversed items (8 − 4 = 4) — so every target sits at (4, 4).
    const rs = Object.fromEntries(
      ['mother', 'father', 'partner', 'friend'].flatMap((target) =>
        Array.from({ length: 9 }, (_, i) => [`${target}.${String(i + 1)}`, 4]),
      ),
    );
    // Partner: anxiety items at 6 → anxiety 6; avoidance items 5, 6 at 2 and reversed 1–4 at 6
    // (contributing 2) → avoidance 2.
    for (const n of [7, 8, 9]) rs[`partner.${String(n)}`] = 6;
    for (const n of [1, 2, 3, 4]) rs[`partner.${String(n)}`] = 6;
    for (const n of [5, 6]) rs[`partner.${String(n)}`] = 2;
    await answer('ecr-rs', rs);
    // RQ: secure 6, fearful 2, preoccupied 3, dismissing 4 (items a–d in the RQ's order).
    await answer('rq', { 'rq.a': 6, 'rq.b': 2, 'rq.c': 3, 'rq.d': 4 });
    const member = (await clinician.get(`/api/cases/${caseId}/attachment`)).json<{
      members: { relationships: { targets: object[] }; prototypes: object }[];
    }>().members[0];
    expect(member?.relationships.targets).toEqual([
      { target: 'mother', anxiety: 4, avoidance: 4 },
      { target: 'father', anxiety: 4, avoidance: 4 },
      { target: 'partner', anxiety: 6, avoidance: 2 },
      { target: 'friend', anxiety: 4, avoidance: 4 },
      // Global: the mean of the four targets: anxiety (4+4+6+4)/4 = 4.5, avoidance 3.5.
      { target: 'global', anxiety: 4.5, avoidance: 3.5 },
    ]);
    // self = (secure + dismissing) − (preoccupied + fearful) = 10 − 5 = 5;
    // other = (secure + preoccupied) − (dismissing + fearful) = 9 − 6 = 3.
    expect(member?.prototypes).toMatchObject({
      secure: 6,
      fearful: 2,
      preoccupied: 3,
      dismissing: 4,
      selfModel: 5,
      otherModel: 3,
    });
  });

  it('renders the profile as a PDF for the record and in plain words for the client', async () => {
    const url = (audience: string) =>
      `/api/cases/${caseId}/attachment/report?memberId=${memberId}&audience=${audience}`;
    const record = await clinician.get(url('clinician'));
    expect(record.statusCode).toBe(200);
    expect(record.headers['content-type']).toBe('application/pdf');
    expect(record.headers['content-disposition']).toMatch(
      /attachment; filename="attachment-profile.pdf"/,
    );
    const { text, pages } = await pdfText(record.rawPayload);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/Attachment profile/);
    // The three administrations with their scores, and the regions as regions.
    expect(text).toMatch(/anxiety 6, avoidance 6, fearful region/);
    expect(text).toMatch(/anxiety 3, avoidance 2, secure region/);
    expect(text).toMatch(/Partner|partner: anxiety 6, avoidance 2/);
    expect(text).toMatch(/Model of self 5, model of others 3/);
    expect(text).toMatch(/not a category or a diagnosis/);
    expect(text).toMatch(/Fraley, R\. C\., Waller, N\. G\., & Brennan, K\. A\. \(2000\)/);
    expect(text).toMatch(/Jacobson, N\. S\., & Truax, P\. \(1991\)/);

    const plain = await clinician.get(url('client'));
    const clientText = (await pdfText(plain.rawPayload)).text;
    expect(clientText).toMatch(/Your attachment picture/);
    expect(clientText).toMatch(/not labels or a diagnosis/);
    expect(clientText).not.toMatch(/fearful|preoccupied|dismissing|ECR-R|References/);

    const wrongMember = await clinician.get(
      `/api/cases/${caseId}/attachment/report?memberId=0190a6b2-7c3e-7d4f-8a1b-00000000beef&audience=client`,
    );
    expect(wrongMember.statusCode).toBe(400);
    expect(wrongMember.json<{ details: { field: string } }>().details.field).toBe('query.memberId');
    const audited = await h.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'attachment.report')
      .where('outcome', '=', 'success')
      .execute();
    expect(audited.length).toBeGreaterThanOrEqual(2);
  });

  it('is for the care team only: others get 404 (audited), clients 403; reads are audited', async () => {
    // Signed in now: the earlier steps moved the clock past other sessions' idle timeout.
    const outsider = await signIn(h, outsiderUser);
    expect((await outsider.get(`/api/cases/${caseId}/attachment`)).statusCode).toBe(404);
    expect((await client.get(`/api/cases/${caseId}/attachment`)).statusCode).toBe(403);
    const rows = await h.db.db
      .selectFrom('audit_events')
      .select(['outcome'])
      .where('action', '=', 'attachment.read')
      .execute();
    expect(rows.filter((r) => r.outcome === 'denied')).toHaveLength(1);
    expect(rows.filter((r) => r.outcome === 'success').length).toBeGreaterThanOrEqual(3);
  });
});
