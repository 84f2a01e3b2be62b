/**
 * A pausable countdown that stays right when the phone sleeps or the tab is throttled: elapsed
 * time is worked out from clock readings, never by counting ticks; the ticks (every 250 ms,
 * only while running) merely look at the clock. `Countdown` has no React in it (tests drive it
 * with fake timers); `useCountdown` wraps it for a component.
 */
import type { GuidanceCue } from '@securebase/practice';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { speak, stopSpeaking } from '../speech';
import {
  REPORT_EVERY_MS,
  clampSeconds,
  cueIndexAt,
  realMsSince,
  stampNow,
  timeScale,
  type CountdownState,
  type Stamp,
} from './timing';

export type { CountdownState } from './timing';

export interface CountdownEvents {
  /** Every change of state (at most about once a second while running). */
  onTick?: (state: CountdownState) => void;
  /** Elapsed seconds, at most once per `reportEveryMs` while running, and on pause/stop/end. */
  onReport?: (elapsedSeconds: number) => void;
  /** Once per run, when the timer reaches zero. */
  onFinish?: () => void;
}

export interface CountdownOptions extends CountdownEvents {
  /** Time runs this many times faster; `window.__SB_TIME_SCALE__` (or 1) when left out. */
  scale?: number;
  reportEveryMs?: number;
}

const TICK_MS = 250;

function idle(totalSeconds: number): CountdownState {
  return {
    totalSeconds,
    elapsedSeconds: 0,
    remainingSeconds: totalSeconds,
    started: false,
    running: false,
    finished: false,
    stopped: false,
  };
}

const sameState = (a: CountdownState, b: CountdownState) =>
  (Object.keys(a) as (keyof CountdownState)[]).every((key) => a[key] === b[key]);

export class Countdown {
  private accumulatedMs = 0;
  private resumedAt: Stamp | null = null;
  private scale = 1;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastReport: { seconds: number; at: Stamp } | null = null;
  private finishCalled = false;
  private readonly listeners = new Set<() => void>();
  private state: CountdownState;

  constructor(
    private totalSeconds: number,
    private readonly options: CountdownOptions = {},
  ) {
    this.state = idle(totalSeconds);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): CountdownState => this.state;

  /** Starts a new run, from `fromSeconds` (to carry on a saved draft) or from zero. */
  start = (fromSeconds = 0): void => {
    this.halt();
    this.accumulatedMs = clampSeconds(fromSeconds, this.totalSeconds) * 1000;
    this.finishCalled = false;
    this.lastReport = { seconds: Math.floor(this.accumulatedMs / 1000), at: stampNow() };
    this.publish({ started: true, running: false, finished: false, stopped: false });
    this.resume();
  };

  pause = (): void => {
    if (!this.state.running) return;
    this.settle();
    this.publish({ running: false });
    this.report(true);
  };

  resume = (): void => {
    const { started, running, finished, stopped } = this.state;
    if (!started || running || finished || stopped) return;
    this.scale = this.options.scale ?? timeScale();
    this.resumedAt = stampNow();
    this.timer = setInterval(this.tick, Math.max(40, TICK_MS / this.scale));
    this.publish({ running: true });
    this.tick();
  };

  /** Ends the run early, keeping the time so far. */
  stop = (): void => {
    const { started, finished, stopped } = this.state;
    if (!started || finished || stopped) return;
    this.settle();
    this.publish({ running: false, stopped: true });
    this.report(true);
  };

  /** Back to the start, not running, nothing reported. */
  reset = (): void => {
    this.halt();
    this.accumulatedMs = 0;
    this.lastReport = null;
    this.finishCalled = false;
    this.replace(idle(this.totalSeconds));
  };

  /** A new length; an idle timer shows it at once, a started one ends at it. */
  setTotal = (totalSeconds: number): void => {
    if (totalSeconds === this.totalSeconds) return;
    this.totalSeconds = totalSeconds;
    if (this.state.started) this.tick();
    else this.replace(idle(totalSeconds));
  };

  /** Looks at the clock now (e.g. when the page becomes visible again). */
  sync = (): void => {
    if (this.state.running) this.tick();
  };

  /**
   * Lets go of the interval, quietly: no report, since the page may already hold newer content
   * (the client chose another skill) that a late report from here would overwrite.
   */
  dispose = (): void => {
    if (this.state.running) this.settle();
    this.halt();
  };

  private readonly tick = (): void => {
    if (this.elapsedMs() >= this.totalSeconds * 1000) {
      this.finish();
      return;
    }
    this.publish({});
    if (this.state.running) this.report(false);
  };

