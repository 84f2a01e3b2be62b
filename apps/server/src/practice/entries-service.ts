import type {
  MyPractice,
  NewEntryBody,
  PracticeEntry,
  UpdateEntryBody,
} from '@securebase/contracts';
import {
  checkContent,
  daysBetween,
  localDateIn,
  periodOn,
  type ExerciseKind,
} from '@securebase/practice';
import type { Kysely } from 'kysely';
import { idempotent, requestFingerprint } from '../assessments/idempotency';
import { audit, deny } from '../audit/service';
import { casesOfMember } from '../cases/service';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import { parseLocalDate } from '../schedules/recurrence';
import { isAuthor } from './policy';
import { assignmentView, entryView, ruleOf, trendsOf, trendsSince } from './present';
import { reminderSettingsOf } from './reminders';
import * as repo from './repo';
import { tasksToday } from './today';

function refuse(field: string, message: string): never {
  throw new AppError('validation_failed', message, { field: `body.${field}` });
}

async function requirePortal(ctx: SignedInContext, action: string) {
  if (ctx.actor.role !== 'client' && ctx.actor.role !== 'caregiver') {
    return deny(ctx, { action }, 'forbidden', 'Practice between sessions is for clients.');
  }
  return ctx.db.transaction().execute((trx) => casesOfMember(ctx, trx));
}

/** The client's practice: today's tasks first, their assignments, entries and own trends. */
export async function myPractice(ctx: SignedInContext): Promise<MyPractice> {
  const memberships = await requirePortal(ctx, 'practice.portal.read');
  return ctx.db.transaction().execute(async (trx) => {
    const assignments = await repo.assignmentsOfMembers(
      trx,
      memberships.map((m) => m.memberId),
    );
    const facts = await repo.completionFacts(
      trx,
      assignments.map((a) => a.id),
    );
    const entries = await repo.entriesOfAuthor(trx, ctx.actor.userId);
    const comments = await repo.commentsOn(
      trx,
      entries.map((e) => e.id),
    );
    await audit(ctx, trx, { action: 'practice.portal.read', details: { entries: entries.length } });
    const now = ctx.clock.now();
    const forTrends = await repo.trendEntries(
      trx,
      { authorId: ctx.actor.userId },
      trendsSince(now),
    );
    return {
      today: tasksToday(assignments, facts, now),
      assignments: assignments.filter((a) => !a.ended_at).map((a) => assignmentView(a, facts, now)),
      entries: entries.map((row) => entryView(row, comments)),
      trends: trendsOf(forTrends),
      reminders: await reminderSettingsOf(trx, ctx.actor.userId),
    };
  });
}

function checked(kind: ExerciseKind, content: unknown, status: 'draft' | 'done') {
  const result = checkContent(kind, content, status);
  if (!result.ok) refuse(`content.${result.problem.field}`, result.problem.message);
  return result.content;
}

/** A real date, no earlier than a year ago and no later than tomorrow anywhere on earth. */
function checkLocalDate(date: string, today: string) {
  if (!parseLocalDate(date)) refuse('localDate', `${date} is not a date on the calendar.`);
  const offset = daysBetween(today, date);
  if (offset > 1) refuse('localDate', 'An entry cannot be about a day still to come.');
  if (offset < -366) refuse('localDate', 'An entry can be about the past year at most.');
}

async function loadOwnEntry(ctx: SignedInContext, entryId: string, action: string) {
  const row = await repo.findEntry(ctx.db, entryId);
  if (!row || !isAuthor(ctx.actor, row)) {
    return deny(ctx, { action, entityType: 'practice_entry', entityId: entryId }, 'not_found');
  }
  return row;
}

async function withComments(db: Kysely<Database>, entryId: string): Promise<PracticeEntry> {
  const row = await repo.findEntry(db, entryId);
  if (!row) throw new Error('entry vanished inside its own transaction');
  return entryView(row, await repo.commentsOn(db, [entryId]));
}

/**
 * Saves a new entry, draft or finished. With an Idempotency-Key a retried request (the network
 * dropped before the answer came back) returns the entry saved the first time, never a second.
 */
