import { describe, expect, it } from 'vitest';
import { toApiError } from '../api/client';
import { splitError } from './form-errors';

const describeError = (error: unknown) => (error instanceof Error ? error.message : 'generic');

describe('splitError', () => {
  it('puts a field error on the matching input', () => {
    const error = toApiError(
      400,
      { code: 'validation_failed', message: 'Too common.', details: { field: 'body.password' } },
      null,
    );
    expect(splitError(error, ['password'], describeError)).toEqual({
      form: null,
      fields: { password: 'Too common.' },
    });
  });

  it('matches nested fields and their parents', () => {
    const error = toApiError(
      400,
      {
        code: 'validation_failed',
        message: 'is too long',
        details: { field: 'body.members.1.displayName' },
      },
      null,
    );
    expect(splitError(error, ['members.1.displayName'], describeError).fields).toEqual({
      'members.1.displayName': 'is too long',
    });
    expect(splitError(error, ['members'], describeError).fields).toEqual({
      members: 'is too long',
    });
  });

  it('shows an error for a field the form does not have at the top', () => {
    const error = toApiError(
      400,
      { code: 'validation_failed', message: 'Bad token', details: { field: 'body.token' } },
      null,
    );
    expect(splitError(error, ['password'], describeError)).toEqual({
      form: 'Bad token',
      fields: {},
    });
    const plain = toApiError(401, { code: 'unauthenticated', message: 'Wrong password' }, null);
    expect(splitError(plain, ['email'], describeError).form).toBe('Wrong password');
  });

  it('is empty without an error', () => {
    expect(splitError(null, ['email'], describeError)).toEqual({ form: null, fields: {} });
  });
});
