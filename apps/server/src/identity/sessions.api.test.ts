import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  build,
  buildClient,
  buildClinician,
  buildPractice,
  buildUser,
  caller,
  cookieFrom,
  signIn,
  type Harness,
} from '../test/harness';
import { testDialect } from '../test/test-db';

describe(`sessions, cookies and sign-in defences on ${testDialect()}`, () => {
  let h: Harness;
  let practiceId: string;
  beforeAll(async () => {
    h = await build();
    practiceId = await buildPractice(h);
  });
  afterAll(async () => h.close());

  it('sets the session cookie exactly as specified, with a new id at every login', async () => {
    const client = await buildUser(h, practiceId, 'client');
    const first = await caller(h).post('/api/auth/login', {
      email: client.email,
      password: client.password,
    });
    const header = first.headers['set-cookie'];
    expect(typeof header).toBe('string');
    expect(header).toMatch(
      /^__Host-securebase_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    const second = await caller(h).post('/api/auth/login', {
      email: client.email,
      password: client.password,
    });
    expect(cookieFrom(second)).not.toBe(cookieFrom(first));
    const tokens = await h.db.db.selectFrom('sessions').select('token_hash').execute();
    const raw = cookieFrom(first)?.split('=')[1] ?? '';
    expect(tokens.map((t) => t.token_hash)).not.toContain(raw);
  });

  it('ends a session after 30 idle minutes but not while in use', async () => {
    const clinician = await buildClinician(h, practiceId);
    const session = await signIn(h, clinician);
    h.clock.advanceMinutes(29);
    expect((await session.get('/api/cases')).statusCode).toBe(200);
    h.clock.advanceMinutes(29);
    expect((await session.get('/api/cases')).statusCode).toBe(200);
    h.clock.advanceMinutes(30);
    const expired = await session.get('/api/cases');
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const clinician = await buildClinician(h, practiceId);
    const session = await signIn(h, clinician);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      h.clock.advanceMinutes(20);
      expect((await session.get('/api/cases')).statusCode).toBe(200);
    }
    h.clock.advanceMinutes(25);
    expect((await session.get('/api/cases')).statusCode).toBe(401);
  });

  it('kills the session at logout: the old cookie replayed is refused', async () => {
    const clinician = await buildClinician(h, practiceId);
    const session = await signIn(h, clinician);
    const out = await session.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect(out.headers['set-cookie']).toMatch(
      /^__Host-securebase_session=; Max-Age=0;|Expires=Thu, 01 Jan 1970/,
    );
    expect((await session.get('/api/cases')).statusCode).toBe(401);
  });

  it('kills live sessions when an admin disables the account', async () => {
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    const clinicianUser = await buildClinician(h, practiceId);
    const clinician = await signIn(h, clinicianUser);
    expect((await clinician.get('/api/cases')).statusCode).toBe(200);
    const disabled = await admin.post(`/api/admin/users/${clinicianUser.id}/disable`);
    expect(disabled.json()).toMatchObject({ status: 'disabled' });
    expect((await clinician.get('/api/cases')).statusCode).toBe(401);
    const relogin = await caller(h).post('/api/auth/login', {
      email: clinicianUser.email,
      password: clinicianUser.password,
    });
    expect(relogin.statusCode).toBe(401);
  });

  it('locks an account for 15 minutes after five wrong passwords (429 with Retry-After)', async () => {
    const client = await buildUser(h, practiceId, 'client');
    const attempt = (password: string) =>
      caller(h).request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: client.email, password },
        remoteAddress: `10.0.0.${String(Math.floor(Math.random() * 200) + 1)}`,
      });
    for (let i = 0; i < 5; i += 1)
      expect((await attempt('not the password at all')).statusCode).toBe(401);
    const locked = await attempt(client.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.json()).toMatchObject({ code: 'rate_limited' });
    h.clock.advanceMinutes(16);
    expect((await attempt(client.password)).statusCode).toBe(200);
  });

  it('limits sign-in attempts per address, and X-Forwarded-For does not reset the count', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await caller(h).request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: `nobody${String(i)}@example.org`, password: 'whatever it is here' },
        remoteAddress: '192.0.2.7',
        headers: { 'x-forwarded-for': `198.51.100.${String(i)}` },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.json()).toMatchObject({ code: 'rate_limited' });
      }
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
  });

  it('refuses cross-site and non-JSON changes with a valid cookie, changing nothing', async () => {
    const clinicianUser = await buildClinician(h, practiceId);
    const clinician = await signIn(h, clinicianUser);
    const before = await h.db.db.selectFrom('cases').select('id').execute();
    const body = {
      kind: 'individual',
      title: 'Forged',
      members: [{ displayName: 'X', memberRole: 'client' }],
    };
    const crossOrigin = await clinician.request({
      method: 'POST',
      url: '/api/cases',
      payload: body,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossOrigin.statusCode).toBe(403);
    expect(crossOrigin.json()).toMatchObject({ code: 'csrf_rejected' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await clinician.request({
        method: 'POST',
        url: '/api/cases',
        payload: JSON.stringify(body),
        headers: { 'content-type': type },
      });
      expect(res.statusCode).toBe(403);
    }
    const crossSite = await clinician.request({
      method: 'POST',
      url: '/api/cases',
      payload: body,
      headers: { origin: undefined, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(await h.db.db.selectFrom('cases').select('id').execute()).toEqual(before);
  });

  it('marks API responses no-store and keeps the caseload to the care team', async () => {
    const clinicianUser = await buildClinician(h, practiceId);
    const other = await buildClinician(h, practiceId);
    const mine = await buildClient(h, practiceId, clinicianUser.id);
    await buildClient(h, practiceId, other.id);
    const res = await (await signIn(h, clinicianUser)).get('/api/cases');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json<{ cases: { id: string }[] }>().cases.map((c) => c.id)).toEqual([
      mine.theCase.id,
    ]);
  });
});
