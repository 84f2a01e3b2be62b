import { summaryParagraphs, type SharedText } from '@securebase/contracts';

export type ShareStatus =
  | { kind: 'nothing_saved' }
  | { kind: 'never' }
  | { kind: 'current'; sharedAt: string; sharedBy: string }
  | { kind: 'older'; sharedAt: string; sharedBy: string };

/**
 * Where the member's saved client summary stands against what the client was last given.
 * `texts` is the case's shared texts, newest first, as the server sends them.
 */
export function shareStatus(
  texts: readonly SharedText[],
  memberId: string,
  savedSummary: string,
): ShareStatus {
  const last = texts.find(
    (text) => text.kind === 'formulation_summary' && text.memberId === memberId,
  );
  const saved = summaryParagraphs(savedSummary);
  if (!last) return saved.length === 0 ? { kind: 'nothing_saved' } : { kind: 'never' };
  const same =
    last.paragraphs.length === saved.length &&
    last.paragraphs.every((paragraph, i) => paragraph === saved[i]);
  return { kind: same ? 'current' : 'older', sharedAt: last.sharedAt, sharedBy: last.sharedBy };
}
