import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AssignExerciseBody,
  CasePractice,
  ExerciseAssignment,
  MyPractice,
  NewEntryBody,
  PracticeEntry,
  ReminderSettings,
  UpdateEntryBody,
} from '@securebase/contracts';
import { api } from '../../api/client';

const id = encodeURIComponent;

export const MY_PRACTICE_KEY = ['portal', 'practice'] as const;

/** The client's tasks for today, exercises, entries, trends and reminder choice. */
export const myPracticeQuery = queryOptions({
  queryKey: MY_PRACTICE_KEY,
  queryFn: () => api.get<MyPractice>('/api/portal/practice'),
});

/** The care team's view of a case's practice (shared entries only). */
export const casePracticeQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['cases', caseId, 'practice'],
    queryFn: () => api.get<CasePractice>(`/api/cases/${id(caseId)}/practice`),
  });

export const createEntry = (body: NewEntryBody, key: string) =>
  api.post<PracticeEntry>('/api/portal/practice/entries', body, { 'Idempotency-Key': key });

export const updateEntry = (entryId: string, body: UpdateEntryBody, key: string) =>
  api.put<PracticeEntry>(`/api/portal/practice/entries/${id(entryId)}`, body, {
    'Idempotency-Key': key,
  });

export const discardDraft = (entryId: string) =>
  api.post<null>(`/api/portal/practice/entries/${id(entryId)}/discard`);

export function useSaveReminders() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderSettings) =>
      api.put<ReminderSettings>('/api/portal/practice/reminders', body),
    onSuccess: () => client.invalidateQueries({ queryKey: MY_PRACTICE_KEY }),
  });
}

/** A comment on an entry, by the care team or by the client who wrote it. */
export function useCommentOnEntry(invalidate: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, text }: { entryId: string; text: string }) =>
      api.post<PracticeEntry>(`/api/practice-entries/${id(entryId)}/comments`, { text }),
    onSuccess: () => client.invalidateQueries({ queryKey: invalidate }),
  });
}

export function useAssignExercise(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignExerciseBody) =>
      api.post<ExerciseAssignment>(`/api/cases/${id(caseId)}/practice/assignments`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cases', caseId, 'practice'] }),
  });
}

export function useEndExercise(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (assignmentId: string) =>
      api.post<ExerciseAssignment>(`/api/practice-assignments/${id(assignmentId)}/end`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cases', caseId, 'practice'] }),
  });
}
