import { Type, type Static } from 'typebox';
import { Id, Timestamp } from './common';

/**
 * The fixed vocabulary of techniques a progress note may record. Documented, with sources, in
 * docs/techniques.md; the ids never change once landed (notes keep them for ever).
 */
export const TECHNIQUES = [
  'exploring_early_experience',
  'reviewing_relational_patterns',
  'working_models',
  'emotion_regulation',
  'emotion_focused_processing',
  'mentalizing',
  'alliance_repair',
  'role_play_rehearsal',
  'mindfulness',
  'psychoeducation',
  'eft_deescalation',
  'eft_restructuring',
  'eft_consolidation',
  'between_session_review',
  'safety_planning',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export const SESSION_MODALITIES = ['in_person', 'video', 'phone'] as const;
export type SessionModality = (typeof SESSION_MODALITIES)[number];

export const NOTE_LIMITS = {
  noteField: 8000,
  amendment: 4000,
  techniques: TECHNIQUES.length,
} as const;

export const SessionBody = Type.Object({
  /** When the session began, as an instant (the browser sends its local time as UTC). */
  heldAt: Timestamp,
  durationMinutes: Type.Integer({ minimum: 5, maximum: 480 }),
  modality: Type.Enum([...SESSION_MODALITIES]),
  /** Members of the case who attended; at least one. */
  attendeeIds: Type.Array(Id, { minItems: 1, maxItems: 20, uniqueItems: true }),
});
export type SessionBody = Static<typeof SessionBody>;

export const NoteStatus = Type.Enum(['none', 'draft', 'signed']);
export type NoteStatus = Static<typeof NoteStatus>;

export const SessionSummary = Type.Object({
  id: Id,
  caseId: Id,
  /** 1 for the first session of the case, in the order they were held. */
  number: Type.Integer(),
  heldAt: Type.String(),
  durationMinutes: Type.Integer(),
  modality: Type.Enum([...SESSION_MODALITIES]),
  attendees: Type.Array(Type.Object({ memberId: Id, displayName: Type.String() })),
  noteStatus: NoteStatus,
  amendments: Type.Integer(),
  recordedBy: Type.String(),
  recordedAt: Type.String(),
});
export type SessionSummary = Static<typeof SessionSummary>;

export const SessionList = Type.Object({ sessions: Type.Array(SessionSummary) });
export type SessionList = Static<typeof SessionList>;

const NoteText = Type.String({ maxLength: NOTE_LIMITS.noteField });

export const ProgressNoteContent = Type.Object({
  focus: NoteText,
  techniques: Type.Array(Type.Enum([...TECHNIQUES]), {
    maxItems: NOTE_LIMITS.techniques,
    uniqueItems: true,
  }),
  observations: NoteText,
  plan: NoteText,
});
export type ProgressNoteContent = Static<typeof ProgressNoteContent>;

/** Saving a draft: `baseUpdatedAt` is the draft's `updatedAt` as read (absent for a first save). */
export const SaveNoteBody = Type.Object({
  ...ProgressNoteContent.properties,
  baseUpdatedAt: Type.Optional(Type.String()),
});
export type SaveNoteBody = Static<typeof SaveNoteBody>;

export const AmendmentBody = Type.Object({
  /** What was wrong or missing, and the correction; the original note stays as it was. */
  text: Type.String({ minLength: 1, maxLength: NOTE_LIMITS.amendment }),
});
export type AmendmentBody = Static<typeof AmendmentBody>;

export const Amendment = Type.Object({
  id: Id,
  text: Type.String(),
  author: Type.String(),
  createdAt: Type.String(),
});
export type Amendment = Static<typeof Amendment>;

export const ProgressNote = Type.Object({
  ...ProgressNoteContent.properties,
  status: Type.Enum(['draft', 'signed']),
  author: Type.String(),
  /** Only the author edits and signs a draft. */
  authoredByMe: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  signedAt: Type.Union([Type.String(), Type.Null()]),
  signedBy: Type.Union([Type.String(), Type.Null()]),
  amendments: Type.Array(Amendment),
});
export type ProgressNote = Static<typeof ProgressNote>;

export const SessionDetail = Type.Object({
  session: SessionSummary,
  note: Type.Union([ProgressNote, Type.Null()]),
});
export type SessionDetail = Static<typeof SessionDetail>;

export const EMPTY_NOTE: ProgressNoteContent = {
  focus: '',
  techniques: [],
  observations: '',
  plan: '',
};

/** A psychotherapy (process) note: readable only by its author; never in the client's record. */
export const ProcessNoteBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: NOTE_LIMITS.noteField }),
  /** The session it belongs to, if any (a session of the same case). */
  sessionId: Type.Optional(Id),
});
export type ProcessNoteBody = Static<typeof ProcessNoteBody>;

export const EditProcessNoteBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: NOTE_LIMITS.noteField }),
});
export type EditProcessNoteBody = Static<typeof EditProcessNoteBody>;

export const ProcessNote = Type.Object({
  id: Id,
  caseId: Id,
  sessionId: Type.Union([Id, Type.Null()]),
  text: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type ProcessNote = Static<typeof ProcessNote>;

export const ProcessNoteList = Type.Object({ notes: Type.Array(ProcessNote) });
export type ProcessNoteList = Static<typeof ProcessNoteList>;
