import { queryOptions } from '@tanstack/react-query';
import type {
  MySafetyPlan,
  MySafetyPlans,
  SafetyPlan,
  SafetyPlanContent,
  SafetyPlanHistory,
} from '@securebase/contracts';
import { api, NetworkError, toApiError } from '../../api/client';
import { offlineCopyOf, type OfflineCopy } from '../../offline/offline-copy';
import { SAFETY_PLAN_URL } from '../../offline/names';

const id = encodeURIComponent;

/** The client's plans, and whether they came from the copy kept on the device. */
export interface LoadedPlans {
  plans: MySafetyPlans;
  offline: OfflineCopy | null;
}

/**
 * `GET /api/portal/safety-plan` through the service worker, which answers from the copy it kept
 * when the network fails and says so in a header; the shared fetch wrapper does not show
 * headers, hence this one read of our own.
 */
async function fetchMyPlans(): Promise<LoadedPlans> {
  let response: Response;
  try {
    response = await fetch(SAFETY_PLAN_URL, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
  } catch {
    throw new NetworkError();
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) throw toApiError(response.status, body, response.headers.get('Retry-After'));
  if (body === undefined) throw new NetworkError();
  return { plans: body as MySafetyPlans, offline: offlineCopyOf(response.headers) };
}

export const MY_PLANS_KEY = ['portal', 'safety-plan'] as const;

/**
 * Runs with or without a connection (`networkMode: 'always'`): offline, the service worker has
 * the answer. Read once per visit: what someone is typing is never replaced underneath them.
 */
export const myPlansQuery = queryOptions({
  queryKey: MY_PLANS_KEY,
  queryFn: fetchMyPlans,
  networkMode: 'always',
  retry: 1,
  refetchOnWindowFocus: false,
});

export function saveMyPlan(memberId: string, baseVersion: number, content: SafetyPlanContent) {
  return api.put<MySafetyPlan>(SAFETY_PLAN_URL, { memberId, baseVersion, content });
}

export const casePlanKey = (caseId: string, memberId: string) =>
  ['case', caseId, 'safety-plan', memberId] as const;

export const casePlanQuery = (caseId: string, memberId: string) =>
  queryOptions({
    queryKey: casePlanKey(caseId, memberId),
    queryFn: () => api.get<SafetyPlan>(`/api/cases/${id(caseId)}/safety-plan`, { memberId }),
    refetchOnWindowFocus: false,
  });

export const casePlanVersionsQuery = (caseId: string, memberId: string) =>
  queryOptions({
    queryKey: [...casePlanKey(caseId, memberId), 'versions'] as const,
    queryFn: () =>
      api.get<SafetyPlanHistory>(`/api/cases/${id(caseId)}/safety-plan/versions`, { memberId }),
  });

export function saveCasePlan(
  caseId: string,
  memberId: string,
  baseVersion: number,
  content: SafetyPlanContent,
) {
  const path = `/api/cases/${id(caseId)}/safety-plan?memberId=${id(memberId)}`;
  return api.put<SafetyPlan>(path, { baseVersion, content });
}
