import { instrumentToQuestionnaire } from '@securebase/fhir';
import { getInstrument } from '@securebase/measures';
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

const ATTESTATION =
  'Our practice holds a licence from the authors to use this wording with clients.';

function ecrRPack() {
  const definition = getInstrument('ecr-r');
  if (!definition) throw new Error('ecr-r missing');
  return {
    instrumentId: 'ecr-r',
    items: definition.items.map((i) => ({
      id: i.id,
      text: `Licensed wording of item ${String(i.position)}`,
    })),
    options: [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, label: `Point ${String(value)}` })),
  };
}

describe(`content packs on ${testDialect()}`, () => {
  let h: Harness;
  let admin: Caller;
  let clinician: Caller;
  let client: Caller;
  let caseId: string;
  let memberId: string;
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
  });
  afterAll(async () => h.close());

  const install = (content: object, extra: object = {}) =>
    admin.post('/api/admin/content-packs', {
      instrumentId: 'ecr-r',
      format: 'securebase-json',
      content,
      attestation: ATTESTATION,
      ...extra,
    });

  it.each([
    [
      'a missing item',
      (p: ReturnType<typeof ecrRPack>) => ({ ...p, items: p.items.slice(1) }),
      'items',
      /ecr-r\.1 is missing/,
    ],
    [
      'an unknown item',
      (p: ReturnType<typeof ecrRPack>) => ({
        ...p,
        items: [...p.items, { id: 'ecr-r.37', text: 'x' }],
      }),
      'items[36].id',
      /not an item/,
    ],
    [
      'a duplicated item',
      (p: ReturnType<typeof ecrRPack>) => ({ ...p, items: [...p.items, p.items[0]] }),
      'items[36].id',
      /twice/,
    ],
    [
      'options that do not fit the scale',
      (p: ReturnType<typeof ecrRPack>) => ({ ...p, options: p.options.slice(0, 5) }),
      'options',
      /do not match/,
    ],
    [
      'another instrument',
      (p: ReturnType<typeof ecrRPack>) => ({ ...p, instrumentId: 'wai-sr' }),
      'instrumentId',
      /expected ecr-r/,
    ],
  ])('refuses a pack with %s, naming where', async (_name, mutate, path, message) => {
    const res = await install(mutate(ecrRPack()));
    expect(res.statusCode).toBe(400);
    const body = res.json<{
      details: { field: string; problems: { path: string; message: string }[] };
    }>();
    expect(body.details.problems.some((p) => p.path === path && message.test(p.message))).toBe(
      true,
    );
    expect(await h.db.db.selectFrom('content_packs').select('id').execute()).toEqual([]);
  });

  it('refuses a short attestation, a shipped instrument and non-admins', async () => {
    expect((await install(ecrRPack(), { attestation: 'yes' })).json()).toMatchObject({
      details: { field: 'body.attestation' },
    });
    const shipped = await admin.post('/api/admin/content-packs', {
      instrumentId: 'phq-9',
      format: 'securebase-json',
      content: { instrumentId: 'phq-9', items: [] },
      attestation: ATTESTATION,
    });
    expect(shipped.statusCode).toBe(409);
    const asClinician = await clinician.post('/api/admin/content-packs', {
      instrumentId: 'ecr-r',
      format: 'securebase-json',
      content: ecrRPack(),
      attestation: ATTESTATION,
    });
    expect(asClinician.statusCode).toBe(403);
  });

  it('installs a valid pack with the attestation, audited; the instrument becomes assignable and shows the text', async () => {
    const before = await clinician.post(`/api/cases/${caseId}/assignments`, {
      instrumentIds: ['ecr-r'],
      memberId,
    });
    expect(before.statusCode).toBe(400);
    const availability = async () =>
      (await admin.get('/api/instruments'))
        .json<{ instruments: { id: string; availability: string }[] }>()
        .instruments.find((i) => i.id === 'ecr-r')?.availability;
    expect(await availability()).toBe('needs_licensed_text');
    const res = await install(ecrRPack());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      instrumentId: 'ecr-r',
      format: 'securebase-json',
      attestation: ATTESTATION,
      placeholder: false,
    });
    const events = await h.db.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'content_pack.install')
      .execute();
    expect(events).toHaveLength(1);
    expect(await availability()).toBe('ready');

    const assigned = await clinician.post(`/api/cases/${caseId}/assignments`, {
      instrumentIds: ['ecr-r'],
      memberId,
    });
    expect(assigned.statusCode).toBe(201);
    const id = assigned.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
    const form = await client.get(`/api/assignments/${id}/form`);
    const items = form.json<{ items: { text: string; options: { label: string }[] }[] }>().items;
    expect(items).toHaveLength(36);
    expect(items[2]?.text).toBe('Licensed wording of item 3');
    expect(items[0]?.options.map((o) => o.label)).toEqual([
      'Point 1',
      'Point 2',
      'Point 3',
      'Point 4',
      'Point 5',
      'Point 6',
      'Point 7',
    ]);

    const again = await install({
      ...ecrRPack(),
      items: ecrRPack().items.map((i) => ({ ...i, text: `${i.text} (v2)` })),
    });
    expect(again.statusCode).toBe(201);
    const list = await admin.get('/api/admin/content-packs');
    expect(list.json<{ packs: unknown[] }>().packs).toHaveLength(1);
  });

  it('installs a FHIR R4 Questionnaire as a pack, reading labels by their ordinal values', async () => {
    const definition = getInstrument('wai-sr');
    if (!definition) throw new Error('wai-sr missing');
    const text = Object.fromEntries(
      definition.items.map((i) => [i.id, `Alliance wording ${String(i.position)}`]),
    );
    const questionnaire = instrumentToQuestionnaire(definition, text);
    const res = await admin.post('/api/admin/content-packs', {
      instrumentId: 'wai-sr',
      format: 'fhir-questionnaire',
      content: questionnaire,
      attestation: ATTESTATION,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ instrumentId: 'wai-sr', format: 'fhir-questionnaire' });
    const assigned = await clinician.post(`/api/cases/${caseId}/assignments`, {
      instrumentIds: ['wai-sr'],
      memberId,
    });
    expect(assigned.statusCode).toBe(201);
    const id = assigned.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
    const form = await client.get(`/api/assignments/${id}/form`);
    const items = form.json<{ items: { text: string; options: { value: number }[] }[] }>().items;
    expect(items.map((i) => i.text)).toEqual(definition.items.map((i) => text[i.id]));
    expect(items[0]?.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a FHIR Questionnaire whose answers carry no values or the wrong ones, naming the path', async () => {
    const definition = getInstrument('ecr-r');
    if (!definition) throw new Error('ecr-r missing');
    const questionnaire = instrumentToQuestionnaire(definition);
    const noValues = structuredClone(questionnaire);
    const firstItem = noValues.item?.[0];
    if (!firstItem?.answerOption?.[0]) throw new Error('no options');
    firstItem.answerOption[0] = { valueString: 'Strongly disagree' };
    const send = (content: object) =>
      admin.post('/api/admin/content-packs', {
        instrumentId: 'ecr-r',
        format: 'fhir-questionnaire',
        content,
        attestation: ATTESTATION,
      });
    const missing = await send(noValues);
    expect(missing.statusCode).toBe(400);
    expect(
      missing.json<{ details: { problems: { path: string }[] } }>().details.problems[0]?.path,
    ).toBe('item[0].answerOption[0]');

    const wrongScale = structuredClone(questionnaire);
    const lastItem = wrongScale.item?.[35];
    if (!lastItem?.answerOption) throw new Error('no options');
    lastItem.answerOption = lastItem.answerOption.slice(0, 5);
    const wrong = await send(wrongScale);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ message: string }>().message).toMatch(/ecr-r\.36 has option values/);
    const packs = await h.db.db
      .selectFrom('content_packs')
      .select('instrument_id')
      .where('instrument_id', '=', 'ecr-r')
      .where('replaced_at', 'is', null)
      .execute();
    expect(packs).toHaveLength(1);
  });

  it('lets admins set the crisis resources clients see', async () => {
    const own = {
      message: 'We are not an emergency service. In danger, call 112.',
      resources: [{ name: 'Crisis line', contact: '0800 000 000' }],
    };
    const res = await admin.request({
      method: 'PUT',
      url: '/api/admin/crisis-resources',
      payload: own,
    });
    expect(res.json()).toEqual(own);
    expect((await client.get('/api/crisis-resources')).json()).toEqual(own);
    const empty = await admin.request({
      method: 'PUT',
      url: '/api/admin/crisis-resources',
      payload: { ...own, resources: [] },
    });
    expect(empty.json()).toMatchObject({ details: { field: 'body.resources' } });
  });
});
