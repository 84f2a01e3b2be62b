import { generate, generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 TOTP: SHA-1, 6 digits, 30-second steps; one step of clock drift either way. */
export const TOTP_STEP_SECONDS = 30;
const TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, account: string, issuer = 'Secure Base'): string {
  return generateURI({ secret, label: account, issuer });
}

/** The code for a given moment; tests and the demo use it. */
export function totpCode(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/**
 * Checks a code and returns its time step, or null. A code whose step is not after
 * `lastUsedStep` is refused, so no code is accepted twice (ASVS 6.5.1).
 */
export async function checkTotp(
  secret: string,
  code: string,
  at: Date,
  lastUsedStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  // After the server's clock steps back, the last used step can lie ahead of every code now
  // valid: nothing can be accepted (otplib would throw, which must not become a 500).
  const latest = Math.floor((at.getTime() / 1000 + TOLERANCE_SECONDS) / TOTP_STEP_SECONDS);
  if (lastUsedStep !== null && lastUsedStep >= latest) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastUsedStep !== null ? { afterTimeStep: lastUsedStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
