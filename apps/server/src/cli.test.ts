import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SQLite from 'better-sqlite3';
import { runCli } from './cli';
import { loadKeyring, open, seal } from './lib/keyring';

function freshEnv() {
  const dir = mkdtempSync(join(tmpdir(), 'securebase-cli-'));
  return { DATABASE_URL: join(dir, 'cli.db'), SECUREBASE_KEY_FILE: '', LOG_LEVEL: 'silent', dir };
}

describe('the securebase command', () => {
  afterEach(() => vi.restoreAllMocks());

  it('seeds the demo practice once and verifies an intact audit trail', async () => {
    const env = freshEnv();
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(process, 'cwd').mockReturnValue(env.dir);
    expect(await runCli(['seed-demo'], env)).toBe(0);
    expect(out.mock.calls.flat().join('\n')).toContain('rivera@demo.securebase.test');
    expect(await runCli(['seed-demo'], env)).toBe(0);
    expect(out.mock.calls.flat().join('\n')).toContain('nothing seeded');
    expect(await runCli(['audit', 'verify'], env)).toBe(0);
    expect(out.mock.calls.flat().join('\n')).toMatch(
      /Intact: 1 chain\(s\), \d+ event\(s\), 0 break\(s\)/,
    );
  });

  it('exits non-zero when the audit chain is broken', async () => {
    const env = freshEnv();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(process, 'cwd').mockReturnValue(env.dir);
    expect(await runCli(['seed-demo'], env)).toBe(0);
    const db = new SQLite(env.DATABASE_URL);
    db.exec('drop trigger audit_events_no_update');
    db.exec('update audit_events set details = \'{"users":1}\'');
    db.close();
    expect(await runCli(['audit', 'verify'], env)).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/BREAK chain .* at event 1: hash mismatch/);
  });

  it('creates an admin with a password from the environment, refusing a weak one', async () => {
    const env = freshEnv();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(process, 'cwd').mockReturnValue(env.dir);
    const args = [
      'create-admin',
      '--email',
      'Owner@Example.org',
      '--name',
      'Owner',
      '--practice',
      'North Clinic',
    ];
    expect(await runCli(args, { ...env, SECUREBASE_ADMIN_PASSWORD: 'password1234' })).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/password: This password is too common/);
    expect(
      await runCli(args, { ...env, SECUREBASE_ADMIN_PASSWORD: 'north star over the bay' }),
    ).toBe(0);
    const db = new SQLite(env.DATABASE_URL, { readonly: true });
    const row = db.prepare('select email, role, password_hash from users').get() as Record<
      string,
      string
    >;
    db.close();
    expect(row.email).toBe('owner@example.org');
    expect(row.role).toBe('admin');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(
      await runCli(args, { ...env, SECUREBASE_ADMIN_PASSWORD: 'north star over the bay' }),
    ).toBe(1);
  });

  it('stops with one clear line on a misconfiguration', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runCli(['migrate'], { PORT: 'x' })).toBe(78);
    expect(errors.mock.calls).toEqual([
      ['Configuration error: PORT must be a port number (0-65535), got "x"'],
    ]);
  });
  it('scores a CSV of answers and lists the catalogue through the securebase command', async () => {
    const env = freshEnv();
    const file = join(env.dir, 'gad.csv');
    const header = ['response_id', ...Array.from({ length: 7 }, (_, i) => String(i + 1))];
    // r1: every item 2 → 14; r2: item 7 is 4, outside 0–3 → invalid.
    writeFileSync(
      file,
      [header.join(','), 'r1,2,2,2,2,2,2,2', 'r2,0,0,0,0,0,0,4'].join('\n') + '\n',
    );
    const written: string[] = [];
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    expect(await runCli(['score', '--instrument', 'gad-7', '--input', file], env)).toBe(1);
    const lines = written.join('').trim().split(/\r?\n/);
    expect(lines[0]).toBe('response_id,status,total');
    expect(lines[1]).toBe('r1,complete,14');
    expect(lines[2]).toMatch(/^r2,invalid,/);
    expect(errors.join('')).toMatch(/row 2.*gad-7\.7/i);
    written.length = 0;
    expect(await runCli(['instruments', 'list'], env)).toBe(0);
    expect(written.join('')).toMatch(/ecr-rs/);
  });
});

describe('rotating the process-notes key', () => {
  afterEach(() => vi.restoreAllMocks());

  it('re-seals every note under a new key and retires the old one', async () => {
    const env = freshEnv();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(process, 'cwd').mockReturnValue(env.dir);
    expect(await runCli(['seed-demo'], env)).toBe(0);
    const keyringFile = join(env.dir, 'data/notes.keyring');
    const before = loadKeyring(keyringFile, false);
    const db = new SQLite(env.DATABASE_URL);
    const clinician = db
      .prepare("select id, practice_id from users where role = 'clinician'")
      .get() as {
      id: string;
      practice_id: string;
    };
    const theCase = db
      .prepare('select case_id from care_team where user_id = ?')
      .get(clinician.id) as {
      case_id: string;
    };
    const sealed = seal(before, 'the pull to rescue', `n1:${clinician.id}`);
    db.prepare(
      `insert into process_notes (id, practice_id, case_id, session_id, author_id, key_id, sealed, created_at, updated_at)
       values ('n1', ?, ?, null, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    ).run(clinician.practice_id, theCase.case_id, clinician.id, sealed.keyId, sealed.sealed);
    db.close();

    expect(await runCli(['rotate-notes-key', '--retire-old'], env)).toBe(0);
    const after = loadKeyring(keyringFile, false);
    expect([...after.keys.keys()]).toEqual([after.currentId]);
    expect(after.currentId).not.toBe(before.currentId);
    const check = new SQLite(env.DATABASE_URL);
    const row = check.prepare("select key_id, sealed from process_notes where id = 'n1'").get() as {
      key_id: string;
      sealed: string;
    };
    check.close();
    expect(row.key_id).toBe(after.currentId);
    expect(open(after, { keyId: row.key_id, sealed: row.sealed }, `n1:${clinician.id}`)).toBe(
      'the pull to rescue',
    );
  });
});
