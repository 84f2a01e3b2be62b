import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, testDialect, type TestDb } from '../test/test-db';
import { migrateDownAll, migrateToLatest, migrations } from './migrations';

/** The tables in this suite's own schema (other suites share the PostgreSQL server). */
async function tableNames(handle: TestDb): Promise<string[]> {
  const tables = await handle.db.introspection.getTables();
  const own =
    handle.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db))
          .rows[0]?.schema
      : undefined;
  return tables
    .filter((t) => own === undefined || t.schema === own)
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_'))
    .sort();
}

describe(`migrations on ${testDialect()}`, () => {
  let handle: TestDb;
  beforeAll(async () => {
    handle = await openTestDb();
  });
  afterAll(async () => {
    await handle.dispose();
  });

  it('run up, all the way down, and up again', async () => {
    const up = await migrateToLatest(handle.db);
    expect(up).toEqual(Object.keys(migrations).map((name) => `Up ${name}`));
    expect(await tableNames(handle)).toEqual(
      [
        'assignments',
        'audit_events',
        'audit_heads',
        'content_packs',
        'custom_instruments',
        'formulation_versions',
        'safety_plan_versions',
        'history_entries',
        'idempotency_keys',
        'responses',
        'risk_alerts',
        'shared_texts',
        'therapy_sessions',
        'session_attendees',
        'progress_notes',
        'note_amendments',
        'process_notes',
        'alliance_ruptures',
        'measure_schedules',
        'schedule_runs',
        'treatment_plan_versions',
        'exercise_assignments',
        'practice_entries',
        'practice_comments',
        'reminder_settings',
        'reminders_sent',
        'care_team',
        'case_members',
        'cases',
        'invitations',
        'outbox',
        'practices',
        'recovery_codes',
        'sessions',
        'users',
      ].sort(),
    );
    const down = await migrateDownAll(handle.db);
    expect(down).toEqual(
      Object.keys(migrations)
        .reverse()
        .map((name) => `Down ${name}`),
    );
    expect(await tableNames(handle)).toEqual([]);
    await migrateToLatest(handle.db);
    expect(await migrateToLatest(handle.db)).toEqual([]);
  });

  it('make the audit trail append-only in the database itself', async () => {
    await sql`insert into audit_events (id, chain_key, seq, at, action, outcome, details, prev_hash, hash)
      values ('e1', 'c', 1, '2026-01-01T00:00:00.000Z', 'test', 'success', '{}', '0', 'h')`.execute(
      handle.db,
    );
    await expect(sql`update audit_events set action = 'forged'`.execute(handle.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_events`.execute(handle.db)).rejects.toThrow(/append-only/);
    const rows = await handle.db.selectFrom('audit_events').select('action').execute();
    expect(rows).toEqual([{ action: 'test' }]);
  });
});
