import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('password rules', () => {
  it.each(['short', '7chars!', 'elevenchars'])('refuses %s as too short', (pw) => {
    expect(passwordProblem(pw)).toMatch(/at least 12 characters/);
  });

  it.each([
    'password1234',
    'Password1234',
    'qwertyuiop123',
    'iloveyou2026!',
    'aaaaaaaaaaaaaaaa',
    'abcabcabcabcabc',
  ])('refuses the common or trivial %s', (pw) => {
    expect(passwordProblem(pw)).toMatch(/too common/);
  });

  it('accepts a passphrase without composition rules', () => {
    expect(passwordProblem('walnut harbour lantern')).toBeNull();
  });

  it('accepts 64 and 256 characters and refuses 257', () => {
    expect(passwordProblem('x9'.repeat(16) + 'y8'.repeat(16))).toBeNull();
    expect(passwordProblem('correct horse battery staple '.repeat(9).slice(0, 256))).toBeNull();
    expect(passwordProblem('q'.repeat(100) + 'w'.repeat(157))).toMatch(/at most 256/);
  });

  it('hashes with Argon2id at m=19456, t=2, p=1 and verifies a long Unicode password exactly', async () => {
    const password = 'Ünïcödé pässphrase — 心の安全基地 '.repeat(6).slice(0, 128);
    const stored = await hashPassword(password);
    expect(Array.from(password)).toHaveLength(128);
    expect(stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(await verifyPassword(stored, password)).toBe(true);
    expect(await verifyPassword(stored, password.slice(0, 127))).toBe(false);
    expect(await verifyPassword(stored, password + 'x')).toBe(false);
  });

  it('treats a corrupt stored hash as a failed verification', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
  });
});
