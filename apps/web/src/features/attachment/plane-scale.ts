/**
 * Pure geometry of the attachment plane: attachment anxiety across (x), avoidance up (y, low
 * avoidance at the bottom), both on the measure's item-mean scale. Regions, the dated path, the
 * band around a point, label placement. No DOM (unit-tested).
 */
import type { AttachmentRegion } from '@securebase/contracts';

export interface PlaneScale {
  min: number;
  max: number;
  /** Where the regions split on both dimensions. */
  boundary: number;
}

export interface PlaneCoordinates {
  anxiety: number;
  avoidance: number;
}

/** The drawing: its size and the margins around the square plot. */
export interface PlaneFrame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface XY {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A frame `width` wide whose plot is square: the height follows from the width. */
export function planeFrame(
  width: number,
  margins: Omit<PlaneFrame, 'width' | 'height'>,
): PlaneFrame {
  const side = Math.max(0, width - margins.left - margins.right);
  return { ...margins, width, height: margins.top + side + margins.bottom };
}

/** The plot's edges in pixels: x0 (left) < x1 (right), y0 (top) < y1 (bottom). */
export function plotEdges(frame: PlaneFrame) {
  return {
    x0: frame.left,
    x1: frame.width - frame.right,
    y0: frame.top,
    y1: frame.height - frame.bottom,
  };
}

/** A value of the scale as a fraction of its length, kept inside [0, 1]. */
function fraction(value: number, scale: PlaneScale): number {
  if (scale.max === scale.min) return 0.5;
  return Math.min(1, Math.max(0, (value - scale.min) / (scale.max - scale.min)));
}

/** Anxiety → x: the scale's minimum at the left edge, its maximum at the right. */
export function anxietyToX(value: number, scale: PlaneScale, frame: PlaneFrame): number {
  const { x0, x1 } = plotEdges(frame);
  return x0 + fraction(value, scale) * (x1 - x0);
}

/** Avoidance → y: the scale's minimum (low avoidance) at the bottom, its maximum at the top. */
export function avoidanceToY(value: number, scale: PlaneScale, frame: PlaneFrame): number {
  const { y0, y1 } = plotEdges(frame);
  return y1 - fraction(value, scale) * (y1 - y0);
}

export function project(point: PlaneCoordinates, scale: PlaneScale, frame: PlaneFrame): XY {
  return {
    x: anxietyToX(point.anxiety, scale, frame),
    y: avoidanceToY(point.avoidance, scale, frame),
  };
}

/**
 * The region a point lies in. As on the server, a dimension counts as high only above the
 * boundary, so a point exactly on a boundary belongs to the lower (more secure) side.
 */
export function regionOf(point: PlaneCoordinates, boundary: number): AttachmentRegion {
  const anxious = point.anxiety > boundary;
  const avoidant = point.avoidance > boundary;
  if (anxious && avoidant) return 'fearful';
  if (anxious) return 'preoccupied';
  if (avoidant) return 'dismissing';
  return 'secure';
}

export interface RegionShape extends Rect {
  region: AttachmentRegion;
  /** Where the region's name goes: the plot's outer corner of the region. */
  label: XY & { anchor: 'start' | 'end'; baseline: 'hanging' | 'auto' };
}

/**
 * The four regions as rectangles split at the boundary: secure (low anxiety, low avoidance) at
 * the bottom left, preoccupied at the bottom right, dismissing at the top left, fearful at the
 * top right. Each name sits in its outer corner, `inset` pixels in.
 */
export function regionShapes(scale: PlaneScale, frame: PlaneFrame, inset = 8): RegionShape[] {
  const { x0, x1, y0, y1 } = plotEdges(frame);
  const bx = anxietyToX(scale.boundary, scale, frame);
  const by = avoidanceToY(scale.boundary, scale, frame);
  const left = { x: x0, width: bx - x0 };
  const right = { x: bx, width: x1 - bx };
  const top = { y: y0, height: by - y0 };
  const bottom = { y: by, height: y1 - by };
  const start = { x: x0 + inset, anchor: 'start' as const };
  const end = { x: x1 - inset, anchor: 'end' as const };
  const high = { y: y0 + inset, baseline: 'hanging' as const };
  const low = { y: y1 - inset, baseline: 'auto' as const };
  return [
    { region: 'secure', ...left, ...bottom, label: { ...start, ...low } },
    { region: 'preoccupied', ...right, ...bottom, label: { ...end, ...low } },
    { region: 'dismissing', ...left, ...top, label: { ...start, ...high } },
    { region: 'fearful', ...right, ...top, label: { ...end, ...high } },
  ];
}

/** Whole-number ticks along the scale (1, 2, … 7). */
export function scaleTicks(scale: PlaneScale): number[] {
  const ticks: number[] = [];
  for (let value = Math.ceil(scale.min); value <= Math.floor(scale.max); value += 1) {
    ticks.push(value);
  }
  return ticks;
}

/** Dated points oldest first (ISO-8601 text sorts by time); the input is left as it was. */
export function oldestFirst<T extends { submittedAt: string }>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

/** An SVG path joining the points in order: `M x y L x y …`; empty for no points. */
export function pathData(points: readonly XY[]): string {
  return points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`)
    .join(' ');
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The band around a point (± half-widths on each dimension) as a rectangle in pixels, cut to
 * the plot where it would run off the scale. The same rectangle decides "between regions" on
 * the server: the point is clearly in its region only when the whole band is.
 */
export function bandRect(
  point: PlaneCoordinates,
  half: PlaneCoordinates,
  scale: PlaneScale,
  frame: PlaneFrame,
): Rect {
  const left = anxietyToX(point.anxiety - half.anxiety, scale, frame);
  const right = anxietyToX(point.anxiety + half.anxiety, scale, frame);
  const top = avoidanceToY(point.avoidance + half.avoidance, scale, frame);
  const bottom = avoidanceToY(point.avoidance - half.avoidance, scale, frame);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The points of a diamond (a square on its corner) of half-diagonal `r` around a centre. */
export function diamondPoints(centre: XY, r: number): string {
  const { x, y } = centre;
  return [
    [x, y - r],
    [x + r, y],
    [x, y + r],
    [x - r, y],
  ]
    .map(([px = 0, py = 0]) => `${round(px)},${round(py)}`)
    .join(' ');
}

/**
 * Which points get a date label so that no two labels crowd: the newest always, then older ones
 * only when at least `minDistance` pixels from every point already labelled.
 */
export function labelledPoints(points: readonly XY[], minDistance: number): Set<number> {
  const kept: number[] = [];
  for (let index = points.length - 1; index >= 0; index -= 1) {
    const point = points[index];
    if (!point) continue;
    const crowded = kept.some((other) => {
      const near = points[other];
      return near !== undefined && Math.hypot(near.x - point.x, near.y - point.y) < minDistance;
    });
    if (!crowded) kept.push(index);
  }
  return new Set(kept);
}

export interface PlacedLabel extends XY {
  anchor: 'start' | 'end';
}

/**
 * Labels beside points: to the right (to the left near the plot's right edge), moved down
 * where a label would sit on top of one placed before it. `gap` is the line height in pixels.
 */
export function placeLabels(
  points: readonly XY[],
  frame: PlaneFrame,
  { offset = 10, gap = 15, width = 70 } = {},
): PlacedLabel[] {
  const { x1 } = plotEdges(frame);
  const placed: PlacedLabel[] = [];
  const result = new Array<PlacedLabel>(points.length);
  const spanOf = (label: PlacedLabel): readonly [number, number] =>
    label.anchor === 'start' ? [label.x, label.x + width] : [label.x - width, label.x];
  const order = points
    .map((point, index) => ({ point, index }))
    .sort((a, b) => a.point.y - b.point.y || a.point.x - b.point.x);
  for (const { point, index } of order) {
    const anchor = point.x + offset + width > x1 ? 'end' : 'start';
    const label: PlacedLabel = {
      x: anchor === 'start' ? point.x + offset : point.x - offset,
      y: point.y,
      anchor,
    };
    const [a0, a1] = spanOf(label);
    for (const other of placed) {
      const [b0, b1] = spanOf(other);
      if (a0 < b1 && b0 < a1 && Math.abs(other.y - label.y) < gap) label.y = other.y + gap;
    }
    placed.push(label);
    result[index] = label;
  }
  return result;
}

export type Movement = 'up' | 'down' | 'same';

/** Which way a score moved, ignoring differences smaller than the display precision. */
export function movement(difference: number, tolerance = 0.005): Movement {
  if (difference > tolerance) return 'up';
  if (difference < -tolerance) return 'down';
  return 'same';
}

/** About how wide a line of 12 px text is, in pixels (the plane's small text). */
export function textWidth(text: string, charWidth = 6.5): number {
  return text.length * charWidth;
}

/** Whether an axis's two end labels fit on one line along a side `side` pixels long. */
export function endsFit(side: number, low: string, high: string): boolean {
  return textWidth(low) + textWidth(high) + 24 <= side;
}

export interface AxisTexts {
  anxietyLow: string;
  anxietyHigh: string;
  avoidanceLow: string;
  avoidanceHigh: string;
}

export interface PlaneLayout {
  frame: PlaneFrame;
  /** Both x-axis ends on one line (else the high end gets a line of its own). */
  xEndsOneLine: boolean;
  /** Both y-axis ends on one line (else the high end gets a line of its own). */
  yEndsOneLine: boolean;
}

const ROOMY = { top: 14, right: 14, bottom: 64, left: 52 };
/** One more line of text under the x axis, or beside the y axis. */
const EXTRA_LINE = 17;

/**
 * The frame for a plane `width` wide: where an axis's two end labels would not fit on one line
 * beside the plot, the high end moves to a line of its own and the margin grows to make room.
 */
export function planeLayout(width: number, texts: AxisTexts): PlaneLayout {
  const roomy = planeFrame(width, ROOMY);
  const side = roomy.width - roomy.left - roomy.right;
  const xEndsOneLine = endsFit(side, texts.anxietyLow, texts.anxietyHigh);
  const yEndsOneLine = endsFit(side, texts.avoidanceLow, texts.avoidanceHigh);
  const frame = planeFrame(width, {
    ...ROOMY,
    bottom: ROOMY.bottom + (xEndsOneLine ? 0 : EXTRA_LINE),
    left: ROOMY.left + (yEndsOneLine ? 0 : EXTRA_LINE),
  });
  return { frame, xEndsOneLine, yEndsOneLine };
}

/**
 * A region's name as one line, or as two (split at the last space) where one line would be
 * wider than `room` pixels.
 */
export function labelLines(text: string, room: number): string[] {
  const space = text.lastIndexOf(' ');
  if (textWidth(text) <= room || space < 0) return [text];
  return [text.slice(0, space), text.slice(space + 1)];
}

/** A confidence as a percentage: 0.95 → 95 (a value already above 1 is taken as a percentage). */
export function percent(confidence: number): number {
  return Math.round(confidence <= 1 ? confidence * 100 : confidence);
}
