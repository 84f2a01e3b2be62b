import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { operationOutcome } from '@securebase/fhir';
import { AppError, type ErrorCode } from '../lib/errors';

interface ValidationIssue {
  instancePath?: string;
  params?: Record<string, unknown>;
  message?: string;
}

/** `body/email` → `body.email`; a missing property names the property itself. */
export function fieldOf(context: string | undefined, issue: ValidationIssue | undefined): string {
  const parts = [context ?? 'request'];
  const path = (issue?.instancePath ?? '').split('/').filter(Boolean);
  parts.push(...path);
  const missing = issue?.params?.missingProperty;
  if (typeof missing === 'string') parts.push(missing);
  const extra = issue?.params?.additionalProperty;
  if (typeof extra === 'string') parts.push(extra);
  return parts.join('.');
}

const CLIENT_ERROR_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'bad_request',
  415: 'bad_request',
  422: 'unprocessable',
  429: 'rate_limited',
};

/** The FHIR routes answer errors as R4 OperationOutcome resources. */
export const FHIR_PREFIX = '/api/fhir/';

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details?: Record<string, unknown>,
) {
  void reply.status(status).header('cache-control', 'no-store');
  if (request.url.startsWith(FHIR_PREFIX)) {
    const field = typeof details?.field === 'string' ? details.field : undefined;
    return reply
      .type('application/fhir+json; charset=utf-8')
      .send(operationOutcome(status, code, message, field));
  }
  return reply.send(details ? { code, message, details } : { code, message });
}

/** One error handler: `{ code, message, details }`; 5xx bodies reveal nothing. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request: FastifyRequest, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'service error');
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
      return send(request, reply, error.status, error.code, error.message, error.details);
    }
    if (error.validation) {
      const issue = error.validation[0] as ValidationIssue | undefined;
      const field = fieldOf(error.validationContext, issue);
      const reason = issue?.message ?? 'is not valid';
      return send(request, reply, 400, 'validation_failed', `${field} ${reason}`, { field });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = CLIENT_ERROR_CODES[status] ?? 'bad_request';
      return send(request, reply, status, code, error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(
      request,
      reply,
      500,
      'internal',
      `Something went wrong on our side. Quote request id ${request.id} if you contact support.`,
    );
  });

  app.setNotFoundHandler((request, reply) => {
    return send(
      request,
      reply,
      404,
      'not_found',
      `No route ${request.method} ${request.url.split('?')[0] ?? ''}`,
    );
  });
}
