import { SAFETY_PLAN_URL } from './names';

/**
 * How the service worker answers a request (pure, unit-tested):
 * - `safety-plan`: the network first, keeping a copy of each good reply; the copy when offline;
 * - `page`: a navigation, from the network, or the cached app shell when offline;
 * - `asset`: a hashed build file, from the cache first (its name changes when it changes);
 * - `network`: everything else, untouched: no other API reply is ever stored.
 */
export type Strategy = 'safety-plan' | 'page' | 'asset' | 'network';

export interface RequestFacts {
  method: string;
  url: string;
  mode: string;
}

export function strategyFor(request: RequestFacts, origin: string): Strategy {
  if (request.method !== 'GET') return 'network';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'network';
  if (url.pathname === SAFETY_PLAN_URL && url.search === '') return 'safety-plan';
  if (url.pathname.startsWith('/api/')) return 'network';
  if (request.mode === 'navigate') return 'page';
  if (url.pathname.startsWith('/assets/')) return 'asset';
  return 'network';
}
