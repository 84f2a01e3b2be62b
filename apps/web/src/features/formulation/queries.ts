import { queryOptions } from '@tanstack/react-query';
import type { Formulation, FormulationHistory, SaveFormulationBody } from '@securebase/contracts';
import { api } from '../../api/client';

const id = encodeURIComponent;

export const formulationKey = (caseId: string, memberId: string) =>
  ['case', caseId, 'formulation', memberId] as const;

/**
 * A member's formulation now, or as it stood at `at`. The current one is read once per visit:
 * the editor keeps what the clinician types, and a background refetch must never replace it.
 */
export const formulationQuery = (caseId: string, memberId: string, at?: string) =>
  queryOptions({
    queryKey: [...formulationKey(caseId, memberId), at ?? 'current'] as const,
    queryFn: () => api.get<Formulation>(`/api/cases/${id(caseId)}/formulation`, { memberId, at }),
    staleTime: at ? Infinity : 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const versionsQuery = (caseId: string, memberId: string) =>
  queryOptions({
    queryKey: [...formulationKey(caseId, memberId), 'versions'] as const,
    queryFn: () =>
      api.get<FormulationHistory>(`/api/cases/${id(caseId)}/formulation/versions`, { memberId }),
  });

export function saveFormulation(caseId: string, body: SaveFormulationBody) {
  return api.put<Formulation>(`/api/cases/${id(caseId)}/formulation`, body);
}
