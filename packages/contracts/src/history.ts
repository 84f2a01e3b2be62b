import { Type, type Static } from 'typebox';
import { Id } from './common';

/** What a point or span on the attachment lifeline is. */
export const HistoryKind = Type.Union([
  Type.Literal('caregiver'),
  Type.Literal('separation'),
  Type.Literal('loss'),
  Type.Literal('move'),
  Type.Literal('adverse_experience'),
  Type.Literal('significant_relationship'),
  Type.Literal('turning_point'),
]);
export type HistoryKind = Static<typeof HistoryKind>;

const DateOnly = Type.String({ format: 'date' });

export const HistoryEntryBody = Type.Object({
  memberId: Id,
  kind: HistoryKind,
  /** "Grandmother", "Moved to Leeds", "Parents separated". */
  title: Type.String({ minLength: 1, maxLength: 200 }),
  detail: Type.Optional(Type.String({ maxLength: 4000 })),
  /** A caregiver or relationship spans from → to; an event has only `from`. */
  from: Type.Optional(DateOnly),
  to: Type.Optional(DateOnly),
  /** Age in years when a date is not known. */
  ageFrom: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
  ageTo: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
  /** For adverse experiences: the ACE item it corresponds to (1–10), if any. */
  aceItem: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
});
export type HistoryEntryBody = Static<typeof HistoryEntryBody>;

/** A client's own entry also says whether their clinician may see it (private by default). */
export const ClientHistoryEntryBody = Type.Object({
  ...HistoryEntryBody.properties,
  sharedWithClinician: Type.Optional(Type.Boolean()),
});
export type ClientHistoryEntryBody = Static<typeof ClientHistoryEntryBody>;

export const ShareHistoryEntryBody = Type.Object({ sharedWithClinician: Type.Boolean() });

export const HistoryEntry = Type.Object({
  id: Id,
  memberId: Id,
  kind: HistoryKind,
  title: Type.String(),
  detail: Type.Union([Type.String(), Type.Null()]),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
  ageFrom: Type.Union([Type.Integer(), Type.Null()]),
  ageTo: Type.Union([Type.Integer(), Type.Null()]),
  aceItem: Type.Union([Type.Integer(), Type.Null()]),
  /** Who wrote it: the clinician, or the client through the reflective prompts. */
  author: Type.Union([Type.Literal('clinician'), Type.Literal('client')]),
  sharedWithClinician: Type.Boolean(),
  createdAt: Type.String(),
});
export type HistoryEntry = Static<typeof HistoryEntry>;

export const HistoryList = Type.Object({ entries: Type.Array(HistoryEntry) });
export type HistoryList = Static<typeof HistoryList>;

export const HistoryQuery = Type.Object({ memberId: Id });
