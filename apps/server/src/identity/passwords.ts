import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password rules (ASVS 5.0 6.2, NIST SP 800-63B-4): 12 to 256 characters, any characters,
 * no composition rules, refused when common or breached. Hashing: Argon2id with
 * m = 19456 KiB, t = 2, p = 1 (ASVS 5.0 Appendix C / OWASP minimum).
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
export const ARGON2_PARAMS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, so spelled out)
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** ~49,000 most common leaked passwords (the zxcvbn-ts common list, MIT licence). */
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

function normalise(password: string): string {
  return password.normalize('NFKC');
}

/** Common passwords and their trivial variants: a repeated or numbered-up common word. */
function isCommon(password: string): boolean {
  const lower = normalise(password).toLowerCase();
  if (COMMON.has(lower)) return true;
  const stripped = lower.replace(/[\d!@#$%^&*?._-]+$/, '').replace(/^[\d!@#$%^&*?._-]+/, '');
  if (stripped.length >= 4 && COMMON.has(stripped)) return true;
  if (/^(.)\1+$/.test(lower)) return true;
  for (let size = 1; size <= lower.length / 2; size += 1) {
    const unit = lower.slice(0, size);
    if (unit.repeat(Math.ceil(lower.length / size)).slice(0, lower.length) === lower) {
      return size <= 4 || COMMON.has(unit);
    }
  }
  return false;
}

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  // NIST SP 800-63B counts each Unicode code point as one character.
  const length = Array.from(normalise(password)).length;
  if (length < PASSWORD_MIN)
    return `Use at least ${PASSWORD_MIN} characters; a short phrase works well.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (isCommon(password)) return 'This password is too common; choose something less guessable.';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), ARGON2_PARAMS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, normalise(password));
  } catch {
    return false;
  }
}

/** Verifying against a dummy hash keeps "no such account" as slow as "wrong password". */
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('a dummy password nobody uses');
  await verifyPassword(await dummyHash, password);
}
