import { queryOptions } from '@tanstack/react-query';
import type { PortalHome, SharedResultList } from '@securebase/contracts';
import { api } from '../../api/client';

/** Under `['portal']`, so sending a questionnaire refreshes it with the rest of the home page. */
export const sharedResultsQuery = queryOptions({
  queryKey: ['portal', 'shared-results'],
  queryFn: () => api.get<SharedResultList>('/api/portal/results'),
});

/** The client's home: their cases, clinicians and questionnaires to do. */
export const portalHomeQuery = queryOptions({
  queryKey: ['portal'],
  queryFn: () => api.get<PortalHome>('/api/portal'),
});
