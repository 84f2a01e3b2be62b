import { describe, expect, it } from 'vitest';
import {
  firstUnanswered,
  itemFromField,
  nextStep,
  previousStep,
  progressOf,
  resumeStep,
  searchForStep,
  skippedItems,
  stepFromSearch,
  withAnswer,
} from './answers';

const items = [
  { id: 'q.1', isRiskItem: false },
  { id: 'q.2', isRiskItem: false },
  { id: 'q.3', isRiskItem: true },
  { id: 'q.4', isRiskItem: false },
];

describe('resuming a draft', () => {
  it('starts at the introduction when nothing is answered', () => {
    expect(resumeStep(items, {})).toEqual({ kind: 'intro' });
  });
  it('resumes at the first unanswered question', () => {
    expect(resumeStep(items, { 'q.1': 1 })).toEqual({ kind: 'question', index: 1 });
    expect(resumeStep(items, { 'q.1': 1, 'q.3': 0 })).toEqual({ kind: 'question', index: 1 });
  });
  it('offers the pause when the first unanswered question is a risk item', () => {
    expect(resumeStep(items, { 'q.1': 1, 'q.2': 0 })).toEqual({ kind: 'pause', index: 2 });
  });
  it('goes to the review when all are answered', () => {
    expect(resumeStep(items, { 'q.1': 1, 'q.2': 0, 'q.3': 0, 'q.4': 2 })).toEqual({
      kind: 'review',
    });
  });
  it('treats 0 as an answer', () => {
    expect(firstUnanswered(items, { 'q.1': 0 })).toBe(1);
    expect(firstUnanswered(items, { 'q.1': 0, 'q.2': 0, 'q.3': 0, 'q.4': 0 })).toBeNull();
  });
});

describe('moving through the steps', () => {
  it('pauses before an unanswered risk item, not an answered one', () => {
    expect(nextStep({ kind: 'question', index: 1 }, items, {})).toEqual({
      kind: 'pause',
      index: 2,
    });
    expect(nextStep({ kind: 'question', index: 1 }, items, { 'q.3': 1 })).toEqual({
      kind: 'question',
      index: 2,
    });
  });
  it('skips the risk item from the pause', () => {
    expect(nextStep({ kind: 'pause', index: 2 }, items, {})).toEqual({
      kind: 'question',
      index: 3,
    });
  });
  it('ends at the review and goes back from it to the last question', () => {
    expect(nextStep({ kind: 'question', index: 3 }, items, {})).toEqual({ kind: 'review' });
    expect(previousStep({ kind: 'review' }, items)).toEqual({ kind: 'question', index: 3 });
    expect(previousStep({ kind: 'question', index: 0 }, items)).toEqual({ kind: 'intro' });
    expect(previousStep({ kind: 'pause', index: 2 }, items)).toEqual({
      kind: 'question',
      index: 1,
    });
  });
  it('round-trips through the address', () => {
    for (const step of [
      { kind: 'intro' },
      { kind: 'review' },
      { kind: 'question', index: 2 },
      { kind: 'pause', index: 2 },
    ] as const) {
      expect(stepFromSearch(new URLSearchParams(searchForStep(step)), items.length)).toEqual(step);
    }
    expect(stepFromSearch(new URLSearchParams('q=9'), items.length)).toBeNull();
    expect(stepFromSearch(new URLSearchParams(''), items.length)).toBeNull();
  });
});

describe('progress and skipped questions', () => {
  it('counts the question number and the share answered', () => {
    expect(progressOf(2, items, { 'q.1': 1 })).toEqual({ number: 3, total: 4, percent: 25 });
    expect(progressOf(0, [], {})).toEqual({ number: 1, total: 0, percent: 0 });
  });
  it('lists unanswered questions in order', () => {
    expect(skippedItems(items, { 'q.2': 1, 'q.4': 0 }).map((i) => i.id)).toEqual(['q.1', 'q.3']);
  });
  it('sets and clears answers without mutating', () => {
    const before = { 'q.1': 1 };
    expect(withAnswer(before, 'q.2', 0)).toEqual({ 'q.1': 1, 'q.2': 0 });
    expect(withAnswer(before, 'q.1', null)).toEqual({});
    expect(before).toEqual({ 'q.1': 1 });
  });
  it('reads the item from an error field', () => {
    expect(itemFromField('answers.phq-9.9')).toBe('phq-9.9');
    expect(itemFromField('instrumentIds.1')).toBeNull();
    expect(itemFromField(null)).toBeNull();
  });
});
