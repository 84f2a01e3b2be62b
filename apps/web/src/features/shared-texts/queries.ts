import { queryOptions } from '@tanstack/react-query';
import type { SharedText, SharedTextKind, SharedTextList } from '@securebase/contracts';
import { api } from '../../api/client';

const id = encodeURIComponent;

/** What the care team has shared in words with the members of a case, newest first. */
export const caseSharedTextsQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'shared-texts'] as const,
    queryFn: () => api.get<SharedTextList>(`/api/cases/${id(caseId)}/shared-texts`),
  });

export function shareText(caseId: string, memberId: string, kind: SharedTextKind) {
  return api.post<SharedText>(`/api/cases/${id(caseId)}/shared-texts`, { memberId, kind });
}
