import { describe, expect, it } from 'vitest';
import type { Reference } from './content-types';
import { MINDFULNESS_PRACTICES, practiceById } from './mindfulness';
import { REGULATION_SKILLS, skillById } from './skills';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOI = /^10\.\d{4,9}\/\S+$/;
/** Letters, digits, spaces and basic punctuation: what a speech synthesizer reads naturally. */
const SPEAKABLE = /^[\p{L}\p{N} .,;:'’?!-]+$/u;
/** A slow, calm speaking rate (words per second) and a short silence after each cue. */
const WORDS_PER_SECOND = 2.5;
const PAUSE_SECONDS = 2;

const REQUIRED_SKILLS = [
  'name-the-feeling',
  'slow-breath',
  'grounding-senses',
  'self-soothing',
  'reach-out',
  'pause-before-reacting',
  'safe-place-imagery',
];
const REQUIRED_PRACTICES = ['breath', 'body-scan', 'present-in-hard-conversation'];

function expectValidReferences(references: readonly Reference[]): void {
  expect(references.length).toBeGreaterThanOrEqual(1);
  for (const reference of references) {
    expect(reference.authors.trim()).not.toBe('');
    expect(reference.title.trim()).not.toBe('');
    expect(reference.source.trim()).not.toBe('');
    expect(Number.isInteger(reference.year)).toBe(true);
    expect(reference.year).toBeGreaterThanOrEqual(1950);
    expect(reference.year).toBeLessThanOrEqual(2026);
    if (reference.doi !== undefined) expect(reference.doi).toMatch(DOI);
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

describe('regulation skills', () => {
  const ids = REGULATION_SKILLS.map((skill) => skill.id);

  it('has unique kebab-case ids, including the required ones', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_SKILLS));
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(ids.length).toBeLessThanOrEqual(8);
  });

  describe.each(REGULATION_SKILLS.map((skill) => [skill.id, skill] as const))('%s', (_, skill) => {
    it('has a title, summary, why and 4 to 7 non-empty steps', () => {
      expect(skill.title.trim()).not.toBe('');
      expect(skill.summary.trim()).not.toBe('');
      expect(skill.why.trim()).not.toBe('');
      expect(skill.steps.length).toBeGreaterThanOrEqual(4);
      expect(skill.steps.length).toBeLessThanOrEqual(7);
      for (const step of skill.steps) expect(step.trim()).not.toBe('');
    });

    it('has a timer between 30 and 1200 seconds when it has one', () => {
      if (skill.timerSeconds === undefined) return;
      expect(Number.isInteger(skill.timerSeconds)).toBe(true);
      expect(skill.timerSeconds).toBeGreaterThanOrEqual(30);
      expect(skill.timerSeconds).toBeLessThanOrEqual(1200);
    });

    it('has complete references', () => {
      expectValidReferences(skill.references);
    });
  });

  it('gives the breathing, grounding and pause skills a timer', () => {
    expect(skillById('slow-breath')?.timerSeconds).toBe(180);
    expect(skillById('grounding-senses')?.timerSeconds).toBe(120);
    expect(skillById('pause-before-reacting')?.timerSeconds).toBe(60);
  });

  it('skillById finds each skill and returns undefined for an unknown id', () => {
    for (const skill of REGULATION_SKILLS) expect(skillById(skill.id)).toBe(skill);
    expect(skillById('no-such-skill')).toBeUndefined();
    expect(skillById('')).toBeUndefined();
  });
});

describe('mindfulness practices', () => {
  const ids = MINDFULNESS_PRACTICES.map((practice) => practice.id);

  it('has unique kebab-case ids, including the required ones', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_PRACTICES));
  });

  describe.each(MINDFULNESS_PRACTICES.map((practice) => [practice.id, practice] as const))(
    '%s',
    (_, practice) => {
      it('has a title, summary, closing and 6 to 12 non-empty cues', () => {
        expect(practice.title.trim()).not.toBe('');
        expect(practice.summary.trim()).not.toBe('');
        expect(practice.closing.trim()).not.toBe('');
        expect(practice.cues.length).toBeGreaterThanOrEqual(6);
        expect(practice.cues.length).toBeLessThanOrEqual(12);
        for (const cue of practice.cues) expect(cue.text.trim()).not.toBe('');
      });

      it('has cues starting at 0, strictly increasing and all below 1', () => {
        expect(practice.cues[0]?.at).toBe(0);
        practice.cues.forEach((cue, index) => {
          expect(cue.at).toBeGreaterThanOrEqual(0);
          expect(cue.at).toBeLessThan(1);
          const previous = practice.cues[index - 1];
          if (previous) expect(cue.at).toBeGreaterThan(previous.at);
        });
      });

      it('has lengths in ascending order, each 1 to 60 minutes', () => {
        expect(practice.minutes.length).toBeGreaterThanOrEqual(1);
        practice.minutes.forEach((minutes, index) => {
          expect(Number.isInteger(minutes)).toBe(true);
          expect(minutes).toBeGreaterThanOrEqual(1);
          expect(minutes).toBeLessThanOrEqual(60);
          const previous = practice.minutes[index - 1];
          if (previous !== undefined) expect(minutes).toBeGreaterThan(previous);
        });
      });

      it('has spoken text made only of letters, digits, spaces and basic punctuation', () => {
        for (const text of [...practice.cues.map((cue) => cue.text), practice.closing]) {
          expect(text).toMatch(SPEAKABLE);
        }
      });

      it('says at the start that the client can stop at any time', () => {
        expect(practice.cues[0]?.text).toMatch(/\bstop\b/i);
      });

      it('leaves time to speak each cue before the next one at the shortest length', () => {
        const seconds = (practice.minutes[0] ?? 0) * 60;
        practice.cues.forEach((cue, index) => {
          const next = practice.cues[index + 1]?.at ?? 1;
          const gap = (next - cue.at) * seconds;
          expect(gap).toBeGreaterThanOrEqual(
            wordCount(cue.text) / WORDS_PER_SECOND + PAUSE_SECONDS,
          );
        });
      });

      it('has complete references', () => {
        expectValidReferences(practice.references);
      });
    },
  );

  it('offers the agreed lengths', () => {
    expect(practiceById('breath')?.minutes).toEqual([3, 5, 10]);
    expect(practiceById('body-scan')?.minutes).toEqual([5, 10, 15]);
    expect(practiceById('present-in-hard-conversation')?.minutes).toEqual([3, 5]);
  });

  it('tells the client in the body scan that the eyes can stay open and any part can be skipped', () => {
    const bodyScan = practiceById('body-scan');
    const opening = `${bodyScan?.summary ?? ''} ${bodyScan?.cues[0]?.text ?? ''}`;
    expect(opening).toMatch(/eyes open/i);
    expect(opening).toMatch(/skip any part/i);
    expect(opening).toMatch(/move/i);
  });

  it('practiceById finds each practice and returns undefined for an unknown id', () => {
    for (const practice of MINDFULNESS_PRACTICES) expect(practiceById(practice.id)).toBe(practice);
    expect(practiceById('no-such-practice')).toBeUndefined();
    expect(practiceById('')).toBeUndefined();
  });
});
