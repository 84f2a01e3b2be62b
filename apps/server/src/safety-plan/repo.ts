import type { Insertable, Kysely } from 'kysely';
import type { Database, SafetyPlanVersionsTable } from '../db/schema';

const columns = [
  's.id',
  's.case_id',
  's.member_id',
  's.version',
  's.content',
  's.saved_by_role',
  's.saved_at',
  'u.display_name as saved_by_name',
] as const;

/** The newest saved version of a member's safety plan, or undefined before the first save. */
export function latestVersion(db: Kysely<Database>, memberId: string) {
  return db
    .selectFrom('safety_plan_versions as s')
    .innerJoin('users as u', 'u.id', 's.saved_by')
    .select(columns)
    .where('s.member_id', '=', memberId)
    .orderBy('s.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export type VersionRow = NonNullable<Awaited<ReturnType<typeof latestVersion>>>;

/** Who saved each version and when, newest first (never the text). */
export function versionList(db: Kysely<Database>, memberId: string) {
  return db
    .selectFrom('safety_plan_versions as s')
    .innerJoin('users as u', 'u.id', 's.saved_by')
    .select(['s.version', 's.saved_at', 's.saved_by_role', 'u.display_name as saved_by_name'])
    .where('s.member_id', '=', memberId)
    .orderBy('s.version', 'desc')
    .execute();
}

export async function insertVersion(
  trx: Kysely<Database>,
  row: Insertable<SafetyPlanVersionsTable>,
): Promise<void> {
  await trx.insertInto('safety_plan_versions').values(row).execute();
}
