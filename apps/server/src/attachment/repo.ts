import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The instruments that place a person on the attachment plane. */
export const ATTACHMENT_INSTRUMENTS = ['ecr-r', 'ecr-rs', 'rq'] as const;

export function caseMembers(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('case_members')
    .select(['id', 'display_name', 'member_role'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Submitted ECR-R, ECR-RS and RQ responses of a case, oldest first. */
export function attachmentResponses(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('responses')
    .select(['id', 'member_id', 'instrument_id', 'result', 'submitted_at', 'updated_at'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'submitted')
    .where('instrument_id', 'in', [...ATTACHMENT_INSTRUMENTS])
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
}

/** The case title and practice name, for a report's heading. */
export function caseHeading(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('practices as p', 'p.id', 'c.practice_id')
    .select(['c.title', 'p.name as practice_name'])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}
