import type { OutboxMessage, PracticeUser } from '@securebase/contracts';
import { audit, deny } from '../audit/service';
import { findUserInPractice } from '../identity/repo';
import { revokeAllSessions } from '../identity/sessions';
import { nowIso, type SignedInContext } from '../lib/context';
import type { UsersTable } from '../db/schema';
import { listOutbox } from '../mail/outbox';

function present(u: UsersTable): PracticeUser {
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    role: u.role,
    status: u.status,
    secondFactorEnabled: u.totp_enabled_at !== null,
    createdAt: u.created_at,
  };
}

async function requireAdmin(ctx: SignedInContext, action: string): Promise<void> {
  if (ctx.actor.role !== 'admin')
    await deny(ctx, { action }, 'forbidden', 'Only practice admins may do this.');
}

export async function listUsers(ctx: SignedInContext): Promise<{ users: PracticeUser[] }> {
  await requireAdmin(ctx, 'user.list');
  return ctx.db.transaction().execute(async (trx) => {
    const users = await trx
      .selectFrom('users')
      .selectAll()
      .where('practice_id', '=', ctx.actor.practiceId)
      .orderBy('role')
      .orderBy('display_name')
      .execute();
    await audit(ctx, trx, { action: 'user.list', details: { users: users.length } });
    return { users: users.map(present) };
  });
}

/** Disabling kills the account's sessions in the same transaction (ASVS 7.4.2). */
export async function setUserStatus(
  ctx: SignedInContext,
  userId: string,
  status: 'active' | 'disabled',
): Promise<PracticeUser> {
  const action = status === 'disabled' ? 'user.disable' : 'user.enable';
  await requireAdmin(ctx, action);
  const user = await findUserInPractice(ctx.db, ctx.actor.practiceId, userId);
  if (!user)
    return deny(
      ctx,
      { action, entityType: 'user', entityId: userId },
      'not_found',
      'No such user.',
    );
  if (user.id === ctx.actor.userId && status === 'disabled') {
    return deny(
      ctx,
      { action, entityType: 'user', entityId: userId },
      'forbidden',
      'You cannot disable your own account.',
    );
  }
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        status,
        updated_at: now,
        ...(status === 'active' ? { failed_logins: 0, locked_until: null } : {}),
      })
      .where('id', '=', user.id)
      .execute();
    if (status === 'disabled') await revokeAllSessions(trx, user.id, ctx.clock.now());
    await audit(ctx, trx, { action, entityType: 'user', entityId: user.id });
  });
  return present({ ...user, status, updated_at: now });
}

export async function readOutbox(ctx: SignedInContext): Promise<{ messages: OutboxMessage[] }> {
  await requireAdmin(ctx, 'outbox.read');
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await listOutbox(trx, ctx.actor.practiceId);
    await audit(ctx, trx, { action: 'outbox.read', details: { messages: rows.length } });
    return {
      messages: rows.map((m) => ({
        id: m.id,
        to: m.to_address,
        subject: m.subject,
        body: m.body_text,
        status: m.status,
        createdAt: m.created_at,
        sentAt: m.sent_at,
      })),
    };
  });
}
