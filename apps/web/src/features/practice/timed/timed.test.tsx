/**
 * The timed exercises, without a browser: the countdown is driven with fake timers, and the
 * forms are rendered on the server. To "press" a button or a rating, the form's element tree is
 * unfolded inside one render (function components called in place) and the handler of the
 * matching element is called, exactly as React would on a click.
 */
import {
  MINDFULNESS_PRACTICES,
  REGULATION_SKILLS,
  type MindfulnessSession,
  type SkillPractice as SkillEntry,
} from '@securebase/practice';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../i18n';
import { Guidance, MindfulnessPlayer, TimerPanel, type TimerActions } from './mindfulness-player';
import { SkillPractice } from './skill-practice';
import { Countdown, type CountdownState } from './use-countdown';

interface Host {
  type: string;
  props: Record<string, unknown>;
}

function unfold(node: ReactNode, out: Host[]): void {
  if (isValidElement<Record<string, unknown>>(node)) {
    const { type, props } = node;
    if (typeof type === 'function') {
      const component = type as (p: Record<string, unknown>) => ReactNode;
      out.push({ type: component.name, props });
      unfold(component(props), out);
      return;
    }
    if (typeof type === 'string') out.push({ type, props });
    unfold(props.children as ReactNode, out);
  } else if (typeof node === 'object' && node !== null && Symbol.iterator in node) {
    for (const child of node as Iterable<ReactNode>) unfold(child, out);
  }
}

/** The elements (components by name, then button, input, …) it renders to, with props. */
function mount(element: ReactElement): Host[] {
  const found: Host[] = [];
  function Probe() {
    unfold(element, found);
    return null;
  }
  renderToStaticMarkup(<Probe />);
  return found;
}

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return '';
}

function actionsOf(hosts: Host[]): TimerActions {
  const panel = hosts.find((h) => h.type === 'TimerPanel');
  if (!panel) throw new Error('no timer');
  return panel.props.actions as TimerActions;
}

function press(hosts: Host[], label: string) {
  const button = hosts.find((h) => h.type === 'button' && textOf(h.props.children) === label);
  if (!button) throw new Error(`no button "${label}"`);
  (button.props.onClick as () => void)();
}

const breath = MINDFULNESS_PRACTICES.find((p) => p.id === 'breath');
const slowBreath = REGULATION_SKILLS.find((s) => s.id === 'slow-breath');
if (!breath || !slowBreath) throw new Error('the practice content changed');

const session: MindfulnessSession = {
  practiceId: 'breath',
  minutes: 3,
  secondsPractised: 0,
  spoken: false,
  note: '',
};
const practice: SkillEntry = {
  skillId: 'slow-breath',
  before: null,
  after: null,
  seconds: null,
  note: '',
};

function player(value: MindfulnessSession, isDraft = true) {
  const onChange = vi.fn<(next: MindfulnessSession) => void>();
  const props = { value, onChange, settings: {}, problem: null, isDraft };
  return { onChange, element: <MindfulnessPlayer {...props} /> };
}

function skillForm(value: SkillEntry, problem: { field: string; message: string } | null = null) {
  const onChange = vi.fn<(next: SkillEntry) => void>();
  const props = { value, onChange, settings: {}, problem, isDraft: true };
  return { onChange, element: <SkillPractice {...props} /> };
}

