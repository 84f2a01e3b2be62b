/* Frozen in time: never edit a migration that has landed; add a new one. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  // When a measure is due for a member: every session, every N weeks, at discharge, or at
  // follow-ups after it, at a local time in the member's time zone.
  await db.schema
    .createTable('measure_schedules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text')
    .addColumn('interval_weeks', 'integer')
    .addColumn('local_time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('follow_up_months', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('measure_schedules_case_idx')
    .on('measure_schedules')
    .column('case_id')
    .execute();
  // One row per occurrence that has been given: the primary key makes a run happen once.
  await db.schema
    .createTable('schedule_runs')
    .addColumn('schedule_id', 'text', (c) => c.notNull().references('measure_schedules.id'))
    .addColumn('occurrence_key', 'text', (c) => c.notNull())
    .addColumn('assignment_id', 'text', (c) => c.references('assignments.id'))
    .addColumn('ran_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('schedule_runs_pk', ['schedule_id', 'occurrence_key'])
    .execute();
  await db.schema.alterTable('cases').addColumn('discharged_on', 'text').execute();
  await db.schema.alterTable('cases').addColumn('discharge_note', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').dropColumn('discharge_note').execute();
  await db.schema.alterTable('cases').dropColumn('discharged_on').execute();
  await db.schema.dropTable('schedule_runs').execute();
  await db.schema.dropTable('measure_schedules').execute();
}
