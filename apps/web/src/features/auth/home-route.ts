import type { LoginResult, Role } from '@securebase/contracts';

/** Where each role starts after signing in. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'clinician':
      return '/caseload';
    case 'admin':
      return '/admin/users';
    case 'client':
    case 'caregiver':
      return '/portal';
    case 'researcher':
      return '/research';
  }
}

export const SIGN_IN = '/sign-in';
export const SECOND_FACTOR = '/sign-in/code';
export const SET_UP_SECOND_FACTOR = '/sign-in/set-up-second-factor';

/** The next page for where a sign-in stands (null: not signed in). */
export function nextPathFor(session: LoginResult | null | undefined): string {
  if (!session) return SIGN_IN;
  switch (session.secondFactor) {
    case 'required':
      return SECOND_FACTOR;
    case 'setup-required':
      return SET_UP_SECOND_FACTOR;
    case 'complete':
      return homeFor(session.me.role);
  }
}

/** Only same-app paths are followed after sign-in (never another origin). */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/sign-in') || value.startsWith('/accept-invitation')) return null;
  return value;
}
