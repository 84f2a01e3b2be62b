/**
 * The emotion log, mentalizing and secure-base forms. The unit project runs in Node without a
 * DOM, so, as elsewhere in apps/web, the forms are rendered to markup; what a tap or a slider
 * does is tested through the same edit actions the forms wire to their controls.
 */
import {
  EMOTION_WORDS,
  HELPERS,
  checkContent,
  type ContentOf,
  type ContentProblem,
  type ExerciseKind,
} from '@securebase/practice';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import '../../../i18n';
import strings from '../../../i18n/exercises.en.json';
import { emptyContent, type ExerciseFormProps } from '../exercise-form';
import {
  MOST_MOMENTS,
  emotionLogEdits,
  mentalizingEdits,
  secureBaseEdits,
  shownReadings,
} from './edits';
import { EmotionLogForm } from './emotion-log-form';
import { MentalizingForm } from './mentalizing-form';
import { SecureBaseForm } from './secure-base-form';

const empty = <K extends ExerciseKind>(kind: K) => emptyContent(kind, {});

function props<K extends ExerciseKind>(
  value: ContentOf[K],
  problem: ContentProblem | null = null,
): ExerciseFormProps<K> {
  return { value, onChange: () => undefined, settings: {}, problem, isDraft: true };
}

const render = (node: ReactNode) => renderToStaticMarkup(<>{node}</>);
const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length;

