import {
  articleById,
  practiceById,
  skillById,
  type AssignmentSettings,
  type ExerciseKind,
} from '@securebase/practice';

/** The particular skill, practice or article an exercise is about, when it names one. */
export function detailOf(kind: ExerciseKind, settings: AssignmentSettings): string | null {
  if (kind === 'regulation_skill' && settings.skillId) {
    return skillById(settings.skillId)?.title ?? null;
  }
  if (kind === 'mindfulness' && settings.practiceId) {
    return practiceById(settings.practiceId)?.title ?? null;
  }
  if (kind === 'article' && settings.articleId)
    return articleById(settings.articleId)?.title ?? null;
  return null;
}

/** Where a task opens: its draft when one was started, otherwise a new entry for it. */
export function taskHref(task: {
  kind: ExerciseKind;
  assignmentId: string;
  draftId: string | null;
}): string {
  if (task.draftId) return `/portal/practice/entries/${encodeURIComponent(task.draftId)}`;
  return `/portal/practice/do/${task.kind}?task=${encodeURIComponent(task.assignmentId)}`;
}
