import { getInstrument } from '@securebase/measures';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import type { Config } from '../config';
import { migrateToLatest } from '../db/migrations';
import type { CaseKind, MemberRole, Role } from '../db/schema';
import { encryptSecret } from '../lib/crypto';
import { ManualClock } from '../lib/clock';
import { uuidv7 } from '../lib/ids';
import { hashPassword } from '../identity/passwords';
import { newUserRow } from '../identity/repo';
import { SESSION_COOKIE } from '../identity/sessions';
import { newTotpSecret, totpCode } from '../identity/totp';
import type { MailTransport } from '../mail/outbox';
import { testConfig } from './test-config';
import { openTestDb, type TestDb } from './test-db';

export const TEST_PASSWORD = 'a calm harbour at dusk';
let passwordHash: Promise<string> | undefined;

export interface Harness {
  app: FastifyInstance;
  db: TestDb;
  clock: ManualClock;
  config: Config;
  close(): Promise<void>;
}

/** An app on a fresh, migrated database of the suite's dialect, with a fake clock. */
export async function build(
  options: { config?: Partial<Config>; mailTransport?: MailTransport | null } = {},
): Promise<Harness> {
  const db = await openTestDb();
  await migrateToLatest(db.db);
  const clock = new ManualClock();
  const config = testConfig(options.config);
  const app = await buildApp({
    config,
    db,
    clock,
    logger: false,
    mailTransport: options.mailTransport ?? null,
  });
  await app.ready();
  return {
    app,
    db,
    clock,
    config,
    async close() {
      await app.close();
      await db.dispose();
    },
  };
}

export async function buildPractice(h: Harness, name = 'Harbour Therapy'): Promise<string> {
  const id = uuidv7();
  await h.db.db
    .insertInto('practices')
    .values({ id, name, settings: '{}', created_at: h.clock.now().toISOString() })
    .execute();
  return id;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  practiceId: string;
  totpSecret: string | null;
}

let counter = 0;
export async function buildUser(
  h: Harness,
  practiceId: string,
  role: Role,
  options: { totp?: boolean; name?: string } = {},
): Promise<TestUser> {
  counter += 1;
  const id = uuidv7();
  const email = `${role}${String(counter)}.${id.slice(-6)}@example.org`;
  const totp = options.totp ?? (role === 'admin' || role === 'clinician' || role === 'researcher');
  const secret = totp ? newTotpSecret() : null;
  const now = h.clock.now().toISOString();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const row = newUserRow({
    id,
    practiceId,
    email,
    displayName: options.name ?? `${role} ${String(counter)}`,
    role,
    passwordHash: await passwordHash,
    now,
  });
  await h.db.db
    .insertInto('users')
    .values({
      ...row,
      totp_secret: secret ? encryptSecret(h.config.encryptionKey, secret) : null,
      totp_enabled_at: secret ? now : null,
    })
    .execute();
  return { id, email, password: TEST_PASSWORD, role, practiceId, totpSecret: secret };
}

export const buildClinician = (h: Harness, practiceId: string) =>
  buildUser(h, practiceId, 'clinician');

export interface TestCase {
  id: string;
  memberIds: string[];
}

export async function buildCase(
  h: Harness,
  input: {
    practiceId: string;
    clinicianId: string;
    kind?: CaseKind;
    members?: { name: string; role: MemberRole; userId?: string }[];
  },
): Promise<TestCase> {
  const id = uuidv7();
  const now = h.clock.now().toISOString();
  const members = input.members ?? [{ name: 'Robin', role: 'client' }];
  await h.db.db
    .insertInto('cases')
    .values({
      id,
      practice_id: input.practiceId,
      kind: input.kind ?? 'individual',
      title: `Case ${id.slice(-4)}`,
      status: 'open',
      created_by: input.clinicianId,
      created_at: now,
      updated_at: now,
      last_activity_at: now,
    })
    .execute();
  const memberIds = members.map(() => uuidv7());
  await h.db.db
    .insertInto('case_members')
    .values(
      members.map((m, i) => ({
        id: memberIds[i] ?? '',
        case_id: id,
        practice_id: input.practiceId,
        user_id: m.userId ?? null,
        display_name: m.name,
        member_role: m.role,
        birth_year: null,
        created_at: now,
      })),
    )
    .execute();
  await h.db.db
    .insertInto('care_team')
    .values({
      case_id: id,
      user_id: input.clinicianId,
      practice_id: input.practiceId,
      team_role: 'lead',
      added_at: now,
    })
    .execute();
  return { id, memberIds };
}

