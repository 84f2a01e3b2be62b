import { Type, type Static } from 'typebox';
import { Id } from './common';

export const RuptureReason = Type.Enum(['below_baseline', 'reliable_drop']);

export const RuptureRecord = Type.Object({
  whatHappened: Type.String(),
  repairAttempted: Type.String(),
  /** The session in which the repair was attempted, if it was in a session. */
  repairSessionId: Type.Union([Id, Type.Null()]),
  recordedBy: Type.String(),
  recordedAt: Type.String(),
});
export type RuptureRecord = Static<typeof RuptureRecord>;

export const SessionMark = Type.Object({ id: Id, number: Type.Integer(), heldAt: Type.String() });
export type SessionMark = Static<typeof SessionMark>;

export const AlliancePointView = Type.Object({
  responseId: Id,
  submittedAt: Type.String(),
  score: Type.Number(),
  /** The session this rating followed (the latest one held in the week before it). */
  afterSession: Type.Union([SessionMark, Type.Null()]),
  baselineMean: Type.Union([Type.Number(), Type.Null()]),
  baselineSd: Type.Union([Type.Number(), Type.Null()]),
  baselineN: Type.Integer(),
  threshold: Type.Union([Type.Number(), Type.Null()]),
  change: Type.Union([Type.Number(), Type.Null()]),
  reasons: Type.Array(RuptureReason),
  rupture: Type.Union([RuptureRecord, Type.Null()]),
  /** For a flagged or recorded rupture: whether the next rating came back (null: none yet). */
  recovered: Type.Union([Type.Boolean(), Type.Null()]),
});
export type AlliancePointView = Static<typeof AlliancePointView>;

export const AllianceMeasure = Type.Object({
  instrumentId: Type.String(),
  name: Type.String(),
  citation: Type.String(),
  scoreName: Type.String(),
  scoreLabel: Type.String(),
  min: Type.Number(),
  max: Type.Number(),
});
export type AllianceMeasure = Static<typeof AllianceMeasure>;

export const AllianceView = Type.Object({
  memberId: Id,
  measure: Type.Union([AllianceMeasure, Type.Null()]),
  /** Why there is no measure, in words, when there is none. */
  noMeasureReason: Type.Union([Type.String(), Type.Null()]),
  rule: Type.Object({
    minimumBaseline: Type.Integer(),
    sdMultiplier: Type.Number(),
    floor: Type.Number(),
    reliableChange: Type.Union([Type.String(), Type.Null()]),
    sources: Type.Array(Type.String()),
  }),
  points: Type.Array(AlliancePointView),
  sessions: Type.Array(SessionMark),
});
export type AllianceView = Static<typeof AllianceView>;

export const AllianceQuery = Type.Object({ memberId: Id });

export const RecordRuptureBody = Type.Object({
  whatHappened: Type.String({ minLength: 1, maxLength: 4000 }),
  repairAttempted: Type.String({ maxLength: 4000 }),
  repairSessionId: Type.Optional(Id),
});
export type RecordRuptureBody = Static<typeof RecordRuptureBody>;

export const AllianceMeasureChoice = Type.Object({
  current: Type.Union([AllianceMeasure, Type.Null()]),
  /** Whether the current one was chosen by the practice or is the default (WAI-SR, installed). */
  chosen: Type.Boolean(),
  candidates: Type.Array(Type.Object({ instrumentId: Type.String(), name: Type.String() })),
});
export type AllianceMeasureChoice = Static<typeof AllianceMeasureChoice>;

export const ChooseAllianceMeasureBody = Type.Object({
  instrumentId: Type.String({ minLength: 1, maxLength: 100 }),
});
export type ChooseAllianceMeasureBody = Static<typeof ChooseAllianceMeasureBody>;
