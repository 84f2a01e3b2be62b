import { describe, expect, it } from 'vitest';
import { checkDraft, hasProblems, membersForKind, toCreateCaseBody } from './new-case';
import { caseloadParamsFrom, nextSort } from './queries';

describe('membersForKind', () => {
  it('starts each kind with its members', () => {
    expect(membersForKind('individual', []).map((m) => m.memberRole)).toEqual(['client']);
    expect(membersForKind('couple', []).map((m) => m.memberRole)).toEqual(['partner', 'partner']);
    expect(membersForKind('family', []).map((m) => m.memberRole)).toEqual(['caregiver', 'child']);
  });

  it('keeps names typed so far when the kind changes', () => {
    const one = membersForKind('individual', []).map((m) => ({ ...m, displayName: 'Alex' }));
    const couple = membersForKind('couple', one);
    expect(couple[0]?.displayName).toBe('Alex');
    expect(couple[0]?.memberRole).toBe('partner');
    expect(couple).toHaveLength(2);
  });
});

describe('checkDraft', () => {
  it('finds a missing title, names and implausible birth years', () => {
    const members = membersForKind('couple', []).map((m, i) => ({
      ...m,
      displayName: i === 0 ? 'Alex' : '',
      birthYear: i === 0 ? '1850' : '',
    }));
    const problems = checkDraft('couple', ' ', members, 2025);
    expect(problems.title).toBe(true);
    expect(problems.names).toEqual([1]);
    expect(problems.years).toEqual([0]);
    expect(hasProblems(problems)).toBe(true);
  });

  it('asks a family for a caregiver and a young person', () => {
    const members = membersForKind('family', []).map((m) => ({
      ...m,
      displayName: 'X',
      memberRole: 'caregiver' as const,
    }));
    expect(checkDraft('family', 'F', members, 2025).family).toBe(true);
  });

  it('accepts a complete draft', () => {
    const members = membersForKind('individual', []).map((m) => ({
      ...m,
      displayName: 'Alex',
      birthYear: '1990',
    }));
    expect(hasProblems(checkDraft('individual', 'A.R.', members, 2025))).toBe(false);
  });
});

describe('toCreateCaseBody', () => {
  it('trims text and sends a birth year only when given', () => {
    const members = membersForKind('couple', []).map((m, i) => ({
      ...m,
      displayName: ` P${i + 1} `,
      birthYear: i === 0 ? '1988' : '',
    }));
    expect(toCreateCaseBody('couple', ' R & J ', members)).toEqual({
      kind: 'couple',
      title: 'R & J',
      members: [
        { displayName: 'P1', memberRole: 'partner', birthYear: 1988 },
        { displayName: 'P2', memberRole: 'partner' },
      ],
    });
  });
});

describe('caseload view', () => {
  it('defaults to open cases, most recent activity first', () => {
    expect(caseloadParamsFrom(new URLSearchParams())).toEqual({
      status: 'open',
      sort: 'lastActivityAt',
      order: 'desc',
    });
    expect(caseloadParamsFrom(new URLSearchParams('status=closed&sort=title'))).toEqual({
      status: 'closed',
      sort: 'title',
      order: 'asc',
    });
    expect(caseloadParamsFrom(new URLSearchParams('sort=evil&order=up')).sort).toBe(
      'lastActivityAt',
    );
  });

  it('flips the order on the same column and starts a new one in its natural order', () => {
    const current = { status: 'open' as const, sort: 'title' as const, order: 'asc' as const };
    expect(nextSort(current, 'title')).toEqual({ sort: 'title', order: 'desc' });
    expect(nextSort(current, 'createdAt')).toEqual({ sort: 'createdAt', order: 'desc' });
  });
});
