import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import { answersInOrder, positions, sameAnswer, without } from '../testing/answers';
import { waiSr } from './wai-sr';

const all = (value: number) => sameAnswer('wai-sr', positions(1, 12), value);

describe('WAI-SR', () => {
  it('minimum: every item 1 gives 12 and 4 per subscale', () => {
    expect(score(waiSr, all(1)).scores).toEqual({ total: 12, goal: 4, task: 4, bond: 4 });
  });

  it('maximum: every item 5 gives 60 and 20 per subscale', () => {
    expect(score(waiSr, all(5)).scores).toEqual({ total: 60, goal: 20, task: 20, bond: 20 });
  });

  it('worked example constructed by hand from the subscale key (Task 1, 2, 10, 12; Bond 3, 5, 7, 9; Goal 4, 6, 8, 11)', () => {
    // Items 1–12: 5,4,3,2,3,2,4,1,5,3,2,4.
    // Task 5+4+3+4 = 16; Bond 3+3+4+5 = 15; Goal 2+2+1+2 = 7; total 38.
    const answers = answersInOrder('wai-sr', [5, 4, 3, 2, 3, 2, 4, 1, 5, 3, 2, 4]);
    expect(score(waiSr, answers).scores).toEqual({ total: 38, goal: 7, task: 16, bond: 15 });
  });

  it('missing: a missing bond item removes the total and bond only', () => {
    const result = score(waiSr, without(all(3), 'wai-sr.3'));
    expect(result.scores).toEqual({ total: null, goal: 12, task: 12, bond: null });
  });

  it('invalid: 0 and 6 are outside 1–5', () => {
    const result = score(waiSr, { ...all(3), 'wai-sr.1': 0, 'wai-sr.2': 6 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems.map((invalid) => invalid.itemId)).toEqual(['wai-sr.1', 'wai-sr.2']);
  });

  it('ships no item text, no option labels and no vendor bands', () => {
    expect(waiSr.items.every((item) => item.text === undefined)).toBe(true);
    const labels = waiSr.items
      .flatMap((item) => item.options ?? [])
      .filter((option) => option.label);
    expect(labels).toEqual([]);
    expect(waiSr.scores.every((definition) => definition.bands === undefined)).toBe(true);
  });
});
