import type { AnswerMap, QuestionnaireForm, SubmitResult } from '@securebase/contracts';
import { score, type InstrumentDefinition, type ScoreResult } from '@securebase/measures';
import type { Kysely } from 'kysely';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { loadCaseFacts, recordCaseActivity } from '../cases/service';
import type { Database } from '../db/schema';
import { AppError } from '../lib/errors';
import { nowIso, type SignedInContext } from '../lib/context';
import { uuidv7 } from '../lib/ids';
import { crisisResourcesFor } from '../safety/crisis';
import { requireDefinition } from './definitions';
import { idempotent, requestFingerprint } from './idempotency';
import { formItems } from './instrument-text';
import * as repo from './repo';
import { raiseRiskAlert } from './risk';

type AssignmentView = NonNullable<Awaited<ReturnType<typeof repo.findAssignment>>>;

/** The respondent is the person linked to the assignment's case member; anyone else gets 404. */
async function requireRespondent(ctx: SignedInContext, assignmentId: string, action: string) {
  const row = await repo.findAssignment(ctx.db, assignmentId);
  if (!row || row.practice_id !== ctx.actor.practiceId || row.member_user_id !== ctx.actor.userId) {
    return deny(
      ctx,
      { action, entityType: 'assignment', entityId: assignmentId },
      'not_found',
      'No such questionnaire.',
    );
  }
  return row;
}

/** A clinician on the case's care team (paper entry on the client's behalf). */
async function requireCareTeam(ctx: SignedInContext, assignmentId: string, action: string) {
  const row = await repo.findAssignment(ctx.db, assignmentId);
  const facts = row ? await loadCaseFacts(ctx.db, row.case_id) : null;
  if (!row || !facts || !canReadCaseRecord(ctx.actor, facts)) {
    return deny(
      ctx,
      { action, entityType: 'assignment', entityId: assignmentId },
      'not_found',
      'No such questionnaire.',
    );
  }
  return row;
}

/** The definition the assignment was made with (a practice measure's version matters). */
function definitionOf(ctx: SignedInContext, row: AssignmentView): Promise<InstrumentDefinition> {
  return requireDefinition(ctx.db, row.practice_id, row.instrument_id, row.definition_version);
}

/** Out-of-range or unknown answers: 400 naming the item; nothing is stored. */
function checkAnswers(definition: InstrumentDefinition, answers: AnswerMap): ScoreResult {
  const result = score(definition, answers);
  const [first] = result.invalidItems;
  if (first) {
    throw new AppError(
      'validation_failed',
      `Answer to ${first.itemId} is not valid (${first.reason.replace(/_/g, ' ')}).`,
      {
        field: `body.answers.${first.itemId}`,
        items: result.invalidItems.map((i) => ({ itemId: i.itemId, reason: i.reason })),
      },
    );
  }
  return result;
}

export async function openForm(
  ctx: SignedInContext,
  assignmentId: string,
): Promise<QuestionnaireForm> {
  // A clinician opens the form to enter a paper copy; the client's unsent draft stays theirs.
  const forPaper = ctx.actor.role === 'clinician';
  const row = forPaper
    ? await requireCareTeam(ctx, assignmentId, 'assignment.open_paper')
    : await requireRespondent(ctx, assignmentId, 'assignment.open');
  const definition = await definitionOf(ctx, row);
  const pack = await repo.activeContentPack(ctx.db, row.practice_id, definition.id);
  return ctx.db.transaction().execute(async (trx) => {
    const response = forPaper ? undefined : await repo.findResponseForAssignment(trx, row.id);
    await audit(ctx, trx, {
      action: forPaper ? 'assignment.open_paper' : 'assignment.open',
      entityType: 'assignment',
      entityId: row.id,
      caseId: row.case_id,
    });
    return {
      assignmentId: row.id,
      instrumentId: definition.id,
      name: definition.name,
      citation: definition.citation,
      licenceNote: definition.licence.note,
      instructions: definition.responseScale,
      placeholderText: !definition.itemTextShipped && pack?.placeholder === 1,
      items: formItems(definition, pack),
      draft: response?.status === 'draft' ? (JSON.parse(response.answers) as AnswerMap) : {},
      status: row.status,
    };
  });
}

