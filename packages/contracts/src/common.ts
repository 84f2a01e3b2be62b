import { Type, type Static } from 'typebox';

/** The body of every error response. */
export const ErrorBody = Type.Object(
  {
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'ErrorBody' },
);
export type ErrorBody = Static<typeof ErrorBody>;

/** Errors on `/api/fhir/*`: an R4 OperationOutcome (the full shape is HL7's). */
export const OperationOutcomeBody = Type.Object(
  {
    resourceType: Type.Literal('OperationOutcome'),
    issue: Type.Array(
      Type.Object({
        severity: Type.String(),
        code: Type.String(),
        details: Type.Optional(Type.Object({ text: Type.String() })),
        diagnostics: Type.Optional(Type.String()),
        expression: Type.Optional(Type.Array(Type.String())),
      }),
    ),
  },
  { $id: 'OperationOutcomeBody' },
);

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

export const IdParams = Type.Object({ id: Id });

export const Ok = Type.Object({ ok: Type.Literal(true) });

/** An ISO-8601 UTC timestamp as stored and sent. */
export const Timestamp = Type.String({ format: 'date-time' });

/** An optional `Idempotency-Key` header, so a retried write is done once. */
export const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String()) });
