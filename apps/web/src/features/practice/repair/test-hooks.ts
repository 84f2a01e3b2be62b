/**
 * Test support, for rendering forms without a DOM (see test-render.ts): stand-ins for React's
 * state hooks, keeping each component's state between renders by where it sits in the tree.
 * Imports nothing, so a test's `vi.mock('react')` can load it while React is being mocked.
 */
const slots = new Map<string, { value: unknown }>();

/** Which component is rendering, how many hooks it has used, and how often state changed. */
export const frame = { path: '', index: 0, changes: 0 };

function slot<T>(init: () => T): { value: T } {
  const key = `${frame.path}#${String(frame.index++)}`;
  const found = slots.get(key) ?? { value: init() };
  slots.set(key, found);
  return found as { value: T };
}

/** Forgets every component's state, before a new test renders. */
export const resetHooks = (): void => {
  slots.clear();
};

export const useState = <T>(initial: T | (() => T)) => {
  const held = slot(() => (typeof initial === 'function' ? (initial as () => T)() : initial));
  const set = (next: T | ((previous: T) => T)) => {
    held.value = typeof next === 'function' ? (next as (previous: T) => T)(held.value) : next;
    frame.changes += 1;
  };
  return [held.value, set] as const;
};

export const useId = (): string => slot(() => `r${String(slots.size)}`).value;

export const useRef = <T>(initial: T): { current: T } => slot(() => ({ current: initial })).value;

/** Effects do not run without a DOM. */
export const useEffect = (): void => undefined;
