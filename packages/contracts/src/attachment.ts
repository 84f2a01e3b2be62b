import { Type, type Static } from 'typebox';
import { Id } from './common';

/** Regions of the anxiety × avoidance plane: named parts of a continuum, never categories. */
export const AttachmentRegion = Type.Union([
  Type.Literal('secure'),
  Type.Literal('preoccupied'),
  Type.Literal('dismissing'),
  Type.Literal('fearful'),
]);
export type AttachmentRegion = Static<typeof AttachmentRegion>;

export const PlanePoint = Type.Object({
  responseId: Id,
  submittedAt: Type.String(),
  anxiety: Type.Number(),
  avoidance: Type.Number(),
  /** The region the point falls in (at the scale midpoint). */
  region: AttachmentRegion,
  /** False when the uncertainty region reaches across a boundary: "between regions". */
  clearlyInRegion: Type.Boolean(),
});
export type PlanePoint = Static<typeof PlanePoint>;

/** Half-widths, in scale points, of the band around a point (± z × standard error). */
export const Uncertainty = Type.Object({
  anxiety: Type.Number(),
  avoidance: Type.Number(),
  confidence: Type.Number(),
  /** How it was computed: SEM = SD × √(1 − r), with the SD and r named. */
  basis: Type.String(),
  source: Type.String(),
});
export type Uncertainty = Static<typeof Uncertainty>;

export const ReferencePoint = Type.Object({
  anxiety: Type.Number(),
  avoidance: Type.Number(),
  population: Type.String(),
  source: Type.String(),
});

export const DimensionChange = Type.Object({
  dimension: Type.Union([Type.Literal('anxiety'), Type.Literal('avoidance')]),
  previous: Type.Number(),
  current: Type.Number(),
  difference: Type.Number(),
  /** reliably_improved, reliably_deteriorated, no_reliable_change; null when no data. */
  category: Type.Union([Type.String(), Type.Null()]),
  /** What the numbers mean and do not mean, in a sentence. */
  meaning: Type.String(),
});
export type DimensionChange = Static<typeof DimensionChange>;

/** The ECR-R over time: the general (romantic) attachment position. */
export const GeneralAttachment = Type.Object({
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  citation: Type.String(),
  /** Oldest first. */
  points: Type.Array(PlanePoint),
  uncertainty: Type.Union([Uncertainty, Type.Null()]),
  /** Why there is no uncertainty band, when there is none. */
  uncertaintyNote: Type.Union([Type.String(), Type.Null()]),
  reference: Type.Union([ReferencePoint, Type.Null()]),
  /** The latest administration against the one before. */
  change: Type.Array(DimensionChange),
});
export type GeneralAttachment = Static<typeof GeneralAttachment>;

export const RelationshipTarget = Type.Union([
  Type.Literal('mother'),
  Type.Literal('father'),
  Type.Literal('partner'),
  Type.Literal('friend'),
  Type.Literal('global'),
]);
export type RelationshipTarget = Static<typeof RelationshipTarget>;

/** The latest ECR-RS: one point per relationship, and the global position. */
export const RelationshipMap = Type.Object({
  responseId: Id,
  submittedAt: Type.String(),
  citation: Type.String(),
  targets: Type.Array(
    Type.Object({
      target: RelationshipTarget,
      anxiety: Type.Union([Type.Number(), Type.Null()]),
      avoidance: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
});
export type RelationshipMap = Static<typeof RelationshipMap>;

/** The latest RQ: the four prototype ratings and Bartholomew's self and other models. */
export const PrototypeRatings = Type.Object({
  responseId: Id,
  submittedAt: Type.String(),
  citation: Type.String(),
  secure: Type.Number(),
  fearful: Type.Number(),
  preoccupied: Type.Number(),
  dismissing: Type.Number(),
  /** (secure + dismissing) − (fearful + preoccupied): positive = a more positive model of self. */
  selfModel: Type.Number(),
  /** (secure + preoccupied) − (fearful + dismissing): positive = a more positive model of others. */
  otherModel: Type.Number(),
});
export type PrototypeRatings = Static<typeof PrototypeRatings>;

/** The words that go with the picture: tentative, with references; the client's in plain words. */
export const AttachmentReading = Type.Object({
  clinician: Type.Array(Type.String()),
  client: Type.Array(Type.String()),
  references: Type.Array(Type.String()),
});
export type AttachmentReading = Static<typeof AttachmentReading>;

export const MemberAttachment = Type.Object({
  memberId: Id,
  memberName: Type.String(),
  general: Type.Union([GeneralAttachment, Type.Null()]),
  relationships: Type.Union([RelationshipMap, Type.Null()]),
  prototypes: Type.Union([PrototypeRatings, Type.Null()]),
  reading: AttachmentReading,
});
export type MemberAttachment = Static<typeof MemberAttachment>;

export const AttachmentProfile = Type.Object({
  caseId: Id,
  /** The plane's scale (ECR-R and ECR-RS: item means 1–7) and the boundary between regions. */
  scale: Type.Object({ min: Type.Number(), max: Type.Number(), boundary: Type.Number() }),
  /** Why the boundary sits where it does, and that it is not a validated cut-off. */
  boundaryNote: Type.String(),
  members: Type.Array(MemberAttachment),
});
export type AttachmentProfile = Static<typeof AttachmentProfile>;
