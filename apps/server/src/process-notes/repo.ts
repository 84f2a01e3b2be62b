import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, ProcessNotesTable } from '../db/schema';

export type ProcessNoteRow = Selectable<ProcessNotesTable>;

/** The author's own notes on a case, newest first: nobody else's are ever selected. */
export function notesOfAuthor(db: Kysely<Database>, authorId: string, caseId: string) {
  return db
    .selectFrom('process_notes')
    .selectAll()
    .where('author_id', '=', authorId)
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findNote(db: Kysely<Database>, id: string) {
  return db.selectFrom('process_notes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertNote(db: Kysely<Database>, row: Insertable<ProcessNotesTable>) {
  await db.insertInto('process_notes').values(row).execute();
}

export async function updateSealed(
  db: Kysely<Database>,
  id: string,
  sealed: { keyId: string; sealed: string },
  updatedAt: string | null,
) {
  await db
    .updateTable('process_notes')
    .set({
      key_id: sealed.keyId,
      sealed: sealed.sealed,
      ...(updatedAt ? { updated_at: updatedAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** A page of notes sealed under any key but `currentId`, for re-sealing. */
export function notesNotUnder(db: Kysely<Database>, currentId: string, limit: number) {
  return db
    .selectFrom('process_notes')
    .selectAll()
    .where('key_id', '!=', currentId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countNotUnder(db: Kysely<Database>, currentId: string): Promise<number> {
  const row = await db
    .selectFrom('process_notes')
    .select(({ fn }) => fn.countAll<number | string>().as('n'))
    .where('key_id', '!=', currentId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
