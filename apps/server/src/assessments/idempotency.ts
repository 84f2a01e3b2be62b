import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../lib/errors';
import { sha256Hex } from '../lib/crypto';

/** A key from the `Idempotency-Key` header (draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestFingerprint(target: string, body: unknown): string {
  return sha256Hex(`${target}\n${canonical(body)}`);
}

/**
 * Inside the caller's transaction: a stored answer for (user, key) is replayed when the
 * request is the same and refused with 422 when it differs; otherwise `run` does the work and
 * its result is stored with the key, committing together. Keys are scoped per user.
 */
export async function idempotent<T>(
  trx: Kysely<Database>,
  input: { userId: string; key: string | undefined; fingerprint: string; now: string },
  run: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  if (input.key === undefined) return { result: await run(), replayed: false };
  const stored = await trx
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('user_id', '=', input.userId)
    .where('idem_key', '=', input.key)
    .executeTakeFirst();
  if (stored) {
    if (stored.request_hash !== input.fingerprint) {
      throw new AppError(
        'unprocessable',
        'This Idempotency-Key was used for a different request.',
        {
          field: 'headers.idempotency-key',
        },
      );
    }
    return { result: JSON.parse(stored.response_body) as T, replayed: true };
  }
  const result = await run();
  await trx
    .insertInto('idempotency_keys')
    .values({
      user_id: input.userId,
      idem_key: input.key,
      request_hash: input.fingerprint,
      status_code: 200,
      response_body: JSON.stringify(result),
      created_at: input.now,
    })
    .execute();
  return { result, replayed: false };
}

/** The request's Idempotency-Key, checked: a malformed one is refused with 400 naming it. */
export function idempotencyKeyOf(key: string | undefined): string | undefined {
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new AppError(
      'validation_failed',
      'Idempotency-Key must be 8 to 128 letters, digits or . _ : -',
      { field: 'headers.idempotency-key' },
    );
  }
  return key;
}
