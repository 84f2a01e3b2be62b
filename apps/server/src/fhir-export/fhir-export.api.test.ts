import { schemaErrors } from '@securebase/fhir/testing';
import { getInstrument } from '@securebase/measures';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
} from '../test/harness';
import { testDialect } from '../test/test-db';

const LOINC = 'http://loinc.org';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const ATTESTATION =
  'Our practice holds a licence from the authors to use this wording with clients.';

interface Coding {
  system?: string;
  code?: string;
  display?: string;
  extension?: { url: string; valueDecimal?: number }[];
}
interface Resource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}
interface Questionnaire extends Resource {
  code?: Coding[];
  description?: string;
  item: { linkId: string; text: string; answerOption: { valueCoding: Coding }[] }[];
}
interface QuestionnaireResponse extends Resource {
  status: string;
  questionnaire: string;
  subject: { reference: string };
  source?: { reference: string };
  author?: { reference: string };
  item: { linkId: string; answer: { valueCoding: Coding }[] }[];
}
interface Observation extends Resource {
  code: { coding: Coding[] };
  subject: { reference: string };
  valueQuantity?: { value: number };
  interpretation?: { text: string }[];
  derivedFrom: { reference: string }[];
}
interface Bundle extends Resource {
  type: string;
  entry: { fullUrl: string; resource: Resource }[];
}

interface ByType {
  Questionnaire: Questionnaire;
  Bundle: Bundle;
}

/** The FHIR body, after checking it is served as FHIR JSON and valid against HL7's schema. */
function fhirBody<K extends keyof ByType>(res: LightMyRequestResponse, resourceType: K): ByType[K] {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
  const body = res.json<ByType[K]>();
  expect(body.resourceType).toBe(resourceType);
  expect(schemaErrors(body)).toEqual([]);
  return body;
}

function bundleParts(bundle: Bundle) {
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  for (const entry of bundle.entry) expect(schemaErrors(entry.resource)).toEqual([]);
  const [first, ...rest] = bundle.entry.map((entry) => entry.resource);
  expect(first?.resourceType).toBe('QuestionnaireResponse');
  expect(rest.every((resource) => resource.resourceType === 'Observation')).toBe(true);
  return { response: first as QuestionnaireResponse, observations: rest as Observation[] };
}

/** Our score code (`phq-9.total`) → the Observation's value. */
function valuesByScore(observations: Observation[]): Record<string, number | undefined> {
  return Object.fromEntries(
    observations.map((o) => [
      o.code.coding.find((c) => c.system?.endsWith('/CodeSystem/scores'))?.code ?? '?',
      o.valueQuantity?.value,
    ]),
  );
}

const numbered = (instrumentId: string, values: number[]) =>
  Object.fromEntries(values.map((v, i) => [`${instrumentId}.${String(i + 1)}`, v]));

/** Errors on the FHIR routes are R4 OperationOutcome resources, valid against HL7's schema. */
function expectOutcome(body: { resourceType: string }, expected: object): void {
  expect(schemaErrors(body)).toEqual([]);
  expect(body).toMatchObject(expected);
}

