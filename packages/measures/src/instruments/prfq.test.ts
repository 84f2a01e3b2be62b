import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import { answersInOrder, positions, sameAnswer, without } from '../testing/answers';
import { prfq } from './prfq';

const FORWARD = positions(1, 18).filter((n) => n !== 11 && n !== 18);

describe('PRFQ', () => {
  it('minimum: 1 on every subscale (items 11 and 18 answered 7)', () => {
    const answers = { ...sameAnswer('prfq', FORWARD, 1), 'prfq.11': 7, 'prfq.18': 7 };
    expect(score(prfq, answers).scores).toEqual({ pm: 1, cm: 1, ic: 1 });
  });

  it('maximum: 7 on every subscale (items 11 and 18 answered 1)', () => {
    const answers = { ...sameAnswer('prfq', FORWARD, 7), 'prfq.11': 1, 'prfq.18': 1 };
    expect(score(prfq, answers).scores).toEqual({ pm: 7, cm: 7, ic: 7 });
  });

  it('worked example constructed by hand from the published key (no published example found)', () => {
    // Items 1–18: 3,5,2,1,6,4,2,5,6,1,2,3,4,7,5,2,6,1.
    // PM 1,4,7,10,13,16: 3+1+2+1+4+2 = 13. CM 2,5,8,11R,14,17: 5+6+5+(8−2)+7+6 = 35.
    // IC 3,6,9,12,15,18R: 2+4+6+3+5+(8−1) = 27.
    const answers = answersInOrder('prfq', [3, 5, 2, 1, 6, 4, 2, 5, 6, 1, 2, 3, 4, 7, 5, 2, 6, 1]);
    const result = score(prfq, answers);
    expect(result.scores.pm).toBeCloseTo(13 / 6, 12);
    expect(result.scores.cm).toBeCloseTo(35 / 6, 12);
    expect(result.scores.ic).toBe(4.5);
  });

  it('missing: item 18 missing removes IC only', () => {
    const answers = sameAnswer('prfq', positions(1, 18), 4);
    expect(score(prfq, without(answers, 'prfq.18')).scores).toEqual({ pm: 4, cm: 4, ic: null });
  });

  it('invalid: a non-integer is named', () => {
    const result = score(prfq, { ...sameAnswer('prfq', positions(1, 18), 4), 'prfq.5': 3.5 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems[0]?.reason).toBe('not_an_integer');
  });

  it('has no total score and ships no item text', () => {
    expect(prfq.scores.map((definition) => definition.name)).toEqual(['pm', 'cm', 'ic']);
    expect(prfq.items.some((item) => item.text !== undefined)).toBe(false);
  });
});
