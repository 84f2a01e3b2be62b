import type { Actor } from '../lib/context';

/** What a case-level decision needs to know about the case. */
export interface CaseFacts {
  practiceId: string;
  careTeam: readonly string[];
  /** User ids of members with portal accounts. */
  memberUsers: readonly string[];
}

const samePractice = (actor: Actor, facts: CaseFacts) => actor.practiceId === facts.practiceId;

/** Clinicians on the care team; nobody else sees the clinical record (admins included). */
export function canReadCaseRecord(actor: Actor, facts: CaseFacts): boolean {
  return (
    samePractice(actor, facts) &&
    actor.role === 'clinician' &&
    facts.careTeam.includes(actor.userId)
  );
}

/** Clients and caregivers see their own portal view of a case they belong to. */
export function canUsePortalOfCase(actor: Actor, facts: CaseFacts): boolean {
  return (
    samePractice(actor, facts) &&
    (actor.role === 'client' || actor.role === 'caregiver') &&
    facts.memberUsers.includes(actor.userId)
  );
}

export function canOpenCase(actor: Actor): boolean {
  return actor.role === 'clinician';
}

export type InvitableRole = 'admin' | 'clinician' | 'researcher' | 'client' | 'caregiver';

/** Admins invite staff; clinicians invite members of their own cases to the portal. */
export function canInvite(actor: Actor, role: InvitableRole, facts: CaseFacts | null): boolean {
  if (role === 'admin' || role === 'clinician' || role === 'researcher') {
    return actor.role === 'admin' && facts === null;
  }
  return facts !== null && canReadCaseRecord(actor, facts);
}
