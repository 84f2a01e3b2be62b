import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_SCALE,
  bandHalfWidth,
  clampToScale,
  clearlyInRegion,
  regionOf,
  standardError,
} from './attachment-plane';

describe('the attachment plane', () => {
  it('standard error of measurement: SD 1.0, r = .91 → 0.3; the 95% band is ± 0.588', () => {
    // SE = 1.0 × √(1 − .91) = √.09 = 0.3; 1.96 × 0.3 = 0.588.
    expect(standardError(1.0, 0.91)).toBeCloseTo(0.3, 12);
    expect(bandHalfWidth(0.3)).toBeCloseTo(0.588, 12);
    // 90%: 1.645 × 0.3 = 0.4935.
    expect(bandHalfWidth(0.3, 0.9)).toBeCloseTo(0.4935, 12);
  });

  it('the Jacobson & Truax (1991) standard error: SD 7.5, r = .84 → 3.0', () => {
    expect(standardError(7.5, 0.84)).toBeCloseTo(3.0, 12);
  });

  it('refuses an SD or reliability that cannot give a standard error', () => {
    expect(() => standardError(0, 0.9)).toThrow(RangeError);
    expect(() => standardError(1, 1)).toThrow(RangeError);
    expect(() => standardError(1, -0.1)).toThrow(RangeError);
  });

  it('names the four regions at the scale midpoint', () => {
    expect(ATTACHMENT_SCALE.boundary).toBe(4);
    expect(regionOf({ anxiety: 2, avoidance: 2 })).toBe('secure');
    expect(regionOf({ anxiety: 5.5, avoidance: 2 })).toBe('preoccupied');
    expect(regionOf({ anxiety: 2, avoidance: 5.5 })).toBe('dismissing');
    expect(regionOf({ anxiety: 5.5, avoidance: 5.5 })).toBe('fearful');
  });

  it('puts a point on a boundary on the lower side, and just above it on the higher', () => {
    expect(regionOf({ anxiety: 4, avoidance: 4 })).toBe('secure');
    expect(regionOf({ anxiety: 4.01, avoidance: 4 })).toBe('preoccupied');
    expect(regionOf({ anxiety: 4, avoidance: 4.01 })).toBe('dismissing');
  });

  it('says when the band reaches across a boundary', () => {
    const band = { anxiety: 0.588, avoidance: 0.588 };
    // 4.5 − 0.588 = 3.912: the band crosses anxiety 4.
    expect(clearlyInRegion({ anxiety: 4.5, avoidance: 2 }, band)).toBe(false);
    // 4.7 − 0.588 = 4.112 > 4, and 2 + 0.588 = 2.588 ≤ 4.
    expect(clearlyInRegion({ anxiety: 4.7, avoidance: 2 }, band)).toBe(true);
    // Low side: 3.412 + 0.588 = 4.0 touches the boundary, which belongs to the low side.
    expect(clearlyInRegion({ anxiety: 3.412, avoidance: 2 }, band)).toBe(true);
    expect(clearlyInRegion({ anxiety: 3.5, avoidance: 2 }, band)).toBe(false);
  });

  it('a point is clearly in its own region whenever its band is clear (property)', () => {
    const coordinate = fc.double({ min: 1, max: 7, noNaN: true });
    const half = fc.double({ min: 0, max: 2, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, half, half, (anxiety, avoidance, a, b) => {
        const point = { anxiety, avoidance };
        if (!clearlyInRegion(point, { anxiety: a, avoidance: b })) return;
        // Every corner of a clear band is in the same region as the point.
        for (const dx of [-a, a]) {
          for (const dy of [-b, b]) {
            const corner = { anxiety: anxiety + dx, avoidance: avoidance + dy };
            expect(regionOf(corner)).toBe(regionOf(point));
          }
        }
      }),
    );
  });

  it('keeps drawing on the scale', () => {
    expect(clampToScale(0.4)).toBe(1);
    expect(clampToScale(7.6)).toBe(7);
    expect(clampToScale(3.3)).toBe(3.3);
  });
});
