/** The two reads the FHIR export needs; it writes nothing but audit events. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** A response with what its export needs from the assignment: who it is about. */
export function findResponseForExport(db: Kysely<Database>, responseId: string) {
  return db
    .selectFrom('responses as r')
    .innerJoin('assignments as a', 'a.id', 'r.assignment_id')
    .select([
      'r.id',
      'r.practice_id',
      'r.case_id',
      'r.member_id',
      'r.instrument_id',
      'r.answers',
      'r.status',
      'r.result',
      'r.entered_by',
      'r.entry_mode',
      'r.submitted_at',
      'a.about_member_id',
    ])
    .where('r.id', '=', responseId)
    .executeTakeFirst();
}

export type ExportResponseRow = NonNullable<Awaited<ReturnType<typeof findResponseForExport>>>;

/** The practice's installed (not replaced) content pack for an instrument, if any. */
export function installedContentPack(
  db: Kysely<Database>,
  practiceId: string,
  instrumentId: string,
) {
  return db
    .selectFrom('content_packs')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('instrument_id', '=', instrumentId)
    .where('replaced_at', 'is', null)
    .executeTakeFirst();
}
