import { Type, type Static } from 'typebox';
import { Id } from './common';

/** Words a clinician chose to share with a client: a snapshot, exactly as shared. */
export const SharedTextKind = Type.Union([
  Type.Literal('attachment_reading'),
  Type.Literal('formulation_summary'),
]);
export type SharedTextKind = Static<typeof SharedTextKind>;

export const ShareTextBody = Type.Object({ memberId: Id, kind: SharedTextKind });
export type ShareTextBody = Static<typeof ShareTextBody>;

export const SharedText = Type.Object({
  id: Id,
  memberId: Id,
  kind: SharedTextKind,
  paragraphs: Type.Array(Type.String()),
  sharedBy: Type.String(),
  sharedAt: Type.String(),
});
export type SharedText = Static<typeof SharedText>;

export const SharedTextList = Type.Object({ texts: Type.Array(SharedText) });
export type SharedTextList = Static<typeof SharedTextList>;
