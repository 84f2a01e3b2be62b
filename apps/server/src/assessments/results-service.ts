import type { ResponseResult } from '@securebase/contracts';
import type { InstrumentDefinition, ScoreResult } from '@securebase/measures';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { loadCaseFacts } from '../cases/service';
import { requireCase } from '../cases/service';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { changeLines } from './change';
import { fromFirst, outcomeBasis } from './outcome-lines';
import { instrumentNames, requireDefinition } from './definitions';
import * as repo from './repo';

type ResponseView = NonNullable<Awaited<ReturnType<typeof repo.findResponse>>>;

/** The definition the result was scored with (a practice measure's version matters). */
function definitionOf(
  db: Kysely<Database>,
  ctx: SignedInContext,
  instrumentId: string,
  result: ScoreResult | null,
) {
  return requireDefinition(db, ctx.actor.practiceId, instrumentId, result?.definitionVersion);
}

export function scoreLines(definition: InstrumentDefinition, result: ScoreResult | null) {
  return definition.scores.map((s) => ({
    name: s.name,
    label: s.label,
    value: result?.scores[s.name] ?? null,
    min: 'min' in s ? s.min : null,
    max: 'max' in s ? s.max : null,
    band: result?.bands[s.name]?.label ?? null,
    direction: s.direction,
    prorated: result?.prorated.includes(s.name) ?? false,
  }));
}

/** Reverse-keyed items are those scored as min + max − answer, in any score. */
function itemLines(definition: InstrumentDefinition, answers: Record<string, number>) {
  return definition.items.map((item) => ({
    itemId: item.id,
    position: item.position,
    answer: answers[item.id] ?? null,
    reverseKeyed: item.reverse === true,
    isRiskItem: item.risk !== undefined,
  }));
}

/** Who may read a submitted response: its care team, or its respondent once it is shared. */
async function requireReadable(
  ctx: SignedInContext,
  responseId: string,
): Promise<{ row: ResponseView; asRespondent: boolean }> {
  const row = await repo.findResponse(ctx.db, responseId);
  const facts = row ? await loadCaseFacts(ctx.db, row.case_id) : null;
  const clinician = facts !== null && canReadCaseRecord(ctx.actor, facts);
  const respondent =
    row?.member_user_id === ctx.actor.userId &&
    row.shared_at !== null &&
    row.practice_id === ctx.actor.practiceId;
  if (!row || row.status !== 'submitted' || !(clinician || respondent)) {
    return deny(
      ctx,
      { action: 'response.read', entityType: 'response', entityId: responseId },
      'not_found',
      'No such result.',
    );
  }
  return { row, asRespondent: !clinician };
}

export async function readResult(
  ctx: SignedInContext,
  responseId: string,
): Promise<ResponseResult> {
  const { row, asRespondent } = await requireReadable(ctx, responseId);
  const result = JSON.parse(row.result ?? 'null') as ScoreResult;
  const definition = await definitionOf(ctx.db, ctx, row.instrument_id, result);
  const all = await repo.submittedHistory(ctx.db, row.case_id, row.member_id, row.instrument_id);
  // The respondent compares only with results the clinician has shared with them too.
  const history = asRespondent ? all.filter((h) => h.shared_at !== null) : all;
  const index = history.findIndex((h) => h.id === row.id);
  const previous = index > 0 ? history[index - 1] : undefined;
  const previousResult = previous?.result ? (JSON.parse(previous.result) as ScoreResult) : null;
  return ctx.db.transaction().execute(async (trx) => {
    await audit(ctx, trx, {
      action: 'response.read',
      entityType: 'response',
      entityId: row.id,
      caseId: row.case_id,
    });
    return {
      responseId: row.id,
      assignmentId: row.assignment_id,
      caseId: row.case_id,
      memberName: row.member_name,
      instrumentId: definition.id,
      instrumentName: definition.name,
      citation: definition.citation,
      // The clinician's reading, the item-level answers and the risk flags stay with the care
      // team; the client's view is written for them from the scores (see the web app).
      interpretation: asRespondent ? '' : definition.interpretation,
      status: result.status,
      submittedAt: row.submitted_at ?? row.updated_at,
      entryMode: row.entry_mode,
      scores: scoreLines(definition, result),
      items: asRespondent
        ? []
        : itemLines(definition, JSON.parse(row.answers) as Record<string, number>),
      missingItems: [...result.missingItems],
      riskItems: asRespondent ? [] : [...result.riskItems],
      changeSincePrevious: previousResult ? changeLines(definition, previousResult, result) : [],
      sharedAt: row.shared_at,
    };
  });
}

