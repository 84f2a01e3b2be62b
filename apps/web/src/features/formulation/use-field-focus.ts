import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** The element marked `data-field="<path>"` inside `root`, if it is on the page. */
export function fieldElement(root: HTMLElement | null, path: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-field="${path}"]`) ?? null;
}

/** A field by its path, or an element (a notice) by its ref. */
export type FocusTarget = string | RefObject<HTMLElement | null>;

/**
 * Moves focus once the next render is on screen: a line just added, the add button after a
 * removal, the field a server error names, or a notice that has just appeared.
 */
export function useFieldFocus(root: RefObject<HTMLElement | null>) {
  const pending = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    const element =
      typeof target === 'string' ? fieldElement(root.current, target) : target.current;
    element?.focus();
  });

  return useCallback((target: FocusTarget) => {
    pending.current = target;
  }, []);
}
