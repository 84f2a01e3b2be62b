/** One error model for the whole API: `{ code, message, details }`. */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  second_factor_required: 401,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetails {
  /** The request field at fault, as a JSON pointer-ish path (e.g. `body.email`). */
  field?: string;
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = 'Not found'): AppError => new AppError('not_found', what);
export const forbidden = (message = 'You may not do this.'): AppError =>
  new AppError('forbidden', message);
export const badRequest = (field: string, message: string): AppError =>
  new AppError('validation_failed', message, { field });
