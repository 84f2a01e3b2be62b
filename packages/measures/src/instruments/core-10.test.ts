import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import { answersInOrder, positions, sameAnswer, without } from '../testing/answers';
import { core10 } from './core-10';

/** Raw answers for a given set of scored contributions: items 2 and 3 are reversed (4 − x). */
function fromContributions(contributions: readonly number[]) {
  return answersInOrder(
    'core-10',
    contributions.map((value, index) => (index === 1 || index === 2 ? 4 - value : value)),
  );
}

/** Contributions adding up to `total`, filled from item 1. */
function totalOf(total: number) {
  let remaining = total;
  return fromContributions(
    positions(1, 10).map(() => {
      const value = Math.min(4, remaining);
      remaining -= value;
      return value;
    }),
  );
}

describe('CORE-10', () => {
  it('minimum: 0 on problem items and 4 on the reversed items 2 and 3 gives 0', () => {
    const result = score(core10, {
      ...sameAnswer('core-10', positions(1, 10), 0),
      'core-10.2': 4,
      'core-10.3': 4,
    });
    expect(result.scores.total).toBe(0);
    expect(result.bands.total?.label).toMatch(/^Healthy/);
  });

  it('maximum: 4 on problem items and 0 on items 2 and 3 gives 40', () => {
    const result = score(core10, {
      ...sameAnswer('core-10', positions(1, 10), 4),
      'core-10.2': 0,
      'core-10.3': 0,
    });
    expect(result.scores.total).toBe(40);
    expect(result.bands.total?.label).toBe('Severe psychological distress');
    expect(result.riskItems).toEqual(['core-10.6']);
  });

  it.each([
    [10, 'Healthy / low-level (below the clinical cut-off)'],
    [11, 'Mild psychological distress'],
    [14, 'Mild psychological distress'],
    [15, 'Moderate psychological distress'],
    [19, 'Moderate psychological distress'],
    [20, 'Moderate-to-severe psychological distress'],
    [24, 'Moderate-to-severe psychological distress'],
    [25, 'Severe psychological distress'],
  ])('band boundary (clinical cut-off 11, Barkham 2013): total %i', (total, label) => {
    const result = score(core10, totalOf(total));
    expect(result.scores.total).toBe(total);
    expect(result.bands.total?.label).toBe(label);
  });

  it('worked example constructed by hand from the CST key (items 2 and 3 reversed; no published example found)', () => {
    // Raw 2,1,3,2,1,0,3,2,2,1 → contributions 2,(4−1)=3,(4−3)=1,2,1,0,3,2,2,1 = 17.
    const result = score(core10, answersInOrder('core-10', [2, 1, 3, 2, 1, 0, 3, 2, 2, 1]));
    expect(result.scores.total).toBe(17);
    expect(result.bands.total?.label).toBe('Moderate psychological distress');
    expect(result.riskItems).toEqual([]);
  });

  it('missing at the edge: one item missing is prorated (mean of 9 × 10), two are not', () => {
    const raw = answersInOrder('core-10', [2, 1, 3, 2, 1, 0, 3, 2, 2, 1]);
    // Without item 10 the nine contributions add to 16: 16 / 9 × 10 = 17.77…
    const one = score(core10, without(raw, 'core-10.10'));
    expect(one.status).toBe('incomplete');
    expect(one.scores.total).toBeCloseTo(160 / 9, 12);
    expect(one.prorated).toEqual(['total']);
    expect(one.bands.total?.label).toBe('Moderate psychological distress');
    const two = score(core10, without(raw, 'core-10.9', 'core-10.10'));
    expect(two.scores.total).toBeNull();
    expect(two.prorated).toEqual([]);
    expect(two.bands.total).toBeNull();
  });

  it('prorated scores either side of the cut-off: 10 is below it, 11.1 is above it', () => {
    // Nine answered items contributing 9 → 9 / 9 × 10 = 10.
    const result = score(core10, without(totalOf(9), 'core-10.10'));
    expect(result.scores.total).toBe(10);
    expect(result.bands.total?.label).toMatch(/^Healthy/);
    // Nine answered items contributing 10 → 10 / 9 × 10 = 11.11…
    const above = score(core10, without(totalOf(10), 'core-10.10'));
    expect(above.scores.total).toBeCloseTo(100 / 9, 12);
    expect(above.bands.total?.label).toBe('Mild psychological distress');
  });

  it('risk: item 6 above 0 is flagged whatever the total', () => {
    const result = score(core10, { ...totalOf(0), 'core-10.6': 1 });
    expect(result.scores.total).toBe(1);
    expect(result.riskItems).toEqual(['core-10.6']);
  });

  it('invalid: 5 and 2.5 are named', () => {
    const result = score(core10, { ...totalOf(0), 'core-10.1': 5, 'core-10.2': 2.5 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems.map((invalid) => invalid.reason)).toEqual([
      'above_maximum',
      'not_an_integer',
    ]);
  });

  it('records the 90% confidence RCI of 6 and alpha .90 (Barkham 2013)', () => {
    expect(core10.psychometrics.publishedChange[0]?.points).toBe(6);
    expect(core10.psychometrics.reliability[0]?.value).toBe(0.9);
  });
});