const lastCall = <T,>(fn: { mock: { calls: T[][] } }): T | undefined => fn.mock.calls.at(-1)?.[0];

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the countdown', () => {
  it('reports elapsed seconds every five seconds and on pause', () => {
    const onReport = vi.fn<(seconds: number) => void>();
    const clock = new Countdown(180, { onReport, scale: 1 });
    clock.start();
    expect(clock.getSnapshot().running).toBe(true);
    vi.advanceTimersByTime(12_000);
    expect(onReport.mock.calls.map(([s]) => s)).toEqual([5, 10]);
    clock.pause();
    expect(onReport).toHaveBeenLastCalledWith(12);
    vi.advanceTimersByTime(30_000);
    expect(clock.getSnapshot()).toMatchObject({ elapsedSeconds: 12, running: false });
    clock.resume();
    vi.advanceTimersByTime(3_000);
    expect(clock.getSnapshot()).toMatchObject({ elapsedSeconds: 15, remainingSeconds: 165 });
  });

  it('counts the time the phone slept, not the ticks', () => {
    const clock = new Countdown(600, { scale: 1 });
    clock.start();
    vi.setSystemTime(Date.now() + 60_000);
    vi.advanceTimersByTime(250);
    expect(clock.getSnapshot().elapsedSeconds).toBe(60);
  });

  it('finishes once, at exactly its length', () => {
    const onFinish = vi.fn();
    const onReport = vi.fn<(seconds: number) => void>();
    const clock = new Countdown(3, { onFinish, onReport, scale: 1 });
    clock.start();
    vi.advanceTimersByTime(10_000);
    const state: CountdownState = clock.getSnapshot();
    expect(state).toMatchObject({ elapsedSeconds: 3, remainingSeconds: 0, finished: true });
    expect(state.running).toBe(false);
    expect(onFinish).toHaveBeenCalledTimes(1);
    expect(onReport).toHaveBeenLastCalledWith(3);
    clock.stop();
    clock.resume();
    vi.advanceTimersByTime(10_000);
    expect(onFinish).toHaveBeenCalledTimes(1);
  });

  it('ends early, keeping the time, and resets to the start', () => {
    const clock = new Countdown(60, { scale: 1 });
    clock.start();
    vi.advanceTimersByTime(7_500);
    clock.stop();
    expect(clock.getSnapshot()).toMatchObject({ elapsedSeconds: 7, stopped: true, running: false });
    clock.reset();
    expect(clock.getSnapshot()).toMatchObject({ elapsedSeconds: 0, started: false });
  });

  it('runs faster under window.__SB_TIME_SCALE__ (the e2e hook)', () => {
    vi.stubGlobal('window', { __SB_TIME_SCALE__: 60 });
    const clock = new Countdown(180);
    clock.start();
    vi.advanceTimersByTime(3_100);
    expect(clock.getSnapshot().finished).toBe(true);
  });
});