export async function createEntry(
  ctx: SignedInContext,
  body: NewEntryBody,
  key: string | undefined,
): Promise<PracticeEntry> {
  const memberships = await requirePortal(ctx, 'practice.entry.create');
  const member = memberships.find((m) => m.caseId === body.caseId);
  if (!member) {
    return deny(
      ctx,
      { action: 'practice.entry.create', entityType: 'case', entityId: body.caseId },
      'not_found',
      'No such case.',
    );
  }
  const assignment = body.assignmentId
    ? await repo.findAssignment(ctx.db, body.assignmentId)
    : undefined;
  if (body.assignmentId && (!assignment || assignment.member_id !== member.memberId)) {
    refuse('assignmentId', 'No such exercise was given to you in this case.');
  }
  if (assignment && assignment.kind !== body.kind) {
    refuse('kind', `This exercise is a ${assignment.kind.replace('_', ' ')}.`);
  }
  const now = ctx.clock.now();
  const zone =
    assignment?.time_zone ??
    (await reminderSettingsOf(ctx.db, ctx.actor.userId))?.timeZone ??
    'UTC';
  const today = localDateIn(zone, now);
  const localDate = body.localDate ?? today;
  checkLocalDate(localDate, today);
  const content = checked(body.kind, body.content, body.status);
  const period = assignment ? periodOn(ruleOf(assignment), localDate) : null;
  const fingerprint = requestFingerprint('POST /api/portal/practice/entries', body);
  const { result } = await ctx.db.transaction().execute((trx) =>
    idempotent(
      trx,
      { userId: ctx.actor.userId, key, fingerprint, now: now.toISOString() },
      async () => {
        const id = uuidv7();
        const at = now.toISOString();
        await repo.insertEntry(trx, {
          id,
          practice_id: ctx.actor.practiceId,
          case_id: member.caseId,
          member_id: member.memberId,
          author_id: ctx.actor.userId,
          assignment_id: assignment?.id ?? null,
          period_on: period,
          kind: body.kind,
          local_date: localDate,
          status: body.status,
          shared: (body.shared ?? assignment?.share_by_default === 1) ? 1 : 0,
          content: JSON.stringify(content),
          revision: 1,
          created_at: at,
          updated_at: at,
          completed_at: body.status === 'done' ? at : null,
        });
        await audit(ctx, trx, {
          action: 'practice.entry.create',
          entityType: 'practice_entry',
          entityId: id,
          caseId: member.caseId,
          details: { kind: body.kind, status: body.status },
        });
        return withComments(trx, id);
      },
    ),
  );
  return result;
}

/** The client edits their entry: finish a draft, change who sees it, add what came after. */
export async function updateEntry(
  ctx: SignedInContext,
  entryId: string,
  body: UpdateEntryBody,
  key: string | undefined,
): Promise<PracticeEntry> {
  const row = await loadOwnEntry(ctx, entryId, 'practice.entry.update');
  if (row.status === 'done' && body.status === 'draft') {
    refuse('status', 'A finished entry stays finished; you can still edit it.');
  }
  const content = checked(row.kind, body.content, body.status);
  const now = nowIso(ctx.clock);
  const fingerprint = requestFingerprint(`PUT /api/portal/practice/entries/${entryId}`, body);
  const { result } = await ctx.db.transaction().execute((trx) =>
    idempotent(trx, { userId: ctx.actor.userId, key, fingerprint, now }, async () => {
      const current = await repo.findEntry(trx, entryId);
      if (!current) throw new AppError('not_found', 'Not found.');
      await repo.updateEntry(trx, entryId, {
        status: body.status,
        shared: body.shared ? 1 : 0,
        content: JSON.stringify(content),
        revision: current.revision + 1,
        updated_at: now,
        completed_at: current.completed_at ?? (body.status === 'done' ? now : null),
      });
      await audit(ctx, trx, {
        action: 'practice.entry.update',
        entityType: 'practice_entry',
        entityId: entryId,
        caseId: row.case_id,
        details: {
          status: body.status,
          ...(current.shared !== (body.shared ? 1 : 0) ? { shared: body.shared } : {}),
        },
      });
      return withComments(trx, entryId);
    }),
  );
  return result;
}

export async function discardDraft(ctx: SignedInContext, entryId: string): Promise<void> {
  const row = await loadOwnEntry(ctx, entryId, 'practice.entry.discard');
  if (row.status !== 'draft') {
    throw new AppError('validation_failed', 'Only a draft can be thrown away.', {
      field: 'params.id',
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteDraft(trx, entryId);
    await audit(ctx, trx, {
      action: 'practice.entry.discard',
      entityType: 'practice_entry',
      entityId: entryId,
      caseId: row.case_id,
    });
  });
}
