import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, MeasureSchedulesTable } from '../db/schema';

export type ScheduleRow = Selectable<MeasureSchedulesTable>;

export function schedulesOfCase(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('measure_schedules as s')
    .innerJoin('case_members as m', 'm.id', 's.member_id')
    .selectAll('s')
    .select('m.display_name as member_name')
    .where('s.case_id', '=', caseId)
    .orderBy('s.created_at')
    .execute();
}

export function findSchedule(db: Kysely<Database>, id: string) {
  return db.selectFrom('measure_schedules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSchedule(db: Kysely<Database>, row: Insertable<MeasureSchedulesTable>) {
  await db.insertInto('measure_schedules').values(row).execute();
}

export async function endSchedule(db: Kysely<Database>, id: string, at: string) {
  await db
    .updateTable('measure_schedules')
    .set({ ended_at: at })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}

/** Calendar schedules still running, with their case's discharge date (all practices). */
export function activeCalendarSchedules(db: Kysely<Database>, caseId?: string) {
  let query = db
    .selectFrom('measure_schedules as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .innerJoin('users as u', 'u.id', 's.created_by')
    .selectAll('s')
    .select([
      'c.discharged_on',
      'u.display_name as creator_name',
      'u.role as creator_role',
      'u.status as creator_status',
    ])
    .where('s.ended_at', 'is', null)
    .where('s.kind', '!=', 'every_session');
  if (caseId) query = query.where('s.case_id', '=', caseId);
  return query.execute();
}

export function sessionSchedulesFor(
  db: Kysely<Database>,
  caseId: string,
  memberIds: readonly string[],
) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('measure_schedules')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('kind', '=', 'every_session')
    .where('ended_at', 'is', null)
    .where('member_id', 'in', [...memberIds])
    .execute();
}

export async function runKeys(db: Kysely<Database>, scheduleId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('schedule_runs')
    .select('occurrence_key')
    .where('schedule_id', '=', scheduleId)
    .execute();
  return new Set(rows.map((r) => r.occurrence_key));
}

export async function runCounts(db: Kysely<Database>, scheduleIds: readonly string[]) {
  if (scheduleIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('schedule_runs')
    .select(({ fn }) => ['schedule_id', fn.countAll<number | string>().as('n')])
    .where('schedule_id', 'in', [...scheduleIds])
    .groupBy('schedule_id')
    .execute();
  return new Map(rows.map((r) => [r.schedule_id, Number(r.n)]));
}

/** Claims an occurrence; false when it was already given (by another run, or earlier). */
export async function claimRun(
  db: Kysely<Database>,
  scheduleId: string,
  key: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .insertInto('schedule_runs')
    .values({ schedule_id: scheduleId, occurrence_key: key, assignment_id: null, ran_at: now })
    .onConflict((oc) => oc.columns(['schedule_id', 'occurrence_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function recordRunAssignment(
  db: Kysely<Database>,
  scheduleId: string,
  key: string,
  assignmentId: string,
) {
  await db
    .updateTable('schedule_runs')
    .set({ assignment_id: assignmentId })
    .where('schedule_id', '=', scheduleId)
    .where('occurrence_key', '=', key)
    .execute();
}
