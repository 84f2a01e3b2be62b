/* Frozen in time: never edit a migration that has landed; add a new one. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  // What a clinician shared with a client, as the words stood when shared: later edits to the
  // formulation do not change what the client was given.
  await db.schema
    .createTable('shared_texts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('paragraphs', 'text', (c) => c.notNull())
    .addColumn('shared_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('shared_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('shared_texts_member_idx')
    .on('shared_texts')
    .column('member_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('shared_texts').execute();
}
