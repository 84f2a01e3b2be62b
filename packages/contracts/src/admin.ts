import { Type, type Static } from 'typebox';
import { Id } from './common';
import { Role } from './identity';

export const PracticeUser = Type.Object({
  id: Id,
  email: Type.String(),
  displayName: Type.String(),
  role: Role,
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  secondFactorEnabled: Type.Boolean(),
  createdAt: Type.String(),
});
export type PracticeUser = Static<typeof PracticeUser>;

export const UserList = Type.Object({ users: Type.Array(PracticeUser) });

export const OutboxMessage = Type.Object({
  id: Id,
  to: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  status: Type.Union([
    Type.Literal('queued'),
    Type.Literal('sent'),
    Type.Literal('held'),
    Type.Literal('failed'),
  ]),
  createdAt: Type.String(),
  sentAt: Type.Union([Type.String(), Type.Null()]),
});
export type OutboxMessage = Static<typeof OutboxMessage>;

export const Outbox = Type.Object({ messages: Type.Array(OutboxMessage) });

export const AuditOutcome = Type.Union([
  Type.Literal('success'),
  Type.Literal('denied'),
  Type.Literal('failure'),
]);

export const AuditEvent = Type.Object({
  id: Id,
  seq: Type.Integer(),
  at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.Union([Type.String(), Type.Null()]),
  entityId: Type.Union([Type.String(), Type.Null()]),
  caseId: Type.Union([Type.String(), Type.Null()]),
  outcome: AuditOutcome,
  ip: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEvent = Static<typeof AuditEvent>;

export const AuditQuery = Type.Object({
  action: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z_.]+$' })),
  actorId: Type.Optional(Id),
  caseId: Type.Optional(Id),
  outcome: Type.Optional(AuditOutcome),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  /** Events with a sequence number below this (paging backwards). */
  before: Type.Optional(Type.Integer({ minimum: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});

export const AuditPage = Type.Object({
  events: Type.Array(AuditEvent),
  /** Pass as `before` for the next (older) page; null at the start of the trail. */
  nextBefore: Type.Union([Type.Integer(), Type.Null()]),
});
export type AuditPage = Static<typeof AuditPage>;
