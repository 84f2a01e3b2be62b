import { describe, expect, it } from 'vitest';
import {
  afterAttempt,
  answersFingerprint,
  keyForAttempt,
  newIdempotencyKey,
  retryDelayMs,
  uuidFromBytes,
} from './submit-key';

describe('Idempotency-Key per submit attempt', () => {
  let n = 0;
  const makeKey = () => `key-${String(++n)}`;

  it('reuses the key when a retry follows a network error', () => {
    const first = keyForAttempt(null, { a: 1, b: 2 }, makeKey);
    const kept = afterAttempt(first, { kind: 'network' });
    expect(kept).toBe(first);
    const retry = keyForAttempt(kept, { b: 2, a: 1 }, makeKey);
    expect(retry.key).toBe(first.key);
  });
  it('reuses it after a server failure (nothing was committed)', () => {
    const first = keyForAttempt(null, { a: 1 }, makeKey);
    expect(afterAttempt(first, { kind: 'http', status: 503 })).toBe(first);
  });
  it('makes a new key after a definite answer or when the answers change', () => {
    const first = keyForAttempt(null, { a: 1 }, makeKey);
    expect(afterAttempt(first, { kind: 'ok' })).toBeNull();
    expect(afterAttempt(first, { kind: 'http', status: 400 })).toBeNull();
    expect(keyForAttempt(null, { a: 1 }, makeKey).key).not.toBe(first.key);
    expect(keyForAttempt(first, { a: 2 }, makeKey).key).not.toBe(first.key);
  });
  it('fingerprints answers independent of key order', () => {
    expect(answersFingerprint({ x: 1, y: 0 })).toBe(answersFingerprint({ y: 0, x: 1 }));
    expect(answersFingerprint({ x: 1 })).not.toBe(answersFingerprint({ x: 2 }));
  });
});

describe('keys and retry delays', () => {
  it('formats 16 bytes as a version 4 UUID the server accepts', () => {
    const id = uuidFromBytes(new Uint8Array(16).fill(255));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
  it('backs off to at most 30 seconds', () => {
    expect([1, 2, 3, 4, 5, 10].map(retryDelayMs)).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
