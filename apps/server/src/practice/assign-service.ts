import type { AssignExerciseBody, CasePractice, ExerciseAssignment } from '@securebase/contracts';
import { checkSettings, daysBetween } from '@securebase/practice';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { findCaseMember, requireCase } from '../cases/service';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import { isTimeZone, parseLocalDate } from '../schedules/recurrence';
import { assignmentView, entryView, trendsOf, trendsSince } from './present';
import * as repo from './repo';

function refuse(field: string, message: string): never {
  throw new AppError('validation_failed', message, { field: `body.${field}` });
}

/** A start within a year, an end after the start and within a year of it, a real zone. */
function checkCadence(body: AssignExerciseBody, today: string) {
  if (!parseLocalDate(body.startsOn)) {
    refuse('startsOn', `${body.startsOn} is not a date on the calendar.`);
  }
  const fromToday = daysBetween(today, body.startsOn);
  if (fromToday < -31) refuse('startsOn', 'Start from today or recently.');
  if (fromToday > 366) refuse('startsOn', 'Start within the next year.');
  if (!isTimeZone(body.timeZone)) refuse('timeZone', `Unknown time zone "${body.timeZone}".`);
  if (body.until === undefined) return;
  if (body.cadence === 'once') refuse('until', 'A one-off exercise has no end date.');
  if (!parseLocalDate(body.until)) refuse('until', `${body.until} is not a date on the calendar.`);
  const span = daysBetween(body.startsOn, body.until);
  if (span < 0) refuse('until', 'End on or after the start.');
  if (span > 366) refuse('until', 'End within a year of the start.');
}

export async function assignExercise(
  ctx: SignedInContext,
  caseId: string,
  body: AssignExerciseBody,
): Promise<ExerciseAssignment> {
  await requireCase(ctx, caseId, 'practice.assign', (f) => canReadCaseRecord(ctx.actor, f));
  const member = await findCaseMember(ctx.db, caseId, body.memberId);
  if (!member) refuse('memberId', 'No such member in this case.');
  const now = ctx.clock.now();
  checkCadence(body, now.toISOString().slice(0, 10));
  const checked = checkSettings(body.kind, body.settings ?? {});
  if (!checked.ok) refuse(`settings.${checked.problem.field}`, checked.problem.message);
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertAssignment(trx, {
      id,
      practice_id: ctx.actor.practiceId,
      case_id: caseId,
      member_id: member.id,
      kind: body.kind,
      settings: JSON.stringify(checked.settings),
      note: (body.note ?? '').trim(),
      cadence: body.cadence,
      starts_on: body.startsOn,
      until_on: body.cadence === 'once' ? null : (body.until ?? null),
      time_zone: body.timeZone,
      share_by_default: body.shareByDefault ? 1 : 0,
      created_by: ctx.actor.userId,
      created_at: now.toISOString(),
      ended_at: null,
    });
    await audit(ctx, trx, {
      action: 'practice.assign',
      entityType: 'exercise_assignment',
      entityId: id,
      caseId,
      details: { kind: body.kind, cadence: body.cadence },
    });
  });
  const row = await repo.findAssignment(ctx.db, id);
  if (!row) throw new Error('assignment vanished after its own insert');
  return assignmentView(row, [], now);
}

export async function endExercise(
  ctx: SignedInContext,
  assignmentId: string,
): Promise<ExerciseAssignment> {
  const row = await repo.findAssignment(ctx.db, assignmentId);
  if (!row || row.practice_id !== ctx.actor.practiceId) {
    return deny(
      ctx,
      { action: 'practice.end', entityType: 'exercise_assignment', entityId: assignmentId },
      'not_found',
    );
  }
  await requireCase(ctx, row.case_id, 'practice.end', (f) => canReadCaseRecord(ctx.actor, f));
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.endAssignment(trx, assignmentId, nowIso(ctx.clock));
    await audit(ctx, trx, {
      action: 'practice.end',
      entityType: 'exercise_assignment',
      entityId: assignmentId,
      caseId: row.case_id,
    });
  });
  const ended = await repo.findAssignment(ctx.db, assignmentId);
  const facts = await repo.completionFacts(ctx.db, [assignmentId]);
  if (!ended) throw new Error('assignment vanished');
  return assignmentView(ended, facts, now);
}

/**
 * The care team's view of the case's practice: every assignment with its completion (private
 * entries count as done without showing what they say), the entries clients shared, and the
 * trends drawn from those shared entries alone.
 */
export async function casePractice(
  ctx: SignedInContext,
  caseId: string,
  memberId?: string,
): Promise<CasePractice> {
  await requireCase(ctx, caseId, 'practice.read', (f) => canReadCaseRecord(ctx.actor, f));
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.assignmentsOfCase(trx, caseId, memberId);
    const facts = await repo.completionFacts(
      trx,
      rows.map((r) => r.id),
    );
    const shared = await repo.sharedEntriesOfCase(trx, caseId, memberId);
    const comments = await repo.commentsOn(
      trx,
      shared.map((e) => e.id),
    );
    await audit(ctx, trx, {
      action: 'practice.read',
      entityType: 'case',
      entityId: caseId,
      caseId,
      details: { sharedEntries: shared.length },
    });
    const now = ctx.clock.now();
    const forTrends = await repo.trendEntries(trx, { caseId, memberId }, trendsSince(now));
    return {
      assignments: rows.map((row) => assignmentView(row, facts, now)),
      sharedEntries: shared.map((row) => entryView(row, comments)),
      trends: trendsOf(forTrends),
    };
  });
}
