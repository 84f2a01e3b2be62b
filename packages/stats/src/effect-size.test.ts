import { describe, expect, it } from 'vitest';
import { cohensD, cohensDz, hedgesG, hedgesJ, pooledSd } from './effect-size';

// group1 = 2, 4, 6: mean 4, variance (4 + 0 + 4) / 2 = 4
// group2 = 1, 2, 3: mean 2, variance (1 + 0 + 1) / 2 = 1
// S_pooled = √((2 · 4 + 2 · 1) / 4) = √2.5 = 1.581139
// d = (4 − 2) / 1.581139 = 1.264911;  d² = 4 / 2.5 = 1.6
// V_d = 6 / 9 + 1.6 / 12 = 0.666667 + 0.133333 = 0.8;  SE = 0.894427
// 95% CI = 1.264911 ± 1.96 · 0.894427 = [−0.488166, 3.017988]
// J = 1 − 3 / (4 · 4 − 1) = 0.8;  g = 1.011929;  SE_g = 0.8 · 0.894427 = 0.715542
const group1 = [2, 4, 6];
const group2 = [1, 2, 3];

describe('effect sizes for independent groups', () => {
  it('pooled SD', () => {
    expect(pooledSd(group1, group2)).toBeCloseTo(1.581139, 6);
  });

  it("Cohen's d with a 95% interval", () => {
    const d = cohensD(group1, group2);
    expect(d.estimate).toBeCloseTo(1.264911, 6);
    expect(d.se).toBeCloseTo(0.894427, 6);
    expect(d.lower).toBeCloseTo(-0.488166, 6);
    expect(d.upper).toBeCloseTo(3.017988, 6);
    expect(d.confidence).toBe(0.95);
  });

  it("Hedges' g applies J = 1 − 3 / (4·df − 1)", () => {
    expect(hedgesJ(4)).toBeCloseTo(0.8, 12);
    const g = hedgesG(group1, group2);
    expect(g.estimate).toBeCloseTo(1.011929, 6);
    expect(g.se).toBeCloseTo(0.715542, 6);
    // 1.011929 ± 1.96 · 0.715542 = [−0.390533, 2.414391]
    expect(g.lower).toBeCloseTo(-0.390533, 6);
    expect(g.upper).toBeCloseTo(2.414391, 6);
  });

  it('90% interval uses 1.645', () => {
    const d = cohensD(group1, group2, 0.9);
    // 1.264911 − 1.645 · 0.894427 = −0.206422
    expect(d.lower).toBeCloseTo(-0.206422, 6);
  });

  it('swapping the groups flips the sign', () => {
    expect(cohensD(group2, group1).estimate).toBeCloseTo(-1.264911, 6);
  });

  it('no spread means no effect size, not infinity', () => {
    expect(() => cohensD([1, 1], [1, 1])).toThrow(RangeError);
  });
});

describe("Cohen's d_z for paired pre/post data", () => {
  it('worked example', () => {
    // changes = after − before = −2, −3, −1, −5; mean −2.75
    // squared deviations 0.5625 + 0.0625 + 3.0625 + 5.0625 = 8.75; variance 8.75 / 3 = 2.916667
    // sd = 1.707825; d_z = −2.75 / 1.707825 = −1.610235
    // d_z² = 7.5625 / 2.916667 = 2.592857; V = 1/4 + 2.592857 / 8 = 0.574107; SE = 0.757699
    const dz = cohensDz([10, 12, 14, 16], [8, 9, 13, 11]);
    expect(dz.estimate).toBeCloseTo(-1.610235, 6);
    expect(dz.se).toBeCloseTo(0.757699, 6);
    expect(dz.lower).toBeCloseTo(-1.610235 - 1.96 * 0.757699, 5);
  });

  it('refuses unpaired or constant changes', () => {
    expect(() => cohensDz([1, 2], [1])).toThrow(RangeError);
    expect(() => cohensDz([1, 2, 3], [2, 3, 4])).toThrow(RangeError);
  });
});
