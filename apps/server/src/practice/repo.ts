import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type {
  Database,
  ExerciseAssignmentsTable,
  PracticeCommentsTable,
  PracticeEntriesTable,
} from '../db/schema';

export type AssignmentRow = Selectable<ExerciseAssignmentsTable> & {
  member_name: string;
  assigned_by: string;
};
export type EntryRow = Selectable<PracticeEntriesTable>;
export type CommentRow = Selectable<PracticeCommentsTable> & { author_name: string };

function assignments(db: Kysely<Database>) {
  return db
    .selectFrom('exercise_assignments as a')
    .innerJoin('case_members as m', 'm.id', 'a.member_id')
    .innerJoin('users as u', 'u.id', 'a.created_by')
    .selectAll('a')
    .select(['m.display_name as member_name', 'u.display_name as assigned_by']);
}

export function assignmentsOfCase(db: Kysely<Database>, caseId: string, memberId?: string) {
  let query = assignments(db).where('a.case_id', '=', caseId);
  if (memberId) query = query.where('a.member_id', '=', memberId);
  return query.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').execute();
}

export function assignmentsOfMembers(db: Kysely<Database>, memberIds: readonly string[]) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return assignments(db)
    .where('a.member_id', 'in', memberIds)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}

export function findAssignment(db: Kysely<Database>, id: string) {
  return assignments(db).where('a.id', '=', id).executeTakeFirst();
}

export async function insertAssignment(
  db: Kysely<Database>,
  row: Insertable<ExerciseAssignmentsTable>,
) {
  await db.insertInto('exercise_assignments').values(row).execute();
}

export async function endAssignment(db: Kysely<Database>, id: string, at: string) {
  await db
    .updateTable('exercise_assignments')
    .set({ ended_at: at })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}

/** What completion needs of each entry: no content. */
export function completionFacts(db: Kysely<Database>, assignmentIds: readonly string[]) {
  if (assignmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('practice_entries')
    .select(['id', 'assignment_id', 'period_on', 'status', 'completed_at'])
    .where('assignment_id', 'in', assignmentIds)
    .execute();
}

export function findEntry(db: Kysely<Database>, id: string) {
  return db.selectFrom('practice_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The client's own entries, newest first. */
export function entriesOfAuthor(db: Kysely<Database>, authorId: string, limit = 200) {
  return db
    .selectFrom('practice_entries')
    .selectAll()
    .where('author_id', '=', authorId)
    .orderBy('local_date', 'desc')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The entries the care team may read: finished and shared by the client. The filter lives in
 * the query, so a private entry never leaves the database for a clinician's request.
 */
export function sharedEntriesOfCase(
  db: Kysely<Database>,
  caseId: string,
  memberId?: string,
  limit = 200,
) {
  let query = db
    .selectFrom('practice_entries')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('shared', '=', 1)
    .where('status', '=', 'done');
  if (memberId) query = query.where('member_id', '=', memberId);
  return query.orderBy('local_date', 'desc').orderBy('created_at', 'desc').limit(limit).execute();
}

export async function insertEntry(db: Kysely<Database>, row: Insertable<PracticeEntriesTable>) {
  await db.insertInto('practice_entries').values(row).execute();
}

export async function updateEntry(
  db: Kysely<Database>,
  id: string,
  change: Updateable<PracticeEntriesTable>,
) {
  await db.updateTable('practice_entries').set(change).where('id', '=', id).execute();
}

export async function deleteDraft(db: Kysely<Database>, id: string) {
  await db
    .deleteFrom('practice_entries')
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

export function commentsOn(db: Kysely<Database>, entryIds: readonly string[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('practice_comments as c')
    .innerJoin('users as u', 'u.id', 'c.author_id')
    .selectAll('c')
    .select('u.display_name as author_name')
    .where('c.entry_id', 'in', entryIds)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export async function insertComment(db: Kysely<Database>, row: Insertable<PracticeCommentsTable>) {
  await db.insertInto('practice_comments').values(row).execute();
}

/** The exercises whose entries make the weekly trends. */
const TREND_KINDS = ['emotion_log', 'mindfulness', 'regulation_skill'] as const;

/**
 * Finished entries for the trends since a local date, whatever the length of the list shown:
 * the client's own, or (for the care team) only those the client shared.
 */
export function trendEntries(
  db: Kysely<Database>,
  scope: { authorId: string } | { caseId: string; memberId?: string },
  since: string,
) {
  let query = db
    .selectFrom('practice_entries')
    .selectAll()
    .where('status', '=', 'done')
    .where('kind', 'in', TREND_KINDS)
    .where('local_date', '>=', since);
  if ('authorId' in scope) {
    query = query.where('author_id', '=', scope.authorId);
  } else {
    query = query.where('case_id', '=', scope.caseId).where('shared', '=', 1);
    if (scope.memberId) query = query.where('member_id', '=', scope.memberId);
  }
  return query.orderBy('local_date').execute();
}
