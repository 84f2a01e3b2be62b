import type { Actor } from '../lib/context';
import type { EntryRow } from './repo';

/**
 * Who sees a between-session entry. The client who wrote it always does; the care team only
 * once it is finished and the client has chosen to share it. Nobody else: not a partner or a
 * caregiver in the same case, not an admin.
 */
export function isAuthor(actor: Actor, entry: EntryRow): boolean {
  return actor.practiceId === entry.practice_id && actor.userId === entry.author_id;
}

export function isVisibleToCareTeam(entry: EntryRow): boolean {
  return entry.status === 'done' && entry.shared === 1;
}
