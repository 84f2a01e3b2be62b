import { ApiError } from '../../api/client';

/** Where the last save left the clinician. */
export type SaveOutcome =
  | { kind: 'idle' }
  | { kind: 'saved'; version: number }
  /** The clinician replaced their edits with the newest saved version. */
  | { kind: 'loaded'; version: number }
  /** Someone saved `currentVersion` after this form loaded `baseVersion`; nothing was lost. */
  | { kind: 'conflict'; currentVersion: number; baseVersion: number }
  /** The server refused a value; `field` is its path without `body.` (`content.episodes.0.when`). */
  | { kind: 'invalid'; message: string; field: string | null }
  | { kind: 'failed'; error: unknown };

/** A failed save → what to show. A 409 without a version number is still a conflict. */
export function outcomeOfError(error: unknown, baseVersion: number): SaveOutcome {
  if (error instanceof ApiError && error.status === 409) {
    const current = error.details.currentVersion;
    return {
      kind: 'conflict',
      currentVersion: typeof current === 'number' ? current : baseVersion + 1,
      baseVersion,
    };
  }
  if (error instanceof ApiError && error.status === 400) {
    return { kind: 'invalid', message: error.message, field: error.field };
  }
  return { kind: 'failed', error };
}

/**
 * The version a save builds on. A normal save builds on what was loaded (and answers 409 again
 * if someone saved meanwhile); "save mine as the newest" builds on the version now on the
 * server, knowingly making this text the newest.
 */
export function baseForSave(
  outcome: SaveOutcome,
  loadedVersion: number,
  mode: 'normal' | 'mine',
): number {
  if (mode === 'mine' && outcome.kind === 'conflict') return outcome.currentVersion;
  return loadedVersion;
}

/**
 * The nearest field the form shows for a server path: `content.workingModels.0.linkedScores.1
 * .responseId` falls back to `…linkedScores.1`, then `…linkedScores`, until `exists` says yes.
 */
export function nearestField(path: string | null, exists: (path: string) => boolean) {
  if (!path) return null;
  const parts = path.split('.');
  while (parts.length > 0) {
    const candidate = parts.join('.');
    if (exists(candidate)) return candidate;
    parts.pop();
  }
  return null;
}

/** `content.episodes.1.when` → `{ section: 'episodes', index: 1, field: 'when' }`. */
export function describePath(path: string): {
  section: 'workingModels' | 'episodes' | 'clientSummary' | 'note' | 'other';
  index: number | null;
  field: string | null;
} {
  const [first, section, index, field] = path.split('.');
  if (first === 'note') return { section: 'note', index: null, field: null };
  if (first !== 'content') return { section: 'other', index: null, field: null };
  if (section === 'clientSummary') return { section, index: null, field: null };
  if (section === 'workingModels' || section === 'episodes') {
    const n = Number(index);
    return { section, index: Number.isInteger(n) ? n : null, field: field ?? null };
  }
  return { section: 'other', index: null, field: null };
}
