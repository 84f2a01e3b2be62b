import { describe, expect, it } from 'vitest';
import { score } from '../engine/score';
import { positions, sameAnswer, without } from '../testing/answers';
import { ecrR } from './ecr-r';

// Reverse keys typed from the reference (instruments.md §1), independent of the definition.
const REVERSED_ANXIETY = [9, 11];
const REVERSED_AVOIDANCE = [20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36];
const REVERSED = [...REVERSED_ANXIETY, ...REVERSED_AVOIDANCE];
const FORWARD = positions(1, 36).filter((n) => !REVERSED.includes(n));

/** Every item answered so that it contributes `contribution`. */
function contributing(contribution: number) {
  return {
    ...sameAnswer('ecr-r', FORWARD, contribution),
    ...sameAnswer('ecr-r', REVERSED, 8 - contribution),
  };
}

describe('ECR-R', () => {
  it('minimum: lowest contribution on every item gives 1 on both dimensions', () => {
    const result = score(ecrR, contributing(1));
    expect(result.status).toBe('complete');
    expect(result.scores).toEqual({ anxiety: 1, avoidance: 1 });
  });

  it('maximum: highest contribution on every item gives 7 on both dimensions', () => {
    expect(score(ecrR, contributing(7)).scores).toEqual({ anxiety: 7, avoidance: 7 });
  });

  it('declares exactly the published reverse keys', () => {
    const reversed = ecrR.items.filter((item) => item.reverse).map((item) => item.position);
    expect(reversed).toEqual(REVERSED);
  });

  it('worked example constructed by hand from the published key (no published example found)', () => {
    // Anxiety: items 1–18 answered 5 except 9 and 11 answered 2 → 16×5 + 2×(8−2) = 92 → 92/18.
    // Avoidance: forward items 19, 21, 23, 24, 25, 32 answered 3 (18); reversed items answered 6 → 12×2 = 24;
    // 42/18. Means are unrounded.
    const answers = {
      ...sameAnswer('ecr-r', positions(1, 18), 5),
      'ecr-r.9': 2,
      'ecr-r.11': 2,
      ...sameAnswer('ecr-r', [19, 21, 23, 24, 25, 32], 3),
      ...sameAnswer('ecr-r', REVERSED_AVOIDANCE, 6),
    };
    const result = score(ecrR, answers);
    expect(result.scores.anxiety).toBeCloseTo(92 / 18, 12);
    expect(result.scores.avoidance).toBeCloseTo(42 / 18, 12);
  });

  it('missing: one missing anxiety item removes anxiety only', () => {
    const result = score(ecrR, without(contributing(4), 'ecr-r.9'));
    expect(result.status).toBe('incomplete');
    expect(result.scores).toEqual({ anxiety: null, avoidance: 4 });
  });

  it('invalid: 0, 8 and an id from another ordering are named', () => {
    const result = score(ecrR, { ...contributing(4), 'ecr-r.1': 0, 'ecr-r.2': 8, 'ecr-r.37': 4 });
    expect(result.status).toBe('invalid');
    expect(result.invalidItems.map((invalid) => invalid.reason)).toEqual([
      'below_minimum',
      'above_maximum',
      'unknown_item',
    ]);
  });

  it('records no SD or reliability: none could be read in a source', () => {
    // A Jacobson–Truax RCI and the plane's SEM band need both a published SD (norm) and a
    // reliability for the same score. None was found for the 36-item ECR-R (searches and
    // reasons in docs/instruments.md), so both stay empty rather than "typical" values.
    expect(ecrR.psychometrics).toEqual({ norms: [], reliability: [], publishedChange: [] });
    const unconfirmed = ecrR.unconfirmed.join(' ');
    expect(unconfirmed).toMatch(/Observed test–retest r: not found/);
    expect(unconfirmed).toMatch(/Cronbach's alpha per subscale: not found/);
    expect(unconfirmed).toMatch(/Sample means\/SDs: not found/);
  });

  it('ships no item text or option wording, and frames results as tentative', () => {
    expect(ecrR.itemTextShipped).toBe(false);
    expect(ecrR.items.some((item) => item.text !== undefined)).toBe(false);
    expect(ecrR.items.flatMap((item) => item.options ?? []).some((o) => o.label)).toBe(false);
    expect(ecrR.interpretation).toMatch(/tentative/);
    expect(ecrR.interpretation).toMatch(/never a diagnosis/);
  });
});
