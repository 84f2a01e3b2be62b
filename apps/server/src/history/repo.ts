import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, HistoryEntriesTable } from '../db/schema';

export type HistoryRow = Selectable<HistoryEntriesTable>;

/** What the care team sees: their own entries and the client's shared ones, never private ones. */
export function entriesForCareTeam(db: Kysely<Database>, memberId: string) {
  return db
    .selectFrom('history_entries')
    .selectAll()
    .where('member_id', '=', memberId)
    .where((eb) => eb.or([eb('author', '=', 'clinician'), eb('shared_with_clinician', '=', 1)]))
    .orderBy('date_from')
    .orderBy('age_from')
    .orderBy('created_at')
    .execute();
}

/** The client's own entries (private and shared), across their case memberships. */
export function entriesOfClient(db: Kysely<Database>, memberIds: readonly string[]) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('history_entries')
    .selectAll()
    .where('member_id', 'in', [...memberIds])
    .where('author', '=', 'client')
    .orderBy('date_from')
    .orderBy('age_from')
    .orderBy('created_at')
    .execute();
}

export function findEntry(db: Kysely<Database>, id: string) {
  return db.selectFrom('history_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEntry(trx: Kysely<Database>, row: Insertable<HistoryEntriesTable>) {
  await trx.insertInto('history_entries').values(row).execute();
}

export async function setShared(trx: Kysely<Database>, id: string, shared: boolean, now: string) {
  await trx
    .updateTable('history_entries')
    .set({ shared_with_clinician: shared ? 1 : 0, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** The signed-in person's memberships in their practice. */
export function membershipsOf(db: Kysely<Database>, userId: string, practiceId: string) {
  return db
    .selectFrom('case_members')
    .select(['id', 'case_id'])
    .where('user_id', '=', userId)
    .where('practice_id', '=', practiceId)
    .execute();
}
