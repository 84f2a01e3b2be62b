import type {
  ExerciseAssignment,
  PracticeComment,
  PracticeEntry,
  PracticeTrends,
} from '@securebase/contracts';
import {
  addLocalDays,
  emotionWeeks,
  localDateIn,
  periodsSoFar,
  practiceWeeks,
  whatHelped,
  type AssignmentSettings,
  type ContentOf,
  type Dated,
  type ExerciseKind,
  type TaskRule,
} from '@securebase/practice';
import type * as repo from './repo';

export function ruleOf(row: repo.AssignmentRow): TaskRule {
  return { cadence: row.cadence, startsOn: row.starts_on, until: row.until_on };
}

/** Today in the assignment's zone, or the day it ended if it has. */
export function lastDayOf(row: repo.AssignmentRow, now: Date): string {
  const today = localDateIn(row.time_zone, now);
  if (!row.ended_at) return today;
  const ended = localDateIn(row.time_zone, new Date(row.ended_at));
  return ended < today ? ended : today;
}

type Fact = Awaited<ReturnType<typeof repo.completionFacts>>[number];

export function assignmentView(
  row: repo.AssignmentRow,
  facts: readonly Fact[],
  now: Date,
): ExerciseAssignment {
  const periods = periodsSoFar(ruleOf(row), lastDayOf(row, now));
  const done = facts.filter((f) => f.assignment_id === row.id && f.status === 'done');
  const donePeriods = new Set(done.map((f) => f.period_on).filter((p) => p !== null));
  const last = done
    .map((f) => f.completed_at)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1);
  return {
    id: row.id,
    caseId: row.case_id,
    memberId: row.member_id,
    memberName: row.member_name,
    kind: row.kind,
    settings: JSON.parse(row.settings) as AssignmentSettings,
    note: row.note,
    cadence: row.cadence,
    startsOn: row.starts_on,
    until: row.until_on,
    timeZone: row.time_zone,
    shareByDefault: row.share_by_default === 1,
    assignedBy: row.assigned_by,
    createdAt: row.created_at,
    endedAt: row.ended_at,
    completion: {
      periods: periods.length,
      done: periods.filter((p) => donePeriods.has(p)).length,
      lastDoneAt: last ?? null,
    },
  };
}

export function commentView(row: repo.CommentRow): PracticeComment {
  return {
    id: row.id,
    authorName: row.author_name,
    authorRole: row.author_role,
    text: row.body,
    createdAt: row.created_at,
  };
}

export function entryView(row: repo.EntryRow, comments: readonly repo.CommentRow[]): PracticeEntry {
  return {
    id: row.id,
    caseId: row.case_id,
    memberId: row.member_id,
    kind: row.kind,
    assignmentId: row.assignment_id,
    localDate: row.local_date,
    status: row.status,
    shared: row.shared === 1,
    content: JSON.parse(row.content) as Record<string, unknown>,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    comments: comments.filter((c) => c.entry_id === row.id).map(commentView),
  };
}

/** The trends cover the last 26 weeks, however many entries there are. */
export const TREND_WEEKS = 26;

export function trendsSince(now: Date): string {
  return addLocalDays(now.toISOString().slice(0, 10), -7 * TREND_WEEKS);
}

/** Trends over finished entries only (a half-written draft says nothing yet). */
export function trendsOf(rows: readonly repo.EntryRow[]): PracticeTrends {
  const done = rows.filter((r) => r.status === 'done');
  const of = <K extends ExerciseKind>(kind: K): Dated<ContentOf[K]>[] =>
    done
      .filter((r) => r.kind === kind)
      .map((r) => ({ localDate: r.local_date, content: JSON.parse(r.content) as ContentOf[K] }));
  const logs = of('emotion_log');
  return {
    emotionWeeks: emotionWeeks(logs),
    helped: whatHelped(logs),
    practiceWeeks: practiceWeeks(of('mindfulness'), of('regulation_skill')),
  };
}
