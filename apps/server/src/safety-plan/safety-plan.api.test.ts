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

const WARNING = 'Lying awake replaying the argument';
const PHONE = '+44 (0)7700 900123';

const plan = (overrides: object = {}) => ({
  warningSigns: [WARNING, 'Cancelling on friends'],
  copingStrategies: ['Walk to the river and back'],
  peopleAndPlaces: [{ name: 'The climbing wall on Mill Road' }],
  peopleToAsk: [{ name: 'My sister Jo', phone: PHONE }],
  professionals: [{ name: 'Dr Rivera', phone: '020 7946 0000', note: 'Weekdays 9 to 5' }],
  safeEnvironment: ['Jo keeps the spare medication at her flat'],
  reasonsForLiving: ['Seeing my nephew grow up'],
  ...overrides,
});

describe(`safety plans on ${testDialect()}`, () => {
  let h: Harness;
  let clinician: Caller;
  let colleague: Caller;
  let client: Caller;
  let otherClient: Caller;
  let otherPracticeClinician: Caller;
  let admin: Caller;
  let caseId: string;
  let memberId: string;
  let otherMemberId: string;
  let familyCase: { id: string; memberIds: string[] };
  let secondCase: { id: string; memberIds: string[] };
  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    const clinicianUser = await buildClinician(h, practiceId);
    clinician = await signIn(h, clinicianUser);
    const c = await buildClient(h, practiceId, clinicianUser.id);
    caseId = c.theCase.id;
    memberId = c.theCase.memberIds[0] ?? '';
    client = await signIn(h, c.user);
    // The same client also takes part in a couple case: a second plan of their own.
    secondCase = await buildCase(h, {
      practiceId,
      clinicianId: clinicianUser.id,
      kind: 'couple',
      members: [
        { name: 'Robin', role: 'partner', userId: c.user.id },
        { name: 'Alex', role: 'partner' },
      ],
    });
    const other = await buildClient(h, practiceId, clinicianUser.id);
    otherClient = await signIn(h, other.user);
    otherMemberId = other.theCase.memberIds[0] ?? '';
    familyCase = await buildCase(h, {
      practiceId,
      clinicianId: clinicianUser.id,
      kind: 'family',
      members: [
        { name: 'Lucas', role: 'adolescent' },
        { name: 'Carla', role: 'caregiver' },
      ],
    });
    colleague = await signIn(h, await buildClinician(h, practiceId));
    admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    const elsewhere = await buildPractice(h, 'Elsewhere');
    otherPracticeClinician = await signIn(h, await buildClinician(h, elsewhere));
  });
  afterAll(async () => h.close());

  const url = (id = caseId, member = memberId) => `/api/cases/${id}/safety-plan?memberId=${member}`;
  const save = (body: object, who: Caller = clinician, target = url()) =>
    who.request({ method: 'PUT', url: target, payload: body });
  const saveOwn = (body: object, who: Caller = client) =>
    who.request({ method: 'PUT', url: '/api/portal/safety-plan', payload: body });
  const versions = () => h.db.db.selectFrom('safety_plan_versions').selectAll().execute();

  it('starts empty at version 0 for the care team and for the client', async () => {
    const res = await clinician.get(url());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      caseId,
      memberId,
      memberName: 'Robin',
      version: 0,
      savedAt: null,
      savedBy: null,
      savedByRole: null,
      content: { warningSigns: [], professionals: [], reasonsForLiving: [] },
    });
    const own = await client.get('/api/portal/safety-plan');
    expect(own.statusCode).toBe(200);
    const body = own.json<{ plans: { memberId: string; version: number }[] }>();
    // One plan per membership: the individual case and the couple case.
    expect(body.plans.map((p) => [p.memberId, p.version])).toEqual([
      [memberId, 0],
      [secondCase.memberIds[0], 0],
    ]);
  });

  it('the clinician writes the first version; the client reads it with the crisis lines', async () => {
    const first = await save({ baseVersion: 0, content: plan() });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      version: 1,
      savedByRole: 'clinician',
      content: { peopleToAsk: [{ name: 'My sister Jo', phone: PHONE }] },
    });
    const own = await client.get('/api/portal/safety-plan');
    const body = own.json<{
      plans: { memberId: string; version: number; savedByRole: string; caseTitle: string }[];
      crisis: { message: string; resources: { name: string }[] };
    }>();
    expect(body.plans[0]).toMatchObject({ memberId, version: 1, savedByRole: 'clinician' });
    expect(body.plans[0]?.caseTitle).toMatch(/^Case /);
    expect(own.body).toContain(WARNING);
    // The practice has set none of its own: the default, which says what Secure Base is not.
    expect(body.crisis.message).toMatch(/not an emergency service/);
    expect(body.crisis.resources.map((r) => r.name)).toContain('Emergency services');
  });

  it('the client edits it with the clinician: a new version, who and when kept', async () => {
    h.clock.advance(60_000);
    const content = plan({ copingStrategies: ['Walk to the river and back', 'Cold water'] });
    const mine = await saveOwn({ memberId, baseVersion: 1, content });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      memberId,
      version: 2,
      savedByRole: 'client',
      content: { copingStrategies: ['Walk to the river and back', 'Cold water'] },
    });
    expect(mine.json<{ savedBy: string }>().savedBy).toMatch(/^client /);
    const seen = await clinician.get(url());
    expect(seen.json()).toMatchObject({ version: 2, savedByRole: 'client' });
    const list = await clinician.get(
      `/api/cases/${caseId}/safety-plan/versions?memberId=${memberId}`,
    );
    expect(list.json<{ versions: { version: number; savedByRole: string }[] }>().versions).toEqual([
      expect.objectContaining({ version: 2, savedByRole: 'client' }),
      expect.objectContaining({ version: 1, savedByRole: 'clinician' }),
    ]);
    expect(list.body).not.toContain('Cold water');
  });

  it('answers 409 to a save from an older version, from either side, and loses nothing', async () => {
    const before = await versions();
    const stale = await save({ baseVersion: 1, content: plan({ warningSigns: ['overwrite?'] }) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'conflict',
      details: { field: 'body.baseVersion', currentVersion: 2 },
    });
    const staleOwn = await saveOwn({ memberId, baseVersion: 0, content: plan() });
    expect(staleOwn.statusCode).toBe(409);
    expect(await versions()).toHaveLength(before.length);
    const now = await clinician.get(url());
    expect(now.json()).toMatchObject({ version: 2 });
    expect(now.body).toContain('Cold water');
    expect(now.body).not.toContain('overwrite?');
  });

  it('lets only one of two simultaneous saves from the same version land', async () => {
    const results = await Promise.all([
      save({ baseVersion: 2, content: plan({ reasonsForLiving: ['first'] }) }),
      saveOwn({ memberId, baseVersion: 2, content: plan({ reasonsForLiving: ['second'] }) }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const third = (await versions()).filter((v) => v.member_id === memberId && v.version === 3);
    expect(third).toHaveLength(1);
  });

  it('stores each entry without the white space around it', async () => {
    const res = await saveOwn({
      memberId: secondCase.memberIds[0],
      baseVersion: 0,
      content: plan({
        warningSigns: ['  Snapping at Alex  '],
        peopleToAsk: [{ name: ' Jo ', phone: ' 07700 900123 ' }],
      }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      content: {
        warningSigns: ['Snapping at Alex'],
        peopleToAsk: [{ name: 'Jo', phone: '07700 900123' }],
      },
    });
    // The couple case's plan is its own: the individual plan is untouched.
    expect((await clinician.get(url())).json()).toMatchObject({ version: 3 });
  });

  const tooMany = Array.from({ length: 13 }, (_, i) => `Sign ${String(i + 1)}`);
  it.each([
    [
      'a blank line',
      { warningSigns: ['Not sleeping', 'Pacing', '   '] },
      'body.content.warningSigns.2',
    ],
    [
      'a phone number with letters',
      { peopleToAsk: [{ name: 'Jo', phone: 'ring Jo' }] },
      'body.content.peopleToAsk.0.phone',
    ],
    [
      'a phone number with two digits',
      { professionals: [{ name: 'GP', phone: '12' }] },
      'body.content.professionals.0.phone',
    ],
    [
      'a contact with no name',
      { peopleAndPlaces: [{ name: '' }] },
      'body.content.peopleAndPlaces.0.name',
    ],
    [
      'more lines than a list holds',
      { copingStrategies: tooMany },
      'body.content.copingStrategies',
    ],
    [
      'a line that is too long',
      { reasonsForLiving: ['x'.repeat(301)] },
      'body.content.reasonsForLiving.0',
    ],
    ['a missing section', { safeEnvironment: undefined }, 'body.content.safeEnvironment'],
  ])('refuses %s with 400 naming the field, saving nothing', async (_name, overrides, field) => {
    const before = await versions();
    const content = plan(overrides);
    const res = await save({ baseVersion: 3, content });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { field: string } }>().details.field).toBe(field);
    const own = await saveOwn({ memberId, baseVersion: 3, content });
    expect(own.statusCode).toBe(400);
    expect(own.json<{ details: { field: string } }>().details.field).toBe(field);
    expect(await versions()).toHaveLength(before.length);
  });

  it('refuses a member who is not in the case, or is a caregiver, naming the member', async () => {
    const stranger = await clinician.get(url(caseId, otherMemberId));
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json<{ details: { field: string } }>().details.field).toBe('query.memberId');
    const carla = await save(
      { baseVersion: 0, content: plan() },
      clinician,
      url(familyCase.id, familyCase.memberIds[1]),
    );
    expect(carla.statusCode).toBe(400);
    expect(carla.json<{ message: string }>().message).toMatch(/caregiver/);
    // Lucas, the adolescent, has a plan of his own.
    expect((await clinician.get(url(familyCase.id, familyCase.memberIds[0]))).statusCode).toBe(200);
  });

  it('keeps the plan to the client and their care team: everyone else gets 404 or 403', async () => {
    // Another client of the same clinician sees only their own (empty) plan.
    const theirs = await otherClient.get('/api/portal/safety-plan');
    expect(theirs.json<{ plans: { memberId: string }[] }>().plans.map((p) => p.memberId)).toEqual([
      otherMemberId,
    ]);
    expect(theirs.body).not.toContain(WARNING);
    const before = await versions();
    const intoMine = await saveOwn({ memberId, baseVersion: 3, content: plan() }, otherClient);
    expect(intoMine.statusCode).toBe(404);
    expect(intoMine.body).not.toContain(WARNING);
    for (const outsider of [colleague, otherPracticeClinician]) {
      expect((await outsider.get(url())).statusCode).toBe(404);
      expect((await save({ baseVersion: 3, content: plan() }, outsider)).statusCode).toBe(404);
    }
    // The client uses the portal route; the case routes are the care team's.
    expect((await client.get(url())).statusCode).toBe(403);
    expect((await admin.get(url())).statusCode).toBe(403);
    expect((await admin.get('/api/portal/safety-plan')).statusCode).toBe(403);
    expect(await versions()).toHaveLength(before.length);
    const denied = await h.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('outcome', '=', 'denied')
      .where('action', 'in', ['safety_plan.access', 'safety_plan.save_own'])
      .execute();
    expect(denied.map((d) => d.action).sort()).toEqual([
      'safety_plan.access',
      'safety_plan.access',
      'safety_plan.access',
      'safety_plan.access',
      'safety_plan.save_own',
    ]);
  });

  it('shows the practice’s own crisis lines beside the plan once an admin sets them', async () => {
    const set = await admin.request({
      method: 'PUT',
      url: '/api/admin/crisis-resources',
      payload: {
        message: 'If you are in danger now, call 999.',
        resources: [{ name: 'Harbour crisis team', contact: '0161 496 0000' }],
      },
    });
    expect(set.statusCode).toBe(200);
    const own = await client.get('/api/portal/safety-plan');
    expect(own.json()).toMatchObject({
      crisis: { resources: [{ name: 'Harbour crisis team', contact: '0161 496 0000' }] },
    });
  });

  it('audits every read and save in its own events, never with the plan’s words', async () => {
    const events = await h.db.db
      .selectFrom('audit_events')
      .select(['action', 'details', 'case_id', 'outcome'])
      .where('action', 'like', 'safety_plan.%')
      .execute();
    const count = (action: string) =>
      events.filter((e) => e.action === action && e.outcome === 'success').length;
    // Version 1 (clinician), 2 (client), the winner of the race, the couple case's first.
    expect(count('safety_plan.save') + count('safety_plan.save_own')).toBe(4);
    expect(count('safety_plan.save')).toBeGreaterThanOrEqual(1);
    expect(count('safety_plan.save_own')).toBeGreaterThanOrEqual(2);
    // Five reads by the care team; the client's own reads, one event per plan on the page.
    expect(count('safety_plan.read')).toBe(5);
    expect(count('safety_plan.read_own')).toBe(7);
    expect(count('safety_plan.versions')).toBe(1);
    const text = JSON.stringify(events);
    for (const words of [WARNING, 'Cold water', 'My sister Jo', '7700', 'nephew', 'Snapping']) {
      expect(text).not.toContain(words);
    }
    const saves = events.filter(
      (e) => e.action.startsWith('safety_plan.save') && e.outcome === 'success',
    );
    expect(saves.every((e) => e.case_id !== null)).toBe(true);
  });
});
