import type { Kysely } from 'kysely';
import type { Database, InvitationsTable } from '../db/schema';

export type NewInvitation = Omit<InvitationsTable, 'accepted_at' | 'revoked_at'>;

export function insertInvitation(trx: Kysely<Database>, invitation: NewInvitation) {
  return trx
    .insertInto('invitations')
    .values({ ...invitation, accepted_at: null, revoked_at: null })
    .execute();
}

export function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Single use: only the first acceptance updates the row. */
export async function markAccepted(
  trx: Kysely<Database>,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('invitations')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listInvitations(
  db: Kysely<Database>,
  practiceId: string,
  invitedBy: string | null,
) {
  let query = db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.invited_by')
    .selectAll('i')
    .select('u.display_name as inviter_name')
    .where('i.practice_id', '=', practiceId);
  if (invitedBy) query = query.where('i.invited_by', '=', invitedBy);
  return query.orderBy('i.created_at', 'desc').limit(200).execute();
}

export function pendingInvitationFor(db: Kysely<Database>, email: string, now: string) {
  return db
    .selectFrom('invitations')
    .select('id')
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}
