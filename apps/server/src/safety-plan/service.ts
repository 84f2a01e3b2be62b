import {
  EMPTY_SAFETY_PLAN,
  type MySafetyPlan,
  type MySafetyPlans,
  type SafetyContact,
  type SafetyPlan,
  type SafetyPlanContent,
  type SafetyPlanHistory,
  type SaveMySafetyPlanBody,
  type SaveSafetyPlanBody,
} from '@securebase/contracts';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { casesOfMember, findCaseMember, requireCase } from '../cases/service';
import { isUniqueViolation } from '../db/dialect';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import { crisisResourcesFor } from '../safety/crisis';
import { hasSafetyPlan } from './policy';
import * as repo from './repo';

interface PlanMember {
  caseId: string;
  memberId: string;
  memberName: string;
}

function present(member: PlanMember, row: repo.VersionRow | undefined): SafetyPlan {
  return {
    caseId: member.caseId,
    memberId: member.memberId,
    memberName: member.memberName,
    version: row?.version ?? 0,
    savedAt: row?.saved_at ?? null,
    savedBy: row?.saved_by_name ?? null,
    savedByRole: row?.saved_by_role ?? null,
    content: row ? (JSON.parse(row.content) as SafetyPlanContent) : EMPTY_SAFETY_PLAN,
  };
}

/** The care team's access to one client member of the case: 404 off the team, 400 otherwise. */
async function requireClientMember(
  ctx: SignedInContext,
  caseId: string,
  memberId: string,
): Promise<PlanMember> {
  await requireCase(ctx, caseId, 'safety_plan.access', (facts) =>
    canReadCaseRecord(ctx.actor, facts),
  );
  const member = await findCaseMember(ctx.db, caseId, memberId);
  const field = 'query.memberId';
  if (!member) throw new AppError('validation_failed', 'No such member in this case.', { field });
  if (!hasSafetyPlan(member.member_role)) {
    throw new AppError(
      'validation_failed',
      'A safety plan is for a client of the case, not for a caregiver.',
      { field },
    );
  }
  return { caseId, memberId, memberName: member.display_name };
}

const tidyContact = (contact: SafetyContact): SafetyContact => {
  const phone = contact.phone?.trim();
  const note = contact.note?.trim();
  return { name: contact.name.trim(), ...(phone ? { phone } : {}), ...(note ? { note } : {}) };
};

/** Stored as written, less the white space around each entry. */
function tidy(content: SafetyPlanContent): SafetyPlanContent {
  const lines = (list: readonly string[]) => list.map((line) => line.trim());
  return {
    warningSigns: lines(content.warningSigns),
    copingStrategies: lines(content.copingStrategies),
    peopleAndPlaces: content.peopleAndPlaces.map(tidyContact),
    peopleToAsk: content.peopleToAsk.map(tidyContact),
    professionals: content.professionals.map(tidyContact),
    safeEnvironment: lines(content.safeEnvironment),
    reasonsForLiving: lines(content.reasonsForLiving),
  };
}

const conflict = (current: number) =>
  new AppError(
    'conflict',
    `The safety plan was saved by someone else since you opened it (now version ${String(current)}). Nothing was overwritten; your changes are still with you.`,
    { field: 'body.baseVersion', currentVersion: current },
  );

/**
 * Saves a new version from `baseVersion`: a newer saved version answers 409 and nothing is
 * overwritten. The audit event says who saved which version, never what the plan says.
 */
async function saveVersion(
  ctx: SignedInContext,
  member: PlanMember,
  body: SaveSafetyPlanBody,
  author: 'clinician' | 'client',
  action: string,
): Promise<SafetyPlan> {
  const content = tidy(body.content);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const latest = await repo.latestVersion(trx, member.memberId);
      const current = latest?.version ?? 0;
      if (current !== body.baseVersion) throw conflict(current);
      const id = uuidv7();
      await repo.insertVersion(trx, {
        id,
        practice_id: ctx.actor.practiceId,
        case_id: member.caseId,
        member_id: member.memberId,
        version: current + 1,
        content: JSON.stringify(content),
        saved_by: ctx.actor.userId,
        saved_by_role: author,
        saved_at: nowIso(ctx.clock),
      });
      await audit(ctx, trx, {
        action,
        entityType: 'safety_plan_version',
        entityId: id,
        caseId: member.caseId,
        details: { member: member.memberId, version: current + 1 },
      });
    });
  } catch (error) {
    // Two saves from the same base raced; the unique version let only one land.
    if (isUniqueViolation(error)) {
      throw conflict((await repo.latestVersion(ctx.db, member.memberId))?.version ?? 0);
    }
    throw error;
  }
  return present(member, await repo.latestVersion(ctx.db, member.memberId));
}

