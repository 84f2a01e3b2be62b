import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../api/client';
import { baseForSave, describePath, nearestField, outcomeOfError } from './save-state';

const conflict = new ApiError(409, {
  code: 'conflict',
  message: 'The formulation was saved by someone else since you opened it (now version 4).',
  details: { field: 'body.baseVersion', currentVersion: 4 },
});

describe('outcomeOfError', () => {
  it('reads a 409 as a conflict with the version now on the server', () => {
    expect(outcomeOfError(conflict, 2)).toEqual({
      kind: 'conflict',
      currentVersion: 4,
      baseVersion: 2,
    });
  });

  it('still calls a 409 without a number a conflict', () => {
    const bare = new ApiError(409, { code: 'conflict', message: 'Conflict' });
    expect(outcomeOfError(bare, 2)).toMatchObject({ kind: 'conflict', currentVersion: 3 });
  });

  it('reads a 400 as a refused field, without the body. prefix', () => {
    const invalid = new ApiError(400, {
      code: 'validation_failed',
      message: 'An episode cannot be dated in the future.',
      details: { field: 'body.content.episodes.0.when' },
    });
    expect(outcomeOfError(invalid, 1)).toEqual({
      kind: 'invalid',
      message: 'An episode cannot be dated in the future.',
      field: 'content.episodes.0.when',
    });
  });

  it('keeps anything else as a failure to describe', () => {
    const offline = new NetworkError();
    expect(outcomeOfError(offline, 1)).toEqual({ kind: 'failed', error: offline });
    const gone = new ApiError(404, { code: 'not_found', message: 'No such case.' });
    expect(outcomeOfError(gone, 1)).toMatchObject({ kind: 'failed' });
  });
});

describe('baseForSave', () => {
  const after = outcomeOfError(conflict, 2);

  it('builds on the loaded version for an ordinary save, even after a conflict', () => {
    expect(baseForSave({ kind: 'idle' }, 2, 'normal')).toBe(2);
    expect(baseForSave(after, 2, 'normal')).toBe(2);
  });

  it('builds on the newest version to save mine as the newest', () => {
    expect(baseForSave(after, 2, 'mine')).toBe(4);
    expect(baseForSave({ kind: 'idle' }, 2, 'mine')).toBe(2);
  });
});

describe('nearestField', () => {
  const shown = new Set([
    'content.workingModels.0.linkedScores',
    'content.episodes.0.when',
    'content.episodes',
  ]);
  const exists = (path: string) => shown.has(path);

  it('finds the field itself or the nearest one the form shows', () => {
    expect(nearestField('content.episodes.0.when', exists)).toBe('content.episodes.0.when');
    expect(nearestField('content.workingModels.0.linkedScores.1.responseId', exists)).toBe(
      'content.workingModels.0.linkedScores',
    );
    expect(nearestField('content.episodes.7.who', exists)).toBe('content.episodes');
  });

  it('finds nothing for no path or an unknown one', () => {
    expect(nearestField(null, exists)).toBeNull();
    expect(nearestField('memberId', exists)).toBeNull();
  });
});

describe('describePath', () => {
  it('says which part of the form a path is in', () => {
    expect(describePath('content.episodes.1.when')).toEqual({
      section: 'episodes',
      index: 1,
      field: 'when',
    });
    expect(describePath('content.workingModels.0')).toEqual({
      section: 'workingModels',
      index: 0,
      field: null,
    });
    expect(describePath('content.clientSummary').section).toBe('clientSummary');
    expect(describePath('note').section).toBe('note');
    expect(describePath('memberId').section).toBe('other');
  });
});
