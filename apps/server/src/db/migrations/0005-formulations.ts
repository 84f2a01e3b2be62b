/* Frozen in time: never edit a migration that has landed; add a new one. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  // Every save of a member's formulation is a new row; nothing is updated or deleted, so the
  // formulation at any past moment can be read. The unique version stops two concurrent saves
  // from the same base version both landing.
  await db.schema
    .createTable('formulation_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('saved_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('formulation_versions_member_version_unique', ['member_id', 'version'])
    .execute();
  await db.schema
    .createIndex('formulation_versions_case_idx')
    .on('formulation_versions')
    .columns(['case_id', 'member_id', 'saved_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('formulation_versions').execute();
}
