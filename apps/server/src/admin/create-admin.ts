import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/repo';
import type { Database } from '../db/schema';
import { hashPassword, passwordProblem } from '../identity/passwords';
import { findUserByEmail, insertUsers } from '../identity/repo';
import type { Clock } from '../lib/clock';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';

export interface CreateAdminInput {
  email: string;
  name: string;
  password: string;
  /** The practice to join, by name; created when no practice has this name. */
  practice: string;
}

/** Bootstraps a practice admin from the command line; they enrol TOTP at first sign-in. */
export async function createAdmin(
  db: Kysely<Database>,
  clock: Clock,
  input: CreateAdminInput,
): Promise<{ userId: string; practiceId: string; createdPractice: boolean }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email))
    throw new AppError('validation_failed', 'email is not an email address', { field: 'email' });
  if (!input.name.trim())
    throw new AppError('validation_failed', 'name is required', { field: 'name' });
  if (!input.practice.trim())
    throw new AppError('validation_failed', 'practice is required', { field: 'practice' });
  const problem = passwordProblem(input.password);
  if (problem)
    throw new AppError('validation_failed', `password: ${problem}`, { field: 'password' });
  if (await findUserByEmail(db, email))
    throw new AppError('conflict', `an account with ${email} already exists`);
  const passwordHash = await hashPassword(input.password);
  const now = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('practices')
      .select('id')
      .where('name', '=', input.practice.trim())
      .executeTakeFirst();
    const practiceId = existing?.id ?? uuidv7();
    if (!existing) {
      await trx
        .insertInto('practices')
        .values({ id: practiceId, name: input.practice.trim(), settings: '{}', created_at: now })
        .execute();
    }
    const userId = uuidv7();
    await insertUsers(trx, [
      {
        id: userId,
        practiceId,
        email,
        displayName: input.name.trim(),
        role: 'admin',
        passwordHash,
        now,
      },
    ]);
    await appendAuditEvent(trx, {
      at: now,
      practiceId,
      actorId: null,
      actorRole: 'cli',
      action: 'user.create_admin',
      entityType: 'user',
      entityId: userId,
      outcome: 'success',
      ip: null,
      requestId: null,
      details: { createdPractice: !existing },
    });
    return { userId, practiceId, createdPractice: !existing };
  });
}
