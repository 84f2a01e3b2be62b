import type {
  AllianceMeasure,
  AllianceMeasureChoice,
  AlliancePointView,
  AllianceView,
  ChooseAllianceMeasureBody,
  RecordRuptureBody,
  SessionMark,
} from '@securebase/contracts';
import type { InstrumentDefinition } from '@securebase/measures';
import type { Kysely } from 'kysely';
import {
  allianceCourse,
  allianceRule,
  changeForInstrument,
  recovered,
  type AlliancePoint,
} from '@securebase/stats';
import { submittedResponseFacts, submittedResults } from '../assessments/results-service';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { findCaseMember, requireCase } from '../cases/service';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { sessionMarks, sessionOfCase } from '../sessions/service';
import { allianceCandidates, allianceMeasureOf, resolveAllianceMeasure } from './measure';
import * as repo from './repo';

const WEEK_MS = 7 * 86_400_000;

export const RULE_SOURCES = [
  'Stiles, W. B., Glick, M. J., Osatuke, K., et al. (2004). Patterns of alliance development and the rupture–repair hypothesis. Journal of Counseling Psychology, 51(1), 81–92 (a drop of 2 SD of the client’s own ratings).',
  'Strauss, J. L., Hayes, A. M., Johnson, S. L., et al. (2006). Early alliance, alliance ruptures, and symptom change in a nonrandomized trial of cognitive therapy for avoidant and obsessive-compulsive personality disorders. Journal of Consulting and Clinical Psychology, 74(2), 337–345 (the less strict 1 SD).',
  'Gumz, A., Brähler, E., Geyer, M., & Erices, R. (2012). Crisis-repair sequences: considerations on the classification and assessment of breaches in the therapeutic relationship. BMC Medical Research Methodology, 12, 10 (comparing both criteria).',
  'Safran, J. D., & Muran, J. C. (2000). Negotiating the therapeutic alliance: A relational treatment guide. Guilford.',
];

/** The session a rating followed: the latest one held in the week before it. */
function sessionBefore(sessions: readonly SessionMark[], at: string): SessionMark | null {
  const time = Date.parse(at);
  const before = sessions.filter((s) => {
    const held = Date.parse(s.heldAt);
    return held <= time && time - held <= WEEK_MS;
  });
  return before.at(-1) ?? null;
}

function reliablyWorseFor(definition: InstrumentDefinition, scoreName: string) {
  return (before: number, after: number) => {
    const change = changeForInstrument(definition, scoreName, before, after);
    return change.available && change.category === 'reliably_deteriorated';
  };
}

function reliableSource(definition: InstrumentDefinition, scoreName: string): string | null {
  const probe = changeForInstrument(definition, scoreName, 0, 0);
  return probe.available ? probe.detail : null;
}

async function requireMember(ctx: SignedInContext, caseId: string, memberId: string) {
  await requireCase(ctx, caseId, 'alliance.read', (f) => canReadCaseRecord(ctx.actor, f));
  if (!(await findCaseMember(ctx.db, caseId, memberId))) {
    throw new AppError('validation_failed', 'No such member in this case.', {
      field: 'query.memberId',
    });
  }
}

/** A member's alliance line: each rating with its baseline, drops flagged, ruptures recorded. */
export async function allianceView(
  ctx: SignedInContext,
  caseId: string,
  memberId: string,
): Promise<AllianceView> {
  await requireMember(ctx, caseId, memberId);
  const resolved = await resolveAllianceMeasure(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const sessions = await sessionMarks(trx, caseId);
    const base = {
      memberId,
      sessions,
      rule: {
        minimumBaseline: 3,
        sdMultiplier: 1,
        floor: 0,
        reliableChange: null,
        sources: RULE_SOURCES,
      },
    };
    await audit(ctx, trx, {
      action: 'alliance.read',
      entityType: 'case_member',
      entityId: memberId,
      caseId,
    });
    if (!resolved.measure) {
      return { ...base, measure: null, noMeasureReason: resolved.reason, points: [] };
    }
    const { measure, definition } = resolved;
    const points = await linePoints(trx, caseId, memberId, resolved, sessions);
    const rule = allianceRule(measure.min, measure.max);
    return {
      ...base,
      measure,
      noMeasureReason: null,
      rule: {
        ...base.rule,
        minimumBaseline: rule.minimumBaseline,
        sdMultiplier: rule.sdMultiplier,
        floor: rule.floor,
        reliableChange: reliableSource(definition, measure.scoreName),
      },
      points,
    };
  });
}

function recoveredAfter(course: readonly AlliancePoint[], i: number): boolean | null {
  const flagged = course[i];
  return flagged ? recovered(course[i + 1], flagged) : null;
}

