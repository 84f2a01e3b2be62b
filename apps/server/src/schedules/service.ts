import type { Schedule, ScheduleBody, ScheduleList } from '@securebase/contracts';
import type { Kysely } from 'kysely';
import { assignableDefinition, assignWithin } from '../assessments/assign-service';
import { instrumentNames } from '../assessments/definitions';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { findCaseMember, loadCaseFacts, requireCase } from '../cases/service';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import type { Clock } from '../lib/clock';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import {
  isTimeZone,
  occurrences,
  parseLocalDate,
  parseLocalTime,
  type ScheduleRule,
} from './recurrence';
import * as repo from './repo';

/** A scheduled measure opens at its time and counts as overdue three days later. */
export const GRACE_DAYS = 3;
/** A measure given after a session is due before the next weekly session. */
export const AFTER_SESSION_DAYS = 7;
const DAY = 86_400_000;

function refuse(field: string, message: string): never {
  throw new AppError('validation_failed', message, { field: `body.${field}` });
}

function ruleOf(row: repo.ScheduleRow): ScheduleRule {
  return {
    kind: row.kind,
    startsOn: row.starts_on,
    intervalWeeks: row.interval_weeks,
    localTime: row.local_time,
    timeZone: row.time_zone,
    followUpMonths: JSON.parse(row.follow_up_months) as number[],
  };
}

/** Impossible dates, times, zones and intervals answer 400 naming the field. */
function checkRule(body: ScheduleBody, now: Date) {
  if (!parseLocalTime(body.localTime)) refuse('localTime', 'Give the time as HH:MM (00:00–23:59).');
  if (!isTimeZone(body.timeZone)) refuse('timeZone', `Unknown time zone "${body.timeZone}".`);
  if (body.kind === 'every_n_weeks') {
    if (body.intervalWeeks === undefined) refuse('intervalWeeks', 'Say every how many weeks.');
    if (body.startsOn === undefined) refuse('startsOn', 'Say when the schedule starts.');
    const start = parseLocalDate(body.startsOn);
    if (!start) refuse('startsOn', `${body.startsOn} is not a date on the calendar.`);
    const startMs = Date.UTC(start.year, start.month - 1, start.day);
    if (startMs > now.getTime() + 366 * DAY) refuse('startsOn', 'Start within the next year.');
    if (startMs < now.getTime() - 31 * DAY) refuse('startsOn', 'Start from today or recently.');
  } else if (body.startsOn !== undefined || body.intervalWeeks !== undefined) {
    refuse(
      body.startsOn !== undefined ? 'startsOn' : 'intervalWeeks',
      'Only an every-N-weeks schedule has a start and an interval.',
    );
  }
  if (body.kind === 'follow_up' && body.followUpMonths === undefined) {
    refuse('followUpMonths', 'Say how many months after discharge.');
  }
  if (body.kind !== 'follow_up' && body.followUpMonths !== undefined) {
    refuse('followUpMonths', 'Only a follow-up schedule has months after discharge.');
  }
}

async function present(
  db: Kysely<Database>,
  rows: readonly (repo.ScheduleRow & { member_name: string })[],
  practiceId: string,
  now: Date,
  dischargedOn: string | null,
): Promise<Schedule[]> {
  const nameOf = await instrumentNames(db, practiceId);
  const counts = await repo.runCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const rule = ruleOf(row);
    const horizon = new Date(now.getTime() + 800 * DAY);
    const given = counts.get(row.id) ?? 0;
    const upcoming = row.ended_at
      ? []
      : occurrences(rule, horizon, dischargedOn).filter((o) => Date.parse(o.dueAt) > now.getTime());
    return {
      id: row.id,
      memberId: row.member_id,
      memberName: row.member_name,
      instrumentId: row.instrument_id,
      instrumentName: nameOf(row.instrument_id),
      kind: row.kind,
      startsOn: row.starts_on,
      intervalWeeks: row.interval_weeks,
      localTime: row.local_time,
      timeZone: row.time_zone,
      followUpMonths: rule.followUpMonths.slice(),
      nextDueAt: upcoming[0]?.dueAt ?? null,
      upcoming: upcoming.slice(0, 12).map((o) => o.dueAt),
      given,
      endedAt: row.ended_at,
    };
  });
}

async function caseDischarge(db: Kysely<Database>, caseId: string) {
  const row = await db
    .selectFrom('cases')
    .select(['discharged_on', 'status'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  return row?.discharged_on ?? null;
}

export async function caseSchedules(ctx: SignedInContext, caseId: string): Promise<ScheduleList> {
  await requireCase(ctx, caseId, 'schedule.list', (f) => canReadCaseRecord(ctx.actor, f));
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.schedulesOfCase(trx, caseId);
    await audit(ctx, trx, {
      action: 'schedule.list',
      entityType: 'case',
      entityId: caseId,
      caseId,
    });
    const discharged = await caseDischarge(trx, caseId);
    return {
      schedules: await present(trx, rows, ctx.actor.practiceId, ctx.clock.now(), discharged),
    };
  });
}

