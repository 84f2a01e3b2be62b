import { queryOptions } from '@tanstack/react-query';
import type { AllianceView, RecordRuptureBody } from '@securebase/contracts';
import { api } from '../../api/client';

const id = encodeURIComponent;

export const allianceQuery = (caseId: string, memberId: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'alliance', memberId] as const,
    queryFn: () => api.get<AllianceView>(`/api/cases/${id(caseId)}/alliance`, { memberId }),
  });

export const recordRupture = (responseId: string, body: RecordRuptureBody) =>
  api.put<AllianceView>(`/api/responses/${id(responseId)}/rupture`, body);
