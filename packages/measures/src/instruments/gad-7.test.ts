import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import {
  answersInOrder,
  answersSummingTo,
  positions,
  sameAnswer,
  without,
} from '../testing/answers';
import { gad7 } from './gad-7';

const all = (value: number) => sameAnswer('gad-7', positions(1, 7), value);

describe('GAD-7', () => {
  it('minimum: every item 0 gives total 0, minimal', () => {
    const result = score(gad7, all(0));
    expect(result.scores.total).toBe(0);
    expect(result.bands.total?.label).toBe('Minimal');
  });

  it('maximum: every item 3 gives total 21, severe', () => {
    const result = score(gad7, all(3));
    expect(result.scores.total).toBe(21);
    expect(result.bands.total?.label).toBe('Severe');
  });

  it.each([
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Severe'],
  ])('band boundary: total %i is %s', (total, label) => {
    const result = score(gad7, answersSummingTo('gad-7', 7, 3, total));
    expect(result.scores.total).toBe(total);
    expect(result.bands.total?.label).toBe(label);
  });

  it('worked example from the MII PRO implementation guide (mii-exa-pro-gad-7-response, total 7)', () => {
    // Several days ×3, more than half the days ×2, not at all ×2 → 1+1+1+2+2+0+0 = 7.
    const result = score(gad7, answersInOrder('gad-7', [1, 1, 1, 2, 2, 0, 0]));
    expect(result.scores.total).toBe(7);
    expect(result.bands.total?.label).toBe('Mild');
  });

  it('missing: no published rule, so one missing item means no total', () => {
    expect(score(gad7, all(2)).scores.total).toBe(14);
    const result = score(gad7, without(all(2), 'gad-7.7'));
    expect(result.status).toBe('incomplete');
    expect(result.scores.total).toBeNull();
  });

  it('invalid: negative, text and NaN answers are named', () => {
    const result = score(gad7, { ...all(0), 'gad-7.1': -1, 'gad-7.2': '2', 'gad-7.3': Number.NaN });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems.map((invalid) => [invalid.itemId, invalid.reason])).toEqual([
      ['gad-7.1', 'below_minimum'],
      ['gad-7.2', 'not_a_number'],
      ['gad-7.3', 'not_a_number'],
    ]);
  });

  it('has no risk items', () => {
    expect(score(gad7, all(3)).riskItems).toEqual([]);
  });
});