  private finish(): void {
    this.halt();
    this.accumulatedMs = this.totalSeconds * 1000;
    this.publish({ started: true, running: false, finished: true, stopped: false });
    this.report(true);
    if (!this.finishCalled) {
      this.finishCalled = true;
      this.options.onFinish?.();
    }
  }

  private elapsedMs(): number {
    const since = this.resumedAt ? realMsSince(this.resumedAt, stampNow()) * this.scale : 0;
    return Math.min(this.totalSeconds * 1000, this.accumulatedMs + since);
  }

  /** Folds the running stretch into the total and stops the interval. */
  private settle(): void {
    this.accumulatedMs = this.elapsedMs();
    this.halt();
  }

  private halt(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.resumedAt = null;
  }

  private publish(patch: Partial<CountdownState>): void {
    const elapsedSeconds = clampSeconds(this.elapsedMs() / 1000, this.totalSeconds);
    this.replace({
      ...this.state,
      ...patch,
      totalSeconds: this.totalSeconds,
      elapsedSeconds,
      remainingSeconds: this.totalSeconds - elapsedSeconds,
    });
  }

  private replace(next: CountdownState): void {
    if (sameState(next, this.state)) return;
    this.state = next;
    this.listeners.forEach((listener) => listener());
    this.options.onTick?.(next);
  }

  private report(force: boolean): void {
    const seconds = this.state.elapsedSeconds;
    const at = stampNow();
    const last = this.lastReport;
    if (last && last.seconds === seconds) return;
    const every = this.options.reportEveryMs ?? REPORT_EVERY_MS;
    if (!force && last && realMsSince(last.at, at) < every) return;
    this.lastReport = { seconds, at };
    this.options.onReport?.(seconds);
  }
}

export interface CountdownControls extends CountdownState {
  start: (fromSeconds?: number) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  reset: () => void;
}

/**
 * A countdown of `totalSeconds` for a component. The events may change on every render; the
 * latest ones are called. Lets go of the interval on unmount.
 */
export function useCountdown(
  totalSeconds: number,
  events: CountdownEvents = {},
  scale?: number,
): CountdownControls {
  const latest = useRef(events);
  useEffect(() => {
    latest.current = events;
  });
  const [clock] = useState(
    () =>
      new Countdown(totalSeconds, {
        scale,
        onTick: (state) => latest.current.onTick?.(state),
        onReport: (seconds) => latest.current.onReport?.(seconds),
        onFinish: () => latest.current.onFinish?.(),
      }),
  );
  useEffect(() => clock.setTotal(totalSeconds), [clock, totalSeconds]);
  useEffect(() => {
    document.addEventListener('visibilitychange', clock.sync);
    return () => {
      document.removeEventListener('visibilitychange', clock.sync);
      clock.dispose();
    };
  }, [clock]);
  const state = useSyncExternalStore(clock.subscribe, clock.getSnapshot, clock.getSnapshot);
  const { start, pause, resume, stop, reset } = clock;
  return { ...state, start, pause, resume, stop, reset };
}

/** What the timer's buttons do; a guided practice also starts and stops the voice. */
export interface TimerActions {
  start: (fromSeconds: number) => void;
  pause: () => void;
  resume: () => void;
  end: () => void;
}

export interface GuidedOptions {
  totalSeconds: number;
  cues: readonly GuidanceCue[];
  closing: string;
  /** Read each new cue (and the closing) aloud. */
  voice: boolean;
  lang: string;
  /** Whole seconds on the timer, at most every few seconds and on pause, end and finish. */
  onReport: (seconds: number) => void;
}

/**
 * A countdown that reads each cue aloud as its moment comes, when `voice` is on; pausing or
 * ending early silences it at once, and resuming reads the current cue again.
 */
export function useGuidedCountdown(options: GuidedOptions) {
  const { totalSeconds, cues, closing, voice, lang, onReport } = options;
  const spokenCue = useRef(-1);
  const say = (text: string) => (voice ? speak(text, lang) : false);
  const timer = useCountdown(totalSeconds, {
    onTick: (state) => {
      const index = cueIndexAt(cues, state.elapsedSeconds, state.totalSeconds);
      if (!state.running || index === spokenCue.current) return;
      spokenCue.current = index;
      const cue = cues[index];
      if (cue) say(cue.text);
    },
    onReport,
    onFinish: () => say(closing),
  });
  useEffect(() => stopSpeaking, []);
  const fresh = (then: () => void) => () => {
    spokenCue.current = -1;
    then();
  };
  const quiet = (then: () => void) => () => {
    stopSpeaking();
    then();
  };
  const actions: TimerActions = {
    start: (from) => fresh(() => timer.start(from))(),
    pause: quiet(timer.pause),
    resume: fresh(timer.resume),
    end: quiet(timer.stop),
  };
  return { timer, actions };
}
