/**
 * Shared set-up for the practice benchmark: a fresh SQLite file in the temp directory, opened
 * as the server's `openSqlite` opens it (WAL, synchronous=FULL, foreign keys, checked with its
 * `assertSqliteDurability`) plus a statement log, migrated with the real migrations; a practice
 * with clients, cases, members and care teams inserted in bulk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type LogEvent } from 'kysely';
import { assertSqliteDurability } from '../../apps/server/src/db/create-db';
import { migrateToLatest } from '../../apps/server/src/db/migrations';
import type { Database } from '../../apps/server/src/db/schema';
import { hashPassword } from '../../apps/server/src/identity/passwords';
import { newUserRow } from '../../apps/server/src/identity/repo';
import type { Actor } from '../../apps/server/src/lib/context';
import { uuidv7 } from '../../apps/server/src/lib/ids';
import { testConfig } from '../../apps/server/src/test/test-config';

/** No SMTP: every mail is written to the outbox as `held`, nothing leaves the machine. */
export const config = testConfig({ publicUrl: 'http://bench.local' });

export const DAY_MS = 86_400_000;
const CHUNK = 500;
const CLIENTS_PER_CLINICIAN = 50;

export interface Tally {
  count: number;
  ms: number;
}

/**
 * What the database was asked while `on`: statements (as Kysely times them: prepare and run)
 * and the transactions' BEGIN and COMMIT apart, since COMMIT is where the fsync happens.
 */
export class StatementLog {
  on = false;
  statements: Tally = { count: 0, ms: 0 };
  begins: Tally = { count: 0, ms: 0 };
  commits: Tally = { count: 0, ms: 0 };
  reset(): void {
    this.statements = { count: 0, ms: 0 };
    this.begins = { count: 0, ms: 0 };
    this.commits = { count: 0, ms: 0 };
  }
  record = (event: LogEvent): void => {
    if (!this.on || event.level !== 'query') return;
    const sql = event.query.sql.trim().toLowerCase();
    const tally = sql === 'begin' ? this.begins : sql === 'commit' ? this.commits : this.statements;
    tally.count += 1;
    tally.ms += event.queryDurationMillis;
  };
}

export interface BenchDb {
  db: Kysely<Database>;
  log: StatementLog;
  close(): Promise<void>;
}

export async function freshDatabase(label: string): Promise<BenchDb> {
  const dir = mkdtempSync(join(tmpdir(), `securebase-bench-practice-${label}-`));
  const database = new SQLite(join(dir, 'bench.sqlite'));
  database.pragma('busy_timeout = 5000');
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  assertSqliteDurability(database, true);
  const log = new StatementLog();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }), log: log.record });
  await migrateToLatest(db);
  return {
    db,
    log,
    close: async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Client {
  actor: Actor;
  clinician: Actor;
  caseId: string;
  memberId: string;
  timeZone: string;
}

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await insert(rows.slice(start, start + CHUNK));
  }
}

/**
 * One practice with `count` clients, each alone in an individual case led by one clinician
 * (a clinician per 50 clients), the zones dealt round-robin. Rows go in directly, in bulk.
 */
export async function seedPractice(
  db: Kysely<Database>,
  count: number,
  zones: readonly string[],
  now: string,
): Promise<Client[]> {
  const practiceId = uuidv7();
  const passwordHash = await hashPassword('bench practice passphrase');
  const clinicians: Actor[] = Array.from(
    { length: Math.ceil(count / CLIENTS_PER_CLINICIAN) },
    (_, i) => ({
      userId: uuidv7(),
      practiceId,
      role: 'clinician',
      displayName: `Clinician ${String(i + 1)}`,
    }),
  );
  const clients: Client[] = Array.from({ length: count }, (_, i) => ({
    actor: { userId: uuidv7(), practiceId, role: 'client', displayName: `Client ${String(i + 1)}` },
    clinician: clinicians[Math.floor(i / CLIENTS_PER_CLINICIAN)] ?? (clinicians[0] as Actor),
    caseId: uuidv7(),
    memberId: uuidv7(),
    timeZone: zones[i % zones.length] ?? 'UTC',
  }));
  const user = (actor: Actor, email: string) =>
    newUserRow({
      id: actor.userId,
      practiceId,
      email,
      displayName: actor.displayName,
      role: actor.role,
      passwordHash,
      now,
    });
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('practices')
      .values({ id: practiceId, name: 'Bench practice', settings: '{}', created_at: now })
      .execute();
    const users = [
      ...clinicians.map((c, i) => user(c, `clinician-${String(i)}@bench.test`)),
      ...clients.map((c, i) => user(c.actor, `client-${String(i)}@bench.test`)),
    ];
    await inChunks(users, (chunk) => trx.insertInto('users').values(chunk).execute());
    await inChunks(clients, (chunk) =>
      trx
        .insertInto('cases')
        .values(
          chunk.map((c) => ({
            id: c.caseId,
            practice_id: practiceId,
            kind: 'individual' as const,
            title: c.actor.displayName,
            status: 'open' as const,
            created_by: c.clinician.userId,
            created_at: now,
            updated_at: now,
            last_activity_at: now,
          })),
        )
        .execute(),
    );
    await inChunks(clients, (chunk) =>
      trx
        .insertInto('case_members')
        .values(
          chunk.map((c) => ({
            id: c.memberId,
            case_id: c.caseId,
            practice_id: practiceId,
            user_id: c.actor.userId,
            display_name: c.actor.displayName,
            member_role: 'client' as const,
            birth_year: null,
            created_at: now,
          })),
        )
        .execute(),
    );
    await inChunks(clients, (chunk) =>
      trx
        .insertInto('care_team')
        .values(
          chunk.map((c) => ({
            case_id: c.caseId,
            user_id: c.clinician.userId,
            practice_id: practiceId,
            team_role: 'lead' as const,
            added_at: now,
          })),
        )
        .execute(),
    );
  });
  return clients;
}

/** Reminders on for every client, at `localTime` in their own zone. */
export async function enableReminders(
  db: Kysely<Database>,
  clients: readonly Client[],
  localTime: string,
  now: string,
): Promise<void> {
  await inChunks(clients, (chunk) =>
    db
      .insertInto('reminder_settings')
      .values(
        chunk.map((c) => ({
          user_id: c.actor.userId,
          practice_id: c.actor.practiceId,
          enabled: 1,
          local_time: localTime,
          time_zone: c.timeZone,
          updated_at: now,
        })),
      )
      .execute(),
  );
}

/** Milliseconds for one call of `work`. */
export async function elapsed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}
