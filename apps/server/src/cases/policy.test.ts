import { describe, expect, it } from 'vitest';
import type { Actor } from '../lib/context';
import {
  canInvite,
  canOpenCase,
  canReadCaseRecord,
  canUsePortalOfCase,
  type CaseFacts,
} from './policy';

const actor = (role: Actor['role'], userId = 'u1', practiceId = 'p1'): Actor => ({
  userId,
  practiceId,
  role,
  displayName: 'Someone',
});
const facts: CaseFacts = { practiceId: 'p1', careTeam: ['clin'], memberUsers: ['cli'] };

describe('case policies', () => {
  it('let only care-team clinicians of the same practice read the record', () => {
    expect(canReadCaseRecord(actor('clinician', 'clin'), facts)).toBe(true);
    expect(canReadCaseRecord(actor('clinician', 'other'), facts)).toBe(false);
    expect(canReadCaseRecord(actor('clinician', 'clin', 'p2'), facts)).toBe(false);
    expect(canReadCaseRecord(actor('admin', 'clin'), facts)).toBe(false);
    expect(canReadCaseRecord(actor('client', 'cli'), facts)).toBe(false);
    expect(canReadCaseRecord(actor('researcher', 'clin'), facts)).toBe(false);
  });

  it('let members use the portal of their own case only', () => {
    expect(canUsePortalOfCase(actor('client', 'cli'), facts)).toBe(true);
    expect(canUsePortalOfCase(actor('caregiver', 'cli'), facts)).toBe(true);
    expect(canUsePortalOfCase(actor('client', 'stranger'), facts)).toBe(false);
    expect(canUsePortalOfCase(actor('client', 'cli', 'p2'), facts)).toBe(false);
    expect(canUsePortalOfCase(actor('clinician', 'cli'), facts)).toBe(false);
  });

  it('let clinicians open cases', () => {
    expect(canOpenCase(actor('clinician'))).toBe(true);
    for (const role of ['admin', 'client', 'caregiver', 'researcher'] as const) {
      expect(canOpenCase(actor(role))).toBe(false);
    }
  });

  it('let admins invite staff and care-team clinicians invite members', () => {
    expect(canInvite(actor('admin'), 'clinician', null)).toBe(true);
    expect(canInvite(actor('admin'), 'researcher', null)).toBe(true);
    expect(canInvite(actor('clinician', 'clin'), 'clinician', null)).toBe(false);
    expect(canInvite(actor('clinician', 'clin'), 'client', facts)).toBe(true);
    expect(canInvite(actor('clinician', 'other'), 'client', facts)).toBe(false);
    expect(canInvite(actor('admin'), 'client', facts)).toBe(false);
    expect(canInvite(actor('client', 'cli'), 'caregiver', facts)).toBe(false);
  });
});
