import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  ApiError,
  fieldName,
  NetworkError,
  parseRetryAfter,
  toApiError,
  withQuery,
} from './client';

describe('fieldName', () => {
  it('drops the request location from a field path', () => {
    expect(fieldName('body.email')).toBe('email');
    expect(fieldName('body.members.0.displayName')).toBe('members.0.displayName');
    expect(fieldName('querystring.status')).toBe('status');
  });

  it('keeps a path without a known location and ignores non-strings', () => {
    expect(fieldName('password')).toBe('password');
    expect(fieldName('body')).toBeNull();
    expect(fieldName(undefined)).toBeNull();
    expect(fieldName(42)).toBeNull();
    expect(fieldName('')).toBeNull();
  });
});

describe('toApiError', () => {
  it('carries the code, message and field of an error body', () => {
    const error = toApiError(
      400,
      {
        code: 'validation_failed',
        message: 'Use at least 12 characters.',
        details: { field: 'body.password' },
      },
      null,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Use at least 12 characters.');
    expect(error.field).toBe('password');
    expect(error.retryAfterSeconds).toBeNull();
  });

  it('reads Retry-After on a lockout', () => {
    const error = toApiError(429, { code: 'rate_limited', message: 'Too many attempts.' }, '120');
    expect(error.retryAfterSeconds).toBe(120);
    expect(error.field).toBeNull();
  });

  it('survives a body that is not an error body', () => {
    const error = toApiError(502, '<html>bad gateway</html>', null);
    expect(error.code).toBe('internal');
    expect(error.message).toBe('');
    expect(toApiError(404, undefined, null).code).toBe('bad_request');
  });
});

describe('parseRetryAfter', () => {
  it('takes seconds or an HTTP date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter('2.2')).toBe(3);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('withQuery', () => {
  it('adds only the values that are set', () => {
    expect(withQuery('/api/cases', { status: 'open', sort: undefined, order: '' })).toBe(
      '/api/cases?status=open',
    );
    expect(withQuery('/api/audit', { limit: 50, before: null })).toBe('/api/audit?limit=50');
    expect(withQuery('/api/cases')).toBe('/api/cases');
  });
});

describe('api', () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubFetch(status: number, body: string, headers: Record<string, string> = {}) {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(body, { status, headers })));
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  it('sends mutations as JSON, with an empty object when there is no body', async () => {
    const fetchMock = stubFetch(200, '{"ok":true}');
    await expect(api.post('/api/auth/logout')).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/logout');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{}');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('sends reads without a body', async () => {
    const fetchMock = stubFetch(200, '{"cases":[]}');
    await api.get('/api/cases', { status: 'closed' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/cases?status=closed');
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
  });

  it('turns an error response into an ApiError with its field', async () => {
    stubFetch(
      400,
      JSON.stringify({
        code: 'validation_failed',
        message: 'That email is not valid.',
        details: { field: 'body.email' },
      }),
    );
    const failure = api.post('/api/invitations', { email: 'x' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 400, field: 'email' });
  });

  it('reports a failed network as a NetworkError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    await expect(api.get('/api/session')).rejects.toBeInstanceOf(NetworkError);
  });
});
