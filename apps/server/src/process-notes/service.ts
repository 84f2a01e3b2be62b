import type {
  EditProcessNoteBody,
  ProcessNote,
  ProcessNoteBody,
  ProcessNoteList,
} from '@securebase/contracts';
import type { Kysely } from 'kysely';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { requireCase } from '../cases/service';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import { open, seal, type Keyring } from '../lib/keyring';
import { sessionOfCase } from '../sessions/service';
import * as repo from './repo';

/** Binds a sealed text to its row and author: moved elsewhere, it no longer opens. */
const contextOf = (row: { id: string; author_id: string }) => `${row.id}:${row.author_id}`;

function present(keyring: Keyring, row: repo.ProcessNoteRow): ProcessNote {
  return {
    id: row.id,
    caseId: row.case_id,
    sessionId: row.session_id,
    text: open(keyring, { keyId: row.key_id, sealed: row.sealed }, contextOf(row)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The signed-in clinician's own process notes on a case; never a colleague's. */
export async function myProcessNotes(
  ctx: SignedInContext,
  caseId: string,
): Promise<ProcessNoteList> {
  await requireCase(ctx, caseId, 'process_note.list', (f) => canReadCaseRecord(ctx.actor, f));
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await repo.notesOfAuthor(trx, ctx.actor.userId, caseId);
    await audit(ctx, trx, {
      action: 'process_note.list',
      entityType: 'case',
      entityId: caseId,
      caseId,
      details: { notes: rows.length },
    });
    return { notes: rows.map((row) => present(ctx.config.notesKeyring, row)) };
  });
}

export async function writeProcessNote(
  ctx: SignedInContext,
  caseId: string,
  body: ProcessNoteBody,
): Promise<ProcessNote> {
  await requireCase(ctx, caseId, 'process_note.write', (f) => canReadCaseRecord(ctx.actor, f));
  if (body.sessionId !== undefined && !(await sessionOfCase(ctx.db, caseId, body.sessionId))) {
    throw new AppError('validation_failed', 'No such session in this case.', {
      field: 'body.sessionId',
    });
  }
  const text = body.text.trim();
  if (!text) throw new AppError('validation_failed', 'Write the note.', { field: 'body.text' });
  const id = uuidv7();
  const now = nowIso(ctx.clock);
  const sealed = seal(
    ctx.config.notesKeyring,
    text,
    contextOf({ id, author_id: ctx.actor.userId }),
  );
  return ctx.db.transaction().execute(async (trx) => {
    await repo.insertNote(trx, {
      id,
      practice_id: ctx.actor.practiceId,
      case_id: caseId,
      session_id: body.sessionId ?? null,
      author_id: ctx.actor.userId,
      key_id: sealed.keyId,
      sealed: sealed.sealed,
      created_at: now,
      updated_at: now,
    });
    await audit(ctx, trx, {
      action: 'process_note.write',
      entityType: 'process_note',
      entityId: id,
      caseId,
    });
    const row = await repo.findNote(trx, id);
    if (!row) throw new Error('process note vanished inside its own transaction');
    return present(ctx.config.notesKeyring, row);
  });
}

/** The note, for its author on the case's care team; 404 for anyone else, audited. */
async function requireOwnNote(ctx: SignedInContext, id: string, action: string) {
  const row = await repo.findNote(ctx.db, id);
  if (!row || row.author_id !== ctx.actor.userId || row.practice_id !== ctx.actor.practiceId) {
    return deny(ctx, { action, entityType: 'process_note', entityId: id }, 'not_found');
  }
  await requireCase(ctx, row.case_id, action, (f) => canReadCaseRecord(ctx.actor, f));
  return row;
}

export async function readProcessNote(ctx: SignedInContext, id: string): Promise<ProcessNote> {
  const row = await requireOwnNote(ctx, id, 'process_note.read');
  return ctx.db.transaction().execute(async (trx) => {
    await audit(ctx, trx, {
      action: 'process_note.read',
      entityType: 'process_note',
      entityId: id,
      caseId: row.case_id,
    });
    return present(ctx.config.notesKeyring, row);
  });
}

export async function editProcessNote(
  ctx: SignedInContext,
  id: string,
  body: EditProcessNoteBody,
): Promise<ProcessNote> {
  const row = await requireOwnNote(ctx, id, 'process_note.edit');
  const text = body.text.trim();
  if (!text) throw new AppError('validation_failed', 'Write the note.', { field: 'body.text' });
  const now = nowIso(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    await repo.updateSealed(trx, id, seal(ctx.config.notesKeyring, text, contextOf(row)), now);
    await audit(ctx, trx, {
      action: 'process_note.edit',
      entityType: 'process_note',
      entityId: id,
      caseId: row.case_id,
    });
    const fresh = await repo.findNote(trx, id);
    if (!fresh) throw new Error('process note vanished inside its own transaction');
    return present(ctx.config.notesKeyring, fresh);
  });
}

/**
 * Re-seals every note not yet under the keyring's current key, a page per transaction; returns
 * how many were re-sealed. Used by `securebase rotate-notes-key` after a key is added.
 */
export async function resealProcessNotes(db: Kysely<Database>, keyring: Keyring, page = 200) {
  let count = 0;
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const rows = await repo.notesNotUnder(trx, keyring.currentId, page);
      for (const row of rows) {
        const text = open(keyring, { keyId: row.key_id, sealed: row.sealed }, contextOf(row));
        await repo.updateSealed(trx, row.id, seal(keyring, text, contextOf(row)), null);
      }
      return rows.length;
    });
    count += done;
    if (done < page) return count;
  }
}

/** How many notes are still sealed under a key other than `currentId`. */
export async function countNotesNotUnder(db: Kysely<Database>, currentId: string) {
  return repo.countNotUnder(db, currentId);
}
