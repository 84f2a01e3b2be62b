import type { CaseKind, CreateCaseBody, MemberRole } from '@securebase/contracts';

/** One member row of the form, as typed. */
export interface MemberDraft {
  key: number;
  displayName: string;
  memberRole: MemberRole;
  birthYear: string;
}

/** Which roles each kind of case offers, and how many members it starts with. */
export const ROLES_BY_KIND: Record<CaseKind, readonly MemberRole[]> = {
  individual: ['client', 'adolescent'],
  couple: ['partner'],
  family: ['caregiver', 'adolescent', 'child'],
};

export const MEMBER_LIMITS: Record<CaseKind, { min: number; max: number }> = {
  individual: { min: 1, max: 1 },
  couple: { min: 2, max: 2 },
  family: { min: 2, max: 12 },
};

let nextKey = 1;
export function memberDraft(memberRole: MemberRole): MemberDraft {
  nextKey += 1;
  return { key: nextKey, displayName: '', memberRole, birthYear: '' };
}

/** The starting members for a kind, keeping names already typed where the row still fits. */
export function membersForKind(kind: CaseKind, current: readonly MemberDraft[]): MemberDraft[] {
  const defaults: MemberRole[] =
    kind === 'individual'
      ? ['client']
      : kind === 'couple'
        ? ['partner', 'partner']
        : ['caregiver', 'child'];
  const allowed = ROLES_BY_KIND[kind];
  const rows = defaults.map((role, index) => {
    const existing = current[index];
    if (!existing) return memberDraft(role);
    return {
      ...existing,
      memberRole: allowed.includes(existing.memberRole) ? existing.memberRole : role,
    };
  });
  if (kind === 'family') {
    for (const extra of current.slice(defaults.length)) {
      rows.push({
        ...extra,
        memberRole: allowed.includes(extra.memberRole) ? extra.memberRole : 'caregiver',
      });
    }
  }
  return rows;
}

export interface DraftProblems {
  title?: boolean;
  /** Indexes of members without a name. */
  names: number[];
  /** Indexes of members with a birth year that is not a plausible year. */
  years: number[];
  /** A family without a caregiver or without a young person. */
  family?: boolean;
}

export function checkDraft(
  kind: CaseKind,
  title: string,
  members: readonly MemberDraft[],
  thisYear: number,
): DraftProblems {
  const problems: DraftProblems = { names: [], years: [] };
  if (!title.trim()) problems.title = true;
  members.forEach((member, index) => {
    if (!member.displayName.trim()) problems.names.push(index);
    const year = member.birthYear.trim();
    if (year && !(/^\d{4}$/.test(year) && Number(year) >= 1900 && Number(year) <= thisYear)) {
      problems.years.push(index);
    }
  });
  if (kind === 'family') {
    const hasCaregiver = members.some((member) => member.memberRole === 'caregiver');
    const hasYoung = members.some(
      (member) => member.memberRole === 'child' || member.memberRole === 'adolescent',
    );
    if (!hasCaregiver || !hasYoung) problems.family = true;
  }
  return problems;
}

export function hasProblems(problems: DraftProblems): boolean {
  return (
    Boolean(problems.title) ||
    problems.names.length > 0 ||
    problems.years.length > 0 ||
    Boolean(problems.family)
  );
}

/** The request body for `POST /api/cases`. */
export function toCreateCaseBody(
  kind: CaseKind,
  title: string,
  members: readonly MemberDraft[],
): CreateCaseBody {
  return {
    kind,
    title: title.trim(),
    members: members.map((member) => {
      const year = member.birthYear.trim();
      return {
        displayName: member.displayName.trim(),
        memberRole: member.memberRole,
        ...(year ? { birthYear: Number(year) } : {}),
      };
    }),
  };
}
