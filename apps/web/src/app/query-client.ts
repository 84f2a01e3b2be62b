import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { SESSION_KEY } from '../features/auth/session';

/**
 * Query cache in memory only (never persisted: clinical data stays out of browser storage).
 * A 401 on any request means the session ended: forget it so the guards send the person to
 * sign in.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error, 401) && query.queryKey[0] !== SESSION_KEY[0]) {
          client.setQueryData(SESSION_KEY, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => !isApiError(error) && failureCount < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
