import { SqliteAdapter, type Kysely } from 'kysely';
import type { Dialect } from './create-db';

/** The one place that asks which SQL dialect a Kysely instance speaks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema
export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}
