/**
 * Watching the alliance session by session: each rating against the client's own running
 * baseline, and against the measure's reliable change where one is published.
 *
 * The baseline rule follows the intra-individual criteria of the rupture–repair literature:
 * a session's rating counts as a drop when it falls a given number of the client's own standard
 * deviations below the mean of their earlier ratings (Stiles et al., 2004, used 2 SD; Strauss
 * et al., 2006, a less strict 1 SD; both compared in Gumz et al., 2012). We flag at 1 SD, the
 * less strict criterion, because a flag only invites the clinician to look. Two choices are
 * Secure Base's own and are documented as such: earlier flagged ratings are left out of the
 * baseline (so a second dip is read against the client's usual level), and a drop must also be
 * at least a floor (5% of the score's range) so that a very steady course does not flag a
 * one-point wobble.
 */
import { mean, sd } from './descriptive';

export interface AllianceRating {
  readonly id: string;
  readonly at: string;
  readonly score: number;
}

export interface AllianceRule {
  /** Earlier ratings needed before the baseline rule applies. */
  readonly minimumBaseline: number;
  /** How many of the client's own SDs below their mean counts as a drop. */
  readonly sdMultiplier: number;
  /** The smallest drop, in score points, that ever counts. */
  readonly floor: number;
}

export const BASELINE_MINIMUM = 3;
export const RUPTURE_SD_MULTIPLIER = 1;
export const FLOOR_SHARE_OF_RANGE = 0.05;

/** The default rule for a score running from `min` to `max`. */
export function allianceRule(min: number, max: number): AllianceRule {
  if (!(max > min)) throw new RangeError('the score range must be positive');
  return {
    minimumBaseline: BASELINE_MINIMUM,
    sdMultiplier: RUPTURE_SD_MULTIPLIER,
    floor: (max - min) * FLOOR_SHARE_OF_RANGE,
  };
}

export type RuptureReason = 'below_baseline' | 'reliable_drop';

export interface AlliancePoint extends AllianceRating {
  /** The earlier, unflagged ratings this one is read against (null before there are enough). */
  readonly baseline: { readonly mean: number; readonly sd: number; readonly n: number } | null;
  /** Below this score the rating counts as a drop (null while the baseline is forming). */
  readonly threshold: number | null;
  readonly change: number | null;
  readonly reasons: readonly RuptureReason[];
}

/**
 * Reads every rating, oldest first. `reliablyWorse(before, after)` says whether the measure's
 * published reliable change calls the fall from the previous rating a deterioration; pass
 * `() => false` when the measure has none.
 */
export function allianceCourse(
  ratings: readonly AllianceRating[],
  rule: AllianceRule,
  reliablyWorse: (before: number, after: number) => boolean,
): AlliancePoint[] {
  const points: AlliancePoint[] = [];
  for (const rating of ratings) {
    if (!Number.isFinite(rating.score)) throw new RangeError(`rating ${rating.id} is not a number`);
    const previous = points.at(-1);
    const usual = points.filter((p) => p.reasons.length === 0).map((p) => p.score);
    const baseline =
      usual.length >= rule.minimumBaseline
        ? { mean: mean(usual), sd: sd(usual), n: usual.length }
        : null;
    const threshold = baseline
      ? baseline.mean - Math.max(rule.sdMultiplier * baseline.sd, rule.floor)
      : null;
    const reasons: RuptureReason[] = [];
    if (threshold !== null && rating.score < threshold) reasons.push('below_baseline');
    if (previous && reliablyWorse(previous.score, rating.score)) reasons.push('reliable_drop');
    points.push({
      ...rating,
      baseline,
      threshold,
      change: previous ? rating.score - previous.score : null,
      reasons,
    });
  }
  return points;
}

/** Whether the rating after a flagged one came back to the baseline (a repaired rupture). */
export function recovered(next: AlliancePoint | undefined, flagged: AlliancePoint): boolean | null {
  if (!next) return null;
  return flagged.threshold === null ? next.score > flagged.score : next.score >= flagged.threshold;
}
