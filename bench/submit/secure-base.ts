import { buildApp } from '../../apps/server/src/app';
import type { Config } from '../../apps/server/src/config';
import { openSqlite } from '../../apps/server/src/db/create-db';
import { migrateToLatest } from '../../apps/server/src/db/migrations';
import { hashPassword } from '../../apps/server/src/identity/passwords';
import { newUserRow } from '../../apps/server/src/identity/repo';
import { uuidv7 } from '../../apps/server/src/lib/ids';
import { parseKeyring } from '../../apps/server/src/lib/keyring';

const PASSWORD = 'bench client passphrase';

/** The real app on SQLite, a client with a case, and `count` open PHQ-9 assignments. */
export async function startSecureBase(file: string, count: number) {
  const db = openSqlite(file);
  await migrateToLatest(db.db);
  const now = new Date().toISOString();
  const practice = uuidv7();
  const clinician = uuidv7();
  const client = uuidv7();
  const caseId = uuidv7();
  const member = uuidv7();
  const hash = await hashPassword(PASSWORD);
  const user = (id: string, role: 'clinician' | 'client', email: string) =>
    newUserRow({
      id,
      practiceId: practice,
      email,
      displayName: role,
      role,
      passwordHash: hash,
      now,
    });
  await db.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('practices')
      .values({ id: practice, name: 'Bench', settings: '{}', created_at: now })
      .execute();
    await trx
      .insertInto('users')
      .values([
        user(clinician, 'clinician', 'c@bench.test'),
        user(client, 'client', 'x@bench.test'),
      ])
      .execute();
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        practice_id: practice,
        kind: 'individual',
        title: 'Bench',
        status: 'open',
        created_by: clinician,
        created_at: now,
        updated_at: now,
        last_activity_at: now,
      })
      .execute();
    await trx
      .insertInto('case_members')
      .values({
        id: member,
        case_id: caseId,
        practice_id: practice,
        user_id: client,
        display_name: 'Bench client',
        member_role: 'client',
        birth_year: null,
        created_at: now,
      })
      .execute();
    await trx
      .insertInto('care_team')
      .values({
        case_id: caseId,
        user_id: clinician,
        practice_id: practice,
        team_role: 'lead',
        added_at: now,
      })
      .execute();
  });
  const assignmentIds = Array.from({ length: count }, () => uuidv7());
  for (let start = 0; start < assignmentIds.length; start += 500) {
    await db.db
      .insertInto('assignments')
      .values(
        assignmentIds.slice(start, start + 500).map((id) => ({
          id,
          practice_id: practice,
          case_id: caseId,
          member_id: member,
          about_member_id: null,
          instrument_id: 'phq-9',
          definition_version: '1',
          assigned_by: clinician,
          due_at: null,
          status: 'open' as const,
          created_at: now,
          updated_at: now,
          completed_at: null,
        })),
      )
      .execute();
  }
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    publicUrl: 'http://bench.local',
    database: { kind: 'sqlite', file },
    demo: false,
    encryptionKey: Buffer.alloc(32, 1),
    notesKeyring: parseKeyring(`bench ${Buffer.alloc(32, 2).toString('base64')}`),
    notesKeyringFile: '/nonexistent/notes.keyring',
    smtp: undefined,
    mailFrom: 'bench@bench.local',
    trustProxy: false,
    requireStaffSecondFactor: false,
    logLevel: 'silent',
  };
  const app = await buildApp({
    config,
    db,
    logger: false,
    closeDbOnClose: true,
    mailTransport: null,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: config.publicUrl },
    body: JSON.stringify({ email: 'x@bench.test', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!login.ok || !cookie) throw new Error(`bench login failed: ${String(login.status)}`);
  return {
    url,
    assignmentIds,
    headers: { cookie, origin: config.publicUrl },
    close: () => app.close(),
  };
}
