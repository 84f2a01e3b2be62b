/* Frozen in time: never edit a migration that has landed; add a new one. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  // A client's safety plan, written with the clinician. Every save by either of them is a new
  // row; nothing is updated or deleted, so who changed the plan and when is never lost. The
  // unique version stops two concurrent saves from the same base version both landing.
  await db.schema
    .createTable('safety_plan_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('saved_by_role', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('safety_plan_versions_member_version_unique', ['member_id', 'version'])
    .execute();
  await db.schema
    .createIndex('safety_plan_versions_case_idx')
    .on('safety_plan_versions')
    .columns(['case_id', 'member_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('safety_plan_versions').execute();
}