describe(`FHIR R4 export on ${testDialect()}`, () => {
  let h: Harness;
  let practiceId: string;
  let clinician: Caller;
  let clinicianId: string;
  let client: Caller;
  let admin: Caller;
  let researcher: Caller;
  let notOnTeam: Caller;
  let notOnTeamId: string;
  let otherPracticeClinician: Caller;
  let otherPracticeClinicianId: string;
  let caseId: string;
  let memberId: string;

  beforeAll(async () => {
    h = await build();
    practiceId = await buildPractice(h);
    const clinicianUser = await buildClinician(h, practiceId);
    clinicianId = clinicianUser.id;
    clinician = await signIn(h, clinicianUser);
    const c = await buildClient(h, practiceId, clinicianUser.id);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    client = await signIn(h, c.user);
    admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    researcher = await signIn(h, await buildUser(h, practiceId, 'researcher'));
    const other = await buildClinician(h, practiceId);
    notOnTeamId = other.id;
    notOnTeam = await signIn(h, other);
    const elsewhere = await buildPractice(h, 'Another Practice');
    const outsider = await buildClinician(h, elsewhere);
    otherPracticeClinicianId = outsider.id;
    otherPracticeClinician = await signIn(h, outsider);
  });
  afterAll(async () => h.close());

  const assign = async (instrumentId: string, body: object = { memberId }, inCase = caseId) => {
    const res = await clinician.post(`/api/cases/${inCase}/assignments`, {
      instrumentIds: [instrumentId],
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
  };
  const submitted = async (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ responseId: string }>().responseId;
  };
  const exportOf = (who: Caller, responseId: string) =>
    who.get(`/api/fhir/QuestionnaireResponse/${responseId}`);
  const auditRows = (action: string, entityId: string) =>
    h.db.db
      .selectFrom('audit_events')
      .select(['actor_id', 'outcome', 'case_id'])
      .where('action', '=', action)
      .where('entity_id', '=', entityId)
      .execute();

  describe('GET /api/fhir/Questionnaire/:instrumentId', () => {
    it('PHQ-9: the LOINC panel code, the shipped item text and valued answer options', async () => {
      const q = fhirBody(await clinician.get('/api/fhir/Questionnaire/phq-9'), 'Questionnaire');
      expect(q).toMatchObject({ resourceType: 'Questionnaire', id: 'phq-9', status: 'active' });
      expect(q.code).toEqual([expect.objectContaining({ system: LOINC, code: '44249-1' })]);
      expect(q.item).toHaveLength(9);
      expect(q.item[0]).toMatchObject({
        linkId: 'phq-9.1',
        text: 'Little interest or pleasure in doing things',
      });
      expect(q.item[8]?.text).toBe(
        'Thoughts that you would be better off dead or of hurting yourself in some way',
      );
      expect(q.item[0]?.answerOption.map((o) => o.valueCoding)).toEqual(
        ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'].map(
          (display, value) => ({
            extension: [{ url: ORDINAL_VALUE, valueDecimal: value }],
            system: 'https://securebase.example/fhir/CodeSystem/phq-9-answers',
            code: String(value),
            display,
          }),
        ),
      );
      expect(q.description).toBeUndefined();
    });

    it('admins and researchers may read it; clients may not', async () => {
      for (const who of [admin, researcher]) {
        fhirBody(await who.get('/api/fhir/Questionnaire/gad-7'), 'Questionnaire');
      }
      const asClient = await client.get('/api/fhir/Questionnaire/phq-9');
      expect(asClient.statusCode).toBe(403);
    });

    it('ECR-R (licensed): neutral text without a pack; the practice’s pack text once installed, for that practice only', async () => {
      const definition = getInstrument('ecr-r');
      if (!definition) throw new Error('ecr-r missing');
      expect(definition.itemTextShipped).toBe(false);
      const neutral = fhirBody(
        await clinician.get('/api/fhir/Questionnaire/ecr-r'),
        'Questionnaire',
      );
      expect(neutral.code).toBeUndefined();
      expect(neutral.item).toHaveLength(36);
      expect(neutral.item.map((item) => item.text)).toEqual(
        definition.items.map((item) => `Item ${String(item.position)}`),
      );
      expect(neutral.description).toMatch(/not included/);
      expect(neutral.item[0]?.answerOption).toHaveLength(7);

      const installed = await admin.post('/api/admin/content-packs', {
        instrumentId: 'ecr-r',
        format: 'securebase-json',
        content: {
          instrumentId: 'ecr-r',
          items: definition.items.map((i) => ({
            id: i.id,
            text: `Licensed wording of item ${String(i.position)}`,
          })),
          options: [1, 2, 3, 4, 5, 6, 7].map((value) => ({
            value,
            label: `Point ${String(value)}`,
          })),
        },
        attestation: ATTESTATION,
      });
      expect(installed.statusCode, installed.body).toBe(201);
      const licensed = fhirBody(
        await clinician.get('/api/fhir/Questionnaire/ecr-r'),
        'Questionnaire',
      );
      expect(licensed.item[2]?.text).toBe('Licensed wording of item 3');
      expect(licensed.item.every((item) => item.text.startsWith('Licensed wording'))).toBe(true);
      expect(licensed.description).toBeUndefined();

      const elsewhere = fhirBody(
        await otherPracticeClinician.get('/api/fhir/Questionnaire/ecr-r'),
        'Questionnaire',
      );
      expect(elsewhere.item[2]?.text).toBe('Item 3');
    });

    it('an unknown instrument is 404 naming the parameter', async () => {
      const res = await clinician.get('/api/fhir/Questionnaire/no-such-measure');
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
      expectOutcome(res.json(), {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'not-found', expression: ['params.instrumentId'] }],
      });
    });
  });

  describe('GET /api/fhir/QuestionnaireResponse/:id', () => {
    let phqResponseId: string;

    beforeAll(async () => {
      const assignmentId = await assign('phq-9');
      // 3 + 2 + 1 + 0 + 1 + 2 + 3 + 1 + 0 = 13 → "Moderate" (10–14); item 9 answered 0.
      phqResponseId = await submitted(
        await client.post(`/api/assignments/${assignmentId}/submit`, {
          answers: numbered('phq-9', [3, 2, 1, 0, 1, 2, 3, 1, 0]),
        }),
      );
    });

    it('PHQ-9: a Bundle of the QuestionnaireResponse and one Observation (total 13), audited', async () => {
      const bundle = fhirBody(await exportOf(clinician, phqResponseId), 'Bundle');
      const { response, observations } = bundleParts(bundle);
      expect(response).toMatchObject({
        id: phqResponseId,
        status: 'completed',
        questionnaire: 'https://securebase.example/fhir/Questionnaire/phq-9|1.0.0',
        subject: { reference: `Patient/${memberId}` },
      });
      expect(response.author).toBeUndefined();
      expect(response.item.map((item) => [item.linkId, item.answer[0]?.valueCoding.code])).toEqual(
        [3, 2, 1, 0, 1, 2, 3, 1, 0].map((v, i) => [`phq-9.${String(i + 1)}`, String(v)]),
      );
      expect(observations).toHaveLength(1);
      expect(observations[0]).toMatchObject({
        status: 'final',
        code: { coding: [{ system: LOINC, code: '44261-6' }, { code: 'phq-9.total' }] },
        subject: { reference: `Patient/${memberId}` },
        valueQuantity: { value: 13 },
        interpretation: [{ text: 'Moderate' }],
        derivedFrom: [{ reference: `QuestionnaireResponse/${phqResponseId}` }],
      });
      const urls = bundle.entry.map((entry) => entry.fullUrl);
      expect(new Set(urls).size).toBe(urls.length);

      const rows = await auditRows('fhir.export_response', phqResponseId);
      expect(rows).toEqual([{ actor_id: clinicianId, outcome: 'success', case_id: caseId }]);
    });

    it('PCL-5 entered on paper: one Observation per score, the clinician as author', async () => {
      const assignmentId = await assign('pcl-5');
      // B (items 1–5)   2 + 3 + 1 + 0 + 4         = 10
      // C (items 6–7)   1 + 2                     = 3
      // D (items 8–14)  0 + 1 + 2 + 3 + 4 + 0 + 1 = 11
      // E (items 15–20) 2 + 2 + 1 + 1 + 0 + 3     = 9
      // total           10 + 3 + 11 + 9           = 33, exactly the provisional cut-off
      const values = [2, 3, 1, 0, 4, 1, 2, 0, 1, 2, 3, 4, 0, 1, 2, 2, 1, 1, 0, 3];
      const responseId = await submitted(
        await clinician.post(`/api/assignments/${assignmentId}/paper`, {
          answers: numbered('pcl-5', values),
        }),
      );
      const { response, observations } = bundleParts(
        fhirBody(await exportOf(clinician, responseId), 'Bundle'),
      );
      expect(response.author).toEqual({ reference: `Practitioner/${clinicianId}` });
      expect(response.item).toHaveLength(20);
      expect(valuesByScore(observations)).toEqual({
        'pcl-5.total': 33,
        'pcl-5.b': 10,
        'pcl-5.c': 3,
        'pcl-5.d': 11,
        'pcl-5.e': 9,
      });
      const total = observations.find((o) => o.code.coding.some((c) => c.code === 'pcl-5.total'));
      expect(total?.interpretation).toEqual([
        { text: 'At or above the provisional PTSD cut-off (33)' },
      ]);
    });

    it('a caregiver’s answers about a child: the child is the subject, the caregiver the source', async () => {
      const family = await buildCase(h, {
        practiceId,
        clinicianId,
        kind: 'family',
        members: [
          { name: 'Alex', role: 'child' },
          { name: 'Jo', role: 'caregiver' },
        ],
      });
      const [childId = '', caregiverId = ''] = family.memberIds;
      const assignmentId = await assign(
        'gad-7',
        { memberId: caregiverId, aboutMemberId: childId },
        family.id,
      );
      // 1 + 1 + 2 + 0 + 1 + 1 + 0 = 6 → "Mild" (5–9)
      const responseId = await submitted(
        await clinician.post(`/api/assignments/${assignmentId}/paper`, {
          answers: numbered('gad-7', [1, 1, 2, 0, 1, 1, 0]),
        }),
      );
      const { response, observations } = bundleParts(
        fhirBody(await exportOf(clinician, responseId), 'Bundle'),
      );
      expect(response.subject).toEqual({ reference: `Patient/${childId}` });
      expect(response.source).toEqual({ reference: `RelatedPerson/${caregiverId}` });
      expect(observations).toHaveLength(1);
      expect(observations[0]).toMatchObject({
        subject: { reference: `Patient/${childId}` },
        valueQuantity: { value: 6 },
      });
    });

    it('a clinician not on the care team, or in another practice, gets 404; the refusal is audited', async () => {
      for (const outsider of [notOnTeam, otherPracticeClinician]) {
        const res = await exportOf(outsider, phqResponseId);
        expect(res.statusCode).toBe(404);
        expectOutcome(res.json(), {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: 'not-found', diagnostics: 'No such result.' }],
        });
      }
      const denied = (await auditRows('fhir.export_response', phqResponseId)).filter(
        (row) => row.outcome === 'denied',
      );
      // Each refusal is recorded in the caller's own practice's chain, naming no case.
      expect(denied).toHaveLength(2);
      expect(denied).toEqual(
        expect.arrayContaining([
          { actor_id: notOnTeamId, outcome: 'denied', case_id: null },
          { actor_id: otherPracticeClinicianId, outcome: 'denied', case_id: null },
        ]),
      );
    });

    it('the client who answered, admins and researchers get 403', async () => {
      for (const who of [client, admin, researcher]) {
        const res = await exportOf(who, phqResponseId);
        expect(res.statusCode).toBe(403);
        expectOutcome(res.json(), {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: 'forbidden' }],
        });
      }
    });

    it('a draft is not exported (404), nor is an unknown id', async () => {
      const assignmentId = await assign('phq-9');
      const draft = await client.request({
        method: 'PUT',
        url: `/api/assignments/${assignmentId}/draft`,
        payload: { answers: { 'phq-9.1': 2 } },
      });
      expect(draft.statusCode).toBe(200);
      const row = await h.db.db
        .selectFrom('responses')
        .select(['id', 'status'])
        .where('assignment_id', '=', assignmentId)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('draft');
      const res = await exportOf(clinician, row.id);
      expect(res.statusCode).toBe(404);
      expectOutcome(res.json(), {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'not-found', diagnostics: 'No such result.' }],
      });
      expect(await auditRows('fhir.export_response', row.id)).toEqual([
        { actor_id: clinicianId, outcome: 'denied', case_id: null },
      ]);
      const unknown = await exportOf(clinician, '0190a6b2-7c3e-7d4f-8a1b-00000000dead');
      expectOutcome(unknown.json(), {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'not-found', diagnostics: 'No such result.' }],
      });
    });
  });
});
