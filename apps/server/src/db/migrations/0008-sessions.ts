/* Frozen in time: never edit a migration that has landed; add a new one. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  // A therapy session held on a case ("sessions" is taken by sign-in sessions).
  await db.schema
    .createTable('therapy_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('held_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('therapy_sessions_case_idx')
    .on('therapy_sessions')
    .columns(['case_id', 'held_at'])
    .execute();
  await db.schema
    .createTable('session_attendees')
    .addColumn('session_id', 'text', (c) => c.notNull().references('therapy_sessions.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addPrimaryKeyConstraint('session_attendees_pk', ['session_id', 'member_id'])
    .execute();
  // One progress note per session: a draft its author edits, then signed and locked for ever.
  await db.schema
    .createTable('progress_notes')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('therapy_sessions.id'))
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text', (c) => c.references('users.id'))
    .execute();
  // Corrections after signing: appended, never replacing the note.
  await db.schema
    .createTable('note_amendments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('progress_notes.session_id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('note_amendments_session_idx')
    .on('note_amendments')
    .column('session_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('note_amendments').execute();
  await db.schema.dropTable('progress_notes').execute();
  await db.schema.dropTable('session_attendees').execute();
  await db.schema.dropTable('therapy_sessions').execute();
}