export async function createSchedule(
  ctx: SignedInContext,
  caseId: string,
  body: ScheduleBody,
): Promise<Schedule> {
  await requireCase(ctx, caseId, 'schedule.create', (f) => canReadCaseRecord(ctx.actor, f));
  if (!(await findCaseMember(ctx.db, caseId, body.memberId))) {
    refuse('memberId', 'No such member in this case.');
  }
  if (!(await assignableDefinition(ctx, body.instrumentId))) {
    refuse('instrumentId', 'Choose a measure the practice can give (its text installed).');
  }
  checkRule(body, ctx.clock.now());
  const discharged = await caseDischarge(ctx.db, caseId);
  if (discharged && (body.kind === 'every_n_weeks' || body.kind === 'every_session')) {
    refuse('kind', 'The case is discharged: only follow-ups can be scheduled now.');
  }
  const id = uuidv7();
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertSchedule(trx, {
      id,
      practice_id: ctx.actor.practiceId,
      case_id: caseId,
      member_id: body.memberId,
      instrument_id: body.instrumentId,
      kind: body.kind,
      starts_on: body.startsOn ?? null,
      interval_weeks: body.intervalWeeks ?? null,
      local_time: body.localTime,
      time_zone: body.timeZone,
      follow_up_months: JSON.stringify([...(body.followUpMonths ?? [])].sort((a, b) => a - b)),
      created_by: ctx.actor.userId,
      created_at: now,
      ended_at: null,
    });
    await audit(ctx, trx, {
      action: 'schedule.create',
      entityType: 'measure_schedule',
      entityId: id,
      caseId,
      details: { kind: body.kind, instrument: body.instrumentId },
    });
  });
  const rows = await repo.schedulesOfCase(ctx.db, caseId);
  const [made] = await present(
    ctx.db,
    rows.filter((r) => r.id === id),
    ctx.actor.practiceId,
    ctx.clock.now(),
    discharged,
  );
  if (!made) throw new Error('schedule vanished after its own insert');
  return made;
}

export async function endSchedule(ctx: SignedInContext, scheduleId: string): Promise<ScheduleList> {
  const row = await repo.findSchedule(ctx.db, scheduleId);
  if (!row || row.practice_id !== ctx.actor.practiceId) {
    return deny(
      ctx,
      { action: 'schedule.end', entityType: 'measure_schedule', entityId: scheduleId },
      'not_found',
    );
  }
  await requireCase(ctx, row.case_id, 'schedule.end', (f) => canReadCaseRecord(ctx.actor, f));
  await ctx.db.transaction().execute(async (trx) => {
    await repo.endSchedule(trx, scheduleId, nowIso(ctx.clock));
    await audit(ctx, trx, {
      action: 'schedule.end',
      entityType: 'measure_schedule',
      entityId: scheduleId,
      caseId: row.case_id,
    });
  });
  return caseSchedules(ctx, row.case_id);
}

/**
 * Gives one occurrence, at most once: the run row's primary key and the assignment commit
 * together. The schedule's author gives it, while they are still on the care team.
 */
async function giveOnce(
  ctx: SignedInContext,
  trx: Kysely<Database>,
  schedule: repo.ScheduleRow,
  key: string,
  dueAt: string,
): Promise<boolean> {
  if (!(await repo.claimRun(trx, schedule.id, key, nowIso(ctx.clock)))) return false;
  const member = await findCaseMember(trx, schedule.case_id, schedule.member_id);
  const definition = await assignableDefinition({ ...ctx, db: trx }, schedule.instrument_id);
  if (!member || !definition) return true; // recorded as run, with nothing given
  const [assignmentId] = await assignWithin(
    ctx,
    trx,
    schedule.case_id,
    member,
    [definition],
    dueAt,
  );
  if (assignmentId) await repo.recordRunAssignment(trx, schedule.id, key, assignmentId);
  return true;
}

export interface SchedulerDeps {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
}

/**
 * Gives every calendar occurrence whose time has come and that was not given yet; safe to run
 * as often as wanted and from several processes at once. Returns how many were given.
 */
export async function runDueSchedules(deps: SchedulerDeps, caseId?: string): Promise<number> {
  const now = deps.clock.now();
  let given = 0;
  for (const schedule of await repo.activeCalendarSchedules(deps.db, caseId)) {
    if (schedule.creator_status !== 'active') continue;
    const facts = await loadCaseFacts(deps.db, schedule.case_id);
    const ctx: SignedInContext = {
      db: deps.db,
      config: deps.config,
      clock: deps.clock,
      actor: {
        userId: schedule.created_by,
        practiceId: schedule.practice_id,
        role: schedule.creator_role,
        displayName: schedule.creator_name,
      },
      meta: { requestId: `scheduler-${uuidv7()}`, ip: null, userAgent: 'securebase scheduler' },
    };
    if (!facts || !canReadCaseRecord(ctx.actor, facts)) continue;
    const done = await repo.runKeys(deps.db, schedule.id);
    const due = occurrences(ruleOf(schedule), now, schedule.discharged_on ?? null);
    for (const occurrence of due.filter((o) => !done.has(o.key))) {
      const dueBy = new Date(Date.parse(occurrence.dueAt) + GRACE_DAYS * DAY).toISOString();
      const ran = await deps.db
        .transaction()
        .execute((trx) => giveOnce(ctx, trx, schedule, occurrence.key, dueBy));
      if (ran) given += 1;
    }
  }
  return given;
}

/** After a session: the every-session measures of those who attended, due before the next. */
export async function giveAfterSession(
  ctx: SignedInContext,
  trx: Kysely<Database>,
  session: { id: string; caseId: string; heldAt: string; attendeeIds: readonly string[] },
): Promise<number> {
  const schedules = await repo.sessionSchedulesFor(trx, session.caseId, session.attendeeIds);
  const dueBy = new Date(Date.parse(session.heldAt) + AFTER_SESSION_DAYS * DAY).toISOString();
  let given = 0;
  for (const schedule of schedules) {
    if (await giveOnce(ctx, trx, schedule, `session:${session.id}`, dueBy)) given += 1;
  }
  return given;
}
