import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginResult } from '@securebase/contracts';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../api/client';
import { forgetOfflineCopies } from '../../offline/offline-copy';
import { SIGN_IN } from './home-route';

export const SESSION_KEY = ['session'] as const;

/** The current sign-in, or null when nobody is signed in. */
export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async (): Promise<LoginResult | null> => {
    try {
      return await api.get<LoginResult>('/api/session');
    } catch (error) {
      if (isApiError(error, 401)) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

/** Signs out on the server, then forgets everything the app had loaded. */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/auth/logout'),
    onSettled: async () => {
      await client.cancelQueries();
      // The safety plan kept for offline use leaves the device with the person.
      await forgetOfflineCopies();
      client.setQueryData(SESSION_KEY, null);
      await navigate(SIGN_IN, { replace: true, state: { signedOut: true } });
      // Forget everything else the app loaded (it never left memory).
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      client.getMutationCache().clear();
    },
  });
}
