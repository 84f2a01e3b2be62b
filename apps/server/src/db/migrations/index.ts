/* eslint-disable @typescript-eslint/no-explicit-any -- migrations work on any schema */
import {
  Migrator,
  NO_MIGRATIONS,
  PostgresAdapter,
  sql,
  type Kysely,
  type Migration,
  type MigrationResultSet,
} from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-audit-append-only';
import * as m0003 from './0003-assessments';
import * as m0004 from './0004-custom-instruments';
import * as m0005 from './0005-formulations';
import * as m0006 from './0006-attachment-history';
import * as m0007 from './0007-shared-texts';
import * as m0008 from './0008-sessions';
import * as m0009 from './0009-safety-plans';
import * as m0010 from './0010-process-notes';
import * as m0011 from './0011-alliance-ruptures';
import * as m0012 from './0012-schedules';
import * as m0013 from './0013-treatment-plans';
import * as m0014 from './0014-practice';

/** Static registry: the order here is the order they run. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-audit-append-only': m0002,
  '0003-assessments': m0003,
  '0004-custom-instruments': m0004,
  '0005-formulations': m0005,
  '0006-attachment-history': m0006,
  '0007-shared-texts': m0007,
  '0008-sessions': m0008,
  '0009-safety-plans': m0009,
  '0010-process-notes': m0010,
  '0011-alliance-ruptures': m0011,
  '0012-schedules': m0012,
  '0013-treatment-plans': m0013,
  '0014-practice': m0014,
};

/**
 * On PostgreSQL the migration tables live in the connection's own schema, named explicitly:
 * left unnamed, Kysely looks for them in every schema and, when another schema on the server
 * already has them (test suites each use their own), skips creating them in this one.
 */
async function migrator(db: Kysely<any>): Promise<Migrator> {
  let migrationTableSchema: string | undefined;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    // 0009 landed after 0010–0013 (built in parallel); each creates its own tables, so a
    // database migrated in between may run it late rather than refuse to start.
    allowUnorderedMigrations: true,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error instanceof Error) throw result.error;
  if (result.error !== undefined) throw new Error('Migration failed', { cause: result.error });
  return (result.results ?? []).map((r) => `${r.direction} ${r.migrationName}`);
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return unwrap(await (await migrator(db)).migrateToLatest());
}

export async function migrateDownAll(db: Kysely<any>): Promise<string[]> {
  return unwrap(await (await migrator(db)).migrateTo(NO_MIGRATIONS));
}
