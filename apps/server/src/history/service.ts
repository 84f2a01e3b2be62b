import type {
  ClientHistoryEntryBody,
  HistoryEntry,
  HistoryEntryBody,
  HistoryList,
} from '@securebase/contracts';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { findCaseMember, requireCase } from '../cases/service';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import * as repo from './repo';

function present(row: repo.HistoryRow): HistoryEntry {
  return {
    id: row.id,
    memberId: row.member_id,
    kind: row.kind as HistoryEntry['kind'],
    title: row.title,
    detail: row.detail,
    from: row.date_from,
    to: row.date_to,
    ageFrom: row.age_from,
    ageTo: row.age_to,
    aceItem: row.ace_item,
    author: row.author,
    sharedWithClinician: row.author === 'clinician' || row.shared_with_clinician === 1,
    createdAt: row.created_at,
  };
}

/** Dates and ages in order and not in the future; 400 naming the field otherwise. */
function checkEntry(body: HistoryEntryBody, today: string) {
  const refuse = (field: string, message: string): never => {
    throw new AppError('validation_failed', message, { field: `body.${field}` });
  };
  if (body.from && body.from > today) refuse('from', 'This date is in the future.');
  if (body.to && body.to > today) refuse('to', 'This date is in the future.');
  if (body.from && body.to && body.to < body.from) refuse('to', 'The end is before the start.');
  if (body.to && !body.from) refuse('from', 'A span needs its start as well as its end.');
  if (body.ageFrom !== undefined && body.ageTo !== undefined && body.ageTo < body.ageFrom) {
    refuse('ageTo', 'The end age is before the start age.');
  }
  if (body.aceItem !== undefined && body.kind !== 'adverse_experience') {
    refuse('aceItem', 'Only an adverse experience links to an ACE item.');
  }
}

function rowFrom(
  ctx: SignedInContext,
  caseId: string,
  body: HistoryEntryBody,
  author: 'clinician' | 'client',
  shared: boolean,
  now: string,
) {
  return {
    id: uuidv7(),
    practice_id: ctx.actor.practiceId,
    case_id: caseId,
    member_id: body.memberId,
    kind: body.kind,
    title: body.title.trim(),
    detail: body.detail?.trim() || null,
    date_from: body.from ?? null,
    date_to: body.to ?? null,
    age_from: body.ageFrom ?? null,
    age_to: body.ageTo ?? null,
    ace_item: body.aceItem ?? null,
    author,
    shared_with_clinician: shared ? 1 : 0,
    created_by: ctx.actor.userId,
    created_at: now,
    updated_at: now,
  };
}

async function requireCaseMember(
  ctx: SignedInContext,
  caseId: string,
  memberId: string,
  field: string,
) {
  await requireCase(ctx, caseId, 'history.access', (facts) => canReadCaseRecord(ctx.actor, facts));
  if (!(await findCaseMember(ctx.db, caseId, memberId))) {
    throw new AppError('validation_failed', 'No such member in this case.', { field });
  }
}

/** The care team's view of a member's lifeline: never an entry the client kept private. */
export async function caseHistory(
  ctx: SignedInContext,
  caseId: string,
  memberId: string,
): Promise<HistoryList> {
  await requireCaseMember(ctx, caseId, memberId, 'query.memberId');
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.entriesForCareTeam(trx, memberId);
    await audit(ctx, trx, {
      action: 'history.read',
      entityType: 'case_member',
      entityId: memberId,
      caseId,
      details: { entries: rows.length },
    });
    return { entries: rows.map(present) };
  });
}

export async function addCaseHistoryEntry(
  ctx: SignedInContext,
  caseId: string,
  body: HistoryEntryBody,
): Promise<HistoryEntry> {
  await requireCaseMember(ctx, caseId, body.memberId, 'body.memberId');
  const now = nowIso(ctx.clock);
  checkEntry(body, now.slice(0, 10));
  const row = rowFrom(ctx, caseId, body, 'clinician', true, now);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertEntry(trx, row);
    await audit(ctx, trx, {
      action: 'history.add',
      entityType: 'history_entry',
      entityId: row.id,
      caseId,
      details: { kind: row.kind },
    });
  });
  return present(row);
}

/** The client's own lifeline entries, private and shared. */
export async function myHistory(ctx: SignedInContext): Promise<HistoryList> {
  const memberships = await repo.membershipsOf(ctx.db, ctx.actor.userId, ctx.actor.practiceId);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.entriesOfClient(
      trx,
      memberships.map((m) => m.id),
    );
    await audit(ctx, trx, { action: 'history.read_own', details: { entries: rows.length } });
    return { entries: rows.map(present) };
  });
}

async function requireOwnMembership(ctx: SignedInContext, memberId: string) {
  const memberships = await repo.membershipsOf(ctx.db, ctx.actor.userId, ctx.actor.practiceId);
  const membership = memberships.find((m) => m.id === memberId);
  if (!membership) {
    throw new AppError('validation_failed', 'That is not one of your memberships.', {
      field: 'body.memberId',
    });
  }
  return membership;
}

/** A client adds to their own lifeline; it stays private unless they choose to share it. */
export async function addMyHistoryEntry(
  ctx: SignedInContext,
  body: ClientHistoryEntryBody,
): Promise<HistoryEntry> {
  const membership = await requireOwnMembership(ctx, body.memberId);
  const now = nowIso(ctx.clock);
  checkEntry(body, now.slice(0, 10));
  const row = rowFrom(
    ctx,
    membership.case_id,
    body,
    'client',
    body.sharedWithClinician === true,
    now,
  );
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertEntry(trx, row);
    // The audit trail records that an entry was added, never what it says.
    await audit(ctx, trx, {
      action: 'history.add_own',
      entityType: 'history_entry',
      entityId: row.id,
      details: { shared: row.shared_with_clinician === 1 },
    });
  });
  return present(row);
}

/** The client shares an entry with their clinician, or takes it back. */
export async function shareMyHistoryEntry(
  ctx: SignedInContext,
  entryId: string,
  shared: boolean,
): Promise<HistoryEntry> {
  const row = await repo.findEntry(ctx.db, entryId);
  const memberships = await repo.membershipsOf(ctx.db, ctx.actor.userId, ctx.actor.practiceId);
  if (!row || row.author !== 'client' || !memberships.some((m) => m.id === row.member_id)) {
    return deny(
      ctx,
      { action: 'history.share_own', entityType: 'history_entry', entityId: entryId },
      'not_found',
      'No such entry.',
    );
  }
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setShared(trx, row.id, shared, now);
    await audit(ctx, trx, {
      action: 'history.share_own',
      entityType: 'history_entry',
      entityId: row.id,
      details: { shared },
    });
  });
  return present({ ...row, shared_with_clinician: shared ? 1 : 0, updated_at: now });
}
