import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addKey, loadKeyring, open, parseKeyring, retireOldKeys, seal } from './keyring';

const A = Buffer.alloc(32, 1).toString('base64');
const B = Buffer.alloc(32, 2).toString('base64');

describe('the process-notes keyring', () => {
  it('takes the last key as current and keeps the older ones for opening', () => {
    const ring = parseKeyring(`# comment\nold ${A}\n\nnew ${B}\n`);
    expect(ring.currentId).toBe('new');
    expect([...ring.keys.keys()]).toEqual(['old', 'new']);
  });

  it('refuses a malformed file, saying which line', () => {
    expect(() => parseKeyring('')).toThrow(/holds no key/);
    expect(() => parseKeyring(`a ${A}\nb short`)).toThrow(/line 2: the key must be 32 bytes/);
    expect(() => parseKeyring(`a ${A}\na ${B}`)).toThrow(/used twice/);
    expect(() => parseKeyring(`a b c`)).toThrow(/line 1: expected/);
  });

  it('seals so that only the right key and the same context open it', () => {
    const ring = parseKeyring(`old ${A}\nnew ${B}`);
    const sealed = seal(ring, 'She flinched when I mentioned her father.', 'note-1:author-1');
    expect(sealed.keyId).toBe('new');
    expect(sealed.sealed).not.toContain('father');
    expect(open(ring, sealed, 'note-1:author-1')).toBe('She flinched when I mentioned her father.');
    // Moved to another row, or opened under another key: refused.
    expect(() => open(ring, sealed, 'note-2:author-1')).toThrow();
    expect(() => open(ring, { ...sealed, keyId: 'old' }, 'note-1:author-1')).toThrow();
    expect(() => open(parseKeyring(`new ${A}`), sealed, 'note-1:author-1')).toThrow();
    // The same text sealed twice differs (a fresh nonce each time).
    expect(seal(ring, 'x', 'c').sealed).not.toBe(seal(ring, 'x', 'c').sealed);
  });

  it('creates a private file when allowed, adds a key, and retires the old ones', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sb-keyring-')), 'sub', 'notes.keyring');
    expect(() => loadKeyring(path, false)).toThrow(/does not exist/);
    const first = loadKeyring(path, true, new Date('2026-03-01T10:00:00Z'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(first.currentId).toMatch(/^k20260301100000-[0-9a-f]{6}$/);
    const second = addKey(path, new Date('2026-04-01T10:00:00Z'));
    expect(second.keys.size).toBe(2);
    expect(second.currentId).not.toBe(first.currentId);
    retireOldKeys(path, second);
    const after = loadKeyring(path, false);
    expect([...after.keys.keys()]).toEqual([second.currentId]);
    expect(readFileSync(path, 'utf8')).toContain('keep outside the database');
  });
});
