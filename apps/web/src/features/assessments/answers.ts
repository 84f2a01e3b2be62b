/**
 * Pure rules of a questionnaire in progress: where to resume, which step follows which, how far
 * along the person is, which questions were left blank. No DOM, no network (unit-tested).
 */
import type { AnswerMap } from '@securebase/contracts';

/** The little an item needs for these rules. */
export interface StepItem {
  id: string;
  isRiskItem: boolean;
}

export type Step =
  | { kind: 'intro' }
  /** A gentle pause offered before a risk item (`index` is the risk item's). */
  | { kind: 'pause'; index: number }
  | { kind: 'question'; index: number }
  | { kind: 'review' };

export function isAnswered(answers: AnswerMap, itemId: string): boolean {
  return typeof answers[itemId] === 'number';
}

/** Index of the first question without an answer, or null when every one is answered. */
export function firstUnanswered(items: readonly StepItem[], answers: AnswerMap): number | null {
  const index = items.findIndex((item) => !isAnswered(answers, item.id));
  return index === -1 ? null : index;
}

/** Going forward onto a question: an unanswered risk item is preceded by a pause. */
export function arriveAt(items: readonly StepItem[], answers: AnswerMap, index: number): Step {
  if (index >= items.length) return { kind: 'review' };
  const item = items[index];
  if (item?.isRiskItem && !isAnswered(answers, item.id)) return { kind: 'pause', index };
  return { kind: 'question', index };
}

/**
 * Where a person lands when they open the questionnaire: the introduction the first time; with
 * a saved draft, the first unanswered question (or the review when all are answered).
 */
export function resumeStep(items: readonly StepItem[], answers: AnswerMap): Step {
  const answered = items.some((item) => isAnswered(answers, item.id));
  if (!answered) return { kind: 'intro' };
  const index = firstUnanswered(items, answers);
  return index === null ? { kind: 'review' } : arriveAt(items, answers, index);
}

/** The step after this one (Next, Start, or Skip on a pause). */
export function nextStep(step: Step, items: readonly StepItem[], answers: AnswerMap): Step {
  switch (step.kind) {
    case 'intro':
      return arriveAt(items, answers, firstUnanswered(items, answers) ?? 0);
    case 'pause':
      return arriveAt(items, answers, step.index + 1);
    case 'question':
      return arriveAt(items, answers, step.index + 1);
    case 'review':
      return step;
  }
}

/** The step before this one (Back). Going back never stops at a pause. */
export function previousStep(step: Step, items: readonly StepItem[]): Step {
  switch (step.kind) {
    case 'intro':
      return step;
    case 'pause':
    case 'question':
      return step.index > 0 ? { kind: 'question', index: step.index - 1 } : { kind: 'intro' };
    case 'review':
      return items.length > 0 ? { kind: 'question', index: items.length - 1 } : { kind: 'intro' };
  }
}

/** `?q=3` (1-based), `?q=3&pause=1`, `?step=review`, `?step=intro`; null when absent or bad. */
export function stepFromSearch(search: URLSearchParams, itemCount: number): Step | null {
  const named = search.get('step');
  if (named === 'intro') return { kind: 'intro' };
  if (named === 'review') return { kind: 'review' };
  const q = Number(search.get('q'));
  if (!Number.isInteger(q) || q < 1 || q > itemCount) return null;
  return search.get('pause') === '1'
    ? { kind: 'pause', index: q - 1 }
    : { kind: 'question', index: q - 1 };
}

export function searchForStep(step: Step): Record<string, string> {
  switch (step.kind) {
    case 'intro':
      return { step: 'intro' };
    case 'review':
      return { step: 'review' };
    case 'pause':
      return { q: String(step.index + 1), pause: '1' };
    case 'question':
      return { q: String(step.index + 1) };
  }
}

export interface Progress {
  /** 1-based number of the current question. */
  number: number;
  total: number;
  /** Questions answered so far, 0–100, rounded. */
  percent: number;
}

export function progressOf(
  index: number,
  items: readonly StepItem[],
  answers: AnswerMap,
): Progress {
  const total = items.length;
  const answered = items.filter((item) => isAnswered(answers, item.id)).length;
  return {
    number: Math.min(Math.max(index + 1, 1), Math.max(total, 1)),
    total,
    percent: total === 0 ? 0 : Math.round((answered / total) * 100),
  };
}

/** Items left without an answer, in order. */
export function skippedItems<T extends StepItem>(items: readonly T[], answers: AnswerMap): T[] {
  return items.filter((item) => !isAnswered(answers, item.id));
}

/** Sets or clears one answer without touching the others. */
export function withAnswer(answers: AnswerMap, itemId: string, value: number | null): AnswerMap {
  const next: AnswerMap = Object.fromEntries(
    Object.entries(answers).filter(([key]) => key !== itemId),
  );
  if (value !== null) next[itemId] = value;
  return next;
}

/** The item named by a server error field such as `answers.phq-9.9` (prefix already dropped). */
export function itemFromField(field: string | null): string | null {
  if (!field?.startsWith('answers.')) return null;
  const id = field.slice('answers.'.length);
  return id.length > 0 ? id : null;
}
