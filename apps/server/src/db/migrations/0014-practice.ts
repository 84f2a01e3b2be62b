/* Frozen in time: never edit a migration that has landed; add a new one. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  // An exercise the clinician gives a member of the case, with its cadence in their time zone.
  await db.schema
    .createTable('exercise_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('until_on', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('share_by_default', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('exercise_assignments_member')
    .on('exercise_assignments')
    .columns(['member_id', 'ended_at'])
    .execute();

  // What a client writes: drafts and finished entries, private unless they share them.
  await db.schema
    .createTable('practice_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assignment_id', 'text', (c) => c.references('exercise_assignments.id'))
    .addColumn('period_on', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema
    .createIndex('practice_entries_author')
    .on('practice_entries')
    .columns(['author_id', 'local_date'])
    .execute();
  await db.schema
    .createIndex('practice_entries_case_shared')
    .on('practice_entries')
    .columns(['case_id', 'shared', 'status'])
    .execute();
  await db.schema
    .createIndex('practice_entries_assignment')
    .on('practice_entries')
    .columns(['assignment_id', 'period_on'])
    .execute();

  await db.schema
    .createTable('practice_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('practice_entries.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('practice_comments_entry')
    .on('practice_comments')
    .column('entry_id')
    .execute();

  // When a client wants their daily reminder, and the days one went out (one a day at most).
  await db.schema
    .createTable('reminder_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('local_time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('reminders_sent')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('outbox_id', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminders_sent_pk', ['user_id', 'local_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reminders_sent').execute();
  await db.schema.dropTable('reminder_settings').execute();
  await db.schema.dropTable('practice_comments').execute();
  await db.schema.dropTable('practice_entries').execute();
  await db.schema.dropTable('exercise_assignments').execute();
}
