import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allianceCourse, allianceRule, recovered, type AllianceRating } from './alliance';

const at = (n: number) => `2026-01-${String(n).padStart(2, '0')}T10:00:00.000Z`;
const ratings = (scores: readonly number[]): AllianceRating[] =>
  scores.map((score, i) => ({ id: `r${String(i + 1)}`, at: at(i + 1), score }));
/** WAI-SR total: 12 items scored 1–5, so 12–60 and a floor of 5% of 48 = 2.4 points. */
const waiSr = allianceRule(12, 60);
const never = () => false;

describe('allianceCourse', () => {
  it('forms a baseline from three ratings, then flags a fall of more than 1 SD (worked numbers)', () => {
    // 50, 52, 48: mean 50, SD 2; the floor 2.4 is larger, so the threshold is 50 − 2.4 = 47.6.
    const course = allianceCourse(ratings([50, 52, 48, 47, 49]), waiSr, never);
    expect(course.slice(0, 3).map((p) => p.threshold)).toEqual([null, null, null]);
    expect(course[3]?.baseline).toEqual({ mean: 50, sd: 2, n: 3 });
    expect(course[3]?.threshold).toBeCloseTo(47.6, 10);
    expect(course[3]?.reasons).toEqual(['below_baseline']);
    expect(course[3]?.change).toBe(-1);
    // The flagged 47 stays out of the baseline: 49 is read against 50 ± 2 again.
    expect(course[4]?.baseline).toEqual({ mean: 50, sd: 2, n: 3 });
    expect(course[4]?.reasons).toEqual([]);
  });

  it('uses the client’s own SD when it is wider than the floor', () => {
    // 40, 50, 60: mean 50, SD 10 → threshold 40; 41 is not a drop, 39 is.
    expect(allianceCourse(ratings([40, 50, 60, 41]), waiSr, never)[3]?.reasons).toEqual([]);
    const course = allianceCourse(ratings([40, 50, 60, 39]), waiSr, never);
    expect(course[3]?.threshold).toBe(40);
    expect(course[3]?.reasons).toEqual(['below_baseline']);
  });

  it('exactly at the threshold is not a drop', () => {
    expect(allianceCourse(ratings([40, 50, 60, 40]), waiSr, never)[3]?.reasons).toEqual([]);
  });

  it('adds a reliable drop from the previous rating where the measure publishes one', () => {
    const worse = (before: number, after: number) => before - after >= 6;
    const course = allianceCourse(ratings([58, 52]), waiSr, worse);
    expect(course[1]?.reasons).toEqual(['reliable_drop']);
    expect(course[1]?.threshold).toBeNull();
  });

  it('refuses a rating that is not a number', () => {
    expect(() => allianceCourse(ratings([50, Number.NaN]), waiSr, never)).toThrow(/r2/);
    expect(() => allianceRule(5, 5)).toThrow(RangeError);
  });
});

describe('recovered', () => {
  it('reads the next rating against the flagged one’s threshold', () => {
    const course = allianceCourse(ratings([50, 52, 48, 45, 48, 47]), waiSr, never);
    const flagged = course[3];
    if (!flagged) throw new Error('no fourth point');
    expect(recovered(course[4], flagged)).toBe(true);
    expect(recovered(undefined, flagged)).toBeNull();
    expect(recovered({ ...flagged, id: 'x', score: 47 }, flagged)).toBe(false);
  });
});

describe('properties', () => {
  const course = fc.array(fc.integer({ min: 12, max: 60 }), { minLength: 1, maxLength: 12 });
  const flags = (scores: number[]) =>
    allianceCourse(ratings(scores), waiSr, never).map((p) => p.reasons.length > 0);

  it('shifting every rating by the same amount shifts thresholds and keeps the flags', () => {
    fc.assert(
      fc.property(course, fc.integer({ min: -10, max: 10 }), (scores, shift) => {
        // Ratings sitting exactly on a threshold are left out: rounding may fall either side.
        const onEdge = allianceCourse(ratings(scores), waiSr, never).some(
          (p) => p.threshold !== null && Math.abs(p.score - p.threshold) < 1e-9,
        );
        if (onEdge) return;
        const moved = scores.map((s) => s + shift);
        expect(flags(moved)).toEqual(flags(scores));
      }),
    );
  });

  it('a rating at or above the baseline mean is never a drop', () => {
    fc.assert(
      fc.property(course, (scores) => {
        for (const point of allianceCourse(ratings(scores), waiSr, never)) {
          if (point.baseline && point.score >= point.baseline.mean) {
            expect(point.reasons).toEqual([]);
          }
        }
      }),
    );
  });

  it('lowering the newest rating can only add a flag, never remove one', () => {
    fc.assert(
      fc.property(course, fc.integer({ min: 1, max: 20 }), (scores, fall) => {
        const last = flags(scores).at(-1);
        const lowered = [...scores.slice(0, -1), (scores.at(-1) ?? 0) - fall];
        if (last) expect(flags(lowered).at(-1)).toBe(true);
      }),
    );
  });
});
