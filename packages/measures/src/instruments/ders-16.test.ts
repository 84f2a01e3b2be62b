import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import { answersInOrder, positions, sameAnswer, without } from '../testing/answers';
import { ders16 } from './ders-16';

const all = (value: number) => sameAnswer('ders-16', positions(1, 16), value);

describe('DERS-16', () => {
  it('minimum: every item 1 gives 16 and each subscale its item count', () => {
    expect(score(ders16, all(1)).scores).toEqual({
      total: 16,
      nonacceptance: 3,
      goals: 3,
      impulse: 3,
      strategies: 5,
      clarity: 2,
    });
  });

  it('maximum: every item 5 gives 80', () => {
    expect(score(ders16, all(5)).scores).toEqual({
      total: 80,
      nonacceptance: 15,
      goals: 15,
      impulse: 15,
      strategies: 25,
      clarity: 10,
    });
  });

  it('worked example constructed by hand from the DERS-36 key mapped to DERS-16 order', () => {
    // Items 1–16: 2,3, 4,5, 1,2, 3,4, 5,1, 2,3, 4,5, 1,2.
    // Clarity 1,2 = 5; Goals 3,7,15 = 4+3+1 = 8; Impulse 4,8,11 = 5+4+2 = 11;
    // Strategies 5,6,12,14,16 = 1+2+3+5+2 = 13; Nonacceptance 9,10,13 = 5+1+4 = 10; total 47.
    const answers = answersInOrder('ders-16', [2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2]);
    expect(score(ders16, answers).scores).toEqual({
      total: 47,
      nonacceptance: 10,
      goals: 8,
      impulse: 11,
      strategies: 13,
      clarity: 5,
    });
  });

  it('maps each DERS-16 item to its DERS-36 number (Bjureberg 2016 order)', () => {
    expect(ders16.items.map((item) => item.parentItem)).toEqual([
      5, 9, 13, 14, 15, 16, 18, 19, 21, 23, 27, 28, 29, 30, 33, 36,
    ]);
  });

  it('missing: one missing item removes the total and its subscale only', () => {
    const result = score(ders16, without(all(2), 'ders-16.1'));
    expect(result.status).toBe('incomplete');
    expect(result.scores.total).toBeNull();
    expect(result.scores.clarity).toBeNull();
    expect(result.scores.goals).toBe(6);
  });

  it('invalid: 0 is below the 1–5 scale', () => {
    const result = score(ders16, { ...all(1), 'ders-16.16': 0 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems).toEqual([
      { itemId: 'ders-16.16', value: 0, reason: 'below_minimum' },
    ]);
  });

  it('ships no item text and has no bands', () => {
    expect(ders16.items.every((item) => item.text === undefined)).toBe(true);
    expect(ders16.scores.every((definition) => definition.bands === undefined)).toBe(true);
  });
});
