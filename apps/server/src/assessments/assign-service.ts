import type { AssignBody, Assignment, Catalogue } from '@securebase/contracts';
import { instruments, type InstrumentDefinition } from '@securebase/measures';
import { audit } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { findCaseMember, recordCaseActivity } from '../cases/service';
import { requireCase } from '../cases/service';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../lib/errors';
import { nowIso, type SignedInContext } from '../lib/context';
import { uuidv7 } from '../lib/ids';
import { enqueueMail } from '../mail/outbox';
import { findDefinition, instrumentNames, practiceMeasures } from './definitions';
import { availabilityOf, catalogueEntry } from './instrument-text';
import * as repo from './repo';

type AssignmentView = NonNullable<Awaited<ReturnType<typeof repo.findAssignment>>>;

export function presentAssignment(
  row: AssignmentView,
  nameOf: (instrumentId: string) => string,
): Assignment {
  return {
    id: row.id,
    caseId: row.case_id,
    memberId: row.member_id,
    memberName: row.member_name,
    aboutMemberId: row.about_member_id,
    instrumentId: row.instrument_id,
    instrumentName: nameOf(row.instrument_id),
    status: row.status,
    hasDraft: row.response_status === 'draft',
    dueAt: row.due_at,
    createdAt: row.created_at,
    completedAt: row.completed_at,
    responseId: row.response_status === 'submitted' ? row.response_id : null,
  };
}

/** The instrument catalogue as it stands in the caller's practice (licensed text installed or not). */
export async function practiceCatalogue(ctx: SignedInContext): Promise<Catalogue> {
  const packs = await repo.activeContentPacks(ctx.db, ctx.actor.practiceId);
  const own = await practiceMeasures(ctx.db, ctx.actor.practiceId);
  return {
    instruments: [
      ...instruments.map((d) =>
        catalogueEntry(
          d,
          packs.find((p) => p.instrument_id === d.id),
        ),
      ),
      ...own.map((d) => catalogueEntry(d, undefined, 'practice')),
    ],
  };
}

async function checkMembers(ctx: SignedInContext, caseId: string, input: AssignBody) {
  const member = await findCaseMember(ctx.db, caseId, input.memberId);
  if (!member)
    throw new AppError('validation_failed', 'No such member in this case.', {
      field: 'body.memberId',
    });
  if (input.aboutMemberId !== undefined) {
    if (member.member_role !== 'caregiver') {
      throw new AppError('validation_failed', 'Only a caregiver answers about another member.', {
        field: 'body.aboutMemberId',
      });
    }
    const about = await findCaseMember(ctx.db, caseId, input.aboutMemberId);
    if (!about || about.id === member.id) {
      throw new AppError('validation_failed', 'No such member in this case.', {
        field: 'body.aboutMemberId',
      });
    }
  }
  return member;
}

async function checkInstruments(ctx: SignedInContext, ids: readonly string[]) {
  const definitions = [];
  for (const [index, id] of ids.entries()) {
    const definition = await findDefinition(ctx.db, ctx.actor.practiceId, id);
    const field = `body.instrumentIds.${String(index)}`;
    if (!definition)
      throw new AppError('validation_failed', `Unknown instrument ${id}.`, { field });
    const pack = await repo.activeContentPack(ctx.db, ctx.actor.practiceId, id);
    if (availabilityOf(definition, pack) !== 'ready') {
      throw new AppError(
        'validation_failed',
        `${definition.name} needs its licensed item text installed before it can be assigned.`,
        { field, reason: 'needs_licensed_text' },
      );
    }
    definitions.push(definition);
  }
  return definitions;
}

/** A clinician on the care team assigns one or more measures to a member; all or nothing. */
export async function assign(
  ctx: SignedInContext,
  caseId: string,
  input: AssignBody,
): Promise<Assignment[]> {
  await requireCase(ctx, caseId, 'assignment.create', (facts) =>
    canReadCaseRecord(ctx.actor, facts),
  );
  const member = await checkMembers(ctx, caseId, input);
  const definitions = await checkInstruments(ctx, input.instrumentIds);
  const ids = await ctx.db
    .transaction()
    .execute((trx) =>
      assignWithin(ctx, trx, caseId, member, definitions, input.dueAt ?? null, input.aboutMemberId),
    );
  const created = await Promise.all(ids.map((id) => repo.findAssignment(ctx.db, id)));
  const nameOf = await instrumentNames(ctx.db, ctx.actor.practiceId);
  return created.flatMap((a) => (a ? [presentAssignment(a, nameOf)] : []));
}

