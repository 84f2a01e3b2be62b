import { describe, expect, it } from 'vitest';
import { invitationRoleFor } from '../invitations/queries';
import { auditQuery, auditViewFrom, auditViewToSearch } from './audit';

describe('audit view', () => {
  it('reads filters and the page cursor from the address', () => {
    const view = auditViewFrom(new URLSearchParams('action=auth.login&outcome=denied&before=41'));
    expect(view).toEqual({ action: 'auth.login', outcome: 'denied', from: '', to: '', before: 41 });
    expect(auditViewFrom(new URLSearchParams('outcome=maybe&before=-2'))).toMatchObject({
      outcome: '',
      before: null,
    });
  });

  it('round-trips through the address', () => {
    const view = auditViewFrom(new URLSearchParams('action=case.read&from=2025-01-02'));
    expect(auditViewToSearch(view)).toEqual({ action: 'case.read', from: '2025-01-02' });
  });

  it('builds the API query: valid action only, dates as instants, the whole last day', () => {
    const query = auditQuery({
      action: 'Not Valid!',
      outcome: 'success',
      from: '2025-01-02',
      to: '2025-01-02',
      before: null,
    });
    expect(query.action).toBeUndefined();
    expect(query.outcome).toBe('success');
    expect(Date.parse(query.to ?? '') - Date.parse(query.from ?? '')).toBeGreaterThanOrEqual(
      23 * 3600_000,
    );
    expect(query.limit).toBe(50);
  });
});

describe('invitationRoleFor', () => {
  it('invites a caregiver as a caregiver and everyone else as a client', () => {
    expect(invitationRoleFor({ memberRole: 'caregiver' })).toBe('caregiver');
    expect(invitationRoleFor({ memberRole: 'adolescent' })).toBe('client');
    expect(invitationRoleFor({ memberRole: 'partner' })).toBe('client');
  });
});
