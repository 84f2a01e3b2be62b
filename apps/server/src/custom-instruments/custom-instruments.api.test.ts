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
import { testDialect } from '../test/test-db';

const ATTESTATION = 'We wrote this check-in ourselves and use it freely with our clients.';
const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

const option = (url: string, value: number, display: string) => ({
  valueCoding: {
    system: 'https://harbour.example/check-in',
    code: display.toLowerCase().replace(/ /g, '-'),
    display,
    extension: [{ url, valueDecimal: value }],
  },
});

/** Three 0–3 questions and one answered 0, 2 or 4 (a gap in the scale). */
function checkIn(lastValues: [number, number, number] = [0, 2, 4]) {
  const scale = ['Not at all', 'A little', 'Quite a lot', 'Very much'];
  return {
    resourceType: 'Questionnaire',
    url: 'https://harbour.example/Questionnaire/check-in',
    title: 'Weekly Check-in',
    publisher: 'Harbour Light Therapy',
    status: 'active',
    item: [
      { linkId: 'intro', type: 'display', text: 'Thinking about the last week…' },
      ...['Felt on edge', 'Felt alone', 'Slept badly'].map((text, index) => ({
        linkId: `q${String(index + 1)}`,
        type: 'choice',
        text,
        answerOption: scale.map((label, value) => option(ITEM_WEIGHT, value, label)),
      })),
      {
        linkId: 'q4',
        type: 'choice',
        text: 'Could you reach someone when you needed to?',
        answerOption: [
          option(ORDINAL_VALUE, lastValues[0], 'Yes'),
          option(ORDINAL_VALUE, lastValues[1], 'Sometimes'),
          option(ORDINAL_VALUE, lastValues[2], 'No'),
        ],
      },
    ],
  };
}

const ID = 'custom.weekly-check-in';
const item = (n: number) => `${ID}.${String(n)}`;