/** The care team reads a client member's plan as it stands; audited. */
export async function readCaseSafetyPlan(
  ctx: SignedInContext,
  caseId: string,
  memberId: string,
): Promise<SafetyPlan> {
  const member = await requireClientMember(ctx, caseId, memberId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.latestVersion(trx, memberId);
    await audit(ctx, trx, {
      action: 'safety_plan.read',
      entityType: 'case_member',
      entityId: memberId,
      caseId,
      details: { version: row?.version ?? 0 },
    });
    return present(member, row);
  });
}

/** The clinician saves the plan written with the client. */
export async function saveCaseSafetyPlan(
  ctx: SignedInContext,
  caseId: string,
  memberId: string,
  body: SaveSafetyPlanBody,
): Promise<SafetyPlan> {
  const member = await requireClientMember(ctx, caseId, memberId);
  return saveVersion(ctx, member, body, 'clinician', 'safety_plan.save');
}

/** Who saved each version and when, newest first; audited. */
export async function caseSafetyPlanVersions(
  ctx: SignedInContext,
  caseId: string,
  memberId: string,
): Promise<SafetyPlanHistory> {
  await requireClientMember(ctx, caseId, memberId);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.versionList(trx, memberId);
    await audit(ctx, trx, {
      action: 'safety_plan.versions',
      entityType: 'case_member',
      entityId: memberId,
      caseId,
    });
    return {
      caseId,
      memberId,
      versions: rows.map((row) => ({
        version: row.version,
        savedAt: row.saved_at,
        savedBy: row.saved_by_name,
        savedByRole: row.saved_by_role,
      })),
    };
  });
}

/** The signed-in client's own memberships that have a plan (usually one). */
async function ownPlanMembers(ctx: SignedInContext) {
  if (ctx.actor.role !== 'client') {
    return deny(
      ctx,
      { action: 'safety_plan.read_own' },
      'forbidden',
      'Safety plans are for clients.',
    );
  }
  const cases = await casesOfMember(ctx, ctx.db);
  const mine = cases.filter((c) => hasSafetyPlan(c.memberRole));
  return Promise.all(
    mine.map(async (c) => ({
      caseId: c.caseId,
      memberId: c.memberId,
      caseTitle: c.title,
      memberName: (await findCaseMember(ctx.db, c.caseId, c.memberId))?.display_name ?? '',
    })),
  );
}

/** The client's plans, one per membership, with the practice's crisis lines; each read audited. */
export async function mySafetyPlans(ctx: SignedInContext): Promise<MySafetyPlans> {
  const members = await ownPlanMembers(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const plans: MySafetyPlan[] = [];
    for (const member of members) {
      const row = await repo.latestVersion(trx, member.memberId);
      await audit(ctx, trx, {
        action: 'safety_plan.read_own',
        entityType: 'case_member',
        entityId: member.memberId,
        caseId: member.caseId,
        details: { version: row?.version ?? 0 },
      });
      plans.push({ ...present(member, row), caseTitle: member.caseTitle });
    }
    return { plans, crisis: await crisisResourcesFor(trx, ctx.actor.practiceId) };
  });
}

/** The client saves their own plan; someone else's membership is 404, audited. */
export async function saveMySafetyPlan(
  ctx: SignedInContext,
  body: SaveMySafetyPlanBody,
): Promise<MySafetyPlan> {
  const members = await ownPlanMembers(ctx);
  const member = members.find((m) => m.memberId === body.memberId);
  if (!member) {
    return deny(
      ctx,
      { action: 'safety_plan.save_own', entityType: 'case_member', entityId: body.memberId },
      'not_found',
      'No such safety plan.',
    );
  }
  const saved = await saveVersion(ctx, member, body, 'client', 'safety_plan.save_own');
  return { ...saved, caseTitle: member.caseTitle };
}
