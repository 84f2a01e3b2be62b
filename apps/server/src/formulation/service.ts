import {
  summaryParagraphs,
  type Formulation,
  type FormulationContent,
  type FormulationHistory,
  type SaveFormulationBody,
} from '@securebase/contracts';
import type { ScoreResult } from '@securebase/measures';
import type { Kysely } from 'kysely';
import { audit } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { findCaseMember, requireCase } from '../cases/service';
import { isUniqueViolation } from '../db/dialect';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import * as repo from './repo';
import { EMPTY_FORMULATION, summariseThemes } from './themes';

async function requireMember(
  ctx: SignedInContext,
  caseId: string,
  memberId: string,
  field: string,
) {
  await requireCase(ctx, caseId, 'formulation.access', (facts) =>
    canReadCaseRecord(ctx.actor, facts),
  );
  const member = await findCaseMember(ctx.db, caseId, memberId);
  if (!member) throw new AppError('validation_failed', 'No such member in this case.', { field });
}

type VersionRow = NonNullable<Awaited<ReturnType<typeof repo.versionAt>>>;

function present(caseId: string, memberId: string, row: VersionRow | undefined): Formulation {
  const content = row ? (JSON.parse(row.content) as FormulationContent) : EMPTY_FORMULATION;
  return {
    caseId,
    memberId,
    version: row?.version ?? 0,
    savedAt: row?.saved_at ?? null,
    savedBy: row?.saved_by_name ?? null,
    note: row?.note ?? null,
    content,
    themes: summariseThemes(content),
  };
}

/** The formulation of one member as it stands, or as it stood at `at`; audited. */
export async function readFormulation(
  ctx: SignedInContext,
  caseId: string,
  query: { memberId: string; at?: string },
): Promise<Formulation> {
  await requireMember(ctx, caseId, query.memberId, 'query.memberId');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.versionAt(trx, query.memberId, query.at);
    await audit(ctx, trx, {
      action: 'formulation.read',
      entityType: 'case_member',
      entityId: query.memberId,
      caseId,
      details: { version: row?.version ?? 0, ...(query.at ? { at: query.at } : {}) },
    });
    return present(caseId, query.memberId, row);
  });
}

/** Every link from a working model to a score names a submitted response of this member. */
async function checkLinks(db: Kysely<Database>, memberId: string, content: FormulationContent) {
  const ids = content.workingModels.flatMap((m) => m.linkedScores.map((l) => l.responseId));
  const responses = await repo.memberResponses(db, memberId, [...new Set(ids)]);
  const scoresOf = new Map(
    responses.map((r) => [r.id, (JSON.parse(r.result ?? 'null') as ScoreResult | null)?.scores]),
  );
  content.workingModels.forEach((model, m) => {
    model.linkedScores.forEach((link, l) => {
      const field = `body.content.workingModels.${String(m)}.linkedScores.${String(l)}`;
      const scores = scoresOf.get(link.responseId);
      if (!scores) {
        throw new AppError('validation_failed', 'No such result for this member.', {
          field: `${field}.responseId`,
        });
      }
      if (!(link.score in scores)) {
        throw new AppError('validation_failed', `That result has no score "${link.score}".`, {
          field: `${field}.score`,
        });
      }
    });
  });
}

function checkDates(content: FormulationContent, today: string) {
  content.episodes.forEach((episode, index) => {
    if (episode.when !== undefined && episode.when > today) {
      throw new AppError('validation_failed', 'An episode cannot be dated in the future.', {
        field: `body.content.episodes.${String(index)}.when`,
      });
    }
  });
}

/**
 * Saves a new version. An edit made from an older version answers 409 with the current version
 * number, and nothing is overwritten: the clinician's text stays in their editor to merge.
 */
export async function saveFormulation(
  ctx: SignedInContext,
  caseId: string,
  body: SaveFormulationBody,
): Promise<Formulation> {
  await requireMember(ctx, caseId, body.memberId, 'body.memberId');
  const now = nowIso(ctx.clock);
  checkDates(body.content, now.slice(0, 10));
  await checkLinks(ctx.db, body.memberId, body.content);
  const conflict = (current: number) =>
    new AppError(
      'conflict',
      `The formulation was saved by someone else since you opened it (now version ${String(current)}). Nothing was overwritten; reload to see their changes, then save yours again.`,
      { field: 'body.baseVersion', currentVersion: current },
    );
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const latest = await repo.versionAt(trx, body.memberId);
      const current = latest?.version ?? 0;
      if (current !== body.baseVersion) throw conflict(current);
      const id = uuidv7();
      await repo.insertVersion(trx, {
        id,
        practice_id: ctx.actor.practiceId,
        case_id: caseId,
        member_id: body.memberId,
        version: current + 1,
        content: JSON.stringify(body.content),
        note: body.note?.trim() || null,
        saved_by: ctx.actor.userId,
        saved_at: now,
      });
      await audit(ctx, trx, {
        action: 'formulation.save',
        entityType: 'formulation_version',
        entityId: id,
        caseId,
        details: { member: body.memberId, version: current + 1 },
      });
    });
  } catch (error) {
    // Two saves from the same base raced; the unique version let only one land.
    if (isUniqueViolation(error)) {
      const latest = await repo.versionAt(ctx.db, body.memberId);
      throw conflict(latest?.version ?? 0);
    }
    throw error;
  }
  return present(caseId, body.memberId, await repo.versionAt(ctx.db, body.memberId));
}

/** How the formulation has shifted: every version, oldest first; audited. */
export async function formulationHistory(
  ctx: SignedInContext,
  caseId: string,
  memberId: string,
): Promise<FormulationHistory> {
  await requireMember(ctx, caseId, memberId, 'query.memberId');
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.versions(trx, memberId);
    await audit(ctx, trx, {
      action: 'formulation.history',
      entityType: 'case_member',
      entityId: memberId,
      caseId,
    });
    return {
      caseId,
      memberId,
      versions: rows.map((row) => {
        const content = JSON.parse(row.content) as FormulationContent;
        return {
          version: row.version,
          savedAt: row.saved_at,
          savedBy: row.saved_by_name,
          note: row.note,
          workingModels: content.workingModels.length,
          episodes: content.episodes.length,
        };
      }),
    };
  });
}

/** The client summary of the newest version, as paragraphs (the caller audits). */
export async function latestClientSummary(
  trx: Kysely<Database>,
  memberId: string,
): Promise<string[]> {
  const row = await repo.versionAt(trx, memberId);
  const content = row ? (JSON.parse(row.content) as FormulationContent) : EMPTY_FORMULATION;
  return summaryParagraphs(content.clientSummary);
}
