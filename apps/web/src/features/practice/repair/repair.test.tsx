/**
 * The repair builder, driven the way a client would: type, press, step through.
 *
 * This workspace has no DOM (no jsdom, no @testing-library), so test-render.ts stands in:
 * React's state hooks come from test-hooks.ts, and events call the very handlers the JSX
 * attached. Effects do not run (speech is tested through the "read again" button instead).
 */
import type { ContentProblem, RepairPlan } from '@securebase/practice';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../i18n';
import { emptyContent } from '../exercise-form';
import { RepairBuilder } from './repair-builder';
import { mount } from './test-render';

vi.mock('react', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react')>();
  const { useState, useId, useRef, useEffect } = await import('./test-hooks');
  return { ...actual, useState, useId, useRef, useEffect };
});

vi.mock('react-i18next', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react-i18next')>();
  const useTranslation = () => {
    const i18n = actual.getI18n();
    return { t: i18n.t.bind(i18n), i18n, ready: true };
  };
  return { ...actual, useTranslation };
});

const filled = (): RepairPlan => ({
  ...emptyContent('repair', { likelyResponses: ['You always do this.', 'Fine.'] }),
  whatHappened: 'you went quiet at dinner',
  feelingUnderneath: 'lonely',
  need: 'to feel close to you',
  request: 'Could we take a walk together tonight?',
});

