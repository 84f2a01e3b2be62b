/* Frozen in time: never edit a migration that has landed; add a new one. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('content_packs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('definition_version', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('item_text', 'text', (c) => c.notNull())
    .addColumn('placeholder', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('attestation', 'text', (c) => c.notNull())
    .addColumn('installed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('installed_at', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'text')
    .execute();
  await db.schema
    .createIndex('content_packs_practice_instrument_idx')
    .on('content_packs')
    .columns(['practice_id', 'instrument_id'])
    .execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('about_member_id', 'text', (c) => c.references('case_members.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('definition_version', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('due_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('assignments_case_idx').on('assignments').column('case_id').execute();
  await db.schema
    .createIndex('assignments_member_idx')
    .on('assignments')
    .column('member_id')
    .execute();

  await db.schema
    .createTable('responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('assignment_id', 'text', (c) => c.notNull().unique().references('assignments.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('entered_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('entry_mode', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('shared_at', 'text')
    .addColumn('shared_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('responses_case_instrument_idx')
    .on('responses')
    .columns(['case_id', 'instrument_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('risk_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('case_members.id'))
    .addColumn('response_id', 'text', (c) => c.notNull().unique().references('responses.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text', (c) => c.references('users.id'))
    .addColumn('acknowledgement_note', 'text')
    .execute();
  await db.schema.createIndex('risk_alerts_case_idx').on('risk_alerts').column('case_id').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('idem_key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response_body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'idem_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'risk_alerts',
    'responses',
    'assignments',
    'content_packs',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