/**
 * Inserts the assignments, tells the member by mail when they have an account, and audits, in
 * the caller's transaction (a schedule's run and its assignment commit together). The caller
 * has authorised the actor and checked the member and the instruments.
 */
export async function assignWithin(
  ctx: SignedInContext,
  trx: Kysely<Database>,
  caseId: string,
  member: { id: string; user_id: string | null; display_name: string },
  definitions: readonly InstrumentDefinition[],
  dueAt: string | null,
  aboutMemberId?: string,
): Promise<string[]> {
  const now = nowIso(ctx.clock);
  const rows: repo.AssignmentRow[] = definitions.map((d) => ({
    id: uuidv7(),
    practice_id: ctx.actor.practiceId,
    case_id: caseId,
    member_id: member.id,
    about_member_id: aboutMemberId ?? null,
    instrument_id: d.id,
    definition_version: d.version,
    assigned_by: ctx.actor.userId,
    due_at: dueAt,
    status: 'open',
    created_at: now,
    updated_at: now,
    completed_at: null,
  }));
  await repo.insertAssignments(trx, rows);
  await recordCaseActivity(trx, caseId, now);
  if (member.user_id) {
    const user = await trx
      .selectFrom('users')
      .select('email')
      .where('id', '=', member.user_id)
      .executeTakeFirst();
    if (user) {
      await enqueueMail(
        trx,
        ctx.config,
        {
          practiceId: ctx.actor.practiceId,
          to: user.email,
          subject: 'You have something new to fill in',
          text: [
            `Hello ${member.display_name},`,
            '',
            `${ctx.actor.displayName} has added ${String(rows.length)} questionnaire(s) for you on Secure Base.`,
            'Sign in to see them. You can save your answers and come back later.',
            `${ctx.config.publicUrl}/portal`,
            '',
            'Secure Base is not an emergency service. If you are in danger, call your local emergency number.',
          ].join('\n'),
        },
        now,
      );
    }
  }
  for (const row of rows) {
    await audit(ctx, trx, {
      action: 'assignment.create',
      entityType: 'assignment',
      entityId: row.id,
      caseId,
      details: { instrument: row.instrument_id },
    });
  }
  return rows.map((row) => row.id);
}

/** An instrument a schedule may assign: known to the practice and ready to give. */
export async function assignableDefinition(ctx: SignedInContext, instrumentId: string) {
  const definition = await findDefinition(ctx.db, ctx.actor.practiceId, instrumentId);
  if (!definition) return undefined;
  const pack = await repo.activeContentPack(ctx.db, ctx.actor.practiceId, instrumentId);
  return availabilityOf(definition, pack) === 'ready' ? definition : undefined;
}

export async function listCaseAssignments(ctx: SignedInContext, caseId: string) {
  await requireCase(ctx, caseId, 'assignment.list', (facts) => canReadCaseRecord(ctx.actor, facts));
  const nameOf = await instrumentNames(ctx.db, ctx.actor.practiceId);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo
      .assignmentsWhere(trx)
      .where('a.case_id', '=', caseId)
      .orderBy('a.created_at', 'desc')
      // UUIDv7 ids keep creation order within the same millisecond.
      .orderBy('a.id', 'desc')
      .execute();
    await audit(ctx, trx, {
      action: 'assignment.list',
      entityType: 'case',
      entityId: caseId,
      caseId,
    });
    return { assignments: rows.map((row) => presentAssignment(row, nameOf)) };
  });
}

/** Open questionnaires for the person signed in (their case memberships), soonest due first. */
export async function openTasksFor(db: Kysely<Database>, userId: string, practiceId: string) {
  const rows = await repo
    .assignmentsWhere(db)
    .where('m.user_id', '=', userId)
    .where('a.practice_id', '=', practiceId)
    .where('a.status', '=', 'open')
    .orderBy('a.due_at')
    .orderBy('a.created_at')
    .execute();
  const nameOf = await instrumentNames(db, practiceId);
  return rows.map((r) => ({
    id: r.id,
    kind: r.response_status === 'draft' ? 'questionnaire-in-progress' : 'questionnaire',
    title: nameOf(r.instrument_id),
    dueAt: r.due_at,
  }));
}
