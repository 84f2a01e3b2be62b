import { queryOptions } from '@tanstack/react-query';
import type { AttachmentProfile } from '@securebase/contracts';
import { api } from '../../api/client';

export const attachmentKey = (caseId: string) => ['case', caseId, 'attachment'] as const;

/** Every member's attachment profile in a case: ECR-R over time, ECR-RS, RQ. */
export const attachmentQuery = (caseId: string) =>
  queryOptions({
    queryKey: attachmentKey(caseId),
    queryFn: () =>
      api.get<AttachmentProfile>(`/api/cases/${encodeURIComponent(caseId)}/attachment`),
  });
