import type { CommentBody, PracticeEntry } from '@securebase/contracts';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { loadCaseFacts } from '../cases/service';
import type { SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import { isAuthor, isVisibleToCareTeam } from './policy';
import { entryView } from './present';
import * as repo from './repo';

/**
 * A comment on a finished entry, by the care team (only on what the client shared) or by the
 * client on their own entry. Anyone else gets 404: the entry's existence is not theirs to know.
 */
export async function commentOnEntry(
  ctx: SignedInContext,
  entryId: string,
  body: CommentBody,
): Promise<PracticeEntry> {
  const row = await repo.findEntry(ctx.db, entryId);
  const facts = row ? await loadCaseFacts(ctx.db, row.case_id) : null;
  const author = row ? isAuthor(ctx.actor, row) : false;
  const team =
    row && facts ? canReadCaseRecord(ctx.actor, facts) && isVisibleToCareTeam(row) : false;
  if (!row || (!author && !team)) {
    return deny(
      ctx,
      { action: 'practice.comment', entityType: 'practice_entry', entityId: entryId },
      'not_found',
    );
  }
  if (row.status !== 'done') {
    throw new AppError('validation_failed', 'Finish the entry before commenting on it.', {
      field: 'params.id',
    });
  }
  const text = body.text.trim();
  if (text === '') {
    throw new AppError('validation_failed', 'Write a comment first.', { field: 'body.text' });
  }
  const role = ctx.actor.role === 'clinician' ? 'clinician' : ctx.actor.role;
  if (role !== 'clinician' && role !== 'client' && role !== 'caregiver') {
    throw new Error(`unexpected commenter role ${role}`);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = uuidv7();
    await repo.insertComment(trx, {
      id,
      entry_id: entryId,
      author_id: ctx.actor.userId,
      author_role: role,
      body: text,
      created_at: ctx.clock.now().toISOString(),
    });
    await audit(ctx, trx, {
      action: 'practice.comment',
      entityType: 'practice_entry',
      entityId: entryId,
      caseId: row.case_id,
    });
    return entryView(row, await repo.commentsOn(trx, [entryId]));
  });
}
