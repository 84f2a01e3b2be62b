import { queryOptions } from '@tanstack/react-query';
import type {
  ClosingSummary,
  DischargeBody,
  Schedule,
  ScheduleBody,
  ScheduleList,
  SavePlanBody,
  TreatmentPlan,
} from '@securebase/contracts';
import { api } from '../../api/client';

const id = encodeURIComponent;

export const schedulesQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'schedules'] as const,
    queryFn: () => api.get<ScheduleList>(`/api/cases/${id(caseId)}/schedules`),
  });

export const closingQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'closing-summary'] as const,
    queryFn: () => api.get<ClosingSummary>(`/api/cases/${id(caseId)}/closing-summary`),
  });

export const createSchedule = (caseId: string, body: ScheduleBody) =>
  api.post<Schedule>(`/api/cases/${id(caseId)}/schedules`, body);

export const endSchedule = (scheduleId: string) =>
  api.post<ScheduleList>(`/api/schedules/${id(scheduleId)}/end`, {});

export const discharge = (caseId: string, body: DischargeBody) =>
  api.post<ClosingSummary>(`/api/cases/${id(caseId)}/discharge`, body);

export const planQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['case', caseId, 'plan'] as const,
    queryFn: () => api.get<TreatmentPlan>(`/api/cases/${id(caseId)}/plan`),
    refetchOnWindowFocus: false,
  });

export const savePlan = (caseId: string, body: SavePlanBody) =>
  api.put<TreatmentPlan>(`/api/cases/${id(caseId)}/plan`, body);
