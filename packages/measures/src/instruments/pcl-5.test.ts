import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import {
  answersInOrder,
  answersSummingTo,
  positions,
  sameAnswer,
  without,
} from '../testing/answers';
import { pcl5 } from './pcl-5';

const all = (value: number) => sameAnswer('pcl-5', positions(1, 20), value);

describe('PCL-5', () => {
  it('minimum: every item 0 gives 0 on the total and every cluster', () => {
    const result = score(pcl5, all(0));
    expect(result.scores).toEqual({ total: 0, b: 0, c: 0, d: 0, e: 0 });
    expect(result.bands.total?.label).toMatch(/^Below/);
  });

  it('maximum: every item 4 gives total 80 and clusters 20 / 8 / 28 / 24', () => {
    const result = score(pcl5, all(4));
    expect(result.scores).toEqual({ total: 80, b: 20, c: 8, d: 28, e: 24 });
  });

  it.each([
    [32, 'Below the provisional PTSD cut-off (33)'],
    [33, 'At or above the provisional PTSD cut-off (33)'],
  ])('cut-off boundary: total %i', (total, label) => {
    const result = score(pcl5, answersSummingTo('pcl-5', 20, 4, total));
    expect(result.scores.total).toBe(total);
    expect(result.bands.total?.label).toBe(label);
  });

  it('worked example constructed by hand from the published cluster key (no published example found)', () => {
    // B items 1–5: 3,2,2,1,0 = 8; C items 6–7: 4,3 = 7; D items 8–14: 0,1,2,2,1,0,3 = 9;
    // E items 15–20: 1,0,2,2,3,4 = 12; total 36.
    const answers = answersInOrder(
      'pcl-5',
      [3, 2, 2, 1, 0, 4, 3, 0, 1, 2, 2, 1, 0, 3, 1, 0, 2, 2, 3, 4],
    );
    const result = score(pcl5, answers);
    expect(result.scores).toEqual({ total: 36, b: 8, c: 7, d: 9, e: 12 });
    expect(result.bands.total?.label).toMatch(/^At or above/);
  });

  it('missing: a missing item removes the total and its cluster but not the other clusters', () => {
    const result = score(pcl5, without(all(1), 'pcl-5.6'));
    expect(result.status).toBe('incomplete');
    expect(result.scores).toEqual({ total: null, b: 5, c: null, d: 7, e: 6 });
    expect(result.bands.total).toBeNull();
  });

  it('invalid: 5 is out of range', () => {
    const result = score(pcl5, { ...all(0), 'pcl-5.20': 5 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems).toEqual([
      { itemId: 'pcl-5.20', value: 5, reason: 'above_maximum' },
    ]);
    expect(result.scores.b).toBeNull();
  });

  it('declares the Blevins 2015 reliability and no LOINC code', () => {
    expect(pcl5.psychometrics.reliability.map((r) => r.value)).toEqual([0.94, 0.82]);
    expect(pcl5.loinc).toBeUndefined();
  });
});
