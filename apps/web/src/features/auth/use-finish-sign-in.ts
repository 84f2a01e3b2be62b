import { useQueryClient } from '@tanstack/react-query';
import type { LoginResult } from '@securebase/contracts';
import { useNavigate } from 'react-router';
import { forgetOfflineCopies } from '../../offline/offline-copy';
import { nextPathFor, safeReturnPath } from './home-route';
import { SESSION_KEY } from './session';

/**
 * After a password, a code or an accepted invitation: forget anything a previous person
 * loaded (the safety plan kept for offline use too), remember the new sign-in, and go where it stands (or back where they were heading).
 */
export function useFinishSignIn() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return async (result: LoginResult, from?: unknown) => {
    client.clear();
    await forgetOfflineCopies();
    client.setQueryData(SESSION_KEY, result);
    const back = safeReturnPath(from);
    const next = result.secondFactor === 'complete' && back !== null ? back : nextPathFor(result);
    await navigate(next, { replace: true, state: back ? { from: back } : undefined });
  };
}

/** Reads `state.from` set by the sign-in guard. */
export function fromState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const from = (state as { from?: unknown }).from;
  return typeof from === 'string' ? from : undefined;
}
