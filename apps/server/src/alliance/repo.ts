import type { Insertable, Kysely } from 'kysely';
import type { AllianceRupturesTable, Database } from '../db/schema';

function parse(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The alliance measure a practice chose, if it chose one. */
export async function chosenAllianceMeasure(db: Kysely<Database>, practiceId: string) {
  const row = await db
    .selectFrom('practices')
    .select('settings')
    .where('id', '=', practiceId)
    .executeTakeFirst();
  const chosen = row ? parse(row.settings).allianceInstrumentId : undefined;
  return typeof chosen === 'string' ? chosen : undefined;
}

export async function saveAllianceMeasure(
  db: Kysely<Database>,
  practiceId: string,
  instrumentId: string,
) {
  const row = await db
    .selectFrom('practices')
    .select('settings')
    .where('id', '=', practiceId)
    .executeTakeFirstOrThrow();
  const settings = { ...parse(row.settings), allianceInstrumentId: instrumentId };
  await db
    .updateTable('practices')
    .set({ settings: JSON.stringify(settings) })
    .where('id', '=', practiceId)
    .execute();
}

export function rupturesOfMember(db: Kysely<Database>, memberId: string) {
  return db
    .selectFrom('alliance_ruptures as r')
    .innerJoin('users as u', 'u.id', 'r.recorded_by')
    .selectAll('r')
    .select('u.display_name as recorded_by_name')
    .where('r.member_id', '=', memberId)
    .execute();
}

/** One record per rating: a second save replaces what was written about that rupture. */
export async function upsertRupture(db: Kysely<Database>, row: Insertable<AllianceRupturesTable>) {
  await db
    .insertInto('alliance_ruptures')
    .values(row)
    .onConflict((oc) =>
      oc.column('response_id').doUpdateSet({
        what_happened: row.what_happened,
        repair_attempted: row.repair_attempted,
        repair_session_id: row.repair_session_id ?? null,
        recorded_by: row.recorded_by,
        recorded_at: row.recorded_at,
      }),
    )
    .execute();
}
