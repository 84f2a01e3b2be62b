import { randomBytes } from 'node:crypto';
import type { LoginResult, Me, SecondFactorState } from '@securebase/contracts';
import { STAFF_ROLES } from '@securebase/contracts';
import { audit, deny } from '../audit/service';
import { AppError } from '../lib/errors';
import { decryptSecret, encryptSecret, sha256Hex } from '../lib/crypto';
import { nowIso, type ServiceContext } from '../lib/context';
import { uuidv7 } from '../lib/ids';
import { burnVerifyTime, verifyPassword } from './passwords';
import * as repo from './repo';
import { createSession, revokeSession, type SessionRecord } from './sessions';
import { checkTotp, newTotpSecret, totpUri } from './totp';

/** Five wrong passwords or codes lock the account for fifteen minutes (ASVS 6.3.1). */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;
const RECOVERY_CODE_COUNT = 10;

export interface SessionGrant {
  token: string;
  result: LoginResult;
}

export function secondFactorState(
  ctx: ServiceContext,
  user: repo.UserRow,
  done: boolean,
): SecondFactorState {
  if (done) return 'complete';
  if (user.totp_enabled_at !== null) return 'required';
  return 'setup-required';
}

function needsSecondFactor(ctx: ServiceContext, user: repo.UserRow): boolean {
  if (user.totp_enabled_at !== null) return true;
  return ctx.config.requireStaffSecondFactor && STAFF_ROLES.includes(user.role);
}

export async function describeMe(ctx: ServiceContext, user: repo.UserRow): Promise<Me> {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    practiceId: user.practice_id,
    practiceName: await repo.practiceName(ctx.db, user.practice_id),
    secondFactorEnabled: user.totp_enabled_at !== null,
    demo: ctx.config.demo,
  };
}

function lockedFor(ctx: ServiceContext, user: repo.UserRow): number {
  if (!user.locked_until) return 0;
  return Math.max(0, Math.ceil((Date.parse(user.locked_until) - ctx.clock.now().getTime()) / 1000));
}

async function refuseWhileLocked(ctx: ServiceContext, user: repo.UserRow, action: string) {
  const seconds = lockedFor(ctx, user);
  if (seconds === 0) return;
  await ctx.db.transaction().execute((trx) =>
    audit(ctx, trx, {
      action,
      outcome: 'denied',
      practiceId: user.practice_id,
      actorId: user.id,
      actorRole: user.role,
      details: { reason: 'locked' },
    }),
  );
  throw new AppError('rate_limited', 'Too many attempts. Please wait before trying again.', {
    retryAfterSeconds: seconds,
  });
}

/** Counts a failed password or code, locking the account at the limit; audited. */
async function countFailure(ctx: ServiceContext, user: repo.UserRow, action: string) {
  const failures = user.failed_logins + 1;
  const lock =
    failures >= MAX_FAILED_ATTEMPTS
      ? new Date(ctx.clock.now().getTime() + LOCKOUT_MINUTES * 60_000).toISOString()
      : null;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.recordFailedAttempt(trx, user.id, lock ? 0 : failures, lock, nowIso(ctx.clock));
    await audit(ctx, trx, {
      action,
      outcome: 'failure',
      practiceId: user.practice_id,
      actorId: user.id,
      actorRole: user.role,
      details: lock ? { failures, locked: true } : { failures },
    });
  });
}

async function grant(
  ctx: ServiceContext,
  user: repo.UserRow,
  done: boolean,
): Promise<SessionGrant> {
  const { token } = await createSession(ctx.db, {
    userId: user.id,
    practiceId: user.practice_id,
    secondFactorDone: done,
    now: ctx.clock.now(),
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent,
  });
  return {
    token,
    result: { secondFactor: secondFactorState(ctx, user, done), me: await describeMe(ctx, user) },
  };
}

export async function login(
  ctx: ServiceContext,
  email: string,
  password: string,
): Promise<SessionGrant> {
  const user = await repo.findUserByEmail(ctx.db, email);
  const wrong = () => new AppError('unauthenticated', 'The email or password is not right.');
  if (!user?.password_hash || user.status !== 'active') {
    await burnVerifyTime(password);
    await ctx.db.transaction().execute((trx) =>
      audit(ctx, trx, {
        action: 'auth.login',
        outcome: 'failure',
        practiceId: user?.practice_id ?? null,
        actorId: user?.id ?? null,
        actorRole: user?.role ?? null,
        details: { reason: user ? 'inactive' : 'unknown account' },
      }),
    );
    throw wrong();
  }
  await refuseWhileLocked(ctx, user, 'auth.login');
  if (!(await verifyPassword(user.password_hash, password))) {
    await countFailure(ctx, user, 'auth.login');
    throw wrong();
  }
  const done = !needsSecondFactor(ctx, user);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.clearFailedAttempts(trx, user.id, nowIso(ctx.clock));
    await audit(ctx, trx, {
      action: 'auth.login',
      practiceId: user.practice_id,
      actorId: user.id,
      actorRole: user.role,
      details: { secondFactor: secondFactorState(ctx, user, done) },
    });
  });
  return grant(ctx, user, done);
}

async function sessionUser(ctx: ServiceContext, session: SessionRecord): Promise<repo.UserRow> {
  const user = await repo.findUserById(ctx.db, session.userId);
  if (!user) throw new AppError('unauthenticated', 'Please sign in.');
  return user;
}

