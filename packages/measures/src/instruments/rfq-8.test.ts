import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import { answersInOrder, positions, sameAnswer, without } from '../testing/answers';
import { CERTAINTY_RECODE, rfq8, UNCERTAINTY_RECODE } from './rfq-8';

describe('RFQ-8', () => {
  it('RFQ_C maximum 3: items 1–6 answered 1 (strongly disagree)', () => {
    const answers = { ...sameAnswer('rfq-8', positions(1, 6), 1), 'rfq-8.7': 7, 'rfq-8.8': 1 };
    expect(score(rfq8, answers).scores).toEqual({ rfq_c: 3, rfq_u: 0 });
  });

  it('RFQ_U maximum 3: items 2, 4, 5, 6, 8 answered 7 and item 7 answered 1', () => {
    const answers = { ...sameAnswer('rfq-8', [1, 2, 3, 4, 5, 6, 8], 7), 'rfq-8.7': 1 };
    expect(score(rfq8, answers).scores).toEqual({ rfq_c: 0, rfq_u: 3 });
  });

  it('both 0: every item answered 4 (the midpoint scores 0 on both polar recodes)', () => {
    expect(score(rfq8, sameAnswer('rfq-8', positions(1, 8), 4)).scores).toEqual({
      rfq_c: 0,
      rfq_u: 0,
    });
  });

  it('worked example constructed by hand from the Millisecond/UCL recoding (no published example found)', () => {
    // Answers 2,6,1,7,5,3,2,7.
    // C (items 1–6): 2→2, 6→0, 1→3, 7→0, 5→0, 3→1 = 6 → 6/6 = 1.
    // U (2,4,5,6,8 and reversed 7): 6→2, 7→3, 5→1, 3→0, item 7: 8−2 = 6→2, 7→3 = 11 → 11/6.
    const result = score(rfq8, answersInOrder('rfq-8', [2, 6, 1, 7, 5, 3, 2, 7]));
    expect(result.scores.rfq_c).toBe(1);
    expect(result.scores.rfq_u).toBeCloseTo(11 / 6, 12);
  });

  it('declares the published recodes exactly', () => {
    expect(CERTAINTY_RECODE).toEqual({ 1: 3, 2: 2, 3: 1, 4: 0, 5: 0, 6: 0, 7: 0 });
    expect(UNCERTAINTY_RECODE).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 1, 6: 2, 7: 3 });
    expect(rfq8.items.filter((item) => item.reverse).map((item) => item.id)).toEqual(['rfq-8.7']);
  });

  it('missing: item 1 missing removes RFQ_C only; item 8 missing removes RFQ_U only', () => {
    const answers = sameAnswer('rfq-8', positions(1, 8), 4);
    expect(score(rfq8, without(answers, 'rfq-8.1')).scores).toEqual({ rfq_c: null, rfq_u: 0 });
    expect(score(rfq8, without(answers, 'rfq-8.8')).scores).toEqual({ rfq_c: 0, rfq_u: null });
  });

  it('invalid: 0 is below the 1–7 scale', () => {
    const result = score(rfq8, { ...sameAnswer('rfq-8', positions(1, 8), 4), 'rfq-8.3': 0 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems).toEqual([{ itemId: 'rfq-8.3', value: 0, reason: 'below_minimum' }]);
  });

  it('certainty is not directional', () => {
    const certainty = rfq8.scores.find((definition) => definition.name === 'rfq_c');
    expect(certainty?.direction).toBe('not_directional');
  });
});
