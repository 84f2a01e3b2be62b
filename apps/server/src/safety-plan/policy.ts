import type { MemberRole } from '../db/schema';

/**
 * A safety plan belongs to a client of the case: the person in therapy, a partner, an adolescent
 * or a child. A caregiver taking part in a child's or adolescent's case has no plan of their own
 * here.
 */
export function hasSafetyPlan(memberRole: MemberRole): boolean {
  return memberRole !== 'caregiver';
}
