import type { InjectOptions } from 'fastify';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import type { Role } from '../db/schema';
import {
  build,
  buildCase,
  buildClient,
  buildClinician,
  buildPractice,
  buildUser,
  caller,
  signIn,
  type Caller,
  type Harness,
} from '../test/harness';
import { testConfig } from '../test/test-config';
import { testDialect } from '../test/test-db';

/**
 * A role × route matrix generated from the registered routes: every route declares a policy,
 * every non-public route answers 401 to an anonymous caller, roles outside a route's list get
 * 403, and a caller from another case or practice gets 404 with the row unchanged.
 */
type InjectMethod = NonNullable<InjectOptions['method']>;

describe(`the access matrix over every registered route, on ${testDialect()}`, () => {
  let h: Harness;
  const as: Partial<Record<Role, Caller>> = {};
  let otherPractice: { clinician: Caller; admin: Caller };
  let samePracticeOtherClinician: Caller;
  let otherClient: Caller;
  let caseA: { id: string; memberIds: string[] };
  let userA: string;
  const made = {
    assignment: '',
    response: '',
    alert: '',
    member: '',
    history: '',
    session: '',
    processNote: '',
    schedule: '',
    exercise: '',
    entry: '',
  };

  beforeAll(async () => {
    h = await build();
    const a = await buildPractice(h, 'Practice A');
    const b = await buildPractice(h, 'Practice B');
    const clinicianA = await buildClinician(h, a);
    const client = await buildClient(h, a, clinicianA.id);
    caseA = await buildCase(h, {
      practiceId: a,
      clinicianId: clinicianA.id,
      members: [{ name: 'Sam', role: 'client' }],
    });
    userA = clinicianA.id;
    for (const role of ['admin', 'researcher', 'caregiver'] as const) {
      as[role] = await signIn(h, await buildUser(h, a, role));
    }
    as.clinician = await signIn(h, clinicianA);
    as.client = await signIn(h, client.user);
    // A questionnaire answered with a risk item, so that every kind of id exists in practice A.
    made.member = client.theCase.memberIds[0] ?? '';
    const assigned = await as.clinician.post(`/api/cases/${client.theCase.id}/assignments`, {
      instrumentIds: ['phq-9', 'gad-7'],
      memberId: made.member,
    });
    const [first] = assigned.json<{ assignments: { id: string }[] }>().assignments;
    made.assignment = first?.id ?? '';
    const answers = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`phq-9.${String(i + 1)}`, 1]),
    );
    const submitted = await as.client.post(`/api/assignments/${made.assignment}/submit`, {
      answers,
    });
    made.response = submitted.json<{ responseId: string }>().responseId;
    const alerts = await as.clinician.get('/api/alerts');
    made.alert = alerts.json<{ alerts: { id: string }[] }>().alerts[0]?.id ?? '';
    const entry = await as.client.post('/api/portal/history', {
      memberId: made.member,
      kind: 'move',
      title: 'Moved house',
    });
    made.history = entry.json<{ id: string }>().id;
    const session = await as.clinician.post(`/api/cases/${client.theCase.id}/sessions`, {
      heldAt: '2026-01-05T09:00:00.000Z',
      durationMinutes: 50,
      modality: 'in_person',
      attendeeIds: [made.member],
    });
    made.session = session.json<{ id: string }>().id;
    expect(made.session).toBeTruthy();
    const processNote = await as.clinician.post(`/api/cases/${client.theCase.id}/process-notes`, {
      text: 'Only mine',
    });
    made.processNote = processNote.json<{ id: string }>().id;
    expect(made.processNote).toBeTruthy();
    const schedule = await as.clinician.post(`/api/cases/${client.theCase.id}/schedules`, {
      memberId: made.member,
      instrumentId: 'phq-9',
      kind: 'follow_up',
      followUpMonths: [3],
      localTime: '09:00',
      timeZone: 'Europe/London',
    });
    made.schedule = schedule.json<{ id: string }>().id;
    expect(made.schedule).toBeTruthy();
    const exercise = await as.clinician.post(
      `/api/cases/${client.theCase.id}/practice/assignments`,
      {
        memberId: made.member,
        kind: 'mentalizing',
        cadence: 'once',
        startsOn: '2026-01-05',
        timeZone: 'Europe/London',
        shareByDefault: true,
      },
    );
    made.exercise = exercise.json<{ id: string }>().id;
    const practiceEntry = await as.client.post('/api/portal/practice/entries', {
      caseId: client.theCase.id,
      kind: 'mentalizing',
      assignmentId: made.exercise,
      status: 'draft',
      content: { episode: 'At dinner' },
    });
    made.entry = practiceEntry.json<{ id: string }>().id;
    expect(made.exercise && made.entry).toBeTruthy();
    expect([made.assignment, made.response, made.alert, made.history].every(Boolean)).toBe(true);
    samePracticeOtherClinician = await signIn(h, await buildClinician(h, a));
    otherClient = await signIn(h, (await buildClient(h, a, (await buildClinician(h, a)).id)).user);
    const clinicianB = await buildClinician(h, b);
    otherPractice = {
      clinician: await signIn(h, clinicianB),
      admin: await signIn(h, await buildUser(h, b, 'admin')),
    };
  });
  afterAll(async () => h.close());

  type Table =
    | 'cases'
    | 'users'
    | 'assignments'
    | 'responses'
    | 'risk_alerts'
    | 'history_entries'
    | 'therapy_sessions'
    | 'process_notes'
    | 'measure_schedules'
    | 'exercise_assignments'
    | 'practice_entries';
  interface Target {
    id: () => string;
    table: Table;
    body?: () => object;
    /** A valid query string, so that the policy (not validation) decides the answer. */
    query?: () => string;
  }
  /** Where each route with an id parameter points in practice A, the row to watch, a valid body. */
  const targets = (): Record<string, Target> => {
    const answers = () => ({ answers: { 'phq-9.1': 0 } });
    return {
      '/api/cases/:id': { id: () => caseA.id, table: 'cases' },
      '/api/cases/:id/assignments': {
        id: () => caseA.id,
        table: 'cases',
        body: () => ({ instrumentIds: ['phq-9'], memberId: caseA.memberIds[0] ?? '' }),
      },
      '/api/cases/:id/results': { id: () => caseA.id, table: 'cases' },
      '/api/cases/:id/attachment': { id: () => caseA.id, table: 'cases' },
      '/api/cases/:id/attachment/report': {
        id: () => caseA.id,
        table: 'cases',
        query: () => `memberId=${caseA.memberIds[0] ?? ''}&audience=clinician`,
      },
      '/api/cases/:id/formulation': {
        id: () => caseA.id,
        table: 'cases',
        query: () => `memberId=${caseA.memberIds[0] ?? ''}`,
        body: () => ({
          memberId: caseA.memberIds[0] ?? '',
          baseVersion: 0,
          content: { workingModels: [], episodes: [], clientSummary: '' },
        }),
      },
      '/api/cases/:id/shared-texts': {
        id: () => caseA.id,
        table: 'cases',
        body: () => ({ memberId: caseA.memberIds[0] ?? '', kind: 'formulation_summary' }),
      },
      '/api/cases/:id/history': {
        id: () => caseA.id,
        table: 'cases',
        query: () => `memberId=${caseA.memberIds[0] ?? ''}`,
        body: () => ({ memberId: caseA.memberIds[0] ?? '', kind: 'move', title: 'Moved' }),
      },
      '/api/portal/history/:id/sharing': {
        id: () => made.history,
        table: 'history_entries',
        body: () => ({ sharedWithClinician: true }),
      },
      '/api/cases/:id/formulation/versions': {
        id: () => caseA.id,
        table: 'cases',
        query: () => `memberId=${caseA.memberIds[0] ?? ''}`,
      },
      '/api/cases/:id/sessions': {
        id: () => caseA.id,
        table: 'cases',
        body: () => ({
          heldAt: '2026-01-05T09:00:00.000Z',
          durationMinutes: 50,
          modality: 'video',
          attendeeIds: [caseA.memberIds[0] ?? ''],
        }),
      },
      '/api/sessions/:id': { id: () => made.session, table: 'therapy_sessions' },
      '/api/sessions/:id/note': {
        id: () => made.session,
        table: 'therapy_sessions',
        body: () => ({ focus: 'Focus', techniques: [], observations: '', plan: '' }),
      },
      '/api/sessions/:id/note/sign': { id: () => made.session, table: 'therapy_sessions' },
      '/api/sessions/:id/note/amendments': {
        id: () => made.session,
        table: 'therapy_sessions',
        body: () => ({ text: 'Correction' }),
      },
      '/api/cases/:id/process-notes': {
        id: () => caseA.id,
        table: 'cases',
        body: () => ({ text: 'A note' }),
      },
      '/api/process-notes/:id': {
        id: () => made.processNote,
        table: 'process_notes',
        body: () => ({ text: 'Overwritten' }),
      },
      '/api/cases/:id/alliance': {
        id: () => caseA.id,
        table: 'cases',
        query: () => `memberId=${caseA.memberIds[0] ?? ''}`,
      },
      '/api/responses/:id/rupture': {
        id: () => made.response,
        table: 'responses',
        body: () => ({ whatHappened: 'Went quiet', repairAttempted: 'Named it' }),
      },
      '/api/cases/:id/schedules': {
        id: () => caseA.id,
        table: 'cases',
        body: () => ({
          memberId: caseA.memberIds[0] ?? '',
          instrumentId: 'phq-9',
          kind: 'at_discharge',
          localTime: '09:00',
          timeZone: 'Europe/London',
        }),
      },
      '/api/schedules/:id/end': { id: () => made.schedule, table: 'measure_schedules' },
      '/api/cases/:id/practice': { id: () => caseA.id, table: 'cases' },
      '/api/cases/:id/practice/assignments': {
        id: () => caseA.id,
        table: 'cases',
        body: () => ({
          memberId: caseA.memberIds[0] ?? '',
          kind: 'emotion_log',
          cadence: 'daily',
          startsOn: '2026-01-05',
          timeZone: 'Europe/London',
          shareByDefault: false,
        }),
      },
      '/api/practice-assignments/:id/end': {
        id: () => made.exercise,
        table: 'exercise_assignments',
      },
      '/api/practice-entries/:id/comments': {
        id: () => made.entry,
        table: 'practice_entries',
        body: () => ({ text: 'Thank you for writing this.' }),
      },
      '/api/portal/practice/entries/:id': {
        id: () => made.entry,
        table: 'practice_entries',
        body: () => ({ status: 'done', shared: true, content: { episode: 'Changed' } }),
      },
      '/api/portal/practice/entries/:id/discard': {
        id: () => made.entry,
        table: 'practice_entries',
      },
      '/api/cases/:id/discharge': {
        id: () => caseA.id,
        table: 'cases',
        body: () => ({ dischargedOn: '2026-01-05' }),
      },
      '/api/cases/:id/closing-summary': { id: () => caseA.id, table: 'cases' },
      '/api/cases/:id/safety-plan': {
        id: () => caseA.id,
        table: 'cases',
        query: () => `memberId=${caseA.memberIds[0] ?? ''}`,
        body: () => ({
          baseVersion: 0,
          content: {
            warningSigns: ['Not sleeping'],
            copingStrategies: [],
            peopleAndPlaces: [],
            peopleToAsk: [],
            professionals: [],
            safeEnvironment: [],
            reasonsForLiving: [],
          },
        }),
      },
      '/api/cases/:id/safety-plan/versions': {
        id: () => caseA.id,
        table: 'cases',
        query: () => `memberId=${caseA.memberIds[0] ?? ''}`,
      },
      '/api/cases/:id/plan': {
        id: () => caseA.id,
        table: 'cases',
        body: () => ({ baseVersion: 0, content: { goals: [] } }),
      },
      '/api/admin/users/:id/disable': { id: () => userA, table: 'users' },
      '/api/admin/users/:id/enable': { id: () => userA, table: 'users' },
      '/api/assignments/:id/form': { id: () => made.assignment, table: 'assignments' },
      '/api/assignments/:id/draft': {
        id: () => made.assignment,
        table: 'assignments',
        body: answers,
      },
      '/api/assignments/:id/submit': {
        id: () => made.assignment,
        table: 'assignments',
        body: answers,
      },
      '/api/assignments/:id/paper': {
        id: () => made.assignment,
        table: 'assignments',
        body: answers,
      },
      '/api/responses/:id': { id: () => made.response, table: 'responses' },
      '/api/responses/:id/share': { id: () => made.response, table: 'responses' },
      '/api/fhir/QuestionnaireResponse/:id': { id: () => made.response, table: 'responses' },
      '/api/alerts/:id/acknowledge': {
        id: () => made.alert,
        table: 'risk_alerts',
        body: () => ({ note: 'Called the client; safe.' }),
      },
    };
  };
  /**
   * Routes whose parameter names no row of a case (a catalogue instrument): an example value.
   * They get the 401 and 403 checks; nothing in them belongs to one case or client.
   */
  const catalogueParams: Record<string, [string, string]> = {
    '/api/fhir/Questionnaire/:instrumentId': [':instrumentId', 'phq-9'],
  };
  const routes = () => h.app.routeRegistry.filter((r) => r.method !== 'HEAD');
  const urlOf = (url: string) => {
    const target = targets()[url];
    const example = catalogueParams[url];
    if (target) {
      const query = target.query?.();
      return `${url.replace(':id', target.id())}${query ? `?${query}` : ''}`;
    }
    return example ? url.replace(...example) : url.replace('*', 'x');
  };
  const send = (who: Caller, method: InjectMethod, url: string) =>
    who.request({
      method,
      url: urlOf(url),
      ...(method === 'GET' ? {} : { payload: targets()[url]?.body?.() ?? {} }),
    });

  it('refuses to register a route that declares no policy', async () => {
    const db = h.db;
    const app = await buildApp({ config: testConfig(), db, logger: false });
    expect(() =>
      app.get('/api/undeclared', { schema: { response: { 200: Type.Object({}) } } }, () => ({})),
    ).toThrow(/declares no access policy/);
    await app.close();
  });

  it('knows every route, each with a declared policy', () => {
    const list = routes();
    expect(list.length).toBeGreaterThan(15);
    for (const route of list)
      expect(['public', 'password-only', 'signed-in']).toContain(route.access);
    const withId = list.filter((r) => r.url.includes(':id')).map((r) => r.url);
    for (const url of withId)
      expect(Object.keys(targets()), `no matrix target for ${url}`).toContain(url);
    // Any other parameter name needs an example too, or its route escapes the checks below.
    const withOtherParam = list.filter((r) => /:(?!id\b)/.test(r.url)).map((r) => r.url);
    for (const url of withOtherParam)
      expect(Object.keys(catalogueParams), `no example parameter for ${url}`).toContain(url);
  });

  it('answers 401 to an anonymous caller on every non-public route', async () => {
    for (const route of routes().filter((r) => r.access !== 'public')) {
      const res = await send(caller(h), route.method, route.url);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      // Our error model, or on the FHIR routes an OperationOutcome saying the same.
      const body = res.json<{
        code?: string;
        issue?: { code: string; details: { text: string } }[];
      }>();
      expect(body.code ?? body.issue?.[0]?.details.text).toBe('unauthenticated');
      if (route.url.startsWith('/api/fhir/')) expect(body.issue?.[0]?.code).toBe('login');
    }
  });

  it('answers 403 to every signed-in role outside a route’s roles', async () => {
    for (const route of routes().filter((r) => r.roles)) {
      for (const role of ['admin', 'clinician', 'client', 'caregiver', 'researcher'] as const) {
        if (route.roles?.includes(role)) continue;
        const who = as[role];
        if (!who) throw new Error(`no caller for ${role}`);
        const res = await send(who, route.method, route.url);
        expect(res.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
      }
    }
  });

  it('answers 404 with the row unchanged to callers from another case or practice', async () => {
    const outsiders: [string, Caller][] = [
      ['clinician of another practice', otherPractice.clinician],
      ['admin of another practice', otherPractice.admin],
      ['clinician not on the care team', samePracticeOtherClinician],
      ['client of another case', otherClient],
    ];
    for (const route of routes().filter((r) => r.url.includes(':id'))) {
      const url = route.url;
      const target = targets()[url];
      if (!target) throw new Error(`no target for ${url}`);
      const row = () =>
        h.db.db
          .selectFrom(target.table)
          .selectAll()
          .where('id', '=', target.id())
          .executeTakeFirstOrThrow();
      const before = await row();
      for (const [name, who] of outsiders) {
        const res = await send(who, route.method, url);
        if (route.roles && !route.roles.includes(name.split(' ')[0] as Role)) {
          expect(res.statusCode, `${name} ${route.method} ${url}`).toBe(403);
        } else {
          expect(res.statusCode, `${name} ${route.method} ${url}`).toBe(404);
        }
      }
      expect(await row()).toEqual(before);
    }
  });
});
