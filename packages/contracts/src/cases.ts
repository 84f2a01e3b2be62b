import { Type, type Static } from 'typebox';
import { DisplayName } from './identity';
import { Id } from './common';

export const CaseKind = Type.Union([
  Type.Literal('individual'),
  Type.Literal('couple'),
  Type.Literal('family'),
]);
export type CaseKind = Static<typeof CaseKind>;

export const MemberRole = Type.Union([
  Type.Literal('client'),
  Type.Literal('partner'),
  Type.Literal('adolescent'),
  Type.Literal('child'),
  Type.Literal('caregiver'),
]);
export type MemberRole = Static<typeof MemberRole>;

export const CaseMember = Type.Object({
  id: Id,
  displayName: Type.String(),
  memberRole: MemberRole,
  birthYear: Type.Union([Type.Integer(), Type.Null()]),
  /** Whether this member has a portal account yet. */
  hasAccount: Type.Boolean(),
});
export type CaseMember = Static<typeof CaseMember>;

export const CareTeamMember = Type.Object({
  userId: Id,
  displayName: Type.String(),
  teamRole: Type.Union([Type.Literal('lead'), Type.Literal('member')]),
});

export const CaseSummary = Type.Object({
  id: Id,
  kind: CaseKind,
  title: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  members: Type.Array(CaseMember),
  careTeam: Type.Array(CareTeamMember),
  lastActivityAt: Type.String(),
  createdAt: Type.String(),
});
export type CaseSummary = Static<typeof CaseSummary>;

export const Caseload = Type.Object({ cases: Type.Array(CaseSummary) });
export type Caseload = Static<typeof Caseload>;

export const NewCaseMember = Type.Object({
  displayName: DisplayName,
  memberRole: MemberRole,
  birthYear: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
});

export const CreateCaseBody = Type.Object({
  kind: CaseKind,
  title: Type.String({ minLength: 1, maxLength: 120 }),
  members: Type.Array(NewCaseMember, { minItems: 1, maxItems: 12 }),
});
export type CreateCaseBody = Static<typeof CreateCaseBody>;

export const CaseloadQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
  sort: Type.Optional(
    Type.Union([Type.Literal('title'), Type.Literal('lastActivityAt'), Type.Literal('createdAt')]),
  ),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
});

/** What a client or caregiver sees on the portal home. */
export const PortalHome = Type.Object({
  displayName: Type.String(),
  cases: Type.Array(
    Type.Object({
      caseId: Id,
      /** This person's membership in the case (what their own entries attach to). */
      memberId: Id,
      title: Type.String(),
      memberRole: MemberRole,
      clinicians: Type.Array(Type.String()),
    }),
  ),
  /** Questionnaires and exercises due; later work fills this. */
  tasks: Type.Array(
    Type.Object({
      id: Id,
      kind: Type.String(),
      title: Type.String(),
      dueAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
export type PortalHome = Static<typeof PortalHome>;
