import { queryOptions } from '@tanstack/react-query';
import type {
  AnswerMap,
  AssignBody,
  Assignment,
  Catalogue,
  MeasureHistory,
  QuestionnaireForm,
  ResponseResult,
  SubmitResult,
} from '@securebase/contracts';
import { api } from '../../api/client';

export type FormItem = QuestionnaireForm['items'][number];
export type ScoreLine = MeasureHistory['scores'][number];
export type ItemAnswer = ResponseResult['items'][number];
export type ChangeLine = ResponseResult['changeSincePrevious'][number];

const id = encodeURIComponent;

export const catalogueQuery = queryOptions({
  queryKey: ['instruments'],
  queryFn: () => api.get<Catalogue>('/api/instruments'),
  staleTime: 5 * 60_000,
});

export const assignmentsKey = (caseId: string) => ['case', caseId, 'assignments'] as const;
export const resultsKey = (caseId: string) => ['case', caseId, 'results'] as const;

export const assignmentsQuery = (caseId: string) =>
  queryOptions({
    queryKey: assignmentsKey(caseId),
    queryFn: () => api.get<{ assignments: Assignment[] }>(`/api/cases/${id(caseId)}/assignments`),
  });

export const resultsQuery = (caseId: string) =>
  queryOptions({
    queryKey: resultsKey(caseId),
    queryFn: () => api.get<{ measures: MeasureHistory[] }>(`/api/cases/${id(caseId)}/results`),
  });

export const responseQuery = (responseId: string) =>
  queryOptions({
    queryKey: ['response', responseId],
    queryFn: () => api.get<ResponseResult>(`/api/responses/${id(responseId)}`),
  });

export const formQuery = (assignmentId: string) =>
  queryOptions({
    queryKey: ['form', assignmentId],
    queryFn: () => api.get<QuestionnaireForm>(`/api/assignments/${id(assignmentId)}/form`),
    // The draft in the form is only the starting point; the page keeps the answers after that.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export function assign(caseId: string, body: AssignBody) {
  return api.post<{ assignments: Assignment[] }>(`/api/cases/${id(caseId)}/assignments`, body);
}

export function saveDraft(assignmentId: string, answers: AnswerMap) {
  return api.put<{ ok: true; savedAt: string }>(`/api/assignments/${id(assignmentId)}/draft`, {
    answers,
  });
}

export function submitAnswers(assignmentId: string, answers: AnswerMap, idempotencyKey: string) {
  return api.post<SubmitResult>(
    `/api/assignments/${id(assignmentId)}/submit`,
    { answers },
    { 'Idempotency-Key': idempotencyKey },
  );
}

export function enterPaper(assignmentId: string, answers: AnswerMap) {
  return api.post<SubmitResult>(`/api/assignments/${id(assignmentId)}/paper`, { answers });
}

export function shareResponse(responseId: string) {
  return api.post<ResponseResult>(`/api/responses/${id(responseId)}/share`, {});
}