/** Every measure of a case, per member, with its points in time (for the history charts). */
export async function caseResults(ctx: SignedInContext, caseId: string) {
  await requireCase(ctx, caseId, 'results.read', (facts) => canReadCaseRecord(ctx.actor, facts));
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.submittedForCase(trx, caseId);
    await audit(ctx, trx, { action: 'results.read', entityType: 'case', entityId: caseId, caseId });
    const groups = new Map<string, typeof rows>();
    for (const row of rows) {
      const key = `${row.member_id} ${row.instrument_id}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const measures = [];
    for (const group of groups.values()) {
      const first = group[0];
      const last = group[group.length - 1];
      if (!first || !last) throw new Error('empty group');
      // Labels from the newest version the member answered.
      const definition = await definitionOf(
        trx,
        ctx,
        first.instrument_id,
        JSON.parse(last.result ?? 'null') as ScoreResult | null,
      );
      measures.push({
        instrumentId: definition.id,
        instrumentName: definition.name,
        memberId: first.member_id,
        memberName: first.member_name,
        scores: scoreLines(definition, null),
        outcome: outcomeBasis(definition),
        points: group.map((r, index) => {
          const result = JSON.parse(r.result ?? 'null') as ScoreResult;
          const firstResult = JSON.parse(first.result ?? 'null') as ScoreResult | null;
          return {
            responseId: r.id,
            submittedAt: r.submitted_at ?? '',
            status: result.status,
            scores: { ...result.scores },
            fromFirst: fromFirst(definition, firstResult, result, index === 0),
            riskItems: [...result.riskItems],
          };
        }),
      });
    }
    return { measures };
  });
}

/** The clinician shares a result with the client who answered it. */
export async function shareResult(ctx: SignedInContext, responseId: string) {
  const row = await repo.findResponse(ctx.db, responseId);
  const facts = row ? await loadCaseFacts(ctx.db, row.case_id) : null;
  if (!row || !facts || !canReadCaseRecord(ctx.actor, facts)) {
    return deny(
      ctx,
      { action: 'response.share', entityType: 'response', entityId: responseId },
      'not_found',
      'No such result.',
    );
  }
  if (row.status !== 'submitted')
    throw new AppError('conflict', 'Only a submitted result can be shared.');
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('responses')
      .set({ shared_at: now, shared_by: ctx.actor.userId })
      .where('id', '=', row.id)
      .execute();
    await audit(ctx, trx, {
      action: 'response.share',
      entityType: 'response',
      entityId: row.id,
      caseId: row.case_id,
    });
  });
  return readResult(ctx, responseId);
}

/** Results the clinician has shared with the signed-in client or caregiver, newest first. */
export async function sharedWithMe(ctx: SignedInContext) {
  const nameOf = await instrumentNames(ctx.db, ctx.actor.practiceId);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.sharedWith(trx, ctx.actor.userId, ctx.actor.practiceId);
    await audit(ctx, trx, { action: 'response.list_shared', details: { results: rows.length } });
    return {
      results: rows.map((r) => ({
        responseId: r.id,
        instrumentId: r.instrument_id,
        instrumentName: nameOf(r.instrument_id),
        submittedAt: r.submitted_at ?? r.updated_at,
        sharedAt: r.shared_at ?? '',
      })),
    };
  });
}

/** A member's submitted results on one instrument, oldest first (the caller authorises and audits). */
export async function submittedResults(
  db: Kysely<Database>,
  caseId: string,
  memberId: string,
  instrumentId: string,
) {
  const rows = await repo.submittedHistory(db, caseId, memberId, instrumentId);
  return rows.map((row) => ({
    responseId: row.id,
    submittedAt: row.submitted_at ?? row.updated_at,
    result: row.result ? (JSON.parse(row.result) as ScoreResult) : null,
  }));
}

/** Where a submitted response belongs, or undefined (the caller authorises and audits). */
export async function submittedResponseFacts(db: Kysely<Database>, responseId: string) {
  const row = await repo.findResponse(db, responseId);
  if (row?.status !== 'submitted') return undefined;
  return {
    practiceId: row.practice_id,
    caseId: row.case_id,
    memberId: row.member_id,
    instrumentId: row.instrument_id,
  };
}

/** Every submitted result of a case, oldest first (the caller authorises and audits). */
export async function submittedOfCase(db: Kysely<Database>, caseId: string) {
  const rows = await repo.submittedForCase(db, caseId);
  return rows.map((row) => ({
    responseId: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    instrumentId: row.instrument_id,
    submittedAt: row.submitted_at ?? row.updated_at,
    result: row.result ? (JSON.parse(row.result) as ScoreResult) : null,
  }));
}
