import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/repo';
import type { CaseKind, Database, MemberRole, Role } from '../db/schema';
import { hashPassword } from '../identity/passwords';
import { insertUsers } from '../identity/repo';
import type { Clock } from '../lib/clock';
import { uuidv7 } from '../lib/ids';
import type { Config } from '../config';
import { installPlaceholderPacks, seedHistory } from './assessments';
import { demoAnswers } from './answers';
import { seedPractice } from './practice';
import { MAYA_SESSIONS, seedSessions } from './sessions';

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
export async function seedDemoPractice(
  db: Kysely<Database>,
  clock: Clock,
  config: Config,
): Promise<boolean> {
  const existing = await db.selectFrom('practices').select('id').limit(1).execute();
  if (existing.length > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = clock.now();
  const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const practiceId = uuidv7();
  const ids = new Map(DEMO_PEOPLE.map((p) => [p.key, uuidv7()]));
  const idOf = (key: string) => ids.get(key) ?? '';
  const caseIds: string[] = [];
  const memberIds = new Map<string, string>();

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('practices')
      .values({ id: practiceId, name: DEMO_PRACTICE, settings: '{}', created_at: at(60) })
      .execute();
    await insertUsers(
      trx,
      DEMO_PEOPLE.map((p) => ({
        id: idOf(p.key),
        practiceId,
        email: demoEmail(p.key),
        displayName: p.name,
        role: p.role,
        passwordHash,
        now: at(60),
      })),
    );
    for (const demoCase of CASES) {
      const caseId = uuidv7();
      caseIds.push(caseId);
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
            id: memberIdFor(memberIds, m.person ?? m.name),
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
    await installPlaceholderPacks(trx, practiceId, idOf('admin'), at(45));
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
  const actor = (key: string) => {
    const person = DEMO_PEOPLE.find((p) => p.key === key);
    if (!person) throw new Error(`no demo person ${key}`);
    return { userId: idOf(key), practiceId, role: person.role, displayName: person.name };
  };
  await seedSessions(
    db,
    config,
    now,
    {
      caseId: caseIds[0] ?? '',
      memberId: memberIds.get('maya') ?? '',
      clinician: actor('rivera'),
      client: actor('maya'),
    },
    MAYA_SESSIONS,
  );
  await seedPractice(db, config, now, {
    caseId: caseIds[0] ?? '',
    memberId: memberIds.get('maya') ?? '',
    clinician: actor('rivera'),
    client: actor('maya'),
  });
  await seedHistory(db, config, now, {
    caseId: caseIds[0] ?? '',
    memberId: memberIds.get('maya') ?? '',
    clinician: actor('rivera'),
    respondent: actor('maya'),
    administrations: demoAnswers.maya,
    open: ['ders-16', 'rfq-8'],
  });
  for (const partner of ['ana', 'ben'] as const) {
    await seedHistory(db, config, now, {
      caseId: caseIds[1] ?? '',
      memberId: memberIds.get(partner) ?? '',
      clinician: actor('rivera'),
      respondent: actor(partner),
      administrations: demoAnswers[partner],
      open: [],
    });
  }
  return true;
}

function memberIdFor(ids: Map<string, string>, key: string): string {
  const id = uuidv7();
  ids.set(key, id);
  return id;
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
