import type { LoginResult } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import { homeFor, nextPathFor, safeReturnPath } from './home-route';

const me: LoginResult['me'] = {
  id: 'u1',
  email: 'sam@example.org',
  displayName: 'Sam',
  role: 'clinician',
  practiceId: 'p1',
  practiceName: 'Harbour Therapy',
  secondFactorEnabled: true,
  demo: false,
};

describe('homeFor', () => {
  it('sends each role to its own start page', () => {
    expect(homeFor('clinician')).toBe('/caseload');
    expect(homeFor('admin')).toBe('/admin/users');
    expect(homeFor('client')).toBe('/portal');
    expect(homeFor('caregiver')).toBe('/portal');
    expect(homeFor('researcher')).toBe('/research');
  });
});

describe('nextPathFor', () => {
  it('follows where the sign-in stands', () => {
    expect(nextPathFor(null)).toBe('/sign-in');
    expect(nextPathFor(undefined)).toBe('/sign-in');
    expect(nextPathFor({ secondFactor: 'required', me })).toBe('/sign-in/code');
    expect(nextPathFor({ secondFactor: 'setup-required', me })).toBe(
      '/sign-in/set-up-second-factor',
    );
    expect(nextPathFor({ secondFactor: 'complete', me })).toBe('/caseload');
    expect(nextPathFor({ secondFactor: 'complete', me: { ...me, role: 'client' } })).toBe(
      '/portal',
    );
  });
});

describe('safeReturnPath', () => {
  it('accepts only paths inside the app', () => {
    expect(safeReturnPath('/cases/abc?tab=measures')).toBe('/cases/abc?tab=measures');
    expect(safeReturnPath('//evil.example')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath('/sign-in/code')).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });
});
