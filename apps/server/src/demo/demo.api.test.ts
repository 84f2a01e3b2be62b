import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, caller, cookieFrom, type Harness } from '../test/harness';
import { testDialect } from '../test/test-db';
import { DEMO_PASSWORD, demoEmail, seedDemoPractice } from './seed';

describe(`the demo practice on ${testDialect()}`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await build({ config: { demo: true, requireStaffSecondFactor: false } });
  });
  afterAll(async () => h.close());

  it('seeds once into an empty database', async () => {
    expect(await seedDemoPractice(h.db.db, h.clock, h.config)).toBe(true);
    expect(await seedDemoPractice(h.db.db, h.clock, h.config)).toBe(false);
    expect(await h.db.db.selectFrom('practices').select('id').execute()).toHaveLength(1);
  });

  it('gives each clinician their own cases and each client their portal', async () => {
    const signIn = async (key: string) => {
      const res = await caller(h).post('/api/auth/login', {
        email: demoEmail(key),
        password: DEMO_PASSWORD,
      });
      expect(res.json()).toMatchObject({ secondFactor: 'complete', me: { demo: true } });
      return caller(h, cookieFrom(res));
    };
    const rivera = await (await signIn('rivera')).get('/api/cases?sort=title');
    expect(rivera.json<{ cases: { kind: string }[] }>().cases.map((c) => c.kind)).toEqual([
      'couple',
      'individual',
    ]);
    const okafor = await (await signIn('okafor')).get('/api/cases');
    expect(okafor.json()).toMatchObject({
      cases: [
        { kind: 'family', members: [{ memberRole: 'adolescent' }, { memberRole: 'caregiver' }] },
      ],
    });
    const maya = await (await signIn('maya')).get('/api/portal');
    expect(maya.json<{ tasks: { title: string }[] }>().tasks.map((t) => t.title)).toEqual([
      expect.stringContaining('DERS-16') as string,
      expect.stringContaining('RFQ') as string,
    ]);
    const riveraSession = await signIn('rivera');
    const catalogue = await riveraSession.get('/api/instruments');
    const ecr = catalogue
      .json<{ instruments: { id: string; availability: string; placeholderText: boolean }[] }>()
      .instruments.find((i) => i.id === 'ecr-r');
    expect(ecr).toMatchObject({ availability: 'ready', placeholderText: true });
    const mayaCase = rivera
      .json<{ cases: { id: string; kind: string }[] }>()
      .cases.find((c) => c.kind === 'individual');
    const results = await riveraSession.get(`/api/cases/${mayaCase?.id ?? ''}/results`);
    const phq = results
      .json<{ measures: { instrumentId: string; points: { scores: { total: number } }[] }[] }>()
      .measures.find((m) => m.instrumentId === 'phq-9');
    expect(phq?.points.map((p) => p.scores.total)).toEqual([14, 10, 6]);
    // Each change from the first, after Jacobson & Truax: 14 → 10 is a fall of 4 (under the
    // 6 points that count as reliable); 14 → 6 falls 8 and crosses the cut-off of 10: recovered.
    const outcomes = results.json<{
      measures: {
        instrumentId: string;
        outcome: {
          score: string;
          cutoff: { value: number } | null;
          reliablePoints: number | null;
        }[];
        points: { fromFirst: Record<string, { category: string; from: number; to: number }> }[];
      }[];
    }>();
    const phqOutcome = outcomes.measures.find((m) => m.instrumentId === 'phq-9');
    expect(phqOutcome?.outcome.find((o) => o.score === 'total')).toMatchObject({
      cutoff: { value: 10 },
      reliablePoints: 6,
    });
    expect(phqOutcome?.points.map((p) => p.fromFirst.total?.category ?? null)).toEqual([
      null,
      'unchanged',
      'recovered',
    ]);
    // Maya's attachment picture: three ECR-R administrations as a path, her relationship map
    // and RQ prototypes.
    const attachment = await riveraSession.get(`/api/cases/${mayaCase?.id ?? ''}/attachment`);
    const mayaPicture = attachment.json<{
      members: {
        general: { points: { anxiety: number; avoidance: number }[] };
        relationships: { targets: { target: string; anxiety: number }[] };
        prototypes: { preoccupied: number };
      }[];
    }>().members[0];
    expect(mayaPicture?.general.points).toHaveLength(3);
    expect(mayaPicture?.general.points[0]).toMatchObject({ anxiety: 6, avoidance: 4.5 });
    expect(mayaPicture?.general.points[2]).toMatchObject({ anxiety: 4.5, avoidance: 3 });
    expect(mayaPicture?.relationships.targets.find((t) => t.target === 'partner')?.anxiety).toBe(6);
    expect(mayaPicture?.prototypes.preoccupied).toBe(6);
    // Six weekly sessions, each note signed, each followed by a WAI-SR rating; the fourth dips.
    const sessions = await riveraSession.get(`/api/cases/${mayaCase?.id ?? ''}/sessions`);
    expect(
      sessions.json<{ sessions: { noteStatus: string }[] }>().sessions.map((s) => s.noteStatus),
    ).toEqual(Array.from({ length: 6 }, () => 'signed'));
    const mayaMember = results.json<{ measures: { memberId: string }[] }>().measures[0]?.memberId;
    const alliance = await riveraSession.get(
      `/api/cases/${mayaCase?.id ?? ''}/alliance?memberId=${mayaMember ?? ''}`,
    );
    const line = alliance.json<{
      points: { score: number; reasons: string[]; afterSession: { number: number } | null }[];
    }>().points;
    expect(line.map((p) => p.score)).toEqual([46, 49, 50, 41, 48, 51]);
    expect(line.map((p) => p.afterSession?.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(line.map((p) => p.reasons.length > 0)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
    // Two weeks of practice: Maya's tasks for today are open, Rivera reads only what she shared.
    const mayaPractice = await (await signIn('maya')).get('/api/portal/practice');
    const mine = mayaPractice.json<{
      today: { kind: string; done: boolean }[];
      entries: unknown[];
    }>();
    expect(mine.today.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['emotion_log', 'mentalizing', 'repair', 'article']) as string[],
    );
    expect(mine.entries).toHaveLength(8);
    const practice = await riveraSession.get(`/api/cases/${mayaCase?.id ?? ''}/practice`);
    const shared = practice.json<{
      sharedEntries: { kind: string; comments: unknown[] }[];
      trends: { emotionWeeks: unknown[]; helped: { helper: string }[] };
    }>();
    expect(shared.sharedEntries.map((e) => e.kind).sort()).toEqual([
      'emotion_log',
      'emotion_log',
      'emotion_log',
      'mentalizing',
    ]);
    expect(shared.sharedEntries.find((e) => e.kind === 'mentalizing')?.comments).toHaveLength(1);
    expect(shared.trends.helped.map((h) => h.helper)).not.toContain('talking-it-through');
    const ben = await (await signIn('ben')).get('/api/portal');
    expect(ben.json()).toMatchObject({
      cases: [{ memberRole: 'partner', clinicians: ['Dr Sofia Rivera'] }],
    });
  });
});
