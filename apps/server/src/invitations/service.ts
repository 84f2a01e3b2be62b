import type { CreateInvitationBody, Invitation, InvitationPreview } from '@securebase/contracts';
import { audit, deny } from '../audit/service';
import { canInvite, type CaseFacts } from '../cases/policy';
import { findCaseMember, linkMemberAccount, recordCaseActivity } from '../cases/service';
import { requireCase } from '../cases/service';
import type { InvitationsTable } from '../db/schema';
import { findUserByEmail, insertUsers, practiceName } from '../identity/repo';
import { hashPassword, passwordProblem } from '../identity/passwords';
import { describeMe, type SessionGrant } from '../identity/service';
import { createSession } from '../identity/sessions';
import { STAFF_ROLES } from '@securebase/contracts';
import { AppError } from '../lib/errors';
import { sha256Hex } from '../lib/crypto';
import { nowIso, type ServiceContext, type SignedInContext } from '../lib/context';
import { secretToken, uuidv7 } from '../lib/ids';
import { enqueueMail } from '../mail/outbox';
import { invitationMail } from '../mail/templates';
import * as repo from './repo';

export const INVITATION_DAYS = 7;

function statusOf(row: InvitationsTable, now: string): Invitation['status'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= now ? 'expired' : 'pending';
}

function present(row: InvitationsTable & { inviter_name: string }, now: string): Invitation {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    caseId: row.case_id,
    memberId: row.member_id,
    status: statusOf(row, now),
    invitedBy: row.inviter_name,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
}

async function checkCaseInvitation(
  ctx: SignedInContext,
  input: CreateInvitationBody,
): Promise<CaseFacts | null> {
  const staff = input.role === 'admin' || input.role === 'clinician' || input.role === 'researcher';
  if (staff) {
    if (input.caseId)
      throw new AppError('validation_failed', 'Staff are not invited to a case.', {
        field: 'body.caseId',
      });
    if (!canInvite(ctx.actor, input.role, null)) {
      return deny(
        ctx,
        { action: 'invitation.create', details: { role: input.role } },
        'forbidden',
        'Only practice admins invite staff.',
      );
    }
    return null;
  }
  if (!input.caseId)
    throw new AppError('validation_failed', 'Say which case the person joins.', {
      field: 'body.caseId',
    });
  if (!input.memberId)
    throw new AppError('validation_failed', 'Say which member of the case this is.', {
      field: 'body.memberId',
    });
  const role = input.role;
  return requireCase(ctx, input.caseId, 'invitation.create', (facts) =>
    canInvite(ctx.actor, role, facts),
  );
}

export async function invite(
  ctx: SignedInContext,
  input: CreateInvitationBody,
): Promise<Invitation> {
  const facts = await checkCaseInvitation(ctx, input);
  const email = input.email.trim().toLowerCase();
  const now = nowIso(ctx.clock);
  if (facts && input.caseId && input.memberId) {
    const member = await findCaseMember(ctx.db, input.caseId, input.memberId);
    if (!member)
      throw new AppError('validation_failed', 'No such member in this case.', {
        field: 'body.memberId',
      });
    if (member.user_id)
      throw new AppError('conflict', 'This member already has an account.', {
        field: 'body.memberId',
      });
    const expected = member.member_role === 'caregiver' ? 'caregiver' : 'client';
    if (input.role !== expected) {
      throw new AppError('validation_failed', `This member joins as a ${expected}.`, {
        field: 'body.role',
      });
    }
  }
  if (await findUserByEmail(ctx.db, email)) {
    throw new AppError('conflict', 'Someone already has an account with this email.', {
      field: 'body.email',
    });
  }
  if (await repo.pendingInvitationFor(ctx.db, email, now)) {
    throw new AppError('conflict', 'An invitation to this email is still open.', {
      field: 'body.email',
    });
  }
  const token = secretToken();
  const id = uuidv7();
  const expiresAt = new Date(
    ctx.clock.now().getTime() + INVITATION_DAYS * 86_400_000,
  ).toISOString();
  const practice = await practiceName(ctx.db, ctx.actor.practiceId);
  const row = {
    id,
    practice_id: ctx.actor.practiceId,
    email,
    display_name: input.displayName.trim(),
    role: input.role,
    case_id: input.caseId ?? null,
    member_id: input.memberId ?? null,
    token_hash: sha256Hex(token),
    invited_by: ctx.actor.userId,
    expires_at: expiresAt,
    created_at: now,
  };
  const mail = invitationMail({
    displayName: row.display_name,
    practiceName: practice,
    inviterName: ctx.actor.displayName,
    role: input.role,
    link: `${ctx.config.publicUrl}/accept-invitation#token=${token}`,
    expiresAt,
  });
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertInvitation(trx, row);
    await enqueueMail(
      trx,
      ctx.config,
      { practiceId: ctx.actor.practiceId, to: email, ...mail },
      now,
    );
    if (row.case_id) await recordCaseActivity(trx, row.case_id, now);
    await audit(ctx, trx, {
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: id,
      caseId: row.case_id,
      details: { role: input.role },
    });
  });
  return present(
    { ...row, accepted_at: null, revoked_at: null, inviter_name: ctx.actor.displayName },
    now,
  );
}

