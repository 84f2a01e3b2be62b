import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { sha256Hex } from '../lib/crypto';
import { secretToken } from '../lib/ids';

/** ASVS 4.0.3 3.3.2 (L2) and HIPAA automatic logoff: 30 minutes idle, 12 hours at most. */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;
/** Writes of last_seen_at are spared when the previous one is this recent. */
const TOUCH_EVERY_MS = 60_000;

export const SESSION_COOKIE = '__Host-securebase_session';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  practiceId: string;
  secondFactorDone: boolean;
}

export async function createSession(
  db: Kysely<Database>,
  input: {
    userId: string;
    practiceId: string;
    secondFactorDone: boolean;
    now: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<{ token: string; record: SessionRecord }> {
  const token = secretToken();
  const tokenHash = sha256Hex(token);
  const nowIso = input.now.toISOString();
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      user_id: input.userId,
      practice_id: input.practiceId,
      second_factor_done: input.secondFactorDone ? 1 : 0,
      created_at: nowIso,
      last_seen_at: nowIso,
      expires_at: new Date(input.now.getTime() + ABSOLUTE_TIMEOUT_MS).toISOString(),
      revoked_at: null,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return {
    token,
    record: {
      tokenHash,
      userId: input.userId,
      practiceId: input.practiceId,
      secondFactorDone: input.secondFactorDone,
    },
  };
}

/**
 * The live session for a cookie token, or null when unknown, revoked, idle for 30 minutes,
 * past 12 hours, or its account is disabled.
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<SessionRecord | null> {
  const tokenHash = sha256Hex(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.token_hash',
      's.user_id',
      's.practice_id',
      's.second_factor_done',
      's.last_seen_at',
      's.expires_at',
      's.revoked_at',
      'u.status',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.status !== 'active') return null;
  const nowMs = now.getTime();
  if (nowMs >= Date.parse(row.expires_at)) return null;
  const lastSeen = Date.parse(row.last_seen_at);
  if (nowMs - lastSeen >= IDLE_TIMEOUT_MS) return null;
  if (nowMs - lastSeen >= TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return {
    tokenHash,
    userId: row.user_id,
    practiceId: row.practice_id,
    secondFactorDone: row.second_factor_done === 1,
  };
}

export function revokeSession(db: Kysely<Database>, tokenHash: string, now: Date) {
  return db
    .updateTable('sessions')
    .set({ revoked_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}

export function revokeAllSessions(db: Kysely<Database>, userId: string, now: Date) {
  return db
    .updateTable('sessions')
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
