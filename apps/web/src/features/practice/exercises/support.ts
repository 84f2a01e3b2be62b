/** Small helpers the exercise forms share: problems inside a field, and focus after a change. */
import type { ContentProblem } from '@securebase/practice';
import { useRef } from 'react';
import { problemAt } from '../exercise-form';

/** The message for a field or anything inside it: `helped` also answers for `helped.3`. */
export function problemWithin(problem: ContentProblem | null, field: string): string | null {
  const exact = problemAt(problem, field);
  if (exact !== null || problem === null) return exact;
  return problem.field.startsWith(`${field}.`) ? problem.message : null;
}

/** The ids of an element's description, without the ones that are absent. */
export function ids(...parts: (string | false | null | undefined)[]): string | undefined {
  return parts.filter(Boolean).join(' ') || undefined;
}

/**
 * Moves the focus to an element once it is on screen, e.g. to a line just added, or to the line
 * that took the place of one just removed (so keyboard and screen-reader users are not lost).
 * `later(key)` asks for it; `ref(key)` marks the element that answers to that key.
 */
export function useFocusLater() {
  const wanted = useRef<string | null>(null);
  return {
    later: (key: string) => {
      wanted.current = key;
    },
    ref: (key: string) => (element: HTMLElement | null) => {
      if (element && wanted.current === key) {
        wanted.current = null;
        element.focus();
      }
    },
  };
}