/** Saves answers as they are given; a draft is never scored and never counts as a result. */
export async function saveDraft(ctx: SignedInContext, assignmentId: string, answers: AnswerMap) {
  const row = await requireRespondent(ctx, assignmentId, 'response.draft');
  checkAnswers(await definitionOf(ctx, row), answers);
  if (row.status !== 'open')
    throw new AppError('conflict', 'This questionnaire was already submitted.');
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findResponseForAssignment(trx, row.id);
    if (existing) {
      await trx
        .updateTable('responses')
        .set({ answers: JSON.stringify(answers), updated_at: now })
        .where('id', '=', existing.id)
        .where('status', '=', 'draft')
        .execute();
    } else {
      await trx
        .insertInto('responses')
        .values(newResponse(row, ctx.actor.userId, 'self', answers, now))
        .execute();
    }
    await audit(ctx, trx, {
      action: 'response.draft',
      entityType: 'assignment',
      entityId: row.id,
      caseId: row.case_id,
    });
  });
  return { ok: true as const, savedAt: now };
}

function newResponse(
  row: AssignmentView,
  enteredBy: string,
  mode: 'self' | 'paper',
  answers: AnswerMap,
  now: string,
): repo.ResponseRow {
  return {
    id: uuidv7(),
    practice_id: row.practice_id,
    case_id: row.case_id,
    assignment_id: row.id,
    member_id: row.member_id,
    instrument_id: row.instrument_id,
    answers: JSON.stringify(answers),
    status: 'draft',
    result: null,
    entered_by: enteredBy,
    entry_mode: mode,
    submitted_at: null,
    shared_at: null,
    shared_by: null,
    created_at: now,
    updated_at: now,
  };
}

/** Claims the open assignment (a row lock on PostgreSQL); a second submission finds it done. */
async function claim(trx: Kysely<Database>, assignmentId: string, now: string): Promise<void> {
  const claimed = await trx
    .updateTable('assignments')
    .set({ status: 'completed', completed_at: now, updated_at: now })
    .where('id', '=', assignmentId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) {
    throw new AppError('conflict', 'This questionnaire was already submitted.');
  }
}

async function record(
  ctx: SignedInContext,
  trx: Kysely<Database>,
  row: AssignmentView,
  input: { answers: AnswerMap; result: ScoreResult; mode: 'self' | 'paper'; now: string },
): Promise<SubmitResult> {
  await claim(trx, row.id, input.now);
  const existing = await repo.findResponseForAssignment(trx, row.id);
  const base = existing ?? newResponse(row, ctx.actor.userId, input.mode, input.answers, input.now);
  const submitted: repo.ResponseRow = {
    ...base,
    answers: JSON.stringify(input.answers),
    status: 'submitted',
    result: JSON.stringify(input.result),
    entered_by: ctx.actor.userId,
    entry_mode: input.mode,
    submitted_at: input.now,
    updated_at: input.now,
  };
  if (existing)
    await trx.updateTable('responses').set(submitted).where('id', '=', existing.id).execute();
  else await trx.insertInto('responses').values(submitted).execute();
  await recordCaseActivity(trx, row.case_id, input.now);
  await audit(ctx, trx, {
    action: 'response.submit',
    entityType: 'response',
    entityId: submitted.id,
    caseId: row.case_id,
    details: { instrument: row.instrument_id, status: input.result.status, mode: input.mode },
  });
  const risky = input.result.riskItems.length > 0;
  if (risky)
    await raiseRiskAlert(ctx, trx, {
      row,
      responseId: submitted.id,
      items: input.result.riskItems,
      now: input.now,
    });
  return {
    responseId: submitted.id,
    status: input.result.status,
    crisis: risky ? await crisisResourcesFor(trx, row.practice_id) : null,
  };
}

/** Submits answers; with an Idempotency-Key the same request gets the same answer. */
export async function submit(
  ctx: SignedInContext,
  assignmentId: string,
  answers: AnswerMap,
  idempotencyKey: string | undefined,
): Promise<SubmitResult> {
  const row = await requireRespondent(ctx, assignmentId, 'response.submit');
  const result = checkAnswers(await definitionOf(ctx, row), answers);
  const now = nowIso(ctx.clock);
  const { result: outcome } = await ctx.db.transaction().execute((trx) =>
    idempotent(
      trx,
      {
        userId: ctx.actor.userId,
        key: idempotencyKey,
        fingerprint: requestFingerprint(`submit ${assignmentId}`, answers),
        now,
      },
      () => record(ctx, trx, row, { answers, result, mode: 'self', now }),
    ),
  );
  return outcome;
}

/** A clinician enters a paper form on the client's behalf; recorded as such. */
export async function enterPaperForm(
  ctx: SignedInContext,
  assignmentId: string,
  answers: AnswerMap,
): Promise<SubmitResult> {
  const row = await requireCareTeam(ctx, assignmentId, 'response.paper');
  const result = checkAnswers(await definitionOf(ctx, row), answers);
  const now = nowIso(ctx.clock);
  return ctx.db
    .transaction()
    .execute((trx) => record(ctx, trx, row, { answers, result, mode: 'paper', now }));
}
