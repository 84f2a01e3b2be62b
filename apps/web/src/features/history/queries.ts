import { queryOptions } from '@tanstack/react-query';
import type {
  ClientHistoryEntryBody,
  HistoryEntry,
  HistoryEntryBody,
  HistoryKind,
  HistoryList,
} from '@securebase/contracts';
import { api } from '../../api/client';

/** Every kind of entry, in the order the add form and the legend offer them. */
export const HISTORY_KINDS: readonly HistoryKind[] = [
  'caregiver',
  'significant_relationship',
  'separation',
  'loss',
  'move',
  'adverse_experience',
  'turning_point',
];

export const caseHistoryKey = (caseId: string, memberId: string) =>
  ['case', caseId, 'history', memberId] as const;

/** A member's lifeline as the care team sees it: never an entry the client kept private. */
export const caseHistoryQuery = (caseId: string, memberId: string) =>
  queryOptions({
    queryKey: caseHistoryKey(caseId, memberId),
    queryFn: () =>
      api.get<HistoryList>(`/api/cases/${encodeURIComponent(caseId)}/history`, { memberId }),
  });

export const addCaseHistoryEntry = (caseId: string, body: HistoryEntryBody) =>
  api.post<HistoryEntry>(`/api/cases/${encodeURIComponent(caseId)}/history`, body);

/** Under `['portal']`, so it refreshes with the rest of the client's home. */
export const myHistoryKey = ['portal', 'history'] as const;

/** The client's own entries, private and shared. */
export const myHistoryQuery = queryOptions({
  queryKey: myHistoryKey,
  queryFn: () => api.get<HistoryList>('/api/portal/history'),
});

export const addMyHistoryEntry = (body: ClientHistoryEntryBody) =>
  api.post<HistoryEntry>('/api/portal/history', body);

export const shareMyHistoryEntry = (id: string, sharedWithClinician: boolean) =>
  api.put<HistoryEntry>(`/api/portal/history/${encodeURIComponent(id)}/sharing`, {
    sharedWithClinician,
  });
