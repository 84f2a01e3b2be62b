/**
 * Pure: which case membership the client's own story is written under. The portal home names the
 * member for each case the client belongs to; until it does, an entry already written says it.
 */
import type { HistoryEntry, PortalHome } from '@securebase/contracts';

type PortalCase = PortalHome['cases'][number];

/** The client's own membership (not a caregiver's), else the one their entries were written under. */
export function storyMemberId(
  cases: readonly PortalCase[],
  entries: readonly Pick<HistoryEntry, 'memberId'>[],
): string | null {
  const own = cases.find((item) => item.memberRole !== 'caregiver');
  return own?.memberId ?? entries[0]?.memberId ?? null;
}
