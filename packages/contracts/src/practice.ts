import { CADENCES, EXERCISE_KINDS } from '@securebase/practice';
import { Type, type Static } from 'typebox';
import { Id } from './common';

const LocalDate = Type.String({ maxLength: 10, description: 'A local calendar date, YYYY-MM-DD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const ExerciseKind = Type.Enum([...EXERCISE_KINDS]);
export const Cadence = Type.Enum([...CADENCES]);

export const AssignmentSettingsBody = Type.Object(
  {
    skillId: Type.Optional(Type.String({ maxLength: 64 })),
    practiceId: Type.Optional(Type.String({ maxLength: 64 })),
    minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
    articleId: Type.Optional(Type.String({ maxLength: 64 })),
    likelyResponses: Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 3 })),
  },
  { additionalProperties: false },
);

export const AssignExerciseBody = Type.Object({
  memberId: Id,
  kind: ExerciseKind,
  settings: Type.Optional(AssignmentSettingsBody),
  /** A personal note the client sees with the task. */
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  cadence: Cadence,
  startsOn: LocalDate,
  /** Daily and weekly: the last date a task may begin (inclusive). */
  until: Type.Optional(LocalDate),
  /** IANA zone the client lives in, e.g. `Europe/London`. */
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  /** Whether the client's entries start out shared with the care team (they can change it). */
  shareByDefault: Type.Boolean(),
});
export type AssignExerciseBody = Static<typeof AssignExerciseBody>;

export const Completion = Type.Object({
  /** Periods begun so far (days for daily, weeks for weekly, one for once). */
  periods: Type.Integer(),
  done: Type.Integer(),
  lastDoneAt: Nullable(Type.String()),
});

export const ExerciseAssignment = Type.Object({
  id: Id,
  caseId: Id,
  memberId: Id,
  memberName: Type.String(),
  kind: ExerciseKind,
  settings: AssignmentSettingsBody,
  note: Type.String(),
  cadence: Cadence,
  startsOn: Type.String(),
  until: Nullable(Type.String()),
  timeZone: Type.String(),
  shareByDefault: Type.Boolean(),
  assignedBy: Type.String(),
  createdAt: Type.String(),
  endedAt: Nullable(Type.String()),
  completion: Completion,
});
export type ExerciseAssignment = Static<typeof ExerciseAssignment>;

const Content = Type.Record(Type.String(), Type.Unknown());

export const PracticeComment = Type.Object({
  id: Id,
  authorName: Type.String(),
  authorRole: Type.Enum(['clinician', 'client', 'caregiver']),
  text: Type.String(),
  createdAt: Type.String(),
});
export type PracticeComment = Static<typeof PracticeComment>;

export const PracticeEntry = Type.Object({
  id: Id,
  caseId: Id,
  memberId: Id,
  kind: ExerciseKind,
  assignmentId: Nullable(Id),
  localDate: Type.String(),
  status: Type.Enum(['draft', 'done']),
  shared: Type.Boolean(),
  /** Checked per kind (see @securebase/practice `checkContent`). */
  content: Content,
  revision: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  completedAt: Nullable(Type.String()),
  comments: Type.Array(PracticeComment),
});
export type PracticeEntry = Static<typeof PracticeEntry>;

export const EmotionWeekView = Type.Object({
  weekOf: Type.String(),
  entries: Type.Integer(),
  peakMean: Nullable(Type.Number()),
  afterMean: Nullable(Type.Number()),
  families: Type.Record(Type.String(), Type.Integer()),
  words: Type.Array(
    Type.Object({ word: Type.String(), count: Type.Integer(), meanIntensity: Type.Number() }),
  ),
});
export const HelpedView = Type.Object({
  helper: Type.String(),
  times: Type.Integer(),
  meanDrop: Nullable(Type.Number()),
});
export const PracticeWeekView = Type.Object({
  weekOf: Type.String(),
  mindfulnessMinutes: Type.Integer(),
  skillsPractised: Type.Integer(),
  skillMeanDrop: Nullable(Type.Number()),
});
export const PracticeTrends = Type.Object({
  emotionWeeks: Type.Array(EmotionWeekView),
  helped: Type.Array(HelpedView),
  practiceWeeks: Type.Array(PracticeWeekView),
});
export type PracticeTrends = Static<typeof PracticeTrends>;

/** The care team's view: assignments with completion, and only what the client shared. */
export const CasePractice = Type.Object({
  assignments: Type.Array(ExerciseAssignment),
  sharedEntries: Type.Array(PracticeEntry),
  trends: PracticeTrends,
});
export type CasePractice = Static<typeof CasePractice>;

export const PracticeTask = Type.Object({
  assignmentId: Id,
  caseId: Id,
  kind: ExerciseKind,
  settings: AssignmentSettingsBody,
  note: Type.String(),
  cadence: Cadence,
  assignedBy: Type.String(),
  /** The period this task is for (the local date it began). */
  period: Type.String(),
  /** The last local date it is open on (null: open until done). */
  openUntil: Nullable(Type.String()),
  shareByDefault: Type.Boolean(),
  done: Type.Boolean(),
  /** A draft already started for this task, to carry on with. */
  draftId: Nullable(Id),
});
export type PracticeTask = Static<typeof PracticeTask>;

export const ReminderSettings = Type.Object({
  enabled: Type.Boolean(),
  /** Local time for the daily reminder (`HH:MM`). */
  localTime: Type.String({ maxLength: 5 }),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
});
export type ReminderSettings = Static<typeof ReminderSettings>;

export const MyPractice = Type.Object({
  /** Today's tasks first: open ones, then those done today. */
  today: Type.Array(PracticeTask),
  assignments: Type.Array(ExerciseAssignment),
  entries: Type.Array(PracticeEntry),
  trends: PracticeTrends,
  reminders: Nullable(ReminderSettings),
});
export type MyPractice = Static<typeof MyPractice>;

export const NewEntryBody = Type.Object({
  caseId: Id,
  kind: ExerciseKind,
  assignmentId: Type.Optional(Id),
  status: Type.Enum(['draft', 'done']),
  /** Default: the assignment's share setting; private when there is no assignment. */
  shared: Type.Optional(Type.Boolean()),
  /** The local date the entry is about (default: today in the assignment's or reminder zone). */
  localDate: Type.Optional(LocalDate),
  content: Content,
});
export type NewEntryBody = Static<typeof NewEntryBody>;

export const UpdateEntryBody = Type.Object({
  status: Type.Enum(['draft', 'done']),
  shared: Type.Boolean(),
  content: Content,
});
export type UpdateEntryBody = Static<typeof UpdateEntryBody>;

export const CommentBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 2000 }),
});
export type CommentBody = Static<typeof CommentBody>;
