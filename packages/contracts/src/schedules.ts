import { Type, type Static } from 'typebox';
import { Id } from './common';

export const SCHEDULE_KINDS = [
  'every_session',
  'every_n_weeks',
  'at_discharge',
  'follow_up',
] as const;
export type ScheduleKindName = (typeof SCHEDULE_KINDS)[number];

/** Follow-ups offered by default: 3, 6 and 12 months after discharge. */
export const DEFAULT_FOLLOW_UPS = [3, 6, 12] as const;

export const ScheduleBody = Type.Object({
  memberId: Id,
  instrumentId: Type.String({ minLength: 1, maxLength: 100 }),
  kind: Type.Enum([...SCHEDULE_KINDS]),
  /** For every N weeks: the first date, in the member's time zone (`YYYY-MM-DD`). */
  startsOn: Type.Optional(Type.String({ maxLength: 10 })),
  intervalWeeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 52 })),
  /** Local time the measure becomes due (`HH:MM`). */
  localTime: Type.String({ maxLength: 5 }),
  /** IANA time zone, e.g. `Europe/London`. */
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  followUpMonths: Type.Optional(
    Type.Array(Type.Integer({ minimum: 1, maximum: 60 }), {
      minItems: 1,
      maxItems: 6,
      uniqueItems: true,
    }),
  ),
});
export type ScheduleBody = Static<typeof ScheduleBody>;

export const Schedule = Type.Object({
  id: Id,
  memberId: Id,
  memberName: Type.String(),
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  kind: Type.Enum([...SCHEDULE_KINDS]),
  startsOn: Type.Union([Type.String(), Type.Null()]),
  intervalWeeks: Type.Union([Type.Integer(), Type.Null()]),
  localTime: Type.String(),
  timeZone: Type.String(),
  followUpMonths: Type.Array(Type.Integer()),
  /** When it is next due (null: after each session, or waiting for discharge, or done). */
  nextDueAt: Type.Union([Type.String(), Type.Null()]),
  /** The next few times it is due (at most twelve). */
  upcoming: Type.Array(Type.String()),
  given: Type.Integer(),
  endedAt: Type.Union([Type.String(), Type.Null()]),
});
export type Schedule = Static<typeof Schedule>;

export const ScheduleList = Type.Object({ schedules: Type.Array(Schedule) });
export type ScheduleList = Static<typeof ScheduleList>;

export const DischargeBody = Type.Object({
  /** The local date of discharge (`YYYY-MM-DD`). */
  dischargedOn: Type.String({ maxLength: 10 }),
  note: Type.Optional(Type.String({ maxLength: 4000 })),
});
export type DischargeBody = Static<typeof DischargeBody>;

export const ClosingLine = Type.Object({
  memberId: Id,
  memberName: Type.String(),
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  score: Type.String(),
  scoreLabel: Type.String(),
  pre: Type.Object({ value: Type.Number(), at: Type.String() }),
  post: Type.Object({ value: Type.Number(), at: Type.String() }),
  difference: Type.Number(),
  /** Reliably improved / deteriorated / no reliable change; null where the measure has no basis. */
  category: Type.Union([Type.String(), Type.Null()]),
  basis: Type.Union([Type.String(), Type.Null()]),
});
export type ClosingLine = Static<typeof ClosingLine>;

export const ClosingSummary = Type.Object({
  caseId: Id,
  dischargedOn: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  lines: Type.Array(ClosingLine),
  followUps: Type.Array(
    Type.Object({ instrumentName: Type.String(), memberName: Type.String(), dueAt: Type.String() }),
  ),
});
export type ClosingSummary = Static<typeof ClosingSummary>;
