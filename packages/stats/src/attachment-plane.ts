/**
 * Geometry of the attachment plane: attachment anxiety (x) × avoidance (y), both as item means.
 * The four regions are named parts of a continuum (Brennan, Clark & Shaver 1998; Bartholomew &
 * Horowitz 1991), split at a boundary that no study has validated as a cut-off (Fraley et al.
 * 2015 argue against categories altogether), so every point also says whether its band of
 * measurement error reaches across a boundary.
 */
import { CRITICAL_Z, type Confidence } from './reliable-change';

export type AttachmentRegion = 'secure' | 'preoccupied' | 'dismissing' | 'fearful';

/** The ECR-R / ECR-RS item-mean scale and its midpoint, the conventional boundary. */
export const ATTACHMENT_SCALE = { min: 1, max: 7, boundary: 4 } as const;

export interface PlaneCoordinates {
  readonly anxiety: number;
  readonly avoidance: number;
}

/** Half-widths of the band around a point, in scale points, per dimension. */
export interface HalfWidths {
  readonly anxiety: number;
  readonly avoidance: number;
}

/** Standard error of measurement (Jacobson & Truax 1991): SE = SD × √(1 − r). */
export function standardError(sd: number, reliability: number): number {
  if (!(sd > 0) || !Number.isFinite(sd)) throw new RangeError('sd must be positive');
  if (!(reliability >= 0 && reliability < 1)) {
    throw new RangeError('reliability must be in [0, 1)');
  }
  return sd * Math.sqrt(1 - reliability);
}

/** The two-sided band around an observed score: ± z × SE (1.96 × SE at 95%). */
export function bandHalfWidth(se: number, confidence: Confidence = 0.95): number {
  return CRITICAL_Z[confidence] * se;
}

/**
 * The region a point lies in. A dimension counts as high only above the boundary, so a point
 * exactly on a boundary belongs to the lower (more secure) side.
 */
export function regionOf(
  point: PlaneCoordinates,
  boundary: number = ATTACHMENT_SCALE.boundary,
): AttachmentRegion {
  const anxious = point.anxiety > boundary;
  const avoidant = point.avoidance > boundary;
  if (anxious && avoidant) return 'fearful';
  if (anxious) return 'preoccupied';
  if (avoidant) return 'dismissing';
  return 'secure';
}

/**
 * True when the whole band (point ± half-widths) lies in the point's region; false when it
 * reaches a boundary, so the point is best read as "between regions".
 */
export function clearlyInRegion(
  point: PlaneCoordinates,
  band: HalfWidths,
  boundary: number = ATTACHMENT_SCALE.boundary,
): boolean {
  const clear = (value: number, half: number) =>
    value - half > boundary || value + half <= boundary;
  return clear(point.anxiety, band.anxiety) && clear(point.avoidance, band.avoidance);
}

/** Keeps a value on the scale (for drawing a band that would run off the plane). */
export function clampToScale(value: number): number {
  return Math.min(ATTACHMENT_SCALE.max, Math.max(ATTACHMENT_SCALE.min, value));
}
