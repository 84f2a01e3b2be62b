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

const REVERSED = new Set([9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36]);
const ecrR = (anxiety: number, avoidance: number) =>
  Object.fromEntries(
    Array.from({ length: 36 }, (_, i) => {
      const n = i + 1;
      const wanted = n <= 18 ? anxiety : avoidance;
      return [`ecr-r.${String(n)}`, REVERSED.has(n) ? 8 - wanted : wanted];
    }),
  );

describe(`words shared with the client on ${testDialect()}`, () => {
  let h: Harness;
  let clinician: Caller;
  let client: Caller;
  let otherClient: Caller;
  let caseId: string;
  let memberId: string;
  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    const definition = getInstrument('ecr-r');
    await admin.post('/api/admin/content-packs', {
      instrumentId: 'ecr-r',
      format: 'securebase-json',
      content: {
        instrumentId: 'ecr-r',
        items: definition?.items.map((i) => ({ id: i.id, text: `Wording ${i.id}` })) ?? [],
      },
      attestation: 'Our practice holds a licence to use this wording with clients.',
    });
    const clinicianUser = await buildClinician(h, practiceId);
    clinician = await signIn(h, clinicianUser);
    const c = await buildClient(h, practiceId, clinicianUser.id);
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    otherClient = await signIn(h, (await buildClient(h, practiceId, clinicianUser.id)).user);
  });
  afterAll(async () => h.close());

  const share = (kind: string) =>
    clinician.post(`/api/cases/${caseId}/shared-texts`, { memberId, kind });

  it('refuses to share what has not been written, naming the field', async () => {
    for (const kind of ['attachment_reading', 'formulation_summary']) {
      const res = await share(kind);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ details: { field: string } }>().details.field).toBe('body.kind');
    }
    expect((await client.get('/api/portal/shared-texts')).json()).toEqual({ texts: [] });
  });

  it('gives the client a snapshot of the plain-language reading and the formulation summary', async () => {
    const assigned = await clinician.post(`/api/cases/${caseId}/assignments`, {
      instrumentIds: ['ecr-r'],
      memberId,
    });
    const id = assigned.json<{ assignments: { id: string }[] }>().assignments[0]?.id ?? '';
    await client.post(`/api/assignments/${id}/submit`, { answers: ecrR(6, 2) });
    const reading = await share('attachment_reading');
    expect(reading.statusCode).toBe(201);
    expect(reading.json<{ paragraphs: string[] }>().paragraphs.join(' ')).toMatch(
      /often worry about whether the people close to you will be there/,
    );

    const saved = await clinician.request({
      method: 'PUT',
      url: `/api/cases/${caseId}/formulation`,
      payload: {
        memberId,
        baseVersion: 0,
        content: {
          workingModels: [],
          episodes: [],
          clientSummary: 'When someone pulls back, an old fear wakes up.\n\nIt made sense once.',
        },
      },
    });
    expect(saved.statusCode).toBe(200);
    await share('formulation_summary');
    // A later edit does not change what the client was given.
    await clinician.request({
      method: 'PUT',
      url: `/api/cases/${caseId}/formulation`,
      payload: {
        memberId,
        baseVersion: 1,
        content: { workingModels: [], episodes: [], clientSummary: 'A private draft.' },
      },
    });
    const mine = await client.get('/api/portal/shared-texts');
    const texts = mine.json<{ texts: { kind: string; paragraphs: string[] }[] }>().texts;
    expect(texts.map((t) => t.kind)).toEqual(['formulation_summary', 'attachment_reading']);
    expect(texts[0]?.paragraphs).toEqual([
      'When someone pulls back, an old fear wakes up.',
      'It made sense once.',
    ]);
    expect(mine.body).not.toContain('A private draft.');
    // Never another client's.
    expect((await otherClient.get('/api/portal/shared-texts')).json()).toEqual({ texts: [] });
    // The care team sees what was shared, and when, so it can tell a newer draft from it.
    const ours = await clinician.get(`/api/cases/${caseId}/shared-texts`);
    expect(ours.statusCode).toBe(200);
    expect(
      ours.json<{ texts: { kind: string; memberId: string }[] }>().texts.map((t) => t.kind),
    ).toEqual(['formulation_summary', 'attachment_reading']);
    expect((await client.get(`/api/cases/${caseId}/shared-texts`)).statusCode).toBe(403);
  });
});
