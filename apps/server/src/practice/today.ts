import type { PracticeTask } from '@securebase/contracts';
import {
  EXERCISE_KINDS,
  localDateIn,
  periodEnds,
  periodOn,
  type AssignmentSettings,
} from '@securebase/practice';
import { ruleOf } from './present';
import type * as repo from './repo';

type Fact = Awaited<ReturnType<typeof repo.completionFacts>>[number];

/**
 * Today's tasks, each in its own assignment's time zone: the period today falls in, whether an
 * entry finished it, and a draft to carry on with. A one-off stays until it is done (and shows
 * as done on the day it was finished). Open tasks first.
 */
export function tasksToday(
  assignments: readonly repo.AssignmentRow[],
  facts: readonly Fact[],
  now: Date,
): PracticeTask[] {
  const tasks: PracticeTask[] = [];
  for (const row of assignments) {
    if (row.ended_at) continue;
    const rule = ruleOf(row);
    const today = localDateIn(row.time_zone, now);
    const period = periodOn(rule, today);
    if (period === null) continue;
    const mine = facts.filter((f) => f.assignment_id === row.id && f.period_on === period);
    const finished = mine.filter((f) => f.status === 'done');
    if (
      rule.cadence === 'once' &&
      finished.length > 0 &&
      !finished.some(
        (f) => f.completed_at && localDateIn(row.time_zone, new Date(f.completed_at)) === today,
      )
    ) {
      continue;
    }
    const draft = mine.filter((f) => f.status === 'draft').at(-1);
    tasks.push({
      assignmentId: row.id,
      caseId: row.case_id,
      kind: row.kind,
      settings: JSON.parse(row.settings) as AssignmentSettings,
      note: row.note,
      cadence: row.cadence,
      assignedBy: row.assigned_by,
      period,
      openUntil: periodEnds(rule, period),
      shareByDefault: row.share_by_default === 1,
      done: finished.length > 0,
      draftId: draft?.id ?? null,
    });
  }
  const order = (task: PracticeTask) => EXERCISE_KINDS.indexOf(task.kind);
  return tasks.sort((a, b) => Number(a.done) - Number(b.done) || order(a) - order(b));
}
