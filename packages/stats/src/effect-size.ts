/**
 * Standardised mean differences with normal-approximation confidence intervals, following
 * Borenstein, Hedges, Higgins & Rothstein (2009), Introduction to Meta-Analysis, ch. 4:
 *
 *   d   = (M1 − M2) / S_pooled,  S_pooled = √(((n1 − 1)·s1² + (n2 − 1)·s2²) / (n1 + n2 − 2))
 *   V_d = (n1 + n2)/(n1·n2) + d² / (2·(n1 + n2))
 *   J   = 1 − 3 / (4·df − 1), df = n1 + n2 − 2;   g = J·d,   V_g = J²·V_d
 *   d_z = mean(after − before) / sd(after − before),  V ≈ 1/n + d_z² / (2n)   (paired data)
 */
import { mean, sd, variance } from './descriptive';
import { CRITICAL_Z, type Confidence } from './reliable-change';

export interface EffectSize {
  readonly estimate: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  readonly confidence: Confidence;
}

function withInterval(estimate: number, se: number, confidence: Confidence): EffectSize {
  const z = CRITICAL_Z[confidence];
  return { estimate, se, lower: estimate - z * se, upper: estimate + z * se, confidence };
}

/** Pooled standard deviation of two independent samples. */
export function pooledSd(group1: readonly number[], group2: readonly number[]): number {
  const n1 = group1.length;
  const n2 = group2.length;
  const pooled = ((n1 - 1) * variance(group1) + (n2 - 1) * variance(group2)) / (n1 + n2 - 2);
  if (!(pooled > 0)) throw new RangeError('pooled SD is zero: the effect size is undefined');
  return Math.sqrt(pooled);
}

/** Cohen's d for two independent groups (group1 − group2), pooled SD. */
export function cohensD(
  group1: readonly number[],
  group2: readonly number[],
  confidence: Confidence = 0.95,
): EffectSize {
  const n1 = group1.length;
  const n2 = group2.length;
  const d = (mean(group1) - mean(group2)) / pooledSd(group1, group2);
  const v = (n1 + n2) / (n1 * n2) + d ** 2 / (2 * (n1 + n2));
  return withInterval(d, Math.sqrt(v), confidence);
}

/** Hedges' small-sample correction factor J for df degrees of freedom. */
export function hedgesJ(df: number): number {
  return 1 - 3 / (4 * df - 1);
}

/** Hedges' g (bias-corrected d) for two independent groups. */
export function hedgesG(
  group1: readonly number[],
  group2: readonly number[],
  confidence: Confidence = 0.95,
): EffectSize {
  const d = cohensD(group1, group2, confidence);
  const j = hedgesJ(group1.length + group2.length - 2);
  return withInterval(j * d.estimate, j * d.se, confidence);
}

/** Cohen's d_z for paired pre/post data: the mean change over the SD of the changes. */
export function cohensDz(
  before: readonly number[],
  after: readonly number[],
  confidence: Confidence = 0.95,
): EffectSize {
  if (before.length !== after.length) throw new RangeError('before and after must pair up');
  const changes = after.map((value, index) => value - (before[index] ?? Number.NaN));
  const spread = sd(changes);
  if (!(spread > 0)) throw new RangeError('every change is the same: d_z is undefined');
  const n = changes.length;
  const dz = mean(changes) / spread;
  return withInterval(dz, Math.sqrt(1 / n + dz ** 2 / (2 * n)), confidence);
}