/** The line's points for a member, read against the measure (the caller authorises, audits). */
async function linePoints(
  trx: Kysely<Database>,
  caseId: string,
  memberId: string,
  resolved: { measure: AllianceMeasure; definition: InstrumentDefinition },
  sessions: readonly SessionMark[],
): Promise<AlliancePointView[]> {
  const { measure, definition } = resolved;
  const results = await submittedResults(trx, caseId, memberId, measure.instrumentId);
  const ratings = results.flatMap((r) => {
    const value = r.result?.scores[measure.scoreName];
    return typeof value === 'number' ? [{ id: r.responseId, at: r.submittedAt, score: value }] : [];
  });
  const rule = allianceRule(measure.min, measure.max);
  const course = allianceCourse(ratings, rule, reliablyWorseFor(definition, measure.scoreName));
  const records = new Map(
    (await repo.rupturesOfMember(trx, memberId)).map((r) => [r.response_id, r]),
  );
  const points = course.map((point, i): AlliancePointView => {
    const record = records.get(point.id);
    return {
      responseId: point.id,
      submittedAt: point.at,
      score: point.score,
      afterSession: sessionBefore(sessions, point.at),
      baselineMean: point.baseline?.mean ?? null,
      baselineSd: point.baseline?.sd ?? null,
      baselineN:
        point.baseline?.n ?? course.slice(0, i).filter((p) => p.reasons.length === 0).length,
      threshold: point.threshold,
      change: point.change,
      reasons: [...point.reasons],
      rupture: record
        ? {
            whatHappened: record.what_happened,
            repairAttempted: record.repair_attempted,
            repairSessionId: record.repair_session_id,
            recordedBy: record.recorded_by_name,
            recordedAt: record.recorded_at,
          }
        : null,
      recovered: point.reasons.length > 0 || record ? recoveredAfter(course, i) : null,
    };
  });
  return points;
}

/**
 * The member's latest alliance rating when it is a flagged drop nobody has recorded yet, for the
 * dashboard (the caller authorises and audits).
 */
export async function unrecordedDrop(
  trx: Kysely<Database>,
  caseId: string,
  memberId: string,
  resolved: { measure: AllianceMeasure; definition: InstrumentDefinition },
) {
  const points = await linePoints(trx, caseId, memberId, resolved, []);
  const last = points.at(-1);
  if (!last || last.reasons.length === 0 || last.rupture) return undefined;
  return { point: last, measure: resolved.measure };
}

/**
 * The clinician records what happened at a rating (flagged by the line or noticed in the room)
 * and the repair attempted. The rating must be an alliance rating of a case they care for.
 */
export async function recordRupture(
  ctx: SignedInContext,
  responseId: string,
  body: RecordRuptureBody,
): Promise<AllianceView> {
  const facts = await submittedResponseFacts(ctx.db, responseId);
  if (!facts || facts.practiceId !== ctx.actor.practiceId) {
    return deny(
      ctx,
      { action: 'alliance.rupture', entityType: 'response', entityId: responseId },
      'not_found',
    );
  }
  await requireCase(ctx, facts.caseId, 'alliance.rupture', (f) => canReadCaseRecord(ctx.actor, f));
  const resolved = await resolveAllianceMeasure(ctx);
  if (resolved.measure?.instrumentId !== facts.instrumentId) {
    throw new AppError('validation_failed', 'This result is not an alliance rating.', {
      field: 'params.id',
    });
  }
  if (!body.whatHappened.trim()) {
    throw new AppError('validation_failed', 'Say what happened.', { field: 'body.whatHappened' });
  }
  if (
    body.repairSessionId !== undefined &&
    !(await sessionOfCase(ctx.db, facts.caseId, body.repairSessionId))
  ) {
    throw new AppError('validation_failed', 'No such session in this case.', {
      field: 'body.repairSessionId',
    });
  }
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertRupture(trx, {
      response_id: responseId,
      practice_id: facts.practiceId,
      case_id: facts.caseId,
      member_id: facts.memberId,
      what_happened: body.whatHappened.trim(),
      repair_attempted: body.repairAttempted.trim(),
      repair_session_id: body.repairSessionId ?? null,
      recorded_by: ctx.actor.userId,
      recorded_at: now,
    });
    await audit(ctx, trx, {
      action: 'alliance.rupture',
      entityType: 'response',
      entityId: responseId,
      caseId: facts.caseId,
    });
  });
  return allianceView(ctx, facts.caseId, facts.memberId);
}

function requireAdmin(ctx: SignedInContext, action: string) {
  if (ctx.actor.role !== 'admin') {
    return deny(ctx, { action }, 'forbidden', 'Only practice admins choose the alliance measure.');
  }
  return Promise.resolve();
}

export async function allianceMeasureChoice(ctx: SignedInContext): Promise<AllianceMeasureChoice> {
  await requireAdmin(ctx, 'alliance.measure.read');
  const resolved = await resolveAllianceMeasure(ctx);
  const candidates = await allianceCandidates(ctx);
  return {
    current: resolved.measure,
    chosen: resolved.chosen,
    candidates: candidates.map((c) => ({ instrumentId: c.definition.id, name: c.definition.name })),
  };
}

export async function chooseAllianceMeasure(
  ctx: SignedInContext,
  body: ChooseAllianceMeasureBody,
): Promise<AllianceMeasureChoice> {
  await requireAdmin(ctx, 'alliance.measure.choose');
  const candidates = await allianceCandidates(ctx);
  const match = candidates.find((c) => c.definition.id === body.instrumentId);
  if (!match || !allianceMeasureOf(match.definition)) {
    throw new AppError(
      'validation_failed',
      'Choose an installed measure whose score rises with the alliance.',
      { field: 'body.instrumentId' },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.saveAllianceMeasure(trx, ctx.actor.practiceId, body.instrumentId);
    await audit(ctx, trx, {
      action: 'alliance.measure.choose',
      details: { instrument: body.instrumentId },
    });
  });
  return allianceMeasureChoice(ctx);
}
