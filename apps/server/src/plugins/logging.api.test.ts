import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, LOG_REDACTIONS } from '../app';
import { migrateToLatest } from '../db/migrations';
import { buildCase, buildPractice, buildUser, cookieFrom, type Harness } from '../test/harness';
import { ManualClock } from '../lib/clock';
import { testConfig } from '../test/test-config';
import { openTestDb, testDialect } from '../test/test-db';

describe(`logs on ${testDialect()}`, () => {
  const lines: string[] = [];
  let h: Harness;
  beforeAll(async () => {
    const db = await openTestDb();
    await migrateToLatest(db.db);
    const clock = new ManualClock();
    const config = testConfig({ requireStaffSecondFactor: false });
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const app = await buildApp({
      config,
      db,
      clock,
      logger: { level: 'trace', redact: { paths: LOG_REDACTIONS, censor: '[redacted]' }, stream },
      mailTransport: null,
    });
    h = {
      app,
      db,
      clock,
      config,
      close: async () => {
        await app.close();
        await db.dispose();
      },
    };
  });
  afterAll(async () => h.close());

  it('never carry passwords, session tokens or clinical words, even at trace level', async () => {
    const practiceId = await buildPractice(h);
    const user = await buildUser(h, practiceId, 'clinician', { totp: false });
    await buildCase(h, {
      practiceId,
      clinicianId: user.id,
      members: [{ name: 'Zebediah Quill', role: 'client' }],
    });
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: h.config.publicUrl },
      payload: { email: user.email, password: user.password },
    });
    const cookie = cookieFrom(login) ?? '';
    const token = cookie.split('=')[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    await h.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie } });
    await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: h.config.publicUrl },
      payload: { email: user.email, password: 'wrong but secret phrase' },
    });
    const text = lines.join('');
    expect(text).toContain('incoming request');
    expect(text).not.toContain(user.password);
    expect(text).not.toContain('wrong but secret phrase');
    expect(text).not.toContain(token);
    expect(text).not.toContain('Zebediah');
  });
});
