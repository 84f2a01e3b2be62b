/* Frozen in time: never edit a migration that has landed; add a new one. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  // What the clinician recorded about a rupture at an alliance rating, and the repair attempted.
  await db.schema
    .createTable('alliance_ruptures')
    .addColumn('response_id', 'text', (c) => c.primaryKey().references('responses.id'))
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('what_happened', 'text', (c) => c.notNull())
    .addColumn('repair_attempted', 'text', (c) => c.notNull())
    .addColumn('repair_session_id', 'text', (c) => c.references('therapy_sessions.id'))
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('alliance_ruptures_member_idx')
    .on('alliance_ruptures')
    .column('member_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('alliance_ruptures').execute();
}
