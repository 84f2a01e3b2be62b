import { describe, expect, it } from 'vitest';
import { offlineCopyOf } from './offline-copy';
import { OFFLINE_COPY_HEADER } from './names';
import { strategyFor } from './strategy';

const origin = 'https://securebase.test';
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: `${origin}${path}`, mode });

describe('what the service worker does with a request', () => {
  it.each([
    [get('/api/portal/safety-plan'), 'safety-plan'],
    [get('/portal/safety-plan', 'navigate'), 'page'],
    [get('/cases/abc', 'navigate'), 'page'],
    [get('/assets/index-abc123.js'), 'asset'],
    [get('/assets/index-abc123.css', 'no-cors'), 'asset'],
  ])('%o → %s', (request, strategy) => {
    expect(strategyFor(request, origin)).toBe(strategy);
  });

  it.each([
    ['another API reply', get('/api/portal')],
    ['the clinician’s view of a plan', get('/api/cases/abc/safety-plan?memberId=m1')],
    ['the plan with a query string', get('/api/portal/safety-plan?x=1')],
    ['the session', get('/api/session')],
    ['a change to the plan', { ...get('/api/portal/safety-plan'), method: 'PUT' }],
    ['another origin', { method: 'GET', url: 'https://elsewhere.test/assets/a.js', mode: 'cors' }],
    ['an API address opened as a page', get('/api/portal/safety-plan/x', 'navigate')],
    ['a file outside the build', get('/favicon.ico')],
  ])('leaves %s to the network, untouched and never stored', (_name, request) => {
    expect(strategyFor(request, origin)).toBe('network');
  });
});

describe('a reply served from the kept copy', () => {
  const headers = (value: string | null) => ({
    get: (name: string) => (name === OFFLINE_COPY_HEADER ? value : null),
  });

  it('is told from a live reply, with the time the copy was saved', () => {
    expect(offlineCopyOf(headers(null))).toBeNull();
    expect(offlineCopyOf(headers('2026-11-28T17:40:00.000Z'))).toEqual({
      savedAt: '2026-11-28T17:40:00.000Z',
    });
  });

  it('still counts as a copy when the time was not recorded', () => {
    expect(offlineCopyOf(headers(''))).toEqual({ savedAt: null });
    expect(offlineCopyOf(headers('yesterday-ish'))).toEqual({ savedAt: null });
  });
});
