import { queryOptions } from '@tanstack/react-query';
import type {
  AmendmentBody,
  ProcessNote,
  ProcessNoteBody,
  ProcessNoteList,
  SaveNoteBody,
  SessionBody,
  SessionDetail,
  SessionList,
  SessionSummary,
} from '@securebase/contracts';
import { api } from '../../api/client';

const id = encodeURIComponent;

export const sessionsKey = (caseId: string) => ['case', caseId, 'sessions'] as const;

export const sessionsQuery = (caseId: string) =>
  queryOptions({
    queryKey: sessionsKey(caseId),
    queryFn: () => api.get<SessionList>(`/api/cases/${id(caseId)}/sessions`),
  });

/** A session with its note. Read once per visit: a refetch must never replace a draft in hand. */
export const sessionQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['session', sessionId] as const,
    queryFn: () => api.get<SessionDetail>(`/api/sessions/${id(sessionId)}`),
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const recordSession = (caseId: string, body: SessionBody) =>
  api.post<SessionSummary>(`/api/cases/${id(caseId)}/sessions`, body);

export const saveNote = (sessionId: string, body: SaveNoteBody) =>
  api.put<SessionDetail>(`/api/sessions/${id(sessionId)}/note`, body);

export const signNote = (sessionId: string) =>
  api.post<SessionDetail>(`/api/sessions/${id(sessionId)}/note/sign`, {});

export const amendNote = (sessionId: string, body: AmendmentBody) =>
  api.post<SessionDetail>(`/api/sessions/${id(sessionId)}/note/amendments`, body);

export const processNotesQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'process-notes'] as const,
    queryFn: () => api.get<ProcessNoteList>(`/api/cases/${id(caseId)}/process-notes`),
  });

export const writeProcessNote = (caseId: string, body: ProcessNoteBody) =>
  api.post<ProcessNote>(`/api/cases/${id(caseId)}/process-notes`, body);

export const editProcessNote = (noteId: string, text: string) =>
  api.put<ProcessNote>(`/api/process-notes/${id(noteId)}`, { text });
