import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

export interface SqliteOptions {
  /** Milliseconds a writer waits for the lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/** Opens SQLite with the durability the product promises: WAL and synchronous=FULL. */
export function openSqlite(file: string, options: SqliteOptions = {}): DbHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma(`busy_timeout = ${String(options.busyTimeoutMs ?? 5000)}`);
  if (file !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  assertSqliteDurability(database, file !== ':memory:');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** An acknowledged write must survive a crash: refuse to start otherwise. */
export function assertSqliteDurability(database: SQLite.Database, expectWal: boolean): void {
  const synchronous = database.pragma('synchronous', { simple: true });
  if (synchronous !== 2) {
    throw new Error(`SQLite synchronous is ${String(synchronous)}, expected 2 (FULL)`);
  }
  if (expectWal) {
    const mode = database.pragma('journal_mode', { simple: true });
    if (mode !== 'wal') throw new Error(`SQLite journal_mode is ${String(mode)}, expected wal`);
  }
}

export interface PostgresOptions {
  /** A schema to work in (tests give each suite its own). */
  searchPath?: string;
  max?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

export function openDatabase(target: DatabaseTarget): DbHandle {
  return target.kind === 'postgres' ? openPostgres(target.url) : openSqlite(target.file);
}

/** True when the database answers a trivial query; used by /readyz. */
export async function isReachable(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