describe(`a practice's own measures on ${testDialect()}`, () => {
  let h: Harness;
  let admin: Caller;
  let clinician: Caller;
  let client: Caller;
  let otherClinician: Caller;
  let caseId: string;
  let memberId: string;
  let firstResponseId = '';
  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    const clinicianUser = await buildClinician(h, practiceId);
    clinician = await signIn(h, clinicianUser);
    const c = await buildClient(h, practiceId, clinicianUser.id);
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    const elsewhere = await buildPractice(h);
    otherClinician = await signIn(h, await buildClinician(h, elsewhere));
  });
  afterAll(async () => h.close());

  const importMeasure = (questionnaire: object, who: Caller = admin) =>
    who.post('/api/admin/custom-instruments', {
      questionnaire,
      direction: 'higher_is_worse',
      attestation: ATTESTATION,
    });
  const assign = (who: Caller = clinician) =>
    who.post(`/api/cases/${caseId}/assignments`, { instrumentIds: [ID], memberId });

  it('refuses a Questionnaire whose answers carry no values, naming the path, storing nothing', async () => {
    const broken = checkIn();
    const q1 = broken.item[1] as { answerOption: unknown[] };
    q1.answerOption[2] = { valueString: 'Quite a lot' };
    const res = await importMeasure(broken);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      details: { field: 'body.questionnaire.item[1].answerOption[2]' },
    });
    expect(await h.db.db.selectFrom('custom_instruments').select('id').execute()).toEqual([]);
    expect((await importMeasure(checkIn(), clinician)).statusCode).toBe(403);
  });

  it('imports the measure, audited; clinicians can assign it and clients answer it', async () => {
    const res = await importMeasure(checkIn());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      instrumentId: ID,
      version: '1',
      name: 'Weekly Check-in',
      itemCount: 4,
      totalMin: 0,
      totalMax: 13,
      direction: 'higher_is_worse',
      sourceUrl: 'https://harbour.example/Questionnaire/check-in',
    });
    const audited = await h.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'custom_instrument.import')
      .execute();
    expect(audited).toHaveLength(1);

    const catalogue = await clinician.get('/api/instruments');
    const entry = catalogue
      .json<{ instruments: { id: string; origin: string; availability: string }[] }>()
      .instruments.find((i) => i.id === ID);
    expect(entry).toMatchObject({ origin: 'practice', availability: 'ready' });

    const assigned = await assign();
    expect(assigned.statusCode).toBe(201);
    const assignment = assigned.json<{ assignments: { id: string; instrumentName: string }[] }>()
      .assignments[0];
    expect(assignment?.instrumentName).toBe('Weekly Check-in');
    const form = await client.get(`/api/assignments/${assignment?.id ?? ''}/form`);
    const items = form.json<{
      items: { text: string; options: { value: number; label: string }[] }[];
    }>().items;
    expect(items.map((i) => i.text)).toEqual([
      'Felt on edge',
      'Felt alone',
      'Slept badly',
      'Could you reach someone when you needed to?',
    ]);
    expect(items[3]?.options).toEqual([
      { value: 0, label: 'Yes' },
      { value: 2, label: 'Sometimes' },
      { value: 4, label: 'No' },
    ]);

    const submit = (answers: object) =>
      client.post(`/api/assignments/${assignment?.id ?? ''}/submit`, { answers });
    const between = await submit({ [item(1)]: 1, [item(2)]: 2, [item(3)]: 3, [item(4)]: 3 });
    expect(between.statusCode).toBe(400);
    expect(between.json()).toMatchObject({ details: { field: `body.answers.${item(4)}` } });
    // 1 + 2 + 3 + 2 = 8
    const sent = await submit({ [item(1)]: 1, [item(2)]: 2, [item(3)]: 3, [item(4)]: 2 });
    expect(sent.statusCode).toBe(200);
    const { responseId } = sent.json<{ responseId: string }>();
    firstResponseId = responseId;
    const result = await clinician.get(`/api/responses/${responseId}`);
    expect(result.json()).toMatchObject({
      instrumentName: 'Weekly Check-in',
      status: 'complete',
      scores: [{ name: 'total', value: 8, min: 0, max: 13, direction: 'higher_is_worse' }],
    });
  });

  it('keeps earlier answers scored by the version they answered when the measure is re-imported', async () => {
    // Version 2 scores the last question 0, 1 or 2 instead of 0, 2 or 4.
    const again = await importMeasure(checkIn([0, 1, 2]));
    expect(again.json()).toMatchObject({ instrumentId: ID, version: '2', totalMax: 11 });
    const list = await admin.get('/api/admin/custom-instruments');
    expect(list.json<{ instruments: { version: string }[] }>().instruments).toEqual([
      expect.objectContaining({ version: '2', importedBy: expect.any(String) as string }),
    ]);

    const assigned = await assign();
    const id = assigned.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
    // 1 + 2 + 3 + 1 = 7 under version 2 (the same "Sometimes" was worth 2 under version 1).
    const sent = await client.post(`/api/assignments/${id}/submit`, {
      answers: { [item(1)]: 1, [item(2)]: 2, [item(3)]: 3, [item(4)]: 1 },
    });
    expect(sent.statusCode).toBe(200);
    const history = await clinician.get(`/api/cases/${caseId}/results`);
    const measure = history
      .json<{ measures: { instrumentId: string; points: { scores: { total: number } }[] }[] }>()
      .measures.find((m) => m.instrumentId === ID);
    expect(measure?.points.map((p) => p.scores.total)).toEqual([8, 7]);
    const first = await clinician.get(`/api/responses/${firstResponseId}`);
    expect(first.json()).toMatchObject({ scores: [{ name: 'total', value: 8, max: 13 }] });
  });

  it('stays inside its practice', async () => {
    const catalogue = await otherClinician.get('/api/instruments');
    expect(
      catalogue.json<{ instruments: { id: string }[] }>().instruments.map((i) => i.id),
    ).not.toContain(ID);
  });
});
