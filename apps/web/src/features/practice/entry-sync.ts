/**
 * How an entry reaches the server, decided without React so it can be tested: which request
 * to send next, and what a failure means. A request whose outcome is unknown (no answer, or a
 * 5xx) is sent again exactly as it was, with the same Idempotency-Key, so a "save" that did
 * arrive is never recorded twice; only then is the newest content sent.
 */
import type { ContentProblem } from '@securebase/practice';
import type { NewEntryBody, UpdateEntryBody } from '@securebase/contracts';
import { isApiError } from '../../api/client';

export type Stage = 'draft' | 'done';

export interface Wanted {
  content: Record<string, unknown>;
  shared: boolean;
  status: Stage;
}

export type Request =
  | { op: 'create'; key: string; body: NewEntryBody }
  | { op: 'update'; key: string; entryId: string; body: UpdateEntryBody };

export interface Target {
  caseId: string;
  kind: NewEntryBody['kind'];
  assignmentId: string | null;
  localDate: string;
}

/** The request that brings the server to `wanted`: a new entry, or an edit of the saved one. */
export function nextRequest(
  target: Target,
  entryId: string | null,
  wanted: Wanted,
  makeKey: () => string,
): Request {
  if (entryId === null) {
    return {
      op: 'create',
      key: makeKey(),
      body: {
        caseId: target.caseId,
        kind: target.kind,
        ...(target.assignmentId ? { assignmentId: target.assignmentId } : {}),
        localDate: target.localDate,
        status: wanted.status,
        shared: wanted.shared,
        content: wanted.content,
      },
    };
  }
  return {
    op: 'update',
    key: makeKey(),
    entryId,
    body: { status: wanted.status, shared: wanted.shared, content: wanted.content },
  };
}

export type Failure =
  { kind: 'unknown' } | { kind: 'refused'; problem: ContentProblem | null; message: string };

/** A 4xx is the server's final word (except 408/429); anything else may not have arrived. */
export function classify(error: unknown): Failure {
  if (isApiError(error) && error.status < 500 && error.status !== 408 && error.status !== 429) {
    // `error.field` has lost its location prefix: `body.content.situation` → `content.situation`.
    const inside = error.field?.startsWith('content.')
      ? error.field.slice('content.'.length)
      : null;
    return {
      kind: 'refused',
      problem: inside !== null ? { field: inside, message: error.message } : null,
      message: error.message,
    };
  }
  return { kind: 'unknown' };
}
