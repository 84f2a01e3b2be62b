import { SqliteAdapter, type Kysely } from 'kysely';
import type { Dialect } from './create-db';

/** The one place that asks which SQL dialect a Kysely instance speaks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema
export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

/** A unique or primary-key constraint refused the write (PostgreSQL 23505, or SQLite's words). */
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '23505' || (typeof message === 'string' && /UNIQUE constraint/i.test(message));
}
