/* Frozen in time: never edit a migration that has landed; add a new one. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  // A practice's own summed measures, one row per imported version: answers given to an earlier
  // version are always scored with the definition they were given to.
  await db.schema
    .createTable('custom_instruments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('link_ids', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('attestation', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'text')
    .addUniqueConstraint('custom_instruments_version_unique', [
      'practice_id',
      'instrument_id',
      'version',
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('custom_instruments').execute();
}
