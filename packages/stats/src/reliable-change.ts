/**
 * Reliable change after Jacobson & Truax (1991), "Clinical significance: A statistical approach
 * to defining meaningful change in psychotherapy research", JCCP 59(1), 12–19,
 * doi:10.1037/0022-006X.59.1.12:
 *
 *   SE    = SD_pre · √(1 − r_xx)
 *   S_diff = √(2 · SE²)                      (= SD_pre · √(2 · (1 − r_xx)))
 *   RC    = (x_post − x_pre) / S_diff        reliable when |RC| > 1.96 (p < .05)
 */

/** Which way a score runs; improvement is a decrease when higher is worse. */
export type ChangeDirection = 'higher_is_worse' | 'higher_is_better';

export type ReliableChangeCategory =
  'reliably_improved' | 'reliably_deteriorated' | 'no_reliable_change';

/** Two-sided confidence for the reliable-change criterion. */
export type Confidence = 0.95 | 0.9;

/** Two-sided standard-normal critical values: 1.96 at 95%, 1.645 at 90%. */
export const CRITICAL_Z: Readonly<Record<Confidence, number>> = { 0.95: 1.96, 0.9: 1.645 };

/**
 * Tolerance for "exactly at the threshold": floating-point division rarely lands on 1.96
 * exactly (9.8 / 5 !== 1.96), so a value within this distance of the threshold counts as at it.
 */
export const THRESHOLD_TOLERANCE = 1e-9;

export interface ReliableChangeInput {
  readonly before: number;
  readonly after: number;
  /** Standard deviation of the pre-treatment (or reference) sample. */
  readonly sdPre: number;
  /** Test–retest r or Cronbach's α, in [0, 1). */
  readonly reliability: number;
  readonly direction: ChangeDirection;
  readonly confidence?: Confidence;
}

export interface ReliableChange {
  /** after − before. */
  readonly difference: number;
  readonly se: number;
  readonly sdiff: number;
  readonly rci: number;
  readonly threshold: number;
  readonly confidence: Confidence;
  readonly category: ReliableChangeCategory;
}

function assertFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number`);
}

/** Classifies a signed change that has already been judged reliable or not. */
export function categorise(
  difference: number,
  reliable: boolean,
  direction: ChangeDirection,
): ReliableChangeCategory {
  if (!reliable || difference === 0) return 'no_reliable_change';
  const better = direction === 'higher_is_better' ? difference > 0 : difference < 0;
  return better ? 'reliably_improved' : 'reliably_deteriorated';
}

/** Jacobson–Truax reliable change index; at the threshold exactly is not reliable (RC > z). */
export function reliableChange(input: ReliableChangeInput): ReliableChange {
  const { before, after, sdPre, reliability, direction } = input;
  const confidence = input.confidence ?? 0.95;
  assertFinite('before', before);
  assertFinite('after', after);
  if (!(sdPre > 0) || !Number.isFinite(sdPre)) throw new RangeError('sdPre must be positive');
  if (!(reliability >= 0 && reliability < 1)) {
    throw new RangeError('reliability must be in [0, 1)');
  }
  const se = sdPre * Math.sqrt(1 - reliability);
  const sdiff = sdPre * Math.sqrt(2 * (1 - reliability));
  const difference = after - before;
  const rci = difference / sdiff;
  const threshold = CRITICAL_Z[confidence];
  const reliable = Math.abs(rci) > threshold + THRESHOLD_TOLERANCE;
  const category = categorise(difference, reliable, direction);
  return { difference, se, sdiff, rci, threshold, confidence, category };
}

export interface PointsChangeInput {
  readonly before: number;
  readonly after: number;
  /** A published reliable-change threshold in raw score points (e.g. CORE-10: 6 at 90%). */
  readonly points: number;
  readonly direction: ChangeDirection;
}

export interface PointsChange {
  readonly difference: number;
  readonly points: number;
  readonly category: ReliableChangeCategory;
}

/**
 * Reliable change against a published threshold in points. Published thresholds are stated as
 * "a change of N or more points", so a change of exactly N is reliable.
 */
export function reliableChangeFromPoints(input: PointsChangeInput): PointsChange {
  const { before, after, points, direction } = input;
  assertFinite('before', before);
  assertFinite('after', after);
  if (!(points > 0) || !Number.isFinite(points)) throw new RangeError('points must be positive');
  const difference = after - before;
  const reliable = Math.abs(difference) >= points - THRESHOLD_TOLERANCE;
  return { difference, points, category: categorise(difference, reliable, direction) };
}
