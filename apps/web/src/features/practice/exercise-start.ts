import type { PracticeEntry, PracticeTask } from '@securebase/contracts';
import type { AssignmentSettings, ExerciseKind } from '@securebase/practice';

/** What an exercise page opens with: a new entry (for a task or not) or one to carry on. */
export interface ExerciseStart<K extends ExerciseKind = ExerciseKind> {
  kind: K;
  caseId: string;
  task: PracticeTask | null;
  settings: AssignmentSettings;
  entry: PracticeEntry | null;
  localDate: string;
}
