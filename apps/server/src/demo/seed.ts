import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/repo';
import type { CaseKind, Database, MemberRole, Role } from '../db/schema';
import { hashPassword } from '../identity/passwords';
import type { Clock } from '../lib/clock';
import { uuidv7 } from '../lib/ids';

/** Synthetic people only. The password is printed at start-up and documented in the README. */
export const DEMO_PASSWORD = 'calm harbour demo';
export const DEMO_PRACTICE = 'Harbour Light Therapy (demo)';
const DOMAIN = 'demo.securebase.test';

interface DemoPerson {
  key: string;
  name: string;
  role: Role;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { key: 'admin', name: 'Alex Morgan', role: 'admin' },
  { key: 'rivera', name: 'Dr Sofia Rivera', role: 'clinician' },
  { key: 'okafor', name: 'Dr James Okafor', role: 'clinician' },
  { key: 'nair', name: 'Dr Priya Nair', role: 'researcher' },
  { key: 'maya', name: 'Maya Chen', role: 'client' },
  { key: 'ana', name: 'Ana Costa', role: 'client' },
  { key: 'ben', name: 'Ben Costa', role: 'client' },
  { key: 'lucas', name: 'Lucas Brandt', role: 'client' },
  { key: 'carla', name: 'Carla Brandt', role: 'caregiver' },
];

export const demoEmail = (key: string) => `${key}@${DOMAIN}`;

interface DemoCase {
  kind: CaseKind;
  title: string;
  lead: string;
  daysAgo: number;
  members: { person?: string; name: string; role: MemberRole; birthYear: number }[];
}

const CASES: readonly DemoCase[] = [
  {
    kind: 'individual',
    title: 'Maya — individual attachment-based therapy',
    lead: 'rivera',
    daysAgo: 21,
    members: [{ person: 'maya', name: 'Maya Chen', role: 'client', birthYear: 1993 }],
  },
  {
    kind: 'couple',
    title: 'Ana & Ben — EFT for couples',
    lead: 'rivera',
    daysAgo: 9,
    members: [
      { person: 'ana', name: 'Ana Costa', role: 'partner', birthYear: 1987 },
      { person: 'ben', name: 'Ben Costa', role: 'partner', birthYear: 1985 },
    ],
  },
  {
    kind: 'family',
    title: 'Brandt family — attachment-based family therapy',
    lead: 'okafor',
    daysAgo: 3,
    members: [
      { person: 'lucas', name: 'Lucas Brandt', role: 'adolescent', birthYear: 2011 },
      { person: 'carla', name: 'Carla Brandt', role: 'caregiver', birthYear: 1979 },
    ],
  },
];

/** Seeds the demo practice when there is no practice yet; returns false when it did nothing. */
export async function seedDemoPractice(db: Kysely<Database>, clock: Clock): Promise<boolean> {
  const existing = await db.selectFrom('practices').select('id').limit(1).execute();
  if (existing.length > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = clock.now();
  const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const practiceId = uuidv7();
  const ids = new Map(DEMO_PEOPLE.map((p) => [p.key, uuidv7()]));
  const idOf = (key: string) => ids.get(key) ?? '';

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('practices')
      .values({ id: practiceId, name: DEMO_PRACTICE, settings: '{}', created_at: at(60) })
      .execute();
    await trx
      .insertInto('users')
      .values(
        DEMO_PEOPLE.map((p) => ({
          id: idOf(p.key),
          practice_id: practiceId,
          email: demoEmail(p.key),
          display_name: p.name,
          role: p.role,
          password_hash: passwordHash,
          status: 'active' as const,
          totp_secret: null,
          totp_enabled_at: null,
          totp_last_step: null,
          failed_logins: 0,
          locked_until: null,
          created_at: at(60),
          updated_at: at(60),
        })),
      )
      .execute();
    for (const demoCase of CASES) {
      const caseId = uuidv7();
      await trx
        .insertInto('cases')
        .values({
          id: caseId,
          practice_id: practiceId,
          kind: demoCase.kind,
          title: demoCase.title,
          status: 'open',
          created_by: idOf(demoCase.lead),
          created_at: at(demoCase.daysAgo + 30),
          updated_at: at(demoCase.daysAgo),
          last_activity_at: at(demoCase.daysAgo),
        })
        .execute();
      await trx
        .insertInto('case_members')
        .values(
          demoCase.members.map((m) => ({
            id: uuidv7(),
            case_id: caseId,
            practice_id: practiceId,
            user_id: m.person ? idOf(m.person) : null,
            display_name: m.name,
            member_role: m.role,
            birth_year: m.birthYear,
            created_at: at(demoCase.daysAgo + 30),
          })),
        )
        .execute();
      await trx
        .insertInto('care_team')
        .values({
          case_id: caseId,
          user_id: idOf(demoCase.lead),
          practice_id: practiceId,
          team_role: 'lead',
          added_at: at(demoCase.daysAgo + 30),
        })
        .execute();
    }
    await appendAuditEvent(trx, {
      at: now.toISOString(),
      practiceId,
      actorId: null,
      actorRole: null,
      action: 'demo.seed',
      outcome: 'success',
      ip: null,
      requestId: null,
      details: { users: DEMO_PEOPLE.length, cases: CASES.length },
    });
  });
  return true;
}

export function demoLoginsText(): string {
  const rows = DEMO_PEOPLE.map(
    (p) => `  ${p.role.padEnd(10)} ${demoEmail(p.key).padEnd(32)} ${p.name}`,
  );
  return [
    `Demo practice "${DEMO_PRACTICE}" — every demo account's password is: ${DEMO_PASSWORD}`,
    ...rows,
  ].join('\n');
}
