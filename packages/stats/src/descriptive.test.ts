import { describe, expect, it } from 'vitest';
import { mean, sd, variance } from './descriptive';

describe('descriptive statistics', () => {
  it('worked example: 2, 4, 4, 4, 5, 5, 7, 9', () => {
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    // mean = 40 / 8 = 5
    expect(mean(values)).toBe(5);
    // squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; variance = 32 / 7 = 4.571429
    expect(variance(values)).toBeCloseTo(32 / 7, 12);
    // sd = √4.571429 = 2.138090
    expect(sd(values)).toBeCloseTo(2.13809, 5);
  });

  it('refuses samples too small to estimate, rather than returning 0', () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => sd([3])).toThrow(RangeError);
    expect(() => mean([1, Number.NaN])).toThrow(RangeError);
  });
});
