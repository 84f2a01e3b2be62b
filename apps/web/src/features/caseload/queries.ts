import { queryOptions } from '@tanstack/react-query';
import type { Caseload, CaseSummary } from '@securebase/contracts';
import { api } from '../../api/client';

export type CaseStatus = 'open' | 'closed';
export type CaseSort = 'title' | 'lastActivityAt' | 'createdAt';
export type SortOrder = 'asc' | 'desc';

export interface CaseloadParams {
  status: CaseStatus;
  sort: CaseSort;
  order: SortOrder;
}

export const caseloadQuery = (params: CaseloadParams) =>
  queryOptions({
    queryKey: ['cases', params],
    queryFn: () => api.get<Caseload>('/api/cases', { ...params }),
  });

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: ['case', id],
    queryFn: () => api.get<CaseSummary>(`/api/cases/${encodeURIComponent(id)}`),
  });

const SORTS: readonly CaseSort[] = ['title', 'lastActivityAt', 'createdAt'];

/** Reads the caseload view from the address (so it survives going back), with defaults. */
export function caseloadParamsFrom(search: URLSearchParams): CaseloadParams {
  const status = search.get('status') === 'closed' ? 'closed' : 'open';
  const sortValue = search.get('sort');
  const sort = SORTS.find((candidate) => candidate === sortValue) ?? 'lastActivityAt';
  const orderValue = search.get('order');
  const order: SortOrder =
    orderValue === 'asc' || orderValue === 'desc' ? orderValue : sort === 'title' ? 'asc' : 'desc';
  return { status, sort, order };
}

/** Clicking a column: the same column flips the order; a new one starts in its natural order. */
export function nextSort(
  current: CaseloadParams,
  key: CaseSort,
): Pick<CaseloadParams, 'sort' | 'order'> {
  if (current.sort === key) return { sort: key, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sort: key, order: key === 'title' ? 'asc' : 'desc' };
}