describe('the mindfulness player', () => {
  it('starts, reports the seconds practised as time passes, and never more than the length', () => {
    const { onChange, element } = player(session);
    const hosts = mount(element);
    press(hosts, 'Start');
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(6_000);
    expect(lastCall(onChange)).toEqual({ ...session, secondsPractised: 5 });
    vi.advanceTimersByTime(5_000);
    expect(lastCall(onChange)?.secondsPractised).toBe(10);
    vi.advanceTimersByTime(10 * 60_000);
    expect(lastCall(onChange)?.secondsPractised).toBe(180);
    expect(onChange.mock.calls.length).toBeLessThan(40);
  });

  it('reports at once on pause', () => {
    const { onChange, element } = player(session);
    const hosts = mount(element);
    press(hosts, 'Start');
    vi.advanceTimersByTime(2_500);
    actionsOf(hosts).pause();
    expect(lastCall(onChange)?.secondsPractised).toBe(2);
  });

  it('shows the first cue at the start, then the closing at the end', () => {
    const timer: CountdownState = {
      totalSeconds: 180,
      elapsedSeconds: 0,
      remainingSeconds: 180,
      started: true,
      running: true,
      finished: false,
      stopped: false,
    };
    const first = breath.cues[0]?.text ?? '';
    expect(renderToStaticMarkup(<Guidance practice={breath} timer={timer} />)).toContain(first);
    const idle = renderToStaticMarkup(
      <Guidance practice={breath} timer={{ ...timer, started: false, running: false }} />,
    );
    expect(idle).not.toContain(first);
    expect(idle).toContain('When you feel ready');
    const done = { ...timer, elapsedSeconds: 180, running: false, finished: true };
    expect(renderToStaticMarkup(<Guidance practice={breath} timer={done} />)).toContain(
      'The practice has ended.',
    );
  });

  it('shows a calm clock, big buttons and no inline styles', () => {
    const html = renderToStaticMarkup(player(session).element);
    expect(html).toMatch(/role="timer" aria-live="off"/);
    expect(html).toContain('3:00');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('You can stop at any time');
    expect(html).toContain('Mindful breathing');
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('does not try to speak when speech is unavailable, and says so', () => {
    const speakSpy = vi.fn();
    vi.stubGlobal('window', { speechSynthesis: { speak: speakSpy, cancel: vi.fn() } });
    const { onChange, element } = player({ ...session, spoken: true });
    const html = renderToStaticMarkup(element);
    expect(html).toContain('cannot read the guidance aloud');
    expect(html).not.toContain('role="switch"');
    press(mount(element), 'Start');
    vi.advanceTimersByTime(30_000);
    expect(speakSpy).not.toHaveBeenCalled();
    expect(lastCall(onChange)?.spoken).toBe(false);
  });

  it('reads each new cue aloud, calmly, when asked to and able to', () => {
    const synth = { speak: vi.fn<(u: { text: string; rate: number }) => void>(), cancel: vi.fn() };
    class Utterance {
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    }
    vi.stubGlobal('window', { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance });
    const { element } = player({ ...session, spoken: true });
    expect(renderToStaticMarkup(element)).toContain('role="switch"');
    const hosts = mount(element);
    press(hosts, 'Start');
    expect(synth.speak).toHaveBeenCalledTimes(1);
    expect(lastCall(synth.speak)).toMatchObject({ text: breath.cues[0]?.text, rate: 0.9 });
    vi.advanceTimersByTime(22_000); // the second cue is at 0.12 of 3 minutes
    expect(synth.speak).toHaveBeenCalledTimes(2);
    expect(lastCall(synth.speak)?.text).toBe(breath.cues[1]?.text);
    synth.cancel.mockClear();
    actionsOf(hosts).pause(); // the voice stops too
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(synth.speak).toHaveBeenCalledTimes(2);
  });

  it('keeps one big button that says what it will do next', () => {
    const actions = { start: vi.fn(), pause: vi.fn(), resume: vi.fn(), end: vi.fn() };
    const idle: CountdownState = {
      totalSeconds: 180,
      elapsedSeconds: 0,
      remainingSeconds: 180,
      started: false,
      running: false,
      finished: false,
      stopped: false,
    };
    const buttons = (timer: CountdownState, carryFrom = 0) =>
      mount(<TimerPanel timer={timer} actions={actions} carryFrom={carryFrom} />)
        .filter((h) => h.type === 'button')
        .map((h) => textOf(h.props.children));
    const running = { ...idle, started: true, running: true, elapsedSeconds: 20 };
    expect(buttons(idle)).toEqual(['Start']);
    expect(buttons(running)).toEqual(['Pause', 'End early']);
    expect(buttons({ ...running, running: false })).toEqual(['Resume', 'End early']);
    expect(buttons({ ...running, running: false, stopped: true })).toEqual(['Start again']);
    expect(buttons(idle, 60)).toEqual(['Carry on from 1:00', 'Start from the beginning']);
    press(
      mount(<TimerPanel timer={idle} actions={actions} carryFrom={60} />),
      'Carry on from 1:00',
    );
    expect(actions.start).toHaveBeenCalledWith(60);
    press(mount(<TimerPanel timer={running} actions={actions} />), 'End early');
    expect(actions.end).toHaveBeenCalledTimes(1);
  });

  it('shows a finished practice read-only', () => {
    const html = renderToStaticMarkup(player({ ...session, secondsPractised: 155 }, false).element);
    expect(html).toContain('You practised for 2:35 of 3 minutes.');
    expect(html).not.toContain('role="timer"');
    expect(html).toContain('How was that?');
  });
});

describe('the skill practice', () => {
  const ratings = (hosts: Host[]) =>
    hosts.filter((h) => h.type === 'input' && h.props.type === 'radio' && h.props.value !== '');
  const pick = (hosts: Host[], group: 'before' | 'after', value: number) => {
    const scales = ratings(hosts).filter((h) => /^\d+$/.test(String(h.props.value)));
    const names = [...new Set(scales.map((h) => String(h.props.name)))];
    const name = group === 'before' ? names[0] : names[1];
    const input = scales.find((h) => h.props.name === name && h.props.value === String(value));
    if (!input) throw new Error(`no ${group} rating ${value}`);
    (input.props.onChange as () => void)();
  };

  it('reports the rating before and the rating after', () => {
    const { onChange, element } = skillForm(practice);
    const hosts = mount(element);
    pick(hosts, 'before', 7);
    expect(onChange).toHaveBeenLastCalledWith({ ...practice, before: 7 });
    pick(hosts, 'after', 0);
    expect(onChange).toHaveBeenLastCalledWith({ ...practice, after: 0 });
  });

  it('reports the seconds on the skill’s timer', () => {
    const { onChange, element } = skillForm(practice);
    press(mount(element), 'Start');
    vi.advanceTimersByTime(6_000);
    expect(lastCall(onChange)).toEqual({ ...practice, seconds: 5 });
  });

  it('shows the steps, the timer, why it helps and the server’s problem', () => {
    const problem = { field: 'before', message: 'Rate how strong the feeling was before.' };
    const html = renderToStaticMarkup(skillForm({ ...practice, after: 4 }, problem).element);
    expect(html).toContain(`<li>${slowBreath.steps[0] ?? ''}</li>`);
    expect(html).toContain('3:00');
    expect(html).toContain('<summary class="sb-timed__why-summary">Why this helps</summary>');
    expect(html).toContain('Zaccaro');
    expect(html).toContain('(2018).');
    expect(html).toContain('Rate how strong the feeling was before.');
    expect(html).toContain('You chose 4.');
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('has no timer for a skill without one', () => {
    const html = renderToStaticMarkup(skillForm({ ...practice, skillId: 'reach-out' }).element);
    expect(html).not.toContain('role="timer"');
    expect(html).toContain('You can stop at any time');
  });
});
