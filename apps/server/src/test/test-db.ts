import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { openPostgres, openSqlite, type DbHandle, type Dialect } from '../db/create-db';
import type { Database } from '../db/schema';

export const DEFAULT_TEST_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Which database this suite runs on: set per Vitest project (api-sqlite, api-postgres). */
export function testDialect(): Dialect {
  const value = process.env.TEST_DIALECT ?? 'sqlite';
  if (value !== 'sqlite' && value !== 'postgres') throw new Error(`TEST_DIALECT ${value}?`);
  return value;
}

export interface TestDb extends DbHandle {
  /** Where it lives, for messages: a file, a schema, or PGlite. */
  location: string;
  dispose(): Promise<void>;
}

function openTestSqlite(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'securebase-test-'));
  const file = join(dir, 'test.db');
  const handle = openSqlite(file);
  return {
    ...handle,
    location: file,
    async dispose() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh schema per suite on the PostgreSQL server. Within a test run its name carries the
 * run's id and the run drops them all at the end (see postgres-global.ts); on its own (a single
 * file run without the global setup) the suite drops its schema itself.
 */
async function openTestPostgresServer(url: string): Promise<TestDb> {
  const run = process.env.TEST_PG_RUN;
  const schema = `t_${run ?? 'solo'}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = openPostgres(url, { searchPath: schema, max: 5 });
  return {
    ...handle,
    location: `${url} schema ${schema}`,
    async dispose() {
      await handle.close();
      if (run) return;
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

/** Real PostgreSQL compiled to WebAssembly, for machines with no PostgreSQL server. */
async function openTestPglite(): Promise<TestDb> {
  const pglite = await PGlite.create();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    dialect: 'postgres',
    location: 'PGlite (in memory)',
    close: () => db.destroy(),
    async dispose() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export async function openTestDb(dialect: Dialect = testDialect()): Promise<TestDb> {
  if (dialect === 'sqlite') return openTestSqlite();
  if (process.env.TEST_POSTGRES_MODE === 'pglite') return openTestPglite();
  return openTestPostgresServer(process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL);
}
