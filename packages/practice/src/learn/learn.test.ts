import { describe, expect, it } from 'vitest';
import type { Article } from '../content-types';
import { ARTICLES, articleById } from './index';

/** Words are whitespace-separated tokens with at least one letter or digit (dashes alone don't count). */
function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Sentences end in . ! or ?, optionally followed by a closing quote or bracket, then space. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?][”’")]?)\s+/).filter((s) => countWords(s) > 0);
}

function paragraphs(article: Article): string[] {
  return article.sections.flatMap((s) => [...s.paragraphs]);
}

function articleWords(article: Article): number {
  return article.sections
    .flatMap((s) => [s.heading, ...s.paragraphs])
    .reduce((n, text) => n + countWords(text), 0);
}

function allText(article: Article): string[] {
  return [
    article.title,
    article.summary,
    ...article.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
    ...article.reflect,
  ];
}

const EXPECTED_ORDER = [
  'secure-base',
  'strange-situation',
  'two-dimensions',
  'working-models',
  'attachment-and-emotions',
  'window-of-tolerance',
  'mentalizing',
  'rupture-and-repair',
  'couples-negative-cycle',
  'trauma-and-loss',
  'parenting',
  'earned-security',
];

/** Labelling or diagnostic wording that must never be said to a client. */
const FORBIDDEN_PHRASES = [
  'you have an attachment disorder',
  'you have attachment disorder',
  'reactive attachment disorder',
  'you are avoidant',
  'you are an avoidant',
  'you are preoccupied',
  'you are dismissing',
  'you are fearful-avoidant',
  'you are disorganized',
  'you are disorganised',
  'you are insecure',
  'you are insecurely attached',
  'you are anxiously attached',
  'you are an anxious type',
  'your attachment style is',
  'you have a personality disorder',
  'you are damaged',
  'you are broken',
];

/** Articles that touch on distress, and so must point to grounding, the clinician and crisis contacts. */
const SAFETY_NOTE_IDS = [
  'strange-situation',
  'attachment-and-emotions',
  'window-of-tolerance',
  'trauma-and-loss',
  'earned-security',
];

describe('Learn articles', () => {
  it('has at least twelve articles, in the suggested reading order', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(12);
    expect(ARTICLES.map((a) => a.id).slice(0, EXPECTED_ORDER.length)).toEqual(EXPECTED_ORDER);
  });

  it('has unique kebab-case ids', () => {
    const ids = ARTICLES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('finds each article by id and nothing for an unknown id', () => {
    for (const article of ARTICLES) expect(articleById(article.id)).toBe(article);
    expect(articleById('no-such-article')).toBeUndefined();
    expect(articleById('')).toBeUndefined();
  });

  describe.each(ARTICLES.map((a) => [a.id, a] as const))('%s', (_id, article) => {
    it('has a title, a one-sentence summary and 3–5 sections with paragraphs', () => {
      expect(article.title.trim()).not.toBe('');
      expect(sentences(article.summary)).toHaveLength(1);
      expect(article.sections.length).toBeGreaterThanOrEqual(3);
      expect(article.sections.length).toBeLessThanOrEqual(5);
      for (const section of article.sections) {
        expect(section.heading.trim()).not.toBe('');
        expect(section.paragraphs.length).toBeGreaterThan(0);
      }
    });

    it('is 350–700 words long', () => {
      const words = articleWords(article);
      expect(words).toBeGreaterThanOrEqual(350);
      expect(words).toBeLessThanOrEqual(700);
    });

    it('states a reading time that matches its length at 200 words a minute', () => {
      expect(article.readingMinutes).toBe(Math.ceil(articleWords(article) / 200));
    });

    it('keeps sentences short: at most 22 words on average', () => {
      const all = paragraphs(article).flatMap(sentences);
      const words = all.reduce((n, s) => n + countWords(s), 0);
      expect(all.length).toBeGreaterThan(0);
      expect(words / all.length).toBeLessThanOrEqual(22);
    });

    it('uses no diagnostic or labelling wording', () => {
      for (const text of allText(article)) {
        const lower = text.toLowerCase();
        for (const phrase of FORBIDDEN_PHRASES) expect(lower).not.toContain(phrase);
      }
    });

    it('is plain text without markup', () => {
      for (const text of allText(article)) {
        expect(text).not.toMatch(/[<>*_#`[\]{}]|https?:\/\//);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\s{2,}/);
      }
    });

    it('uses typographic apostrophes only', () => {
      for (const text of allText(article)) expect(text).not.toContain("'");
    });

    it('offers at least one question to reflect on', () => {
      expect(article.reflect.length).toBeGreaterThanOrEqual(1);
      for (const question of article.reflect) expect(question.trim().endsWith('?')).toBe(true);
    });

    it('cites at least two complete references', () => {
      expect(article.references.length).toBeGreaterThanOrEqual(2);
      for (const ref of article.references) {
        expect(ref.authors.trim()).not.toBe('');
        expect(ref.title.trim()).not.toBe('');
        expect(ref.source.trim()).not.toBe('');
        expect(Number.isInteger(ref.year)).toBe(true);
        expect(ref.year).toBeGreaterThanOrEqual(1950);
        expect(ref.year).toBeLessThanOrEqual(2026);
        if (ref.doi !== undefined) expect(ref.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
      }
    });
  });

  it.each(SAFETY_NOTE_IDS)('%s points to grounding, the clinician and crisis contacts', (id) => {
    const article = articleById(id);
    expect(article).toBeDefined();
    const text = (article ? paragraphs(article) : []).join(' ').toLowerCase();
    expect(text).toContain('ground');
    expect(text).toContain('clinician');
    expect(text).toContain('safety plan');
    expect(text).toContain('emergency services');
  });

  it('opens the trauma and loss article with a content note', () => {
    const first = articleById('trauma-and-loss')?.sections[0]?.paragraphs[0] ?? '';
    expect(first.toLowerCase()).toMatch(/^content note/);
    expect(first).toContain('stop');
  });

  it('describes attachment patterns as positions that can change, not labels', () => {
    const article = articleById('two-dimensions');
    expect(article).toBeDefined();
    const text = (article ? paragraphs(article) : []).join(' ').toLowerCase();
    expect(text).toContain('not a diagnosis');
    expect(text).toContain('change');
  });
});
