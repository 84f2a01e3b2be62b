/**
 * A tiny same-origin fetch wrapper. Mutations always send a JSON body (the server treats any
 * other mutation as cross-site request forgery), errors become an `ApiError` carrying the
 * server's `{ code, message, details }`.
 */

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The field at fault without its location prefix: `body.email` → `email`. */
  readonly field: string | null;
  /** Seconds to wait before trying again (from `Retry-After`), when the server said so. */
  readonly retryAfterSeconds: number | null;
  /** The server's details (for example a content pack's `problems`), or an empty object. */
  readonly details: Record<string, unknown>;

  constructor(status: number, body: ApiErrorBody, retryAfterSeconds: number | null = null) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.field = fieldName(body.details?.field);
    this.retryAfterSeconds = retryAfterSeconds;
    this.details = body.details ?? {};
  }
}

const LOCATIONS = ['body', 'querystring', 'params', 'headers', 'request'];

/** `body.email` → `email`; `body.members.0.displayName` → `members.0.displayName`. */
export function fieldName(field: unknown): string | null {
  if (typeof field !== 'string' || field.length === 0) return null;
  const [first, ...rest] = field.split('.');
  if (first !== undefined && LOCATIONS.includes(first)) {
    return rest.length > 0 ? rest.join('.') : null;
  }
  return field;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** `Retry-After` in seconds (an HTTP date is turned into seconds from `now`). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Builds the error for a failed response from its status, parsed body and `Retry-After`. */
export function toApiError(status: number, body: unknown, retryAfter: string | null): ApiError {
  const parsed: ApiErrorBody = isErrorBody(body)
    ? body
    : { code: status >= 500 ? 'internal' : 'bad_request', message: '' };
  return new ApiError(status, parsed, parseRetryAfter(retryAfter));
}

/** An error that is not the server's: the network failed or the reply was not JSON. */
export class NetworkError extends Error {
  constructor() {
    super('network');
    this.name = 'NetworkError';
  }
}

export type Query = Record<string, string | number | undefined | null>;

/** `/api/cases` + `{status:'open', sort: undefined}` → `/api/cases?status=open`. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Extra request headers (for example `Idempotency-Key`); JSON headers are always set. */
export type ExtraHeaders = Record<string, string>;

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: ExtraHeaders = {},
): Promise<T> {
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { ...headers, Accept: 'application/json' },
    cache: 'no-store',
  };
  if (method !== 'GET') {
    init.headers = { ...headers, Accept: 'application/json', 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new NetworkError();
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      if (response.ok) throw new NetworkError();
    }
  }
  if (!response.ok) {
    throw toApiError(response.status, parsed, response.headers.get('Retry-After'));
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, query?: Query): Promise<T> => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body: object = {}, headers?: ExtraHeaders): Promise<T> =>
    request<T>('POST', path, body, headers),
  put: <T>(path: string, body: object = {}, headers?: ExtraHeaders): Promise<T> =>
    request<T>('PUT', path, body, headers),
};

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
