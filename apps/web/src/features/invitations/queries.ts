import { queryOptions } from '@tanstack/react-query';
import type { CaseMember, CreateInvitationBody, Invitation } from '@securebase/contracts';
import { api } from '../../api/client';

export const INVITATIONS_KEY = ['invitations'] as const;

export const invitationsQuery = queryOptions({
  queryKey: INVITATIONS_KEY,
  queryFn: () => api.get<{ invitations: Invitation[] }>('/api/invitations'),
});

export function createInvitation(body: CreateInvitationBody): Promise<Invitation> {
  return api.post<Invitation>('/api/invitations', body);
}

export function invitationStatusTone(status: Invitation['status']) {
  switch (status) {
    case 'pending':
      return 'accent' as const;
    case 'accepted':
      return 'success' as const;
    case 'expired':
    case 'revoked':
      return 'neutral' as const;
  }
}

/** A caregiver member joins as a caregiver; everyone else as a client. */
export function invitationRoleFor(member: Pick<CaseMember, 'memberRole'>): 'client' | 'caregiver' {
  return member.memberRole === 'caregiver' ? 'caregiver' : 'client';
}
