import type { CaseSummary, CreateCaseBody } from '@securebase/contracts';
import type { Kysely } from 'kysely';
import { audit, deny } from '../audit/service';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { uuidv7 } from '../lib/ids';
import { canOpenCase, canReadCaseRecord, canUsePortalOfCase, type CaseFacts } from './policy';
import * as repo from './repo';

type CaseRow = NonNullable<Awaited<ReturnType<typeof repo.findCase>>>;

async function summarise(db: Kysely<Database>, cases: CaseRow[]): Promise<CaseSummary[]> {
  const ids = cases.map((c) => c.id);
  const [members, team] = await Promise.all([repo.membersOf(db, ids), repo.careTeamOf(db, ids)]);
  return cases.map((c) => ({
    id: c.id,
    kind: c.kind,
    title: c.title,
    status: c.status,
    lastActivityAt: c.last_activity_at,
    createdAt: c.created_at,
    members: members
      .filter((m) => m.case_id === c.id)
      .map((m) => ({
        id: m.id,
        displayName: m.display_name,
        memberRole: m.member_role,
        birthYear: m.birth_year,
        hasAccount: m.user_id !== null,
      })),
    careTeam: team
      .filter((t) => t.case_id === c.id)
      .map((t) => ({ userId: t.user_id, displayName: t.display_name, teamRole: t.team_role })),
  }));
}

export async function listCaseload(
  ctx: SignedInContext,
  query: {
    status?: 'open' | 'closed' | undefined;
    sort?: repo.CaseSort | undefined;
    order?: 'asc' | 'desc' | undefined;
  },
) {
  if (ctx.actor.role !== 'clinician') {
    return deny(ctx, { action: 'caseload.read' }, 'forbidden', 'Only clinicians have a caseload.');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.caseloadOf(trx, ctx.actor.userId, ctx.actor.practiceId, {
      status: query.status,
      sort: query.sort ?? 'lastActivityAt',
      order: query.order ?? (query.sort === 'title' ? 'asc' : 'desc'),
    });
    await audit(ctx, trx, { action: 'caseload.read', details: { cases: rows.length } });
    return { cases: await summarise(trx, rows) };
  });
}

export async function openCase(ctx: SignedInContext, input: CreateCaseBody): Promise<CaseSummary> {
  if (!canOpenCase(ctx.actor)) {
    return deny(ctx, { action: 'case.create' }, 'forbidden', 'Only clinicians open cases.');
  }
  const id = uuidv7();
  const now = nowIso(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    await repo.insertCase(trx, {
      id,
      practiceId: ctx.actor.practiceId,
      kind: input.kind,
      title: input.title.trim(),
      createdBy: ctx.actor.userId,
      now,
      members: input.members.map((m) => ({
        id: uuidv7(),
        displayName: m.displayName.trim(),
        memberRole: m.memberRole,
        birthYear: m.birthYear ?? null,
      })),
    });
    await audit(ctx, trx, { action: 'case.create', entityType: 'case', entityId: id, caseId: id });
    const created = await repo.findCase(trx, id);
    const [summary] = await summarise(trx, created ? [created] : []);
    if (!summary) throw new Error('case vanished inside its own transaction');
    return summary;
  });
}

/**
 * Loads the facts for a case-level decision; a case that does not exist and one the actor may
 * not see look the same (404), and both are audited.
 */
export async function requireCase(
  ctx: SignedInContext,
  caseId: string,
  action: string,
  allowed: (facts: CaseFacts) => boolean,
): Promise<CaseFacts> {
  const facts = await repo.caseFacts(ctx.db, caseId);
  if (!facts || !allowed(facts)) {
    return deny(
      ctx,
      { action, entityType: 'case', entityId: caseId, caseId: facts ? caseId : null },
      'not_found',
      'No such case.',
    );
  }
  return facts;
}

export async function readCase(ctx: SignedInContext, caseId: string): Promise<CaseSummary> {
  await requireCase(ctx, caseId, 'case.read', (facts) => canReadCaseRecord(ctx.actor, facts));
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findCase(trx, caseId);
    await audit(ctx, trx, { action: 'case.read', entityType: 'case', entityId: caseId, caseId });
    const [summary] = await summarise(trx, row ? [row] : []);
    if (!summary) throw new Error('case vanished inside its own transaction');
    return summary;
  });
}

/** The cases the signed-in client or caregiver belongs to, with their clinicians' names. */
export async function casesOfMember(ctx: SignedInContext, trx: Kysely<Database>) {
  const memberships = await repo.membershipsOf(trx, ctx.actor.userId, ctx.actor.practiceId);
  const facts = await Promise.all(memberships.map((m) => repo.caseFacts(trx, m.case_id)));
  const visible = memberships.filter((_, i) => {
    const f = facts[i];
    return f ? canUsePortalOfCase(ctx.actor, f) : false;
  });
  const team = await repo.careTeamOf(
    trx,
    visible.map((m) => m.case_id),
  );
  return visible.map((m) => ({
    caseId: m.case_id,
    memberId: m.member_id,
    title: m.title,
    memberRole: m.member_role,
    clinicians: team.filter((t) => t.case_id === m.case_id).map((t) => t.display_name),
  }));
}

/*
 * What other domains may ask of cases (they call this service, never the cases repo).
 */

/** The facts a case-level policy decision needs, or null when there is no such case. */
export const loadCaseFacts = (db: Kysely<Database>, caseId: string) => repo.caseFacts(db, caseId);

/** A member of the case, or undefined. */
export const findCaseMember = (db: Kysely<Database>, caseId: string, memberId: string) =>
  repo.findMember(db, caseId, memberId);

/** Links a member to the portal account they accepted an invitation for. */
export const linkMemberAccount = (trx: Kysely<Database>, memberId: string, userId: string) =>
  repo.linkMemberToUser(trx, memberId, userId);

/** Marks activity on the case (the caseload's "last activity"). */
export const recordCaseActivity = (trx: Kysely<Database>, caseId: string, now: string) =>
  repo.touchCase(trx, caseId, now);
