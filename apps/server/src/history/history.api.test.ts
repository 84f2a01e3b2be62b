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

const PRIVATE_TITLE = 'The summer my father left without saying goodbye';

describe(`the attachment history on ${testDialect()}`, () => {
  let h: Harness;
  let clinician: Caller;
  let client: Caller;
  let otherClient: Caller;
  let caseId: string;
  let memberId: string;
  let otherMemberId: string;
  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    const clinicianUser = await buildClinician(h, practiceId);
    clinician = await signIn(h, clinicianUser);
    const c = await buildClient(h, practiceId, clinicianUser.id);
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    const other = await buildClient(h, practiceId, clinicianUser.id);
    otherClient = await signIn(h, other.user);
    otherMemberId = other.theCase.memberIds[0] ?? '';
  });
  afterAll(async () => h.close());

  const careTeamView = () => clinician.get(`/api/cases/${caseId}/history?memberId=${memberId}`);

  it('the clinician adds caregivers and events to the lifeline, in date order', async () => {
    const grandmother = await clinician.post(`/api/cases/${caseId}/history`, {
      memberId,
      kind: 'caregiver',
      title: 'Grandmother',
      from: '1990-03-01',
      to: '1996-09-01',
    });
    expect(grandmother.statusCode).toBe(201);
    const move = await clinician.post(`/api/cases/${caseId}/history`, {
      memberId,
      kind: 'move',
      title: 'Moved to live with mother',
      from: '1996-09-01',
    });
    expect(move.statusCode).toBe(201);
    const list = await careTeamView();
    expect(list.json<{ entries: { title: string; author: string }[] }>().entries).toEqual([
      expect.objectContaining({ title: 'Grandmother', author: 'clinician' }),
      expect.objectContaining({ title: 'Moved to live with mother', author: 'clinician' }),
    ]);
  });

  it.each([
    [{ from: '2001-05-01', to: '2000-01-01' }, 'body.to', /before the start/],
    [{ to: '2000-01-01' }, 'body.from', /start/],
    [{ from: '2099-01-01' }, 'body.from', /future/],
    [{ ageFrom: 9, ageTo: 7 }, 'body.ageTo', /before the start age/],
    [{ aceItem: 3 }, 'body.aceItem', /adverse experience/],
  ])('refuses %o with 400 naming %s, storing nothing', async (extra, field, message) => {
    const before = await h.db.db.selectFrom('history_entries').select('id').execute();
    const res = await clinician.post(`/api/cases/${caseId}/history`, {
      memberId,
      kind: 'separation',
      title: 'Parents separated',
      ...extra,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: { field } });
    expect(res.json<{ message: string }>().message).toMatch(message);
    expect(await h.db.db.selectFrom('history_entries').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('refuses an unknown kind of entry naming the field', async () => {
    const res = await clinician.post(`/api/cases/${caseId}/history`, {
      memberId,
      kind: 'holiday',
      title: 'Seaside',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { field: string } }>().details.field).toBe('body.kind');
  });

  let privateId = '';
  it('keeps a client’s private entry out of every clinician response until they share it', async () => {
    const added = await client.post('/api/portal/history', {
      memberId,
      kind: 'loss',
      title: PRIVATE_TITLE,
      detail: 'I still think about the empty chair.',
      ageFrom: 9,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ author: 'client', sharedWithClinician: false });
    privateId = added.json<{ id: string }>().id;

    const view = await careTeamView();
    expect(view.body).not.toContain(PRIVATE_TITLE);
    expect(view.body).not.toContain('empty chair');
    expect(view.body).not.toContain(privateId);
    // Nor does the audit trail hold what it says.
    const audit = await h.db.db.selectFrom('audit_events').select('details').execute();
    expect(JSON.stringify(audit)).not.toContain('empty chair');

    const own = await client.get('/api/portal/history');
    expect(own.json<{ entries: { title: string }[] }>().entries.map((e) => e.title)).toEqual([
      PRIVATE_TITLE,
    ]);

    const shared = await client.request({
      method: 'PUT',
      url: `/api/portal/history/${privateId}/sharing`,
      payload: { sharedWithClinician: true },
    });
    expect(shared.json()).toMatchObject({ sharedWithClinician: true });
    expect((await careTeamView()).body).toContain(PRIVATE_TITLE);

    await client.request({
      method: 'PUT',
      url: `/api/portal/history/${privateId}/sharing`,
      payload: { sharedWithClinician: false },
    });
    expect((await careTeamView()).body).not.toContain(PRIVATE_TITLE);
  });

  it('keeps clients to their own entries and memberships', async () => {
    const intoOther = await client.post('/api/portal/history', {
      memberId: otherMemberId,
      kind: 'move',
      title: 'Not mine',
    });
    expect(intoOther.statusCode).toBe(400);
    expect(intoOther.json<{ details: { field: string } }>().details.field).toBe('body.memberId');
    const theirs = await otherClient.request({
      method: 'PUT',
      url: `/api/portal/history/${privateId}/sharing`,
      payload: { sharedWithClinician: true },
    });
    expect(theirs.statusCode).toBe(404);
    expect((await otherClient.get('/api/portal/history')).body).not.toContain(PRIVATE_TITLE);
    expect((await careTeamView()).body).not.toContain(PRIVATE_TITLE);
    // Clinicians' entries never appear in the client's own list.
    expect((await client.get('/api/portal/history')).body).not.toContain('Grandmother');
  });
});