export async function listInvitations(
  ctx: SignedInContext,
): Promise<{ invitations: Invitation[] }> {
  if (ctx.actor.role !== 'admin' && ctx.actor.role !== 'clinician') {
    return deny(ctx, { action: 'invitation.list' }, 'forbidden');
  }
  const rows = await repo.listInvitations(
    ctx.db,
    ctx.actor.practiceId,
    ctx.actor.role === 'admin' ? null : ctx.actor.userId,
  );
  const now = nowIso(ctx.clock);
  return { invitations: rows.map((r) => present(r, now)) };
}

async function openInvitation(ctx: ServiceContext, token: string) {
  const row = await repo.findInvitationByTokenHash(ctx.db, sha256Hex(token));
  if (!row || statusOf(row, nowIso(ctx.clock)) !== 'pending') {
    throw new AppError(
      'not_found',
      'This invitation link is not valid any more. Ask for a new one.',
    );
  }
  return row;
}

export async function previewInvitation(
  ctx: ServiceContext,
  token: string,
): Promise<InvitationPreview> {
  const row = await openInvitation(ctx, token);
  return {
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    practiceName: await practiceName(ctx.db, row.practice_id),
  };
}

/** Creates the account, links the case member, and signs the person in; all or nothing. */
export async function acceptInvitation(
  ctx: ServiceContext,
  token: string,
  password: string,
): Promise<SessionGrant> {
  const problem = passwordProblem(password);
  if (problem) throw new AppError('validation_failed', problem, { field: 'body.password' });
  const row = await openInvitation(ctx, token);
  const passwordHash = await hashPassword(password);
  const userId = uuidv7();
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.markAccepted(trx, row.id, now))) {
      throw new AppError(
        'not_found',
        'This invitation link is not valid any more. Ask for a new one.',
      );
    }
    if (await findUserByEmail(trx, row.email)) {
      throw new AppError('conflict', 'Someone already has an account with this email.');
    }
    await insertUsers(trx, [
      {
        id: userId,
        practiceId: row.practice_id,
        email: row.email,
        displayName: row.display_name,
        role: row.role,
        passwordHash,
        now,
      },
    ]);
    if (row.member_id) await linkMemberAccount(trx, row.member_id, userId);
    await audit(ctx, trx, {
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: row.id,
      caseId: row.case_id,
      practiceId: row.practice_id,
      actorId: userId,
      actorRole: row.role,
    });
  });
  const user = await findUserByEmail(ctx.db, row.email);
  if (!user) throw new Error('the new account vanished');
  const needsFactor = ctx.config.requireStaffSecondFactor && STAFF_ROLES.includes(user.role);
  const { token: sessionToken } = await createSession(ctx.db, {
    userId,
    practiceId: row.practice_id,
    secondFactorDone: !needsFactor,
    now: ctx.clock.now(),
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent,
  });
  return {
    token: sessionToken,
    result: {
      secondFactor: needsFactor ? 'setup-required' : 'complete',
      me: await describeMe(ctx, user),
    },
  };
}
