import { describe, expect, it } from 'vitest';
import { storyMemberId } from './story-member';

const base = { caseId: 'c1', title: 'Care', clinicians: [] };

describe('storyMemberId', () => {
  it('takes the client’s own membership from the portal home', () => {
    expect(
      storyMemberId(
        [
          { ...base, memberRole: 'caregiver', memberId: 'as-carer' },
          { ...base, memberRole: 'client', memberId: 'me' },
        ],
        [{ memberId: 'older' }],
      ),
    ).toBe('me');
  });
  it('falls back to an entry already written, else nothing', () => {
    const asCarer = { ...base, memberRole: 'caregiver' as const, memberId: 'as-carer' };
    expect(storyMemberId([asCarer], [{ memberId: 'older' }])).toBe('older');
    expect(storyMemberId([asCarer], [])).toBeNull();
  });
});
