import type { ClosingLine, ClosingSummary, DischargeBody } from '@securebase/contracts';
import { changeForInstrument } from '@securebase/stats';
import type { Kysely } from 'kysely';
import { findDefinition, instrumentNames } from '../assessments/definitions';
import { submittedOfCase } from '../assessments/results-service';
import { audit } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { requireCase } from '../cases/service';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { parseLocalDate } from '../schedules/recurrence';
import { caseSchedules, runDueSchedules } from '../schedules/service';

async function dischargeOf(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('cases')
    .select(['discharged_on', 'discharge_note', 'status', 'created_at'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
}

/**
 * First and last result of each directional score, per member and measure, with reliable
 * change where the measure has a basis for it (up to discharge, when there is one).
 */
async function closingLines(
  ctx: SignedInContext,
  db: Kysely<Database>,
  caseId: string,
  until: string | null,
): Promise<ClosingLine[]> {
  const results = (await submittedOfCase(db, caseId)).filter(
    (r) => until === null || r.submittedAt.slice(0, 10) <= until,
  );
  const nameOf = await instrumentNames(db, ctx.actor.practiceId);
  const groups = new Map<string, typeof results>();
  for (const r of results) {
    const key = `${r.memberId}|${r.instrumentId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const lines: ClosingLine[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const last = group.at(-1);
    if (!first || !last || first === last || !first.result || !last.result) continue;
    const definition = await findDefinition(db, ctx.actor.practiceId, first.instrumentId);
    if (!definition) continue;
    for (const score of definition.scores) {
      if (score.kind === 'highest_rated' || score.direction === 'not_directional') continue;
      const pre = first.result.scores[score.name];
      const post = last.result.scores[score.name];
      if (typeof pre !== 'number' || typeof post !== 'number') continue;
      const change = changeForInstrument(definition, score.name, pre, post);
      lines.push({
        memberId: first.memberId,
        memberName: first.memberName,
        instrumentId: first.instrumentId,
        instrumentName: nameOf(first.instrumentId),
        score: score.name,
        scoreLabel: score.label,
        pre: { value: pre, at: first.submittedAt },
        post: { value: post, at: last.submittedAt },
        difference: post - pre,
        category: change.available ? change.category : null,
        basis: change.available ? change.detail : change.reason,
      });
    }
  }
  return lines;
}

export async function closingSummary(
  ctx: SignedInContext,
  caseId: string,
): Promise<ClosingSummary> {
  await requireCase(ctx, caseId, 'case.closing_summary', (f) => canReadCaseRecord(ctx.actor, f));
  const schedules = await caseSchedules(ctx, caseId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await dischargeOf(trx, caseId);
    const lines = await closingLines(ctx, trx, caseId, row.discharged_on ?? null);
    await audit(ctx, trx, {
      action: 'case.closing_summary',
      entityType: 'case',
      entityId: caseId,
      caseId,
    });
    return {
      caseId,
      dischargedOn: row.discharged_on ?? null,
      note: row.discharge_note ?? null,
      lines,
      followUps: schedules.schedules
        .filter((s) => s.kind === 'follow_up' || s.kind === 'at_discharge')
        .flatMap((s) =>
          s.upcoming.map((dueAt) => ({
            instrumentName: s.instrumentName,
            memberName: s.memberName,
            dueAt,
          })),
        )
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
    };
  });
}

/**
 * Discharges the case on a local date: the case closes (it stays readable), session and
 * weekly schedules stop, and what is due at discharge is given now; follow-ups then come due.
 */
export async function dischargeCase(
  ctx: SignedInContext,
  caseId: string,
  body: DischargeBody,
): Promise<ClosingSummary> {
  await requireCase(ctx, caseId, 'case.discharge', (f) => canReadCaseRecord(ctx.actor, f));
  const date = parseLocalDate(body.dischargedOn);
  if (!date) {
    throw new AppError('validation_failed', `${body.dischargedOn} is not a date on the calendar.`, {
      field: 'body.dischargedOn',
    });
  }
  const current = await dischargeOf(ctx.db, caseId);
  const today = nowIso(ctx.clock).slice(0, 10);
  if (body.dischargedOn > today) {
    throw new AppError('validation_failed', 'Discharge on today or an earlier date.', {
      field: 'body.dischargedOn',
    });
  }
  if (body.dischargedOn < current.created_at.slice(0, 10)) {
    throw new AppError('validation_failed', 'The case was opened after that date.', {
      field: 'body.dischargedOn',
    });
  }
  if (current.discharged_on) {
    throw new AppError('conflict', `The case was already discharged on ${current.discharged_on}.`, {
      reason: 'discharged',
    });
  }
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('cases')
      .set({
        status: 'closed',
        discharged_on: body.dischargedOn,
        discharge_note: body.note?.trim() || null,
        updated_at: now,
      })
      .where('id', '=', caseId)
      .execute();
    await trx
      .updateTable('measure_schedules')
      .set({ ended_at: now })
      .where('case_id', '=', caseId)
      .where('kind', 'in', ['every_session', 'every_n_weeks'])
      .where('ended_at', 'is', null)
      .execute();
    await audit(ctx, trx, {
      action: 'case.discharge',
      entityType: 'case',
      entityId: caseId,
      caseId,
      details: { dischargedOn: body.dischargedOn },
    });
  });
  await runDueSchedules({ db: ctx.db, config: ctx.config, clock: ctx.clock }, caseId);
  return closingSummary(ctx, caseId);
}
