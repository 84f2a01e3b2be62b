import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadKeyring, type Keyring } from './lib/keyring';

/** A misconfiguration: start-up stops with this one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  /** The origin people reach the app at; used for the CSRF Origin check and links in mail. */
  publicUrl: string;
  database: DatabaseTarget;
  demo: boolean;
  /** 32-byte key for encrypting secrets at rest (second-factor seeds). */
  encryptionKey: Buffer;
  /** Keys sealing process notes, read from a file outside the database; the last is current. */
  notesKeyring: Keyring;
  /** Where the keyring file is, for `securebase rotate-notes-key`. */
  notesKeyringFile: string;
  smtp: SmtpConfig | undefined;
  mailFrom: string;
  trustProxy: boolean;
  /** Second factor required for staff roles; always true outside demo mode. */
  requireStaffSecondFactor: boolean;
  logLevel: string;
}

type Env = Record<string, string | undefined>;

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a port number (0-65535), got "${value}"`);
  }
  return port;
}

export function parseDatabaseTarget(value: string | undefined, cwd: string): DatabaseTarget {
  if (value === undefined || value === '') {
    return { kind: 'sqlite', file: resolve(cwd, 'data/securebase.db') };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL is not a valid postgres:// URL');
    }
    return { kind: 'postgres', url: value };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL or a path to a SQLite file');
  }
  return { kind: 'sqlite', file: value === ':memory:' ? value : resolve(cwd, value) };
}

/** Reads the key file, or creates one (mode 0600) when the default file does not exist yet. */
export function loadEncryptionKey(path: string, mayCreate: boolean): Buffer {
  if (!existsSync(path)) {
    if (!mayCreate) throw new ConfigError(`SECUREBASE_KEY_FILE ${path} does not exist`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
  }
  const text = readFileSync(path, 'utf8').trim();
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) {
    throw new ConfigError(`SECUREBASE_KEY_FILE ${path} must hold 32 bytes in base64`);
  }
  return key;
}

function parseSmtp(env: Env): SmtpConfig | undefined {
  const host = env.SMTP_HOST;
  if (host === undefined || host === '') return undefined;
  return {
    host,
    port: parsePort('SMTP_PORT', env.SMTP_PORT, 587),
    secure: parseBoolean('SMTP_SECURE', env.SMTP_SECURE, false),
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
  };
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const port = parsePort('PORT', env.PORT, 3000);
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  }
  const demo = parseBoolean('SECUREBASE_DEMO', env.SECUREBASE_DEMO, false);
  const keyFile = env.SECUREBASE_KEY_FILE;
  const encryptionKey =
    keyFile === undefined || keyFile === ''
      ? loadEncryptionKey(resolve(cwd, 'data/securebase.key'), true)
      : loadEncryptionKey(resolve(cwd, keyFile), false);
  const keyringFile = env.SECUREBASE_NOTES_KEYRING;
  const notesKeyringFile = resolve(cwd, keyringFile || 'data/notes.keyring');
  let notesKeyring: Keyring;
  try {
    notesKeyring = loadKeyring(notesKeyringFile, keyringFile === undefined || keyringFile === '');
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  return {
    port,
    host,
    publicUrl,
    database: parseDatabaseTarget(env.DATABASE_URL, cwd),
    demo,
    encryptionKey,
    notesKeyring,
    notesKeyringFile,
    smtp: parseSmtp(env),
    mailFrom: env.MAIL_FROM ?? 'Secure Base <no-reply@localhost>',
    trustProxy: parseBoolean('TRUST_PROXY', env.TRUST_PROXY, false),
    requireStaffSecondFactor: !demo,
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
