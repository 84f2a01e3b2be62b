import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseTarget } from './config';

const dir = () => mkdtempSync(join(tmpdir(), 'securebase-config-'));

describe('configuration', () => {
  it('defaults to port 3000 on SQLite in data/, and creates a private key file', () => {
    const cwd = dir();
    const config = loadConfig({}, cwd);
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', file: join(cwd, 'data/securebase.db') });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.demo).toBe(false);
    expect(config.requireStaffSecondFactor).toBe(true);
    expect(config.encryptionKey).toHaveLength(32);
    const keyFile = join(cwd, 'data/securebase.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(loadConfig({}, cwd).encryptionKey.equals(config.encryptionKey)).toBe(true);
    expect(readFileSync(keyFile, 'utf8')).not.toBe('');
  });

  it('reads a postgres:// DATABASE_URL and relaxes the staff second factor only in demo mode', () => {
    const config = loadConfig(
      { DATABASE_URL: 'postgres://u@db:5432/sb', SECUREBASE_DEMO: 'true', PORT: '8080' },
      dir(),
    );
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/sb' });
    expect(config.demo).toBe(true);
    expect(config.requireStaffSecondFactor).toBe(false);
    expect(config.publicUrl).toBe('http://localhost:8080');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a port number (0-65535), got "eighty"'],
    [{ SECUREBASE_DEMO: 'maybe' }, 'SECUREBASE_DEMO must be true or false, got "maybe"'],
    [
      { DATABASE_URL: 'mysql://x' },
      'DATABASE_URL must be a postgres:// URL or a path to a SQLite file',
    ],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL must be an http(s) URL, got "ftp://x"'],
    [{ SECUREBASE_KEY_FILE: 'missing.key' }, /SECUREBASE_KEY_FILE .*missing.key does not exist/],
    [
      { SECUREBASE_NOTES_KEYRING: 'missing.keyring' },
      /SECUREBASE_NOTES_KEYRING .*missing.keyring does not exist/,
    ],
  ])('stops with one clear line on %o', (env, message) => {
    expect(() => loadConfig(env, dir())).toThrow(ConfigError);
    expect(() => loadConfig(env, dir())).toThrow(message);
  });

  it('refuses a key file that does not hold 32 bytes', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'short.key'), Buffer.alloc(16).toString('base64'));
    expect(() => loadConfig({ SECUREBASE_KEY_FILE: 'short.key' }, cwd)).toThrow(
      /must hold 32 bytes in base64/,
    );
  });

  it('creates the process-notes keyring beside the data, outside the database, when not named', () => {
    const cwd = dir();
    const config = loadConfig({}, cwd);
    expect(config.notesKeyringFile).toBe(join(cwd, 'data/notes.keyring'));
    expect(config.notesKeyring.keys.size).toBe(1);
    expect(loadConfig({}, cwd).notesKeyring.currentId).toBe(config.notesKeyring.currentId);
  });

  it('treats a plain path as a SQLite file relative to the working directory', () => {
    expect(parseDatabaseTarget('var/practice.db', '/srv')).toEqual({
      kind: 'sqlite',
      file: '/srv/var/practice.db',
    });
  });
});
