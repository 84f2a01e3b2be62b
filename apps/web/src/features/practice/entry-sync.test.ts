import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../api/client';
import { classify, nextRequest } from './entry-sync';

const target = {
  caseId: 'case-1',
  kind: 'emotion_log' as const,
  assignmentId: 'assign-1',
  localDate: '2026-03-04',
};
const wanted = { content: { situation: 'x' }, shared: true, status: 'draft' as const };

describe('entry sync', () => {
  it('creates the entry first, then edits the one the server saved', () => {
    let n = 0;
    const key = () => `key-${String((n += 1))}`;
    expect(nextRequest(target, null, wanted, key)).toEqual({
      op: 'create',
      key: 'key-1',
      body: {
        caseId: 'case-1',
        kind: 'emotion_log',
        assignmentId: 'assign-1',
        localDate: '2026-03-04',
        status: 'draft',
        shared: true,
        content: { situation: 'x' },
      },
    });
    expect(nextRequest(target, 'entry-9', { ...wanted, status: 'done' }, key)).toEqual({
      op: 'update',
      key: 'key-2',
      entryId: 'entry-9',
      body: { status: 'done', shared: true, content: { situation: 'x' } },
    });
  });

  it('leaves out the assignment of a self-started entry', () => {
    const request = nextRequest({ ...target, assignmentId: null }, null, wanted, () => 'k');
    expect(request.op === 'create' && 'assignmentId' in request.body).toBe(false);
  });

  it('retries what may not have arrived, and stops at a refusal naming the content field', () => {
    expect(classify(new NetworkError())).toEqual({ kind: 'unknown' });
    expect(classify(new ApiError(503, { code: 'unavailable', message: 'down' }))).toEqual({
      kind: 'unknown',
    });
    expect(classify(new ApiError(429, { code: 'rate_limited', message: 'slow' }))).toEqual({
      kind: 'unknown',
    });
    const refused = new ApiError(400, {
      code: 'validation_failed',
      message: 'Give a whole number from 0 to 10.',
      details: { field: 'body.content.emotions.0.intensity' },
    });
    expect(classify(refused)).toEqual({
      kind: 'refused',
      problem: { field: 'emotions.0.intensity', message: 'Give a whole number from 0 to 10.' },
      message: 'Give a whole number from 0 to 10.',
    });
    const other = new ApiError(400, {
      code: 'validation_failed',
      message: 'An entry cannot be about a day still to come.',
      details: { field: 'body.localDate' },
    });
    expect(classify(other)).toMatchObject({ kind: 'refused', problem: null });
  });
});
