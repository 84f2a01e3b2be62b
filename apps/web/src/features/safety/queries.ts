import { queryOptions } from '@tanstack/react-query';
import type { CrisisResources, RiskAlert } from '@securebase/contracts';
import { api } from '../../api/client';

export const ALERTS_KEY = ['alerts'] as const;
export const CRISIS_KEY = ['crisis-resources'] as const;

export const alertsQuery = queryOptions({
  queryKey: ALERTS_KEY,
  queryFn: () => api.get<{ alerts: RiskAlert[] }>('/api/alerts'),
  refetchInterval: 5 * 60_000,
});

export const crisisResourcesQuery = queryOptions({
  queryKey: CRISIS_KEY,
  queryFn: () => api.get<CrisisResources>('/api/crisis-resources'),
  staleTime: 10 * 60_000,
});

export function acknowledgeAlert(id: string, note: string): Promise<RiskAlert> {
  return api.post<RiskAlert>(`/api/alerts/${encodeURIComponent(id)}/acknowledge`, { note });
}
