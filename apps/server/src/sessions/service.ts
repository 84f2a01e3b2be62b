import type {
  AmendmentBody,
  ProgressNote,
  ProgressNoteContent,
  SaveNoteBody,
  SessionBody,
  SessionDetail,
  SessionList,
  SessionSummary,
} from '@securebase/contracts';
import type { Kysely } from 'kysely';
import { audit, deny } from '../audit/service';
import { canReadCaseRecord } from '../cases/policy';
import { findCaseMember, recordCaseActivity, requireCase } from '../cases/service';
import type { Database } from '../db/schema';
import { nowIso, type SignedInContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { uuidv7 } from '../lib/ids';
import { giveAfterSession } from '../schedules/service';
import * as repo from './repo';

/** A session may be recorded a little ahead of the server's clock, never days ahead. */
const CLOCK_SKEW_MS = 15 * 60_000;

async function summaries(
  db: Kysely<Database>,
  rows: readonly repo.SessionRow[],
  numbers: ReadonlyMap<string, number>,
): Promise<SessionSummary[]> {
  const ids = rows.map((row) => row.id);
  const [attendees, notes] = await Promise.all([
    repo.attendeesOf(db, ids),
    repo.noteStates(db, ids),
  ]);
  const noteOf = new Map(notes.map((n) => [n.session_id, n]));
  return rows.map((row) => {
    const note = noteOf.get(row.id);
    return {
      id: row.id,
      caseId: row.case_id,
      number: numbers.get(row.id) ?? 0,
      heldAt: row.held_at,
      durationMinutes: row.duration_minutes,
      modality: row.modality,
      attendees: attendees
        .filter((a) => a.session_id === row.id)
        .map((a) => ({ memberId: a.member_id, displayName: a.display_name })),
      noteStatus: note ? (note.signed_at ? 'signed' : 'draft') : 'none',
      amendments: note ? Number(note.amendments) : 0,
      recordedBy: row.recorded_by_name,
      recordedAt: row.recorded_at,
    };
  });
}

async function numbering(db: Kysely<Database>, caseId: string) {
  const rows = await repo.sessionsOfCase(db, caseId);
  return { rows, numbers: new Map(rows.map((row, i) => [row.id, i + 1])) };
}

/** The care team's list of a case's sessions, oldest first, numbered in that order. */
export async function caseSessions(ctx: SignedInContext, caseId: string): Promise<SessionList> {
  await requireCase(ctx, caseId, 'session.list', (facts) => canReadCaseRecord(ctx.actor, facts));
  return ctx.db.transaction().execute(async (trx) => {
    const { rows, numbers } = await numbering(trx, caseId);
    await audit(ctx, trx, {
      action: 'session.list',
      entityType: 'case',
      entityId: caseId,
      caseId,
      details: { sessions: rows.length },
    });
    return { sessions: await summaries(trx, rows, numbers) };
  });
}

/** Records a session that was held: when, how long, how, and who came. */
export async function recordSession(
  ctx: SignedInContext,
  caseId: string,
  body: SessionBody,
): Promise<SessionSummary> {
  await requireCase(ctx, caseId, 'session.record', (facts) => canReadCaseRecord(ctx.actor, facts));
  const now = nowIso(ctx.clock);
  if (Date.parse(body.heldAt) > ctx.clock.now().getTime() + CLOCK_SKEW_MS) {
    throw new AppError('validation_failed', 'A session is recorded once it has been held.', {
      field: 'body.heldAt',
    });
  }
  for (const [i, memberId] of body.attendeeIds.entries()) {
    if (!(await findCaseMember(ctx.db, caseId, memberId))) {
      throw new AppError('validation_failed', 'No such member in this case.', {
        field: `body.attendeeIds[${String(i)}]`,
      });
    }
  }
  const id = uuidv7();
  return ctx.db.transaction().execute(async (trx) => {
    await repo.insertSession(
      trx,
      {
        id,
        practice_id: ctx.actor.practiceId,
        case_id: caseId,
        held_at: new Date(body.heldAt).toISOString(),
        duration_minutes: body.durationMinutes,
        modality: body.modality,
        recorded_by: ctx.actor.userId,
        recorded_at: now,
      },
      body.attendeeIds,
    );
    await recordCaseActivity(trx, caseId, now);
    await giveAfterSession(ctx, trx, {
      id,
      caseId,
      heldAt: new Date(body.heldAt).toISOString(),
      attendeeIds: body.attendeeIds,
    });
    await audit(ctx, trx, {
      action: 'session.record',
      entityType: 'therapy_session',
      entityId: id,
      caseId,
      details: { attendees: body.attendeeIds.length, modality: body.modality },
    });
    const { rows, numbers } = await numbering(trx, caseId);
    const [summary] = await summaries(
      trx,
      rows.filter((row) => row.id === id),
      numbers,
    );
    if (!summary) throw new Error('session vanished inside its own transaction');
    return summary;
  });
}

/** The session and the case it belongs to, when the actor is on its care team; 404 otherwise. */
async function requireSession(ctx: SignedInContext, sessionId: string, action: string) {
  const session = await repo.findSession(ctx.db, sessionId);
  if (!session) {
    return deny(ctx, { action, entityType: 'therapy_session', entityId: sessionId }, 'not_found');
  }
  await requireCase(ctx, session.case_id, action, (facts) => canReadCaseRecord(ctx.actor, facts));
  return session;
}

function presentNote(
  ctx: SignedInContext,
  row: repo.NoteRow,
  amendments: readonly repo.AmendmentRow[],
): ProgressNote {
  const content = JSON.parse(row.content) as ProgressNoteContent;
  return {
    ...content,
    status: row.signed_at ? 'signed' : 'draft',
    author: row.author_name,
    authoredByMe: row.author_id === ctx.actor.userId,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    signedBy: row.signed_by_name,
    amendments: amendments.map((a) => ({
      id: a.id,
      text: a.text,
      author: a.author_name,
      createdAt: a.created_at,
    })),
  };
}

async function detailOf(
  ctx: SignedInContext,
  trx: Kysely<Database>,
  session: repo.SessionRow,
): Promise<SessionDetail> {
  const { numbers } = await numbering(trx, session.case_id);
  const [summary] = await summaries(trx, [session], numbers);
  if (!summary) throw new Error('session vanished inside its own transaction');
  const note = await repo.findNote(trx, session.id);
  const amendments = note ? await repo.amendmentsOf(trx, session.id) : [];
  return { session: summary, note: note ? presentNote(ctx, note, amendments) : null };
}

export async function readSession(ctx: SignedInContext, sessionId: string): Promise<SessionDetail> {
  const session = await requireSession(ctx, sessionId, 'session.read');
  return ctx.db.transaction().execute(async (trx) => {
    await audit(ctx, trx, {
      action: 'session.read',
      entityType: 'therapy_session',
      entityId: sessionId,
      caseId: session.case_id,
    });
    return detailOf(ctx, trx, session);
  });
}

function contentOf(body: SaveNoteBody): string {
  const content: ProgressNoteContent = {
    focus: body.focus.trim(),
    techniques: [...body.techniques],
    observations: body.observations.trim(),
    plan: body.plan.trim(),
  };
  return JSON.stringify(content);
}

const signedAlready = () =>
  new AppError(
    'conflict',
    'This note is signed and locked. Add an amendment to correct or complete it.',
    { field: 'body', reason: 'signed' },
  );

/**
 * Saves the progress note's draft. The first save makes its writer the author; after that only
 * the author edits it, and only from the version they read (409 otherwise). A signed note is
 * never edited (409): corrections are amendments.
 */
export async function saveNoteDraft(
  ctx: SignedInContext,
  sessionId: string,
  body: SaveNoteBody,
): Promise<SessionDetail> {
  const session = await requireSession(ctx, sessionId, 'progress_note.save');
  const now = nowIso(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findNote(trx, sessionId);
    if (existing?.signed_at) throw signedAlready();
    if (existing && existing.author_id !== ctx.actor.userId) {
      throw new AppError('forbidden', `Only the note's author, ${existing.author_name}, edits it.`);
    }
    if (!existing) {
      if (body.baseUpdatedAt !== undefined) throw staleDraft();
      await repo.insertNote(trx, {
        session_id: sessionId,
        practice_id: ctx.actor.practiceId,
        case_id: session.case_id,
        content: contentOf(body),
        author_id: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      });
    } else {
      // Two saves within the same millisecond would share a stamp; keep them strictly apart.
      const stamp = now > existing.updated_at ? now : bump(existing.updated_at);
      const base = body.baseUpdatedAt ?? '';
      if (!(await repo.updateDraft(trx, sessionId, base, contentOf(body), stamp))) {
        throw staleDraft();
      }
    }
    await audit(ctx, trx, {
      action: 'progress_note.save',
      entityType: 'progress_note',
      entityId: sessionId,
      caseId: session.case_id,
      details: { techniques: body.techniques.length },
    });
    return detailOf(ctx, trx, session);
  });
}

