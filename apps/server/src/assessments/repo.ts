import type { Kysely, Selectable } from 'kysely';
import type {
  AssignmentsTable,
  ContentPacksTable,
  Database,
  ResponsesTable,
  RiskAlertsTable,
} from '../db/schema';

export type AssignmentRow = Selectable<AssignmentsTable>;
export type ResponseRow = Selectable<ResponsesTable>;
export type ContentPackRow = Selectable<ContentPacksTable>;
export type RiskAlertRow = Selectable<RiskAlertsTable>;

export function activeContentPacks(db: Kysely<Database>, practiceId: string) {
  return db
    .selectFrom('content_packs')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('replaced_at', 'is', null)
    .execute();
}

export function activeContentPack(db: Kysely<Database>, practiceId: string, instrumentId: string) {
  return db
    .selectFrom('content_packs')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('instrument_id', '=', instrumentId)
    .where('replaced_at', 'is', null)
    .executeTakeFirst();
}

export function insertAssignments(trx: Kysely<Database>, rows: AssignmentRow[]) {
  return trx.insertInto('assignments').values(rows).execute();
}

const assignmentColumns = [
  'a.id',
  'a.practice_id',
  'a.case_id',
  'a.member_id',
  'a.about_member_id',
  'a.instrument_id',
  'a.definition_version',
  'a.assigned_by',
  'a.due_at',
  'a.status',
  'a.created_at',
  'a.updated_at',
  'a.completed_at',
] as const;

/** Assignments with the respondent's name and any response (draft or submitted). */
export function assignmentsWhere(db: Kysely<Database>) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('case_members as m', 'm.id', 'a.member_id')
    .leftJoin('responses as r', 'r.assignment_id', 'a.id')
    .select(assignmentColumns)
    .select([
      'm.display_name as member_name',
      'm.user_id as member_user_id',
      'r.id as response_id',
      'r.status as response_status',
    ]);
}

export function findAssignment(db: Kysely<Database>, id: string) {
  return assignmentsWhere(db).where('a.id', '=', id).executeTakeFirst();
}

export function findResponseForAssignment(db: Kysely<Database>, assignmentId: string) {
  return db
    .selectFrom('responses')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .executeTakeFirst();
}

export function findResponse(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('responses as r')
    .innerJoin('case_members as m', 'm.id', 'r.member_id')
    .selectAll('r')
    .select(['m.display_name as member_name', 'm.user_id as member_user_id'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** Submitted responses of one member to one instrument, oldest first. */
export function submittedHistory(
  db: Kysely<Database>,
  caseId: string,
  memberId: string,
  instrumentId: string,
) {
  return db
    .selectFrom('responses')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('member_id', '=', memberId)
    .where('instrument_id', '=', instrumentId)
    .where('status', '=', 'submitted')
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
}

export function submittedForCase(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('responses as r')
    .innerJoin('case_members as m', 'm.id', 'r.member_id')
    .selectAll('r')
    .select('m.display_name as member_name')
    .where('r.case_id', '=', caseId)
    .where('r.status', '=', 'submitted')
    .orderBy('r.submitted_at')
    .orderBy('r.id')
    .execute();
}

export function insertRiskAlert(trx: Kysely<Database>, row: RiskAlertRow) {
  return trx.insertInto('risk_alerts').values(row).execute();
}

export function alertsForClinician(db: Kysely<Database>, clinicianId: string, practiceId: string) {
  return db
    .selectFrom('risk_alerts as ra')
    .innerJoin('care_team as t', 't.case_id', 'ra.case_id')
    .innerJoin('cases as c', 'c.id', 'ra.case_id')
    .innerJoin('case_members as m', 'm.id', 'ra.member_id')
    .leftJoin('users as u', 'u.id', 'ra.acknowledged_by')
    .selectAll('ra')
    .select([
      'c.title as case_title',
      'm.display_name as member_name',
      'u.display_name as acknowledged_by_name',
    ])
    .where('t.user_id', '=', clinicianId)
    .where('ra.practice_id', '=', practiceId)
    .orderBy('ra.created_at', 'desc')
    .limit(200)
    .execute();
}

export function findAlert(db: Kysely<Database>, id: string) {
  return db.selectFrom('risk_alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function sharedWith(db: Kysely<Database>, userId: string, practiceId: string) {
  return db
    .selectFrom('responses as r')
    .innerJoin('case_members as m', 'm.id', 'r.member_id')
    .select(['r.id', 'r.instrument_id', 'r.submitted_at', 'r.updated_at', 'r.shared_at'])
    .where('m.user_id', '=', userId)
    .where('r.practice_id', '=', practiceId)
    .where('r.status', '=', 'submitted')
    .where('r.shared_at', 'is not', null)
    .orderBy('r.shared_at', 'desc')
    .execute();
}

/** Open assignments of a case whose due time has passed, oldest first. */
export function overdueForCase(db: Kysely<Database>, caseId: string, now: string) {
  return assignmentsWhere(db)
    .where('a.case_id', '=', caseId)
    .where('a.status', '=', 'open')
    .where('a.due_at', 'is not', null)
    .where('a.due_at', '<', now)
    .orderBy('a.due_at')
    .execute();
}

/** Risk alerts of a case not yet acknowledged. */
export function openRiskAlertsOfCase(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('risk_alerts as r')
    .innerJoin('case_members as m', 'm.id', 'r.member_id')
    .selectAll('r')
    .select('m.display_name as member_name')
    .where('r.case_id', '=', caseId)
    .where('r.acknowledged_at', 'is', null)
    .orderBy('r.created_at')
    .execute();
}
