import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The keys that seal psychotherapy (process) notes, kept in a file outside the database. One key
 * per line, `<id> <32 bytes in base64>`; the last line is the current key, used for every new
 * seal. Older keys stay until every note has been re-sealed (`securebase rotate-notes-key`).
 */
export interface Keyring {
  readonly currentId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

export class KeyringError extends Error {}

const ID = /^[A-Za-z0-9_-]{1,40}$/;

export function parseKeyring(text: string, where = 'the notes keyring'): Keyring {
  const keys = new Map<string, Buffer>();
  let currentId = '';
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [id, encoded, extra] = line.split(/\s+/);
    const at = `${where}, line ${String(i + 1)}`;
    if (!id || !encoded || extra !== undefined || !ID.test(id)) {
      throw new KeyringError(`${at}: expected "<id> <base64 key>"`);
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32) throw new KeyringError(`${at}: the key must be 32 bytes in base64`);
    if (keys.has(id)) throw new KeyringError(`${at}: the id "${id}" is used twice`);
    keys.set(id, key);
    currentId = id;
  }
  if (!currentId) throw new KeyringError(`${where} holds no key`);
  return { currentId, keys };
}

function newKeyLine(now: Date): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `k${stamp}-${randomBytes(3).toString('hex')} ${randomBytes(32).toString('base64')}\n`;
}

/** Reads the keyring file, or creates it (mode 0600) with one key when allowed and missing. */
export function loadKeyring(path: string, mayCreate: boolean, now = new Date()): Keyring {
  if (!existsSync(path)) {
    if (!mayCreate) throw new KeyringError(`SECUREBASE_NOTES_KEYRING ${path} does not exist`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      `# Secure Base process-note keys: keep outside the database\n${newKeyLine(now)}`,
      {
        mode: 0o600,
      },
    );
  }
  return parseKeyring(readFileSync(path, 'utf8'), path);
}

/** Adds a new current key to the file and returns the keyring as it now stands. */
export function addKey(path: string, now = new Date()): Keyring {
  appendFileSync(path, newKeyLine(now), { mode: 0o600 });
  return parseKeyring(readFileSync(path, 'utf8'), path);
}

/** Keeps only the current key in the file (after every note has been re-sealed under it). */
export function retireOldKeys(path: string, keyring: Keyring): void {
  const key = keyring.keys.get(keyring.currentId);
  if (!key) throw new KeyringError('the current key is missing');
  writeFileSync(
    path,
    `# Secure Base process-note keys: keep outside the database\n${keyring.currentId} ${key.toString('base64')}\n`,
    { mode: 0o600 },
  );
}

export interface Sealed {
  keyId: string;
  /** `<nonce>.<tag>.<ciphertext>` in base64url. */
  sealed: string;
}

/**
 * AES-256-GCM under the current key. `context` (the note's id and author) is bound as
 * additional data, so a sealed text moved to another row no longer opens.
 */
export function seal(keyring: Keyring, plaintext: string, context: string): Sealed {
  const key = keyring.keys.get(keyring.currentId);
  if (!key) throw new KeyringError('the current key is missing');
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [nonce, cipher.getAuthTag(), body].map((p) => p.toString('base64url'));
  return { keyId: keyring.currentId, sealed: parts.join('.') };
}

export function open(keyring: Keyring, sealed: Sealed, context: string): string {
  const key = keyring.keys.get(sealed.keyId);
  if (!key) throw new KeyringError(`no key "${sealed.keyId}" in the notes keyring`);
  const [nonce, tag, body] = sealed.sealed.split('.');
  if (!nonce || !tag || body === undefined) throw new KeyringError('unknown sealed format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}
