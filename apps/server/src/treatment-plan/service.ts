import type {
  GoalProgress,
  SavePlanBody,
  TreatmentPlan,
  TreatmentPlanContent,
} from '@securebase/contracts';
import type { Kysely } from 'kysely';
import { findDefinition, instrumentNames } from '../assessments/definitions';
import { submittedOfCase } from '../assessments/results-service';
import { audit } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { findCaseMember, requireCase } from '../cases/service';
import { isUniqueViolation } from '../db/dialect';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import { parseLocalDate } from '../schedules/recurrence';

const EMPTY: TreatmentPlanContent = { goals: [] };

function latestVersion(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('treatment_plan_versions as p')
    .innerJoin('users as u', 'u.id', 'p.saved_by')
    .select(['p.version', 'p.content', 'p.saved_at', 'u.display_name as saved_by_name'])
    .where('p.case_id', '=', caseId)
    .orderBy('p.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

function refuse(field: string, message: string): never {
  throw new AppError('validation_failed', message, { field: `body.content.${field}` });
}

/** Real dates, members of this case, measures the practice has, targets on the scale. */
async function checkPlan(
  ctx: SignedInContext,
  caseId: string,
  content: TreatmentPlanContent,
  today: string,
) {
  if (content.reviewOn !== undefined) {
    if (!parseLocalDate(content.reviewOn))
      refuse('reviewOn', `${content.reviewOn} is not a date on the calendar.`);
    const limit = `${String(Number(today.slice(0, 4)) + 2)}${today.slice(4)}`;
    if (content.reviewOn > limit) refuse('reviewOn', 'Review the plan within two years.');
  }
  const ids = new Set<string>();
  for (const [g, goal] of content.goals.entries()) {
    if (ids.has(goal.id)) refuse(`goals[${String(g)}].id`, 'Two goals share an id.');
    ids.add(goal.id);
    if (!goal.text.trim()) refuse(`goals[${String(g)}].text`, 'Say what the goal is.');
    if (goal.memberId !== undefined && !(await findCaseMember(ctx.db, caseId, goal.memberId))) {
      refuse(`goals[${String(g)}].memberId`, 'No such member in this case.');
    }
    for (const [m, measure] of goal.measures.entries()) {
      const at = `goals[${String(g)}].measures[${String(m)}]`;
      const definition = await findDefinition(ctx.db, ctx.actor.practiceId, measure.instrumentId);
      if (!definition) refuse(`${at}.instrumentId`, `Unknown measure ${measure.instrumentId}.`);
      const score = definition.scores.find((s) => s.name === measure.scoreName);
      if (!score || score.kind === 'highest_rated' || score.direction === 'not_directional') {
        refuse(`${at}.scoreName`, 'Choose a score that rises or falls with progress.');
      }
      if (
        !Number.isFinite(measure.target) ||
        measure.target < score.min ||
        measure.target > score.max
      ) {
        refuse(
          `${at}.target`,
          `The target must be between ${String(score.min)} and ${String(score.max)}.`,
        );
      }
    }
  }
}

async function progressOf(
  ctx: SignedInContext,
  db: Kysely<Database>,
  caseId: string,
  content: TreatmentPlanContent,
): Promise<GoalProgress[]> {
  const results = await submittedOfCase(db, caseId);
  const nameOf = await instrumentNames(db, ctx.actor.practiceId);
  const progress: GoalProgress[] = [];
  for (const goal of content.goals) {
    for (const measure of goal.measures) {
      const definition = await findDefinition(db, ctx.actor.practiceId, measure.instrumentId);
      const score = definition?.scores.find((s) => s.name === measure.scoreName);
      if (!score || score.kind === 'highest_rated' || score.direction === 'not_directional')
        continue;
      const series = results.flatMap((r) => {
        if (r.instrumentId !== measure.instrumentId) return [];
        if (goal.memberId !== undefined && r.memberId !== goal.memberId) return [];
        const value = r.result?.scores[measure.scoreName];
        return typeof value === 'number' ? [{ value, at: r.submittedAt }] : [];
      });
      const latest = series.at(-1) ?? null;
      progress.push({
        goalId: goal.id,
        instrumentId: measure.instrumentId,
        instrumentName: nameOf(measure.instrumentId),
        scoreLabel: score.label,
        target: measure.target,
        direction: score.direction,
        first: series[0] ?? null,
        latest,
        reached: latest
          ? score.direction === 'higher_is_worse'
            ? latest.value <= measure.target
            : latest.value >= measure.target
          : null,
      });
    }
  }
  return progress;
}

async function present(
  ctx: SignedInContext,
  db: Kysely<Database>,
  caseId: string,
): Promise<TreatmentPlan> {
  const row = await latestVersion(db, caseId);
  const content = row ? (JSON.parse(row.content) as TreatmentPlanContent) : EMPTY;
  const today = nowIso(ctx.clock).slice(0, 10);
  return {
    caseId,
    version: row?.version ?? 0,
    content,
    savedBy: row?.saved_by_name ?? null,
    savedAt: row?.saved_at ?? null,
    reviewDue: content.reviewOn !== undefined && content.reviewOn < today,
    progress: await progressOf(ctx, db, caseId, content),
  };
}

export async function readPlan(ctx: SignedInContext, caseId: string): Promise<TreatmentPlan> {
  await requireCase(ctx, caseId, 'treatment_plan.read', (f) => canReadCaseRecord(ctx.actor, f));
  return ctx.db.transaction().execute(async (trx) => {
    await audit(ctx, trx, {
      action: 'treatment_plan.read',
      entityType: 'case',
      entityId: caseId,
      caseId,
    });
    return present(ctx, trx, caseId);
  });
}

/** Saves a new version; an edit from an older version answers 409 and overwrites nothing. */
export async function savePlan(
  ctx: SignedInContext,
  caseId: string,
  body: SavePlanBody,
): Promise<TreatmentPlan> {
  await requireCase(ctx, caseId, 'treatment_plan.save', (f) => canReadCaseRecord(ctx.actor, f));
  const now = nowIso(ctx.clock);
  await checkPlan(ctx, caseId, body.content, now.slice(0, 10));
  const conflict = (current: number) =>
    new AppError(
      'conflict',
      `The plan was saved by someone else since you opened it (now version ${String(current)}). Nothing was overwritten.`,
      { field: 'body.baseVersion', currentVersion: current },
    );
  const content: TreatmentPlanContent = {
    ...(body.content.reviewOn !== undefined ? { reviewOn: body.content.reviewOn } : {}),
    goals: body.content.goals.map((g) => ({ ...g, text: g.text.trim() })),
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const current = (await latestVersion(trx, caseId))?.version ?? 0;
      if (current !== body.baseVersion) throw conflict(current);
      const id = uuidv7();
      await trx
        .insertInto('treatment_plan_versions')
        .values({
          id,
          practice_id: ctx.actor.practiceId,
          case_id: caseId,
          version: current + 1,
          content: JSON.stringify(content),
          note: body.note?.trim() || null,
          saved_by: ctx.actor.userId,
          saved_at: now,
        })
        .execute();
      await audit(ctx, trx, {
        action: 'treatment_plan.save',
        entityType: 'treatment_plan_version',
        entityId: id,
        caseId,
        details: { version: current + 1, goals: content.goals.length },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict((await latestVersion(ctx.db, caseId))?.version ?? 0);
    }
    throw error;
  }
  return present(ctx, ctx.db, caseId);
}
