import { MINDFULNESS_PRACTICES } from '@securebase/practice';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clampSeconds,
  cueIndexAt,
  formatClock,
  fractionDone,
  nextStep,
  realMsSince,
  timeScale,
  withMinutes,
  withPractice,
  type CountdownState,
} from './timing';

describe('formatClock', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(5)).toBe('0:05');
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(600)).toBe('10:00');
  });
  it('shows hours from an hour on', () => {
    expect(formatClock(3600)).toBe('1:00:00');
    expect(formatClock(3723)).toBe('1:02:03');
  });
  it('floors fractions and never goes below zero', () => {
    expect(formatClock(59.9)).toBe('0:59');
    expect(formatClock(-3)).toBe('0:00');
    expect(formatClock(Number.NaN)).toBe('0:00');
  });
});

describe('cueIndexAt', () => {
  const cues = [
    { at: 0, text: 'welcome' },
    { at: 0.5, text: 'half way' },
    { at: 0.9, text: 'nearly done' },
  ];
  it('gives the first cue at the start', () => {
    expect(cueIndexAt(cues, 0, 180)).toBe(0);
  });
  it('gives the last cue whose moment has come', () => {
    expect(cueIndexAt(cues, 89, 180)).toBe(0);
    expect(cueIndexAt(cues, 90, 180)).toBe(1);
    expect(cueIndexAt(cues, 161, 180)).toBe(1);
    expect(cueIndexAt(cues, 162, 180)).toBe(2);
    expect(cueIndexAt(cues, 180, 180)).toBe(2);
  });
  it('gives -1 when there is no cue yet', () => {
    expect(cueIndexAt([], 10, 180)).toBe(-1);
    expect(cueIndexAt([{ at: 0.2, text: 'later' }], 10, 180)).toBe(-1);
  });
  it('starts every practice in the package with a cue', () => {
    for (const practice of MINDFULNESS_PRACTICES) {
      for (const minutes of practice.minutes) {
        expect(cueIndexAt(practice.cues, 0, minutes * 60), practice.id).toBe(0);
      }
    }
  });
});

describe('realMsSince', () => {
  it('uses the monotonic clock normally', () => {
    expect(realMsSince({ mono: 1000, wall: 50_000 }, { mono: 4000, wall: 53_000 })).toBe(3000);
  });
  it('believes the wall clock when the monotonic one stood still (a sleeping phone)', () => {
    expect(realMsSince({ mono: 1000, wall: 50_000 }, { mono: 1500, wall: 110_000 })).toBe(60_000);
  });
  it('ignores a wall clock set back', () => {
    expect(realMsSince({ mono: 1000, wall: 50_000 }, { mono: 3000, wall: 10_000 })).toBe(2000);
  });
});

describe('small sums', () => {
  it('fractionDone stays within 0 and 1', () => {
    expect(fractionDone(90, 180)).toBe(0.5);
    expect(fractionDone(500, 180)).toBe(1);
    expect(fractionDone(-1, 180)).toBe(0);
    expect(fractionDone(5, 0)).toBe(0);
  });
  it('clampSeconds gives whole seconds within the limit', () => {
    expect(clampSeconds(12.7, 60)).toBe(12);
    expect(clampSeconds(-4, 60)).toBe(0);
    expect(clampSeconds(400, 60)).toBe(60);
  });
});

describe('timeScale', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  it('is real time without a window or a setting', () => {
    expect(timeScale()).toBe(1);
    vi.stubGlobal('window', {});
    expect(timeScale()).toBe(1);
  });
  it('follows window.__SB_TIME_SCALE__ when it is a positive number', () => {
    vi.stubGlobal('window', { __SB_TIME_SCALE__: 60 });
    expect(timeScale()).toBe(60);
    vi.stubGlobal('window', { __SB_TIME_SCALE__: -2 });
    expect(timeScale()).toBe(1);
  });
});

describe('the timer’s next step and changes of practice or length', () => {
  const idle: CountdownState = {
    totalSeconds: 180,
    elapsedSeconds: 0,
    remainingSeconds: 180,
    started: false,
    running: false,
    finished: false,
    stopped: false,
  };
  it('starts, carries on a draft, pauses, resumes and starts again', () => {
    expect(nextStep(idle, 0)).toBe('start');
    expect(nextStep(idle, 60)).toBe('carryOn');
    expect(nextStep(idle, 180)).toBe('again');
    expect(nextStep({ ...idle, started: true, running: true }, 0)).toBe('pause');
    expect(nextStep({ ...idle, started: true }, 0)).toBe('resume');
    expect(nextStep({ ...idle, started: true, finished: true }, 0)).toBe('again');
  });
  const session = {
    practiceId: 'breath',
    minutes: 10,
    secondsPractised: 400,
    spoken: true,
    note: '',
  };
  it('keeps a length the new practice offers, else takes its shortest; time starts over', () => {
    expect(withPractice(session, 'body-scan')).toMatchObject({ minutes: 10, secondsPractised: 0 });
    expect(withPractice(session, 'present-in-hard-conversation')).toMatchObject({ minutes: 3 });
    expect(withPractice(session, 'no-such-practice')).toBe(session);
  });
  it('keeps the time practised within a new length', () => {
    expect(withMinutes(session, 5).secondsPractised).toBe(300);
    expect(withMinutes({ ...session, secondsPractised: 42 }, 3).secondsPractised).toBe(42);
  });
});
