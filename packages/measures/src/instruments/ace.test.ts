import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import { answersSummingTo, positions, sameAnswer, without } from '../testing/answers';
import { ace } from './ace';

const all = (value: number) => sameAnswer('ace', positions(1, 10), value);

describe('ACE', () => {
  it('minimum: all "no" gives 0', () => {
    const result = score(ace, all(0));
    expect(result.scores.total).toBe(0);
    expect(result.bands.total?.label).toBe('No ACEs reported');
  });

  it('maximum: all "yes" gives 10', () => {
    const result = score(ace, all(1));
    expect(result.scores.total).toBe(10);
    expect(result.bands.total?.label).toMatch(/^Four or more/);
  });

  it.each([
    [0, 'No ACEs reported'],
    [1, 'One ACE'],
    [2, 'Two or three ACEs'],
    [3, 'Two or three ACEs'],
    [4, 'Four or more ACEs (high-exposure group in epidemiology)'],
  ])('grouping boundary: %i ACEs', (total, label) => {
    const result = score(ace, answersSummingTo('ace', 10, 1, total));
    expect(result.scores.total).toBe(total);
    expect(result.bands.total?.label).toBe(label);
  });

  it('worked example constructed by hand (count of yes answers; no published example found)', () => {
    // Yes to emotional abuse (1), separation/divorce (6) and household mental illness (9) → 3.
    const result = score(ace, { ...all(0), 'ace.1': 1, 'ace.6': 1, 'ace.9': 1 });
    expect(result.scores.total).toBe(3);
  });

  it('missing: an unanswered item is not a "no" — no score', () => {
    const result = score(ace, without(all(0), 'ace.3'));
    expect(result.status).toBe('incomplete');
    expect(result.scores.total).toBeNull();
    expect(result.missingItems).toEqual(['ace.3']);
  });

  it('invalid: 2 is not a yes/no answer', () => {
    const result = score(ace, { ...all(0), 'ace.2': 2 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems[0]?.itemId).toBe('ace.2');
  });
});