function setup(start: RepairPlan, over: { problem?: ContentProblem; isDraft?: boolean } = {}) {
  let value = start;
  let problem = over.problem ?? null;
  const onChange = vi.fn((next: RepairPlan) => {
    value = next;
  });
  const view = mount(() => (
    <RepairBuilder
      value={value}
      onChange={onChange}
      settings={{}}
      problem={problem}
      isDraft={over.isDraft ?? true}
    />
  ));
  const refuse = (next: ContentProblem | null) => {
    problem = next;
  };
  return { view, onChange, refuse, current: () => value };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('preparing', () => {
  it('reports the request as it is typed, leaving the rest alone', () => {
    const { view, onChange, current } = setup(filled());
    view.type('My request', 'I would love a hug when I get home.');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(current()).toEqual({ ...filled(), request: 'I would love a hug when I get home.' });
  });

  it('starts from the responses the clinician scripted, and adds and removes them', () => {
    const { view, current } = setup(filled());
    expect(current().responses.map((r) => r.theySay)).toEqual(['You always do this.', 'Fine.']);
    view.press('Add a response');
    view.type('They might say…', 'Changed');
    expect(current().responses).toHaveLength(3);
    expect(current().responses[0]?.theySay).toBe('Changed');
    view.press('Remove response 2');
    expect(current().responses.map((r) => r.theySay)).toEqual(['Changed', '']);
  });

  it('stops at five responses', () => {
    const five = Array.from({ length: 5 }, () => ({ theySay: 'x', iStayConnected: '' }));
    const { view } = setup({ ...filled(), responses: five });
    expect(view.hasButton('Add a response')).toBe(false);
    expect(view.text()).toContain('You can plan up to 5 responses.');
  });

  it('keeps the safety note in view', () => {
    expect(setup(filled()).view.text()).toContain(
      "If you feel unsafe with this person, don't rehearse this alone — talk it through with your clinician first.",
    );
  });

  it('shows a refusal next to its field', () => {
    const problem = { field: 'request', message: 'Put your request into words.' };
    const { view } = setup(filled(), { problem });
    expect(view.text()).toContain('Put your request into words.');
    expect(view.field('My request').props['aria-invalid']).toBe(true);
  });

  it('brings Prepare forward when the server refuses something written there', () => {
    const { view, refuse } = setup(filled());
    view.press('Rehearse');
    expect(view.text()).toContain('Turn 1 of 5');
    refuse({ field: 'responses.1.theySay', message: 'Keep this shorter.' });
    expect(view.text()).toContain('Keep this shorter.');
  });

  it('keeps a finished plan as it is', () => {
    const { view } = setup(filled(), { isDraft: false });
    expect(view.field('My request').props.readOnly).toBe(true);
    expect(view.hasButton('Add a response')).toBe(false);
  });
});

/** Stands in for the browser's SpeechSynthesisUtterance. */
class Utterance {
  lang = '';
  rate = 1;
  pitch = 1;
  constructor(readonly text: string) {}
}

describe('rehearsing', () => {
  const ready = (): RepairPlan => ({
    ...filled(),
    responses: [
      { theySay: 'You always do this.', iStayConnected: 'I hear that you feel blamed.' },
      { theySay: 'Fine.', iStayConnected: '' },
    ],
  });

  it('steps through the opening and each response with Next and Back', () => {
    const { view } = setup(ready());
    view.press('Rehearse');
    expect(view.text()).toContain('Turn 1 of 5');
    expect(view.text()).toContain('You begin');
    expect(view.text()).toContain(
      'When you went quiet at dinner, I felt lonely. What I need is to feel close to you. ' +
        'Could we take a walk together tonight?',
    );
    expect(view.button('Back').props.disabled).toBe(true);
    view.press('Next');
    expect(view.text()).toContain('They say');
    expect(view.text()).toContain('You always do this.');
    view.press('Next');
    expect(view.text()).toContain('You stay connected');
    expect(view.text()).toContain('I hear that you feel blamed.');
    view.press('Back');
    expect(view.text()).toContain('Turn 2 of 5');
    view.press('Next');
    view.press('Next');
    expect(view.text()).toContain('Fine.');
    view.press('Next');
    expect(view.text()).toContain('Turn 5 of 5');
    expect(view.text()).toContain('what could you say to stay close?');
    expect(view.hasButton('Next')).toBe(false);
  });

  it('counts a finished rehearsal, encourages, and offers another', () => {
    const { view, onChange, current } = setup(ready());
    view.press('Rehearse');
    for (let turn = 1; turn < 5; turn += 1) view.press('Next');
    view.press('Rehearsed');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(current()).toEqual({ ...ready(), rehearsals: 1 });
    expect(view.text()).toContain('Well done.');
    expect(view.text()).toContain("You've rehearsed this once.");
    view.press('Rehearse again');
    expect(view.text()).toContain('Turn 1 of 5');
    for (let turn = 1; turn < 5; turn += 1) view.press('Next');
    view.press('Rehearsed');
    expect(current().rehearsals).toBe(2);
    expect(view.text()).toContain("You've rehearsed this 2 times.");
  });

  it('says what is missing when the plan is too empty to rehearse', () => {
    const { view } = setup(emptyContent('repair', {}));
    view.press('Rehearse');
    const text = view.text();
    for (const part of ['what happened', 'your feeling underneath', 'your request']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('at least one thing they might say');
    view.press('Go to Prepare');
    expect(view.field('My request').props.value).toBe('');
  });

  it('works as text when the browser cannot read aloud', () => {
    const { view } = setup(ready());
    view.press('Rehearse');
    expect(view.text()).toContain("Reading aloud isn't available here");
    expect(view.hasButton('Read aloud')).toBe(false);
  });

  it('reads lines aloud in one calm voice when the browser can', () => {
    const spoken: { text: string; rate: number }[] = [];
    const synth = { cancel: vi.fn(), speak: vi.fn((u: Utterance) => spoken.push(u)) };
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    const { view } = setup(ready());
    view.press('Rehearse');
    expect(view.button('Read aloud').props['aria-pressed']).toBe(false);
    view.press('Read aloud');
    expect(view.button('Read aloud').props['aria-pressed']).toBe(true);
    view.press('Next');
    view.press('Read this line again');
    expect(spoken).toEqual([expect.objectContaining({ text: 'You always do this.', rate: 0.9 })]);
  });

  it('never throws when speech fails', () => {
    const synth = {
      cancel: vi.fn(),
      speak: vi.fn(() => {
        throw new Error('not allowed');
      }),
    };
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    const { view } = setup(ready());
    view.press('Rehearse');
    view.press('Read aloud');
    expect(() => view.press('Read this line again')).not.toThrow();
  });
});

describe('after the conversation', () => {
  it('says "not yet" until the conversation is logged, then records it', () => {
    const { view, current } = setup(filled());
    expect(view.text()).toContain('Not yet.');
    view.press("I've had the conversation");
    expect(current().realConversation).toEqual({
      happenedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
      howItWent: '',
      rating: 5,
    });
    view.type('When did you talk?', '2025-03-02');
    view.type('How it went', 'We both cried a little, then laughed.');
    view.type('How did it go?', '8');
    expect(current().realConversation).toEqual({
      happenedOn: '2025-03-02',
      howItWent: 'We both cried a little, then laughed.',
      rating: 8,
    });
    expect(view.text()).toContain('8 out of 10');
    view.press("It hasn't happened yet");
    expect(current().realConversation).toBeNull();
  });

  it('shows refusals of the date and the rating next to them', () => {
    const real = { happenedOn: '', howItWent: '', rating: 5 };
    const problem = {
      field: 'realConversation.happenedOn',
      message: 'Give the date as YYYY-MM-DD.',
    };
    const { view, refuse } = setup({ ...filled(), realConversation: real }, { problem });
    expect(view.text()).toContain('Give the date as YYYY-MM-DD.');
    expect(view.field('When did you talk?').props['aria-invalid']).toBe(true);
    refuse({ field: 'realConversation.rating', message: 'Give a whole number from 0 to 10.' });
    expect(view.field('How did it go?').props['aria-invalid']).toBe(true);
    expect(view.text()).toContain('Give a whole number from 0 to 10.');
  });
});