export async function currentSession(
  ctx: ServiceContext,
  session: SessionRecord,
): Promise<LoginResult> {
  const user = await sessionUser(ctx, session);
  return {
    secondFactor: secondFactorState(ctx, user, session.secondFactorDone),
    me: await describeMe(ctx, user),
  };
}

/** A new session id once the second factor is done (privilege change), the old one revoked. */
async function upgrade(ctx: ServiceContext, session: SessionRecord, user: repo.UserRow) {
  await revokeSession(ctx.db, session.tokenHash, ctx.clock.now());
  return grant(ctx, user, true);
}

export async function completeSecondFactor(
  ctx: ServiceContext,
  session: SessionRecord,
  code: string,
): Promise<SessionGrant> {
  const user = await sessionUser(ctx, session);
  if (user.totp_enabled_at === null || user.totp_secret === null) {
    throw new AppError('conflict', 'No second factor is set up for this account yet.');
  }
  await refuseWhileLocked(ctx, user, 'auth.second_factor');
  const cleaned = code.replace(/\s+/g, '');
  const now = ctx.clock.now();
  let ok = false;
  let method = 'totp';
  if (/^\d{6}$/.test(cleaned)) {
    const secret = decryptSecret(ctx.config.encryptionKey, user.totp_secret);
    const step = await checkTotp(secret, cleaned, now, user.totp_last_step);
    ok = step !== null && (await repo.advanceTotpStep(ctx.db, user.id, step));
  } else {
    method = 'recovery code';
    ok = await repo.useRecoveryCode(
      ctx.db,
      user.id,
      sha256Hex(normaliseRecovery(cleaned)),
      now.toISOString(),
    );
  }
  if (!ok) {
    await countFailure(ctx, user, 'auth.second_factor');
    throw new AppError('unauthenticated', 'That code did not work. Codes change every 30 seconds.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.clearFailedAttempts(trx, user.id, now.toISOString());
    await audit(ctx, trx, {
      action: 'auth.second_factor',
      practiceId: user.practice_id,
      actorId: user.id,
      actorRole: user.role,
      details: { method },
    });
  });
  return upgrade(ctx, session, user);
}

export async function beginTotpSetup(ctx: ServiceContext, session: SessionRecord) {
  const user = await sessionUser(ctx, session);
  if (user.totp_enabled_at !== null) {
    return deny(
      ctx,
      {
        action: 'auth.totp_setup',
        practiceId: user.practice_id,
        actorId: user.id,
        actorRole: user.role,
      },
      'forbidden',
      'A second factor is already set up for this account.',
    );
  }
  const secret = newTotpSecret();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setTotp(
      trx,
      user.id,
      {
        totp_secret: encryptSecret(ctx.config.encryptionKey, secret),
        totp_enabled_at: null,
        totp_last_step: null,
      },
      nowIso(ctx.clock),
    );
    await audit(ctx, trx, {
      action: 'auth.totp_setup',
      practiceId: user.practice_id,
      actorId: user.id,
      actorRole: user.role,
    });
  });
  return { secret, otpauthUrl: totpUri(secret, user.email) };
}

function normaliseRecovery(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function newRecoveryCode(): string {
  const raw = randomBytes(8).toString('hex').slice(0, 10);
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

export async function enableTotp(
  ctx: ServiceContext,
  session: SessionRecord,
  code: string,
): Promise<SessionGrant & { recoveryCodes: string[] }> {
  const user = await sessionUser(ctx, session);
  if (user.totp_enabled_at !== null || user.totp_secret === null) {
    throw new AppError('conflict', 'Start the set-up first, or sign in with your code.');
  }
  const secret = decryptSecret(ctx.config.encryptionKey, user.totp_secret);
  const step = await checkTotp(secret, code.trim(), ctx.clock.now(), null);
  if (step === null) {
    await countFailure(ctx, user, 'auth.totp_enable');
    throw new AppError(
      'validation_failed',
      'That code did not work. Check the time on your phone.',
      {
        field: 'body.code',
      },
    );
  }
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setTotp(
      trx,
      user.id,
      { totp_secret: user.totp_secret, totp_enabled_at: now, totp_last_step: step },
      now,
    );
    await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await trx
      .insertInto('recovery_codes')
      .values(
        recoveryCodes.map((c) => ({
          id: uuidv7(),
          user_id: user.id,
          code_hash: sha256Hex(normaliseRecovery(c)),
          used_at: null,
          created_at: now,
        })),
      )
      .execute();
    await audit(ctx, trx, {
      action: 'auth.totp_enable',
      practiceId: user.practice_id,
      actorId: user.id,
      actorRole: user.role,
    });
  });
  const enabled = { ...user, totp_enabled_at: now, totp_last_step: step };
  const granted = await upgrade(ctx, session, enabled);
  return { ...granted, recoveryCodes };
}

export async function logout(ctx: ServiceContext, session: SessionRecord): Promise<void> {
  const user = await repo.findUserById(ctx.db, session.userId);
  await ctx.db.transaction().execute(async (trx) => {
    await revokeSession(trx, session.tokenHash, ctx.clock.now());
    await audit(ctx, trx, {
      action: 'auth.logout',
      practiceId: session.practiceId,
      actorId: session.userId,
      actorRole: user?.role ?? null,
    });
  });
}
