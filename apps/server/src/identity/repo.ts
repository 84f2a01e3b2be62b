import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../db/schema';

export type UserRow = Selectable<UsersTable>;

export function findUserByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserInPractice(db: Kysely<Database>, practiceId: string, id: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
}

export function practiceName(db: Kysely<Database>, practiceId: string) {
  return db
    .selectFrom('practices')
    .select('name')
    .where('id', '=', practiceId)
    .executeTakeFirstOrThrow()
    .then((r) => r.name);
}

export function recordFailedAttempt(
  db: Kysely<Database>,
  userId: string,
  failedLogins: number,
  lockedUntil: string | null,
  now: string,
) {
  return db
    .updateTable('users')
    .set({ failed_logins: failedLogins, locked_until: lockedUntil, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

export function clearFailedAttempts(db: Kysely<Database>, userId: string, now: string) {
  return db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

export function setTotp(
  db: Kysely<Database>,
  userId: string,
  values: {
    totp_secret: string | null;
    totp_enabled_at: string | null;
    totp_last_step: number | null;
  },
  now: string,
) {
  return db
    .updateTable('users')
    .set({ ...values, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

/** Moves the last accepted step forward only: a concurrent replay loses the race. */
export async function advanceTotpStep(
  db: Kysely<Database>,
  userId: string,
  step: number,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks an unused recovery code used; true when one matched. */
export async function useRecoveryCode(
  db: Kysely<Database>,
  userId: string,
  codeHash: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface NewUser {
  id: string;
  practiceId: string;
  email: string;
  displayName: string;
  role: UserRow['role'];
  passwordHash: string | null;
  now: string;
}

/** An active account with no second factor yet: the one shape every new account starts in. */
export function newUserRow(user: NewUser): UserRow {
  return {
    id: user.id,
    practice_id: user.practiceId,
    email: user.email.toLowerCase(),
    display_name: user.displayName,
    role: user.role,
    password_hash: user.passwordHash,
    status: 'active',
    totp_secret: null,
    totp_enabled_at: null,
    totp_last_step: null,
    failed_logins: 0,
    locked_until: null,
    created_at: user.now,
    updated_at: user.now,
  };
}

export function insertUsers(trx: Kysely<Database>, users: NewUser[]) {
  return trx.insertInto('users').values(users.map(newUserRow)).execute();
}