function staleDraft() {
  return new AppError(
    'conflict',
    'The draft was saved elsewhere since you opened it. Reload it; your text is still on your screen.',
    { field: 'body.baseUpdatedAt', reason: 'stale' },
  );
}

function bump(iso: string): string {
  return new Date(Date.parse(iso) + 1).toISOString();
}

/** The author signs the note; from then on it is locked. Signing twice answers 409. */
export async function signNote(ctx: SignedInContext, sessionId: string): Promise<SessionDetail> {
  const session = await requireSession(ctx, sessionId, 'progress_note.sign');
  const now = nowIso(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const note = await repo.findNote(trx, sessionId);
    if (!note) {
      throw new AppError('conflict', 'There is no note to sign yet.', { reason: 'no_note' });
    }
    if (note.author_id !== ctx.actor.userId) {
      throw new AppError('forbidden', `Only the note's author, ${note.author_name}, signs it.`);
    }
    if (!(await repo.signNote(trx, sessionId, ctx.actor.userId, now))) throw signedAlready();
    await audit(ctx, trx, {
      action: 'progress_note.sign',
      entityType: 'progress_note',
      entityId: sessionId,
      caseId: session.case_id,
    });
    return detailOf(ctx, trx, session);
  });
}

/** Any clinician on the care team may add an amendment to a signed note; it is never edited. */
export async function amendNote(
  ctx: SignedInContext,
  sessionId: string,
  body: AmendmentBody,
): Promise<SessionDetail> {
  const session = await requireSession(ctx, sessionId, 'progress_note.amend');
  const text = body.text.trim();
  if (!text) {
    throw new AppError('validation_failed', 'Write the correction or addition.', {
      field: 'body.text',
    });
  }
  const now = nowIso(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const note = await repo.findNote(trx, sessionId);
    if (!note?.signed_at) {
      throw new AppError(
        'conflict',
        'Only a signed note takes amendments; while it is a draft, edit it.',
        { reason: 'not_signed' },
      );
    }
    const id = uuidv7();
    await repo.insertAmendment(trx, {
      id,
      session_id: sessionId,
      text,
      author_id: ctx.actor.userId,
      created_at: now,
    });
    await audit(ctx, trx, {
      action: 'progress_note.amend',
      entityType: 'note_amendment',
      entityId: id,
      caseId: session.case_id,
      details: { session: sessionId },
    });
    return detailOf(ctx, trx, session);
  });
}

/** Whether a session belongs to the case (for records that point at a session). */
export async function sessionOfCase(db: Kysely<Database>, caseId: string, sessionId: string) {
  const session = await repo.findSession(db, sessionId);
  return session?.case_id === caseId;
}

/** Each session of a case with its number, oldest first (the caller authorises and audits). */
export async function sessionMarks(db: Kysely<Database>, caseId: string) {
  const rows = await repo.sessionsOfCase(db, caseId);
  return rows.map((row, i) => ({ id: row.id, number: i + 1, heldAt: row.held_at }));
}
