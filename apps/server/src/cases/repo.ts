import type { Kysely } from 'kysely';
import type { CaseKind, Database, MemberRole } from '../db/schema';
import type { CaseFacts } from './policy';

export async function caseFacts(db: Kysely<Database>, caseId: string): Promise<CaseFacts | null> {
  const row = await db
    .selectFrom('cases')
    .select(['practice_id'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!row) return null;
  const team = await db
    .selectFrom('care_team')
    .select('user_id')
    .where('case_id', '=', caseId)
    .execute();
  const members = await db
    .selectFrom('case_members')
    .select('user_id')
    .where('case_id', '=', caseId)
    .where('user_id', 'is not', null)
    .execute();
  return {
    practiceId: row.practice_id,
    careTeam: team.map((t) => t.user_id),
    memberUsers: members.flatMap((m) => (m.user_id ? [m.user_id] : [])),
  };
}

export interface NewCase {
  id: string;
  practiceId: string;
  kind: CaseKind;
  title: string;
  createdBy: string;
  now: string;
  members: { id: string; displayName: string; memberRole: MemberRole; birthYear: number | null }[];
}

export async function insertCase(trx: Kysely<Database>, input: NewCase): Promise<void> {
  await trx
    .insertInto('cases')
    .values({
      id: input.id,
      practice_id: input.practiceId,
      kind: input.kind,
      title: input.title,
      status: 'open',
      created_by: input.createdBy,
      created_at: input.now,
      updated_at: input.now,
      last_activity_at: input.now,
    })
    .execute();
  await trx
    .insertInto('case_members')
    .values(
      input.members.map((m) => ({
        id: m.id,
        case_id: input.id,
        practice_id: input.practiceId,
        user_id: null,
        display_name: m.displayName,
        member_role: m.memberRole,
        birth_year: m.birthYear,
        created_at: input.now,
      })),
    )
    .execute();
  await trx
    .insertInto('care_team')
    .values({
      case_id: input.id,
      user_id: input.createdBy,
      practice_id: input.practiceId,
      team_role: 'lead',
      added_at: input.now,
    })
    .execute();
}

/** Sort fields reach SQL only through this allow-list. */
const SORT_COLUMNS = {
  title: 'c.title',
  lastActivityAt: 'c.last_activity_at',
  createdAt: 'c.created_at',
} as const;
export type CaseSort = keyof typeof SORT_COLUMNS;

export async function caseloadOf(
  db: Kysely<Database>,
  clinicianId: string,
  practiceId: string,
  options: { status?: 'open' | 'closed' | undefined; sort: CaseSort; order: 'asc' | 'desc' },
) {
  let query = db
    .selectFrom('cases as c')
    .innerJoin('care_team as t', 't.case_id', 'c.id')
    .selectAll('c')
    .where('t.user_id', '=', clinicianId)
    .where('c.practice_id', '=', practiceId);
  if (options.status) query = query.where('c.status', '=', options.status);
  return query.orderBy(SORT_COLUMNS[options.sort], options.order).orderBy('c.id').execute();
}

export function findCase(db: Kysely<Database>, caseId: string) {
  return db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
}

export async function membersOf(db: Kysely<Database>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('case_members')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function careTeamOf(db: Kysely<Database>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('care_team as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.case_id', 't.user_id', 't.team_role', 'u.display_name'])
    .where('t.case_id', 'in', caseIds)
    .orderBy('t.added_at')
    .execute();
}

export function membershipsOf(db: Kysely<Database>, userId: string, practiceId: string) {
  return db
    .selectFrom('case_members as m')
    .innerJoin('cases as c', 'c.id', 'm.case_id')
    .select(['c.id as case_id', 'm.id as member_id', 'c.title', 'm.member_role'])
    .where('m.user_id', '=', userId)
    .where('c.practice_id', '=', practiceId)
    .orderBy('c.created_at')
    .execute();
}

export function findMember(db: Kysely<Database>, caseId: string, memberId: string) {
  return db
    .selectFrom('case_members')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', memberId)
    .executeTakeFirst();
}

export function linkMemberToUser(trx: Kysely<Database>, memberId: string, userId: string) {
  return trx
    .updateTable('case_members')
    .set({ user_id: userId })
    .where('id', '=', memberId)
    .execute();
}

export function touchCase(trx: Kysely<Database>, caseId: string, now: string) {
  return trx
    .updateTable('cases')
    .set({ last_activity_at: now, updated_at: now })
    .where('id', '=', caseId)
    .execute();
}
