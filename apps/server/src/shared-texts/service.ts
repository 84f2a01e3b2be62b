import type { SharedText, SharedTextList, ShareTextBody } from '@securebase/contracts';
import type { Kysely, Selectable } from 'kysely';
import { clientReadingOf } from '../attachment/service';
import { audit } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { findCaseMember, requireCase } from '../cases/service';
import type { Database, SharedTextsTable } from '../db/schema';
import { latestClientSummary } from '../formulation/service';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';

type Row = Selectable<SharedTextsTable> & { shared_by_name: string };

function present(row: Row): SharedText {
  return {
    id: row.id,
    memberId: row.member_id,
    kind: row.kind,
    paragraphs: JSON.parse(row.paragraphs) as string[],
    sharedBy: row.shared_by_name,
    sharedAt: row.shared_at,
  };
}

function withNames(db: Kysely<Database>) {
  return db
    .selectFrom('shared_texts as s')
    .innerJoin('users as u', 'u.id', 's.shared_by')
    .selectAll('s')
    .select('u.display_name as shared_by_name');
}

/** The clinician shares the client's reading or formulation summary, as it stands now. */
export async function shareText(
  ctx: SignedInContext,
  caseId: string,
  body: ShareTextBody,
): Promise<SharedText> {
  await requireCase(ctx, caseId, 'shared_text.share', (facts) =>
    canReadCaseRecord(ctx.actor, facts),
  );
  if (!(await findCaseMember(ctx.db, caseId, body.memberId))) {
    throw new AppError('validation_failed', 'No such member in this case.', {
      field: 'body.memberId',
    });
  }
  const id = uuidv7();
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const paragraphs =
      body.kind === 'attachment_reading'
        ? await clientReadingOf(trx, caseId, body.memberId)
        : await latestClientSummary(trx, body.memberId);
    if (paragraphs.length === 0) {
      throw new AppError('validation_failed', 'There is nothing written for the client yet.', {
        field: 'body.kind',
      });
    }
    await trx
      .insertInto('shared_texts')
      .values({
        id,
        practice_id: ctx.actor.practiceId,
        case_id: caseId,
        member_id: body.memberId,
        kind: body.kind,
        paragraphs: JSON.stringify(paragraphs),
        shared_by: ctx.actor.userId,
        shared_at: now,
      })
      .execute();
    await audit(ctx, trx, {
      action: 'shared_text.share',
      entityType: 'shared_text',
      entityId: id,
      caseId,
      details: { kind: body.kind, member: body.memberId },
    });
  });
  const row = await withNames(ctx.db).where('s.id', '=', id).executeTakeFirstOrThrow();
  return present(row);
}

/** What the care team has shared with the members of a case, newest first. */
export async function sharedTextsOfCase(
  ctx: SignedInContext,
  caseId: string,
): Promise<SharedTextList> {
  await requireCase(ctx, caseId, 'shared_text.list', (facts) =>
    canReadCaseRecord(ctx.actor, facts),
  );
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await withNames(trx)
      .where('s.case_id', '=', caseId)
      .orderBy('s.shared_at', 'desc')
      .orderBy('s.id', 'desc')
      .execute();
    await audit(ctx, trx, {
      action: 'shared_text.list',
      entityType: 'case',
      entityId: caseId,
      caseId,
      details: { texts: rows.length },
    });
    return { texts: rows.map(present) };
  });
}

/** What the clinician has shared with the signed-in client or caregiver, newest first. */
export async function sharedTextsForMe(ctx: SignedInContext): Promise<SharedTextList> {
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await withNames(trx)
      .innerJoin('case_members as m', 'm.id', 's.member_id')
      .where('m.user_id', '=', ctx.actor.userId)
      .where('s.practice_id', '=', ctx.actor.practiceId)
      .orderBy('s.shared_at', 'desc')
      .orderBy('s.id', 'desc')
      .execute();
    await audit(ctx, trx, { action: 'shared_text.list_own', details: { texts: rows.length } });
    return { texts: rows.map(present) };
  });
}
