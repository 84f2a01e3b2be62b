import type { Insertable, Kysely } from 'kysely';
import type { Database, FormulationVersionsTable } from '../db/schema';

const columns = [
  'f.id',
  'f.version',
  'f.content',
  'f.note',
  'f.saved_at',
  'u.display_name as saved_by_name',
] as const;

/** The newest version saved at or before `at` (or the newest of all). */
export function versionAt(db: Kysely<Database>, memberId: string, at?: string) {
  let query = db
    .selectFrom('formulation_versions as f')
    .innerJoin('users as u', 'u.id', 'f.saved_by')
    .select(columns)
    .where('f.member_id', '=', memberId);
  if (at !== undefined) query = query.where('f.saved_at', '<=', at);
  return query.orderBy('f.version', 'desc').limit(1).executeTakeFirst();
}

export function versions(db: Kysely<Database>, memberId: string) {
  return db
    .selectFrom('formulation_versions as f')
    .innerJoin('users as u', 'u.id', 'f.saved_by')
    .select(columns)
    .where('f.member_id', '=', memberId)
    .orderBy('f.version')
    .execute();
}

export async function insertVersion(
  trx: Kysely<Database>,
  row: Insertable<FormulationVersionsTable>,
): Promise<void> {
  await trx.insertInto('formulation_versions').values(row).execute();
}

/** Submitted responses of a member, by id, to check links from working models to scores. */
export function memberResponses(db: Kysely<Database>, memberId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('responses')
    .select(['id', 'result'])
    .where('member_id', '=', memberId)
    .where('status', '=', 'submitted')
    .where('id', 'in', [...ids])
    .execute();
}
