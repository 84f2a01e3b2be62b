import type {
  Dashboard,
  DashboardAlert,
  DashboardCase,
  DashboardTrend,
} from '@securebase/contracts';
import { changeForInstrument } from '@securebase/stats';
import type { InstrumentDefinition } from '@securebase/measures';
import type { Kysely } from 'kysely';
import { unrecordedDrop } from '../alliance/service';
import { resolveAllianceMeasure } from '../alliance/measure';
import { caseAttention } from '../assessments/alerts-service';
import { findDefinition, instrumentNames } from '../assessments/definitions';
import { submittedOfCase } from '../assessments/results-service';
import { audit, deny } from '../audit/service';
import { listCaseload } from '../cases/service';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';

type Results = Awaited<ReturnType<typeof submittedOfCase>>;
const TREND_POINTS = 8;

/** The score a trend is drawn from: the total (or first) score that has a direction. */
function trendScore(definition: InstrumentDefinition) {
  const directional = definition.scores.flatMap((s) =>
    s.kind !== 'highest_rated' && s.direction !== 'not_directional' ? [s] : [],
  );
  return directional.find((s) => s.name === 'total') ?? directional[0];
}

function groupByMeasure(results: Results) {
  const groups = new Map<string, Results>();
  for (const r of results) {
    const key = `${r.memberId}|${r.instrumentId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Per member and measure: a reliable deterioration from the previous result to the latest is
 * an alert; the measure given most often (the alliance aside) is the case's trend.
 */
async function readResults(
  ctx: SignedInContext,
  db: Kysely<Database>,
  results: Results,
  allianceId: string | undefined,
  nameOf: (id: string) => string,
) {
  const deteriorations: Omit<DashboardAlert, 'caseId' | 'caseTitle'>[] = [];
  let trend: DashboardTrend | null = null;
  let trendCount = 0;
  for (const group of groupByMeasure(results)) {
    const latest = group.at(-1);
    if (!latest || latest.instrumentId === allianceId) continue;
    const definition = await findDefinition(db, ctx.actor.practiceId, latest.instrumentId);
    const score = definition ? trendScore(definition) : undefined;
    if (!definition || !score) continue;
    const series = group.flatMap((r) => {
      const value = r.result?.scores[score.name];
      return typeof value === 'number' ? [{ at: r.submittedAt, value }] : [];
    });
    const [before, after] = series.slice(-2);
    if (before && after) {
      const change = changeForInstrument(definition, score.name, before.value, after.value);
      if (change.available && change.category === 'reliably_deteriorated') {
        deteriorations.push({
          kind: 'deterioration',
          memberName: latest.memberName,
          instrumentName: nameOf(latest.instrumentId),
          at: after.at,
          detail: `${score.label}: ${fmt(before.value)} → ${fmt(after.value)}`,
        });
      }
    }
    const first = series[0];
    const last = series.at(-1);
    if (!first || !last || score.direction === 'not_directional') continue;
    const overall = changeForInstrument(definition, score.name, first.value, last.value);
    // Measures with a published basis for change first (outcome measures), then the most given.
    const weight = (overall.available ? 1000 : 0) + series.length;
    if (weight > trendCount) {
      trendCount = weight;
      trend = {
        instrumentName: nameOf(latest.instrumentId),
        scoreLabel: score.label,
        direction: score.direction,
        min: score.min,
        max: score.max,
        memberName: latest.memberName,
        values: series.slice(-TREND_POINTS),
        category: series.length > 1 && overall.available ? overall.category : null,
      };
    }
  }
  return { deteriorations, trend };
}

/**
 * What needs the clinician today across their caseload: risk answers not yet acknowledged,
 * reliable deterioration, alliance drops nobody has recorded, overdue measures; and each case's
 * trend at a glance. One audit event for the whole read.
 */
export async function clinicianDashboard(ctx: SignedInContext): Promise<Dashboard> {
  if (ctx.actor.role !== 'clinician') {
    return deny(
      ctx,
      { action: 'dashboard.read' },
      'forbidden',
      'Only clinicians have a dashboard.',
    );
  }
  const caseload = await listCaseload(ctx, {});
  const alliance = await resolveAllianceMeasure(ctx);
  const allianceId = alliance.measure?.instrumentId;
  const nameOf = await instrumentNames(ctx.db, ctx.actor.practiceId);
  const now = nowIso(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const alerts: DashboardAlert[] = [];
    const cases: DashboardCase[] = [];
    for (const summary of caseload.cases) {
      const where = { caseId: summary.id, caseTitle: summary.title };
      const attention = await caseAttention(trx, summary.id, now);
      const found: DashboardAlert[] = [
        ...attention.risks.map((r) => ({
          ...where,
          kind: 'risk' as const,
          memberName: r.memberName,
          instrumentName: nameOf(r.instrumentId),
          at: r.at,
          detail: r.items.join(', '),
        })),
        ...attention.overdue.map((a) => ({
          ...where,
          kind: 'overdue' as const,
          memberName: a.memberName,
          instrumentName: nameOf(a.instrumentId),
          at: a.dueAt,
          detail: '',
        })),
      ];
      const results = await submittedOfCase(trx, summary.id);
      const read = await readResults(ctx, trx, results, allianceId, nameOf);
      found.push(...read.deteriorations.map((d) => ({ ...where, ...d })));
      for (const member of summary.members) {
        const drop = alliance.measure
          ? await unrecordedDrop(trx, summary.id, member.id, alliance)
          : undefined;
        if (!drop) continue;
        found.push({
          ...where,
          kind: 'rupture',
          memberName: member.displayName,
          instrumentName: drop.measure.name,
          at: drop.point.submittedAt,
          detail: `${fmt(drop.point.score)} < ${fmt(drop.point.threshold ?? drop.point.score)}`,
        });
      }
      alerts.push(...found);
      cases.push({
        caseId: summary.id,
        title: summary.title,
        status: summary.status,
        lastActivityAt: summary.lastActivityAt,
        alerts: found.length,
        trend: read.trend,
      });
    }
    await audit(ctx, trx, {
      action: 'dashboard.read',
      details: { cases: cases.length, alerts: alerts.length },
    });
    const order = { risk: 0, deterioration: 1, rupture: 2, overdue: 3 } as const;
    alerts.sort((a, b) => order[a.kind] - order[b.kind] || b.at.localeCompare(a.at));
    return { alerts, cases };
  });
}