/** The `<button>` whose text is `label` (a chip), as markup. */
function button(html: string, label: string): string {
  const found = [...html.matchAll(/<button[^>]*>(?:[^<]|<(?!\/button>))*<\/button>/g)]
    .map((m) => m[0])
    .find((markup) => markup.endsWith(`>${label}</button>`));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

describe('the emotion log', () => {
  it('chooses an emotion, then moves its intensity, handing over the whole content', () => {
    const start = empty('emotion_log');
    const onChange = vi.fn<(next: ContentOf['emotion_log']) => void>();
    emotionLogEdits(start, onChange).toggleEmotion('anxious');
    const chosen = { ...start, emotions: [{ word: 'anxious', intensity: 5 }] };
    expect(onChange).toHaveBeenLastCalledWith(chosen);

    emotionLogEdits(chosen, onChange).rate(0, 8);
    const rated = { ...start, emotions: [{ word: 'anxious', intensity: 8 }] };
    expect(onChange).toHaveBeenLastCalledWith(rated);
    expect(checkContent('emotion_log', { ...rated, situation: 'Call' }, 'done').ok).toBe(true);
  });

  it('shows a chosen word as pressed, with a named 0–10 slider and its number', () => {
    const value = { ...empty('emotion_log'), emotions: [{ word: 'anxious', intensity: 8 }] };
    const html = render(<EmotionLogForm {...props<'emotion_log'>(value)} />);
    expect(button(html, 'anxious')).toContain('aria-pressed="true"');
    expect(button(html, 'lonely')).toContain('aria-pressed="false"');
    expect(html).toContain('How strong: anxious</label>');
    const range = /<input[^>]*type="range"[^>]*>/.exec(html)?.[0] ?? '';
    expect(range).toContain('min="0"');
    expect(range).toContain('max="10"');
    expect(range).toContain('step="1"');
    expect(range).toContain('value="8"');
    expect(range).toContain('aria-valuetext="8 out of 10"');
    expect(html).toMatch(/<output[^>]*>8<\/output>/);
    expect(html).toContain('Remove anxious');
  });

  it('shows a problem with an intensity beside that slider', () => {
    const value = {
      ...empty('emotion_log'),
      emotions: [
        { word: 'sad', intensity: 3 },
        { word: 'hurt', intensity: 4 },
      ],
    };
    const problem = { field: 'emotions.0.intensity', message: 'Give a whole number from 0 to 10.' };
    const html = render(<EmotionLogForm {...props<'emotion_log'>(value, problem)} />);
    expect(count(html, /Give a whole number from 0 to 10\./g)).toBe(1);
    const first = html.indexOf('How strong: sad');
    const message = html.indexOf('Give a whole number');
    expect(first).toBeGreaterThan(-1);
    expect(message).toBeGreaterThan(first);
    expect(message).toBeLessThan(html.indexOf('How strong: hurt'));
    const ranges = [...html.matchAll(/<input[^>]*type="range"[^>]*>/g)].map((m) => m[0]);
    expect(ranges[0]).toContain('aria-invalid="true"');
    expect(ranges[1]).not.toContain('aria-invalid');
  });

  it('holds six emotions at most and says why the other words are unavailable', () => {
    const six = ['sad', 'lonely', 'hurt', 'afraid', 'anxious', 'calm'];
    const value = {
      ...empty('emotion_log'),
      emotions: six.map((word) => ({ word, intensity: 2 })),
    };
    const onChange = vi.fn();
    emotionLogEdits(value, onChange).toggleEmotion('proud');
    expect(onChange).not.toHaveBeenCalled();
    const html = render(<EmotionLogForm {...props<'emotion_log'>(value)} />);
    expect(button(html, 'proud')).toContain('aria-disabled="true"');
    expect(button(html, 'sad')).not.toContain('aria-disabled');
    expect(html).toContain('You’ve chosen 6, the most for one entry.');
  });

  it('leaves the intensity afterwards unrated until asked, and lets “nothing helped” stand alone', () => {
    const value = { ...empty('emotion_log'), helped: ['slow-breath'] };
    const html = render(<EmotionLogForm {...props<'emotion_log'>(value)} />);
    expect(html).toContain('Not rated');
    expect(count(html, /type="range"/g)).toBe(0);
    const onChange = vi.fn<(next: ContentOf['emotion_log']) => void>();
    emotionLogEdits(value, onChange).toggleHelper('nothing-helped');
    expect(onChange.mock.lastCall?.[0].helped).toEqual(['nothing-helped']);
    emotionLogEdits(value, onChange).rateAfter(3);
    expect(onChange.mock.lastCall?.[0].intensityAfter).toBe(3);
  });

  it('has a label for every emotion word, family and helper, and no inline styles', () => {
    for (const word of EMOTION_WORDS) expect(strings.exercises.emotions).toHaveProperty([word.id]);
    for (const helper of HELPERS) expect(strings.exercises.helpers).toHaveProperty([helper]);
    const html = render(<EmotionLogForm {...props<'emotion_log'>(empty('emotion_log'))} />);
    expect(html).toContain('Putting a name to the feeling');
    expect(html).not.toContain('style=');
  });
});

describe('mentalizing', () => {
  const readingsIn = (html: string) => count(html, /<legend class="sb-ex-reading__legend">/g);

  it('starts with two readings and no way to remove them', () => {
    const html = render(<MentalizingForm {...props<'mentalizing'>(empty('mentalizing'))} />);
    expect(readingsIn(html)).toBe(2);
    expect(html).toContain('There is no right answer');
    expect(html).not.toContain('Remove reading');
    expect(html).not.toContain('style=');
  });

  it('still shows two readings when the saved entry kept none', () => {
    const value = { ...empty('mentalizing'), readings: [] };
    expect(readingsIn(render(<MentalizingForm {...props<'mentalizing'>(value)} />))).toBe(2);
  });

  it('adds a third reading, which can be removed, and never more than five', () => {
    const onChange = vi.fn<(next: ContentOf['mentalizing']) => void>();
    mentalizingEdits(empty('mentalizing'), onChange).addReading();
    const three = onChange.mock.lastCall?.[0];
    if (!three) throw new Error('no change');
    expect(three.readings).toHaveLength(3);
    const html = render(<MentalizingForm {...props<'mentalizing'>(three)} />);
    expect(readingsIn(html)).toBe(3);
    expect(html).toContain('Remove reading 3');

    const reading = { feelings: 'tired', thoughts: '' };
    const five = { ...three, readings: [reading, reading, reading, reading, reading] };
    onChange.mockClear();
    mentalizingEdits(five, onChange).addReading();
    expect(onChange).not.toHaveBeenCalled();
    const full = render(<MentalizingForm {...props<'mentalizing'>(five)} />);
    expect(button(full, 'Add another reading')).toContain('disabled');
    expect(full).toContain('That’s 5 readings');
  });

  it('writes into one reading and shows its problem there', () => {
    const onChange = vi.fn<(next: ContentOf['mentalizing']) => void>();
    mentalizingEdits(empty('mentalizing'), onChange).writeReading(1, 'feelings', 'let down');
    expect(onChange.mock.lastCall?.[0].readings[1]).toEqual({ feelings: 'let down', thoughts: '' });
    expect(shownReadings([])).toHaveLength(2);
    const problem = { field: 'readings.1.feelings', message: 'Keep this shorter.' };
    const html = render(
      <MentalizingForm {...props<'mentalizing'>(empty('mentalizing'), problem)} />,
    );
    expect(html.indexOf('Keep this shorter.')).toBeGreaterThan(html.indexOf('Reading 2'));
  });
});

describe('the secure base', () => {
  it('explains the secure base and offers one line in each list', () => {
    const html = render(<SecureBaseForm {...props<'secure_base'>(empty('secure_base'))} />);
    expect(html).toContain('A secure base is someone you can turn to');
    expect(html).toContain('Someone was there for me');
    expect(html).toContain('I was there for someone');
    expect(count(html, /<textarea/g)).toBe(2);
    expect(html).not.toContain('Remove moment');
    expect(html).not.toContain('style=');
  });

  it('adds and removes moments, up to twelve a list', () => {
    const onChange = vi.fn<(next: ContentOf['secure_base']) => void>();
    const value = { thereForMe: ['A friend called'], iWasThere: [''] };
    secureBaseEdits(value, onChange).add('thereForMe');
    expect(onChange).toHaveBeenLastCalledWith({
      thereForMe: ['A friend called', ''],
      iWasThere: [''],
    });

    const two = { thereForMe: ['A friend called', 'Tea with Mum'], iWasThere: [''] };
    const html = render(<SecureBaseForm {...props<'secure_base'>(two)} />);
    expect(html).toContain('Remove moment 2 from “Someone was there for me”');
    secureBaseEdits(two, onChange).remove('thereForMe', 0);
    expect(onChange).toHaveBeenLastCalledWith({ thereForMe: ['Tea with Mum'], iWasThere: [''] });

    const full = { thereForMe: Array.from({ length: MOST_MOMENTS }, () => 'x'), iWasThere: [] };
    onChange.mockClear();
    secureBaseEdits(full, onChange).add('thereForMe');
    expect(onChange).not.toHaveBeenCalled();
    expect(render(<SecureBaseForm {...props<'secure_base'>(full)} />)).toContain(
      'That’s 12 moments',
    );
  });

  it('shows “write at least one moment” at the first list', () => {
    const problem = { field: 'thereForMe', message: 'Write at least one moment.' };
    const html = render(
      <SecureBaseForm {...props<'secure_base'>(empty('secure_base'), problem)} />,
    );
    const message = html.indexOf('Write at least one moment.');
    expect(message).toBeGreaterThan(html.indexOf('Someone was there for me'));
    expect(message).toBeLessThan(html.indexOf('I was there for someone'));
  });
});
