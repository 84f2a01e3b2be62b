import { describe, expect, it } from 'vitest';
import { checkTotp, newTotpSecret, totpCode, totpUri } from './totp';

const at = new Date('2026-03-02T10:00:10.000Z');

describe('TOTP', () => {
  it('matches the RFC 6238 SHA-1 test vector', async () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits);
    // the 6-digit code is its last six digits.
    const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(await totpCode(rfcSecret, new Date(59_000))).toBe('287082');
  });

  it('accepts the current code and one step of drift, and refuses others', async () => {
    const secret = newTotpSecret();
    const now = await totpCode(secret, at);
    expect(await checkTotp(secret, now, at, null)).toBe(Math.floor(at.getTime() / 30_000));
    const previous = await totpCode(secret, new Date(at.getTime() - 30_000));
    expect(await checkTotp(secret, previous, at, null)).not.toBeNull();
    const old = await totpCode(secret, new Date(at.getTime() - 120_000));
    expect(await checkTotp(secret, old, at, null)).toBeNull();
    expect(await checkTotp(secret, 'abcdef', at, null)).toBeNull();
  });

  it('never accepts the same code twice', async () => {
    const secret = newTotpSecret();
    const code = await totpCode(secret, at);
    const step = await checkTotp(secret, code, at, null);
    expect(step).not.toBeNull();
    expect(await checkTotp(secret, code, at, step)).toBeNull();
  });

  it('refuses, without failing, every code after the clock steps back past the last one used', async () => {
    const secret = newTotpSecret();
    const later = new Date(at.getTime() + 3_600_000);
    const step = await checkTotp(secret, await totpCode(secret, later), later, null);
    expect(step).not.toBeNull();
    expect(await checkTotp(secret, await totpCode(secret, at), at, step)).toBeNull();
  });

  it('builds an otpauth URI for authenticator apps', () => {
    expect(totpUri('JBSWY3DPEHPK3PXP', 'ana@example.org')).toBe(
      'otpauth://totp/Secure%20Base:ana%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Secure%20Base',
    );
  });
});
