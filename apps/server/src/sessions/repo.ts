import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  Database,
  NoteAmendmentsTable,
  ProgressNotesTable,
  TherapySessionsTable,
} from '../db/schema';

export type SessionRow = Selectable<TherapySessionsTable> & { recorded_by_name: string };
export type NoteRow = Selectable<ProgressNotesTable> & {
  author_name: string;
  signed_by_name: string | null;
};
export type AmendmentRow = Selectable<NoteAmendmentsTable> & { author_name: string };

function sessionsWithNames(db: Kysely<Database>) {
  return db
    .selectFrom('therapy_sessions as s')
    .innerJoin('users as u', 'u.id', 's.recorded_by')
    .selectAll('s')
    .select('u.display_name as recorded_by_name');
}

/** A case's sessions in the order they were held. */
export function sessionsOfCase(db: Kysely<Database>, caseId: string): Promise<SessionRow[]> {
  return sessionsWithNames(db)
    .where('s.case_id', '=', caseId)
    .orderBy('s.held_at')
    .orderBy('s.id')
    .execute();
}

export function findSession(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  return sessionsWithNames(db).where('s.id', '=', id).executeTakeFirst();
}

export async function insertSession(
  db: Kysely<Database>,
  row: Insertable<TherapySessionsTable>,
  attendeeIds: readonly string[],
): Promise<void> {
  await db.insertInto('therapy_sessions').values(row).execute();
  await db
    .insertInto('session_attendees')
    .values(attendeeIds.map((member_id) => ({ session_id: row.id, member_id })))
    .execute();
}

export function attendeesOf(db: Kysely<Database>, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('session_attendees as a')
    .innerJoin('case_members as m', 'm.id', 'a.member_id')
    .select(['a.session_id', 'a.member_id', 'm.display_name'])
    .where('a.session_id', 'in', [...sessionIds])
    .orderBy('m.display_name')
    .execute();
}

/** For each session with a note: whether it is signed and how many amendments it has. */
export function noteStates(db: Kysely<Database>, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('progress_notes as n')
    .leftJoin('note_amendments as a', 'a.session_id', 'n.session_id')
    .select(({ fn }) => [
      'n.session_id',
      'n.signed_at',
      fn.count<number | string>('a.id').as('amendments'),
    ])
    .where('n.session_id', 'in', [...sessionIds])
    .groupBy(['n.session_id', 'n.signed_at'])
    .execute();
}

export function findNote(db: Kysely<Database>, sessionId: string): Promise<NoteRow | undefined> {
  return db
    .selectFrom('progress_notes as n')
    .innerJoin('users as u', 'u.id', 'n.author_id')
    .leftJoin('users as s', 's.id', 'n.signed_by')
    .selectAll('n')
    .select(['u.display_name as author_name', 's.display_name as signed_by_name'])
    .where('n.session_id', '=', sessionId)
    .executeTakeFirst();
}

export function amendmentsOf(db: Kysely<Database>, sessionId: string): Promise<AmendmentRow[]> {
  return db
    .selectFrom('note_amendments as a')
    .innerJoin('users as u', 'u.id', 'a.author_id')
    .selectAll('a')
    .select('u.display_name as author_name')
    .where('a.session_id', '=', sessionId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

export async function insertNote(db: Kysely<Database>, row: Insertable<ProgressNotesTable>) {
  await db.insertInto('progress_notes').values(row).execute();
}

/**
 * Replaces a draft's content only while it is unsigned and unchanged since `baseUpdatedAt`;
 * returns false when another save or a signature got there first.
 */
export async function updateDraft(
  db: Kysely<Database>,
  sessionId: string,
  baseUpdatedAt: string,
  content: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('progress_notes')
    .set({ content, updated_at: now })
    .where('session_id', '=', sessionId)
    .where('updated_at', '=', baseUpdatedAt)
    .where('signed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Signs a draft once; returns false when it was already signed. */
export async function signNote(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('progress_notes')
    .set({ signed_at: now, signed_by: userId })
    .where('session_id', '=', sessionId)
    .where('signed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAmendment(db: Kysely<Database>, row: Insertable<NoteAmendmentsTable>) {
  await db.insertInto('note_amendments').values(row).execute();
}
