import type { Role } from '@securebase/contracts';

type NavKey =
  | 'caseload'
  | 'dashboard'
  | 'safetyPlan'
  | 'practice'
  | 'learn'
  | 'alerts'
  | 'users'
  | 'invitations'
  | 'measures'
  | 'crisisResources'
  | 'outbox'
  | 'audit';

export interface NavEntry {
  to: string;
  key: NavKey;
  /** Other address prefixes that belong to this place (a case belongs to the caseload). */
  also?: readonly string[];
}

/**
 * Role-appropriate navigation: each role sees only the places it can use. Researchers have one
 * place for now, reached through the practice name, so no menu; clients and caregivers have
 * their practice between sessions and Learn, and clients their safety plan.
 */
export function navFor(role: Role): readonly NavEntry[] {
  switch (role) {
    case 'clinician':
      return [
        { to: '/caseload', key: 'caseload', also: ['/cases/'] },
        { to: '/dashboard', key: 'dashboard' },
        { to: '/alerts', key: 'alerts' },
        { to: '/learn', key: 'learn' },
      ];
    case 'admin':
      return [
        { to: '/admin/users', key: 'users' },
        { to: '/admin/invitations', key: 'invitations' },
        { to: '/admin/measures', key: 'measures' },
        { to: '/admin/crisis-resources', key: 'crisisResources' },
        { to: '/admin/outbox', key: 'outbox' },
        { to: '/admin/audit', key: 'audit' },
      ];
    case 'client':
      // The safety plan, one tap away from every page of the portal.
      return [
        { to: '/portal/practice', key: 'practice' },
        { to: '/portal/learn', key: 'learn' },
        { to: '/portal/safety-plan', key: 'safetyPlan' },
      ];
    case 'caregiver':
      return [
        { to: '/portal/practice', key: 'practice' },
        { to: '/portal/learn', key: 'learn' },
      ];
    case 'researcher':
      return [];
  }
}
