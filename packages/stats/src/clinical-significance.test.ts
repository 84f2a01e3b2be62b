import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clinicalSignificance,
  cutoffC,
  isFunctional,
  jacobsonTruaxCutoffs,
} from './clinical-significance';
import { reliableChangeFromPoints } from './reliable-change';

describe('cut-offs', () => {
  it('c with equal SDs is the midpoint of the means', () => {
    // Clinical M 40, SD 7.5; functional M 60, SD 7.5 (values used as the J&T example in a
    // third-party R test suite; not checked against the paper):
    // c = (7.5 · 60 + 7.5 · 40) / (7.5 + 7.5) = 750 / 15 = 50
    expect(cutoffC({ mean: 40, sd: 7.5 }, { mean: 60, sd: 7.5 })).toBe(50);
  });

  it('c from the CORE-10 norms in the catalogue', () => {
    // clinical M 19.7, SD 7.7; general population M 4.7, SD 4.8
    // c = (7.7 · 4.7 + 4.8 · 19.7) / (7.7 + 4.8) = (36.19 + 94.56) / 12.5 = 130.75 / 12.5 = 10.46
    expect(cutoffC({ mean: 19.7, sd: 7.7 }, { mean: 4.7, sd: 4.8 })).toBeCloseTo(10.46, 10);
  });

  it('a and b point towards health for each direction', () => {
    // higher is worse: a = 19.7 − 2 · 7.7 = 4.3; b = 4.7 + 2 · 4.8 = 14.3
    const worse = jacobsonTruaxCutoffs({ mean: 19.7, sd: 7.7 }, 'higher_is_worse', {
      mean: 4.7,
      sd: 4.8,
    });
    expect(worse.a).toBeCloseTo(4.3, 10);
    expect(worse.b).toBeCloseTo(14.3, 10);
    expect(worse.c).toBeCloseTo(10.46, 10);
    // higher is better: a = 40 + 2 · 7.5 = 55; b = 60 − 2 · 7.5 = 45
    const better = jacobsonTruaxCutoffs({ mean: 40, sd: 7.5 }, 'higher_is_better', {
      mean: 60,
      sd: 7.5,
    });
    expect(better).toEqual({ a: 55, b: 45, c: 50 });
  });

  it('only a without a functional distribution', () => {
    expect(jacobsonTruaxCutoffs({ mean: 40, sd: 7.5 }, 'higher_is_better')).toEqual({ a: 55 });
  });

  it('rejects a zero SD', () => {
    expect(() => cutoffC({ mean: 1, sd: 0 }, { mean: 2, sd: 1 })).toThrow(RangeError);
  });

  it('a score exactly at the cut-off is not on the functional side', () => {
    expect(isFunctional(11, 11, 'higher_is_worse')).toBe(false);
    expect(isFunctional(10, 11, 'higher_is_worse')).toBe(true);
    expect(isFunctional(50, 50, 'higher_is_better')).toBe(false);
    expect(isFunctional(51, 50, 'higher_is_better')).toBe(true);
  });
});

describe('clinicalSignificance', () => {
  const published = { published: 11, source: 'Barkham et al. 2013' };

  it('recovered: reliable improvement and crossing the cut-off', () => {
    const result = clinicalSignificance({
      before: 20,
      after: 8,
      direction: 'higher_is_worse',
      reliableChange: 'reliably_improved',
      cutoff: published,
    });
    expect(result).toEqual({
      category: 'recovered',
      cutoff: 11,
      cutoffBasis: 'published',
      crossedCutoff: true,
    });
  });

  it('improved: reliable improvement that stays above the cut-off', () => {
    const result = clinicalSignificance({
      before: 30,
      after: 18,
      direction: 'higher_is_worse',
      reliableChange: 'reliably_improved',
      cutoff: published,
    });
    expect(result.category).toBe('improved');
    expect(result.crossedCutoff).toBe(false);
  });

  it('ending exactly at the cut-off is improvement, not recovery', () => {
    const result = clinicalSignificance({
      before: 20,
      after: 11,
      direction: 'higher_is_worse',
      reliableChange: 'reliably_improved',
      cutoff: published,
    });
    expect(result.category).toBe('improved');
  });

  it('crossing without reliable change is unchanged', () => {
    const result = clinicalSignificance({
      before: 12,
      after: 10,
      direction: 'higher_is_worse',
      reliableChange: 'no_reliable_change',
      cutoff: published,
    });
    expect(result).toMatchObject({ category: 'unchanged', crossedCutoff: true });
  });

  it('deteriorated whatever the cut-off', () => {
    const result = clinicalSignificance({
      before: 8,
      after: 20,
      direction: 'higher_is_worse',
      reliableChange: 'reliably_deteriorated',
      cutoff: published,
    });
    expect(result.category).toBe('deteriorated');
  });

  it('uses criterion c when both distributions are given (higher is better)', () => {
    // c = 50 (see above); 40 → 56 crosses upwards
    const result = clinicalSignificance({
      before: 40,
      after: 56,
      direction: 'higher_is_better',
      reliableChange: 'reliably_improved',
      cutoff: { clinical: { mean: 40, sd: 7.5 }, functional: { mean: 60, sd: 7.5 } },
    });
    expect(result).toEqual({
      category: 'recovered',
      cutoff: 50,
      cutoffBasis: 'c',
      crossedCutoff: true,
    });
  });

  it('starting already in the functional range cannot be recovery', () => {
    const result = clinicalSignificance({
      before: 9,
      after: 2,
      direction: 'higher_is_worse',
      reliableChange: 'reliably_improved',
      cutoff: published,
    });
    expect(result).toMatchObject({ category: 'improved', crossedCutoff: false });
  });
});

describe('classification properties', () => {
  const score = fc.integer({ min: 0, max: 40 });
  const cut = fc.integer({ min: 1, max: 39 });
  /** Reliable change on a published RCI of 6 points, as the CORE-10's. */
  const classify = (
    before: number,
    after: number,
    cutoff: number,
    direction: 'higher_is_worse' | 'higher_is_better',
  ) =>
    clinicalSignificance({
      before,
      after,
      direction,
      reliableChange: reliableChangeFromPoints({ before, after, points: 6, direction }).category,
      cutoff: { published: cutoff },
    }).category;

  it('mirroring the scale (x → 40 − x) and the direction gives the same category', () => {
    fc.assert(
      fc.property(score, score, cut, (before, after, cutoff) => {
        expect(classify(40 - before, 40 - after, 40 - cutoff, 'higher_is_better')).toBe(
          classify(before, after, cutoff, 'higher_is_worse'),
        );
      }),
    );
  });

  it('improving and deteriorating are direction-true: a worse score is never recovery or improvement', () => {
    fc.assert(
      fc.property(score, score, cut, (before, after, cutoff) => {
        const category = classify(before, after, cutoff, 'higher_is_worse');
        if (after >= before) expect(['recovered', 'improved']).not.toContain(category);
        if (after <= before) expect(category).not.toBe('deteriorated');
      }),
    );
  });

  it('swapping before and after turns improvement into deterioration and back', () => {
    fc.assert(
      fc.property(score, score, cut, (before, after, cutoff) => {
        const forward = classify(before, after, cutoff, 'higher_is_worse');
        const back = classify(after, before, cutoff, 'higher_is_worse');
        if (forward === 'recovered' || forward === 'improved') expect(back).toBe('deteriorated');
        if (forward === 'deteriorated') expect(['recovered', 'improved']).toContain(back);
        if (forward === 'unchanged') expect(back).toBe('unchanged');
      }),
    );
  });
});
