import { describe, expect, it } from 'vitest';
import { operationOutcome } from './operation-outcome';
import { schemaErrors } from './testing/fhir-schema';

describe('errors as OperationOutcome', () => {
  it.each([
    [400, 'invalid', 'error'],
    [401, 'login', 'error'],
    [403, 'forbidden', 'error'],
    [404, 'not-found', 'error'],
    [409, 'conflict', 'error'],
    [422, 'processing', 'error'],
    [429, 'throttled', 'error'],
    [500, 'exception', 'fatal'],
  ])('%i is a valid R4 OperationOutcome with issue code %s', (status, code, severity) => {
    const outcome = operationOutcome(status, 'some_code', 'What went wrong.', 'params.id');
    expect(schemaErrors(outcome)).toEqual([]);
    expect(outcome.issue).toEqual([
      {
        severity,
        code,
        details: { text: 'some_code' },
        diagnostics: 'What went wrong.',
        expression: ['params.id'],
      },
    ]);
  });

  it('leaves out the expression when no field is concerned', () => {
    expect(operationOutcome(404, 'not_found', 'No such result.').issue[0]).not.toHaveProperty(
      'expression',
    );
  });
});
