/**
 * The `Idempotency-Key` of a submission. A key is made once per submit attempt; when the
 * attempt ends without an answer from the server (the network failed, or the server failed
 * before committing), pressing Submit again retries with the same key and the same answers, so
 * a submission that did arrive is not recorded twice. Changed answers are a new attempt.
 */
import type { AnswerMap } from '@securebase/contracts';

export interface PendingSubmit {
  key: string;
  fingerprint: string;
}

/** The answers as canonical text (keys sorted), to tell a retry from a new attempt. */
export function answersFingerprint(answers: AnswerMap): string {
  const keys = Object.keys(answers).sort();
  return JSON.stringify(keys.map((key) => [key, answers[key]]));
}

/** Reuses the pending key for the same answers, otherwise starts a new attempt. */
export function keyForAttempt(
  pending: PendingSubmit | null,
  answers: AnswerMap,
  makeKey: () => string,
): PendingSubmit {
  const fingerprint = answersFingerprint(answers);
  if (pending && pending.fingerprint === fingerprint) return pending;
  return { key: makeKey(), fingerprint };
}

/**
 * After an attempt: keep the key when the outcome is unknown (no reply, or a 5xx), so the retry
 * reuses it; forget it when the server answered for certain (success, or a 4xx refusal).
 */
export function afterAttempt(
  pending: PendingSubmit,
  outcome: { kind: 'ok' } | { kind: 'network' } | { kind: 'http'; status: number },
): PendingSubmit | null {
  if (outcome.kind === 'network') return pending;
  if (outcome.kind === 'http' && outcome.status >= 500) return pending;
  return null;
}

/** A random (version 4) UUID from 16 random bytes. */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Array.from(bytes.slice(0, 16));
  while (b.length < 16) b.push(0);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = b.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new key. `getRandomValues` works on plain http too, unlike `randomUUID`. */
export function newIdempotencyKey(): string {
  return uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** Wait before the n-th retry of a draft save (1-based): 2 s, 4 s, 8 s … at most 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** Math.max(0, attempt - 1));
}
