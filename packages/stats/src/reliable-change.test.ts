import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reliableChange, reliableChangeFromPoints, type ChangeDirection } from './reliable-change';

describe('reliableChange (Jacobson & Truax 1991)', () => {
  it('worked example: SD 7.5, r = .84, 30 → 18', () => {
    // SE = 7.5 · √(1 − .84) = 7.5 · 0.4 = 3.0
    // S_diff = √(2 · 3.0²) = √18 = 4.242641
    // RC = (18 − 30) / 4.242641 = −2.828427  → |RC| > 1.96
    const result = reliableChange({
      before: 30,
      after: 18,
      sdPre: 7.5,
      reliability: 0.84,
      direction: 'higher_is_worse',
    });
    expect(result.difference).toBe(-12);
    expect(result.se).toBeCloseTo(3.0, 10);
    expect(result.sdiff).toBeCloseTo(4.242641, 6);
    expect(result.rci).toBeCloseTo(-2.828427, 6);
    expect(result.threshold).toBe(1.96);
    expect(result.confidence).toBe(0.95);
    expect(result.category).toBe('reliably_improved');
  });

  it('the same fall is a deterioration when higher is better', () => {
    const result = reliableChange({
      before: 30,
      after: 18,
      sdPre: 7.5,
      reliability: 0.84,
      direction: 'higher_is_better',
    });
    expect(result.category).toBe('reliably_deteriorated');
  });

  it('a rise is an improvement when higher is better and a deterioration when higher is worse', () => {
    const base = { before: 18, after: 30, sdPre: 7.5, reliability: 0.84 } as const;
    expect(reliableChange({ ...base, direction: 'higher_is_better' }).category).toBe(
      'reliably_improved',
    );
    expect(reliableChange({ ...base, direction: 'higher_is_worse' }).category).toBe(
      'reliably_deteriorated',
    );
  });

  // SD 5, r = .5: S_diff = 5 · √(2 · 0.5) = 5, so RC = difference / 5.
  const edge = { sdPre: 5, reliability: 0.5, direction: 'higher_is_worse' } as const;

  it('exactly at 1.96 is not reliable change (RC must exceed 1.96)', () => {
    // 9.8 / 5 = 1.96 (in floating point 1.9600000000000002, within the tolerance)
    const at = reliableChange({ ...edge, before: 20, after: 29.8 });
    expect(at.sdiff).toBe(5);
    expect(at.rci).toBeCloseTo(1.96, 12);
    expect(at.category).toBe('no_reliable_change');
    // 9.81 / 5 = 1.962 > 1.96
    expect(reliableChange({ ...edge, before: 20, after: 29.81 }).category).toBe(
      'reliably_deteriorated',
    );
    expect(reliableChange({ ...edge, before: 29.8, after: 20 }).category).toBe(
      'no_reliable_change',
    );
  });

  it('90% confidence uses 1.645', () => {
    // 8.225 / 5 = 1.645 → at the threshold; 8.23 / 5 = 1.646 → reliable
    const at = reliableChange({ ...edge, before: 20, after: 11.775, confidence: 0.9 });
    expect(at.threshold).toBe(1.645);
    expect(at.category).toBe('no_reliable_change');
    const over = reliableChange({ ...edge, before: 20, after: 11.77, confidence: 0.9 });
    expect(over.category).toBe('reliably_improved');
    // the same change is not reliable at 95%
    expect(reliableChange({ ...edge, before: 20, after: 11.77 }).category).toBe(
      'no_reliable_change',
    );
  });

  it('rejects impossible inputs instead of returning a number', () => {
    const ok = { before: 1, after: 2, sdPre: 1, reliability: 0.8, direction: 'higher_is_worse' };
    const input = ok as Parameters<typeof reliableChange>[0];
    expect(() => reliableChange({ ...input, sdPre: 0 })).toThrow(RangeError);
    expect(() => reliableChange({ ...input, reliability: 1 })).toThrow(RangeError);
    expect(() => reliableChange({ ...input, reliability: -0.1 })).toThrow(RangeError);
    expect(() => reliableChange({ ...input, before: Number.NaN })).toThrow(RangeError);
    expect(() => reliableChange({ ...input, after: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('reliableChangeFromPoints (published RCI in points)', () => {
  it('CORE-10: a fall of exactly 6 is reliable improvement ("6 or more")', () => {
    const result = reliableChangeFromPoints({
      before: 20,
      after: 14,
      points: 6,
      direction: 'higher_is_worse',
    });
    expect(result).toEqual({ difference: -6, points: 6, category: 'reliably_improved' });
  });

  it('a fall of 5 is not; a rise of 6 is reliable deterioration', () => {
    const base = { points: 6, direction: 'higher_is_worse' } as const;
    expect(reliableChangeFromPoints({ ...base, before: 20, after: 15 }).category).toBe(
      'no_reliable_change',
    );
    expect(reliableChangeFromPoints({ ...base, before: 14, after: 20 }).category).toBe(
      'reliably_deteriorated',
    );
  });

  it('higher is better: a rise of the threshold is improvement', () => {
    const result = reliableChangeFromPoints({
      before: 2.5,
      after: 3.5,
      points: 1,
      direction: 'higher_is_better',
    });
    expect(result.category).toBe('reliably_improved');
  });

  it('rejects a non-positive threshold', () => {
    const input = { before: 1, after: 2, points: 0, direction: 'higher_is_worse' } as const;
    expect(() => reliableChangeFromPoints(input)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const score = fc.double({ min: -100, max: 100, noNaN: true });
  const direction = fc.constantFrom<ChangeDirection>('higher_is_worse', 'higher_is_better');
  const params = fc.record({
    sdPre: fc.double({ min: 0.1, max: 50, noNaN: true }),
    reliability: fc.double({ min: 0, max: 0.99, noNaN: true }),
    direction,
  });
  const mirror = {
    reliably_improved: 'reliably_deteriorated',
    reliably_deteriorated: 'reliably_improved',
    no_reliable_change: 'no_reliable_change',
  } as const;

  it('swapping before and after flips the sign of the RCI and mirrors the category', () => {
    fc.assert(
      fc.property(score, score, params, (before, after, rest) => {
        const forward = reliableChange({ before, after, ...rest });
        const backward = reliableChange({ before: after, after: before, ...rest });
        expect(backward.rci + forward.rci).toBe(0); // not toBe(-x): 0 and −0 differ under Object.is
        expect(Math.sign(backward.rci) + Math.sign(forward.rci)).toBe(0);
        expect(backward.category).toBe(mirror[forward.category]);
      }),
    );
  });

  it('a zero difference is never reliable change', () => {
    fc.assert(
      fc.property(score, params, (value, rest) => {
        expect(reliableChange({ before: value, after: value, ...rest }).category).toBe(
          'no_reliable_change',
        );
      }),
    );
    fc.assert(
      fc.property(score, fc.double({ min: 0.5, max: 50, noNaN: true }), direction, (v, p, d) => {
        const result = reliableChangeFromPoints({ before: v, after: v, points: p, direction: d });
        expect(result.category).toBe('no_reliable_change');
      }),
    );
  });

  it('reversing the direction mirrors the category', () => {
    fc.assert(
      fc.property(score, score, params, (before, after, rest) => {
        const other = rest.direction === 'higher_is_worse' ? 'higher_is_better' : 'higher_is_worse';
        const one = reliableChange({ before, after, ...rest });
        const two = reliableChange({ before, after, ...rest, direction: other });
        expect(two.category).toBe(mirror[one.category]);
      }),
    );
  });
});
