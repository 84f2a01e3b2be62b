import { Type, type Static } from 'typebox';
import { Id } from './common';

export const ROLES = ['admin', 'clinician', 'client', 'caregiver', 'researcher'] as const;
export const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('clinician'),
  Type.Literal('client'),
  Type.Literal('caregiver'),
  Type.Literal('researcher'),
]);
export type Role = (typeof ROLES)[number];

/** Staff roles need a second factor outside demo mode. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'clinician', 'researcher'];

export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
/** Length only: 12 to 256 characters, no composition rules (NIST SP 800-63B, ASVS 6.2). */
export const Password = Type.String({ minLength: 1, maxLength: 1024 });
export const DisplayName = Type.String({ minLength: 1, maxLength: 120 });

export const Me = Type.Object({
  id: Id,
  email: Type.String(),
  displayName: Type.String(),
  role: Role,
  practiceId: Id,
  practiceName: Type.String(),
  secondFactorEnabled: Type.Boolean(),
  demo: Type.Boolean(),
});
export type Me = Static<typeof Me>;

export const LoginBody = Type.Object({ email: Email, password: Password });

/**
 * After the password: `complete` (signed in), `required` (enter a code), or `setup-required`
 * (staff outside demo mode who have not enrolled a second factor yet).
 */
export const SecondFactorState = Type.Union([
  Type.Literal('complete'),
  Type.Literal('required'),
  Type.Literal('setup-required'),
]);
export type SecondFactorState = Static<typeof SecondFactorState>;

export const LoginResult = Type.Object({ secondFactor: SecondFactorState, me: Me });
export type LoginResult = Static<typeof LoginResult>;

export const SecondFactorBody = Type.Object({
  /** A 6-digit TOTP code, or a recovery code. */
  code: Type.String({ minLength: 6, maxLength: 32 }),
});

export const TotpSetup = Type.Object({
  secret: Type.String(),
  otpauthUrl: Type.String(),
});
export type TotpSetup = Static<typeof TotpSetup>;

export const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
export type RecoveryCodes = Static<typeof RecoveryCodes>;

export const InvitationRole = Type.Union([
  Type.Literal('admin'),
  Type.Literal('clinician'),
  Type.Literal('researcher'),
  Type.Literal('client'),
  Type.Literal('caregiver'),
]);

export const CreateInvitationBody = Type.Object({
  email: Email,
  displayName: DisplayName,
  role: InvitationRole,
  /** For clients and caregivers: the case and the member they join as. */
  caseId: Type.Optional(Id),
  memberId: Type.Optional(Id),
});
export type CreateInvitationBody = Static<typeof CreateInvitationBody>;

export const Invitation = Type.Object({
  id: Id,
  email: Type.String(),
  displayName: Type.String(),
  role: Role,
  caseId: Type.Union([Id, Type.Null()]),
  /** The case member this invitation gives a portal account to. */
  memberId: Type.Union([Id, Type.Null()]),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('accepted'),
    Type.Literal('expired'),
    Type.Literal('revoked'),
  ]),
  invitedBy: Type.String(),
  expiresAt: Type.String(),
  createdAt: Type.String(),
});
export type Invitation = Static<typeof Invitation>;

export const InvitationList = Type.Object({ invitations: Type.Array(Invitation) });

/** The token travels in the link's fragment (never in a URL the server logs) and in bodies. */
export const InvitationToken = Type.Object({
  token: Type.String({ minLength: 20, maxLength: 200 }),
});

export const InvitationPreview = Type.Object({
  email: Type.String(),
  displayName: Type.String(),
  role: Role,
  practiceName: Type.String(),
});
export type InvitationPreview = Static<typeof InvitationPreview>;

export const AcceptInvitationBody = Type.Object({
  token: Type.String({ minLength: 20, maxLength: 200 }),
  password: Password,
});
