/**
 * Pure helpers for the timed exercises: the clock's text, which guidance cue is due, how much
 * real time passed between two moments (robust to a sleeping phone), and the e2e time scale.
 */
import { practiceById, type GuidanceCue, type MindfulnessSession } from '@securebase/practice';

declare global {
  interface Window {
    /** Test hook: time runs this many times faster (the e2e test sets 60: 3 minutes in 3 s). */
    __SB_TIME_SCALE__?: number;
  }
}

/** How often, in real time, a running timer reports progress to the page (which saves it). */
export const REPORT_EVERY_MS = 5000;

/** One moment on both clocks: the monotonic one and the wall clock. */
export interface Stamp {
  mono: number;
  wall: number;
}

export const stampNow = (): Stamp => ({ mono: performance.now(), wall: Date.now() });

/**
 * Real milliseconds from `from` to `to`. The monotonic clock is right unless the wall clock saw
 * more: some phones stop the monotonic clock while asleep. A wall clock set back is ignored.
 */
export function realMsSince(from: Stamp, to: Stamp): number {
  const mono = Math.max(0, to.mono - from.mono);
  const wall = to.wall - from.wall;
  return wall > mono ? wall : mono;
}

/** "4:05"; "1:02:03" from an hour. Negative or fractional seconds are floored at zero. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

/**
 * The index of the cue due at `elapsedSeconds` of a practice lasting `totalSeconds`: the last
 * one whose moment has come. -1 before the first (or when there are none).
 */
export function cueIndexAt(
  cues: readonly GuidanceCue[],
  elapsedSeconds: number,
  totalSeconds: number,
): number {
  let index = -1;
  cues.forEach((cue, i) => {
    if (cue.at * totalSeconds <= elapsedSeconds) index = i;
  });
  return index;
}

/** How far through, from 0 to 1. */
export function fractionDone(elapsedSeconds: number, totalSeconds: number): number {
  if (totalSeconds <= 0) return 0;
  return Math.min(1, Math.max(0, elapsedSeconds / totalSeconds));
}

/** Whole seconds from 0 to `max`. */
export function clampSeconds(seconds: number, max: number): number {
  return Math.min(Math.max(0, Math.floor(seconds)), Math.max(0, Math.floor(max)));
}

/** `window.__SB_TIME_SCALE__` when it is a positive number, otherwise 1 (real time). */
export function timeScale(): number {
  if (typeof window === 'undefined') return 1;
  const scale = window.__SB_TIME_SCALE__;
  return typeof scale === 'number' && Number.isFinite(scale) && scale > 0 ? scale : 1;
}

export interface CountdownState {
  totalSeconds: number;
  /** Whole seconds of (scaled) time on the timer, never more than `totalSeconds`. */
  elapsedSeconds: number;
  remainingSeconds: number;
  /** Started and not reset since: running, paused or ended. */
  started: boolean;
  running: boolean;
  /** Ran to the end. */
  finished: boolean;
  /** Ended early by the client. */
  stopped: boolean;
}

export const hasEnded = (timer: CountdownState): boolean => timer.finished || timer.stopped;

export type TimerStep = 'start' | 'pause' | 'resume' | 'again' | 'carryOn';

/**
 * What the timer's one big button does next. `carryFrom`: seconds already recorded in a draft,
 * offered as the place to carry on from (all of it recorded: start again).
 */
export function nextStep(timer: CountdownState, carryFrom: number): TimerStep {
  if (timer.running) return 'pause';
  if (timer.started && !hasEnded(timer)) return 'resume';
  if (hasEnded(timer) || carryFrom >= timer.totalSeconds) return 'again';
  return carryFrom > 0 ? 'carryOn' : 'start';
}

/** Another practice: its length if it has the same one, else its shortest; time starts over. */
export function withPractice(value: MindfulnessSession, practiceId: string): MindfulnessSession {
  const practice = practiceById(practiceId);
  if (!practice) return value;
  const minutes = practice.minutes.includes(value.minutes) ? value.minutes : practice.minutes[0];
  return { ...value, practiceId, minutes: minutes ?? value.minutes, secondsPractised: 0 };
}

/** Another length: the time practised so far stays, within the new length. */
export function withMinutes(value: MindfulnessSession, minutes: number): MindfulnessSession {
  return { ...value, minutes, secondsPractised: Math.min(value.secondsPractised, minutes * 60) };
}