/** A client with an account who is a member of a new case led by `clinicianId`. */
export async function buildClient(h: Harness, practiceId: string, clinicianId: string) {
  const user = await buildUser(h, practiceId, 'client');
  const theCase = await buildCase(h, {
    practiceId,
    clinicianId,
    members: [{ name: 'Robin', role: 'client', userId: user.id }],
  });
  return { user, theCase };
}

export function cookieFrom(res: LightMyRequestResponse): string | null {
  const header = res.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header ? [header] : [];
  for (const line of lines) {
    const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(line);
    if (match?.[1]) return `${SESSION_COOKIE}=${match[1]}`;
  }
  return null;
}

/** The next TOTP code: the clock moves one step on so that no code is used twice. */
export async function nextCode(h: Harness, secret: string): Promise<string> {
  h.clock.advance(30_000);
  return totpCode(secret, h.clock.now());
}

export interface Caller {
  cookie: string | null;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: object): Promise<LightMyRequestResponse>;
}

/** Requests as a browser on our origin would send them. */
export function caller(h: Harness, cookie: string | null = null): Caller {
  const request = (options: InjectOptions) => {
    const headers: Record<string, string> = {
      origin: h.config.publicUrl,
      ...(cookie ? { cookie } : {}),
    };
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value === undefined) Reflect.deleteProperty(headers, name);
      else headers[name] = String(value);
    }
    return h.app.inject({ ...options, headers });
  };
  return {
    cookie,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body = {}) => request({ method: 'POST', url, payload: body }),
  };
}

let signIns = 0;

/**
 * Signs in with password and, when the account has one, a TOTP code. Each sign-in comes from
 * its own address (TEST-NET-2), so suites that sign people in again after moving the clock do
 * not run into the per-address sign-in rate limit, which has its own tests.
 */
export async function signIn(h: Harness, user: TestUser): Promise<Caller> {
  signIns += 1;
  const remoteAddress = `198.51.${String(Math.floor(signIns / 250) % 250)}.${String((signIns % 250) + 1)}`;
  const login = await caller(h).request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: user.email, password: user.password },
    remoteAddress,
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  let cookie = cookieFrom(login);
  if (login.json<{ secondFactor: string }>().secondFactor === 'required' && user.totpSecret) {
    const code = await nextCode(h, user.totpSecret);
    const second = await caller(h, cookie).request({
      method: 'POST',
      url: '/api/auth/second-factor',
      payload: { code },
      remoteAddress,
    });
    if (second.statusCode !== 200) throw new Error(`second factor failed: ${second.body}`);
    cookie = cookieFrom(second);
  }
  return caller(h, cookie);
}

/** The admin installs stand-in wording for an instrument whose text we may not ship. */
export async function installWording(admin: Caller, instrumentId: string): Promise<void> {
  const definition = getInstrument(instrumentId);
  if (!definition) throw new Error(`no instrument ${instrumentId}`);
  const res = await admin.post('/api/admin/content-packs', {
    instrumentId,
    format: 'securebase-json',
    content: {
      instrumentId,
      items: definition.items.map((item) => ({ id: item.id, text: `Wording ${item.id}` })),
    },
    attestation: 'Our practice holds a licence to use this wording with clients.',
  });
  if (res.statusCode !== 201) throw new Error(`installing ${instrumentId}: ${res.body}`);
}

/** Adds a clinician to a case's care team as a member (a colleague who shares the case). */
export async function joinCareTeam(h: Harness, caseId: string, user: TestUser): Promise<void> {
  await h.db.db
    .insertInto('care_team')
    .values({
      case_id: caseId,
      user_id: user.id,
      practice_id: user.practiceId,
      team_role: 'member',
      added_at: h.clock.now().toISOString(),
    })
    .execute();
}
