import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  build,
  buildClinician,
  buildPractice,
  signIn,
  type Caller,
  type Harness,
} from '../test/harness';
import { testDialect } from '../test/test-db';

describe(`cases on ${testDialect()}`, () => {
  let h: Harness;
  let clinician: Caller;
  beforeAll(async () => {
    h = await build();
    clinician = await signIn(h, await buildClinician(h, await buildPractice(h)));
  });
  afterAll(async () => h.close());

  it('opens a couple case with both partners, led by the clinician', async () => {
    const res = await clinician.post('/api/cases', {
      kind: 'couple',
      title: '  Ana & Ben  ',
      members: [
        { displayName: 'Ana', memberRole: 'partner', birthYear: 1988 },
        { displayName: 'Ben', memberRole: 'partner' },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'couple',
      title: 'Ana & Ben',
      status: 'open',
      members: [
        { displayName: 'Ana', memberRole: 'partner', birthYear: 1988, hasAccount: false },
        { displayName: 'Ben', memberRole: 'partner', birthYear: null, hasAccount: false },
      ],
      careTeam: [{ teamRole: 'lead' }],
    });
  });

  it.each([
    [
      { kind: 'group', title: 'X', members: [{ displayName: 'A', memberRole: 'client' }] },
      'body.kind',
    ],
    [
      { kind: 'individual', title: '', members: [{ displayName: 'A', memberRole: 'client' }] },
      'body.title',
    ],
    [{ kind: 'individual', title: 'X', members: [] }, 'body.members'],
    [
      { kind: 'individual', title: 'X', members: [{ displayName: 'A', memberRole: 'boss' }] },
      'body.members.0.memberRole',
    ],
    [
      {
        kind: 'individual',
        title: 'X',
        members: [{ displayName: 'A', memberRole: 'client', birthYear: 1800 }],
      },
      'body.members.0.birthYear',
    ],
  ])('refuses %o naming %s, and writes nothing', async (body, field) => {
    const before = await h.db.db.selectFrom('cases').select('id').execute();
    const res = await clinician.post('/api/cases', body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', details: { field } });
    expect(await h.db.db.selectFrom('cases').select('id').execute()).toEqual(before);
  });

  it.each(['password_hash', 'title;drop table cases', '(select 1)', 'created_at'])(
    'sorts only by allow-listed fields: %s is refused',
    async (sort) => {
      const res = await clinician.get(`/api/cases?sort=${encodeURIComponent(sort)}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ details: { field: 'querystring.sort' } });
    },
  );

  it('sorts and filters the caseload', async () => {
    await clinician.post('/api/cases', {
      kind: 'individual',
      title: 'Zed',
      members: [{ displayName: 'Z', memberRole: 'client' }],
    });
    await clinician.post('/api/cases', {
      kind: 'individual',
      title: 'Abe',
      members: [{ displayName: 'A', memberRole: 'client' }],
    });
    const res = await clinician.get('/api/cases?sort=title&order=asc&status=open');
    const titles = res.json<{ cases: { title: string }[] }>().cases.map((c) => c.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    expect(titles[0]).toBe('Abe');
    const closed = await clinician.get('/api/cases?status=closed');
    expect(closed.json()).toEqual({ cases: [] });
  });
});
