/**
 * Pure geometry and wording helpers for the practice trends: where each week sits, where a
 * 0–10 rating sits, where a line breaks, how long a bar is. No DOM, no React.
 */
import { daysBetween } from '@securebase/practice';

export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Feelings are rated from 0 (not at all) to 10 (as strong as it gets). */
export const INTENSITY_MAX = 10;
export const INTENSITY_TICKS = [0, 2, 4, 6, 8, 10] as const;

/** Points sit this far inside the axes so the first and last are not drawn on them. */
export const INSET = 20;

export interface WeekPoint {
  /** Position in the list of weeks given. */
  index: number;
  weekOf: string;
  /** Whole weeks after the first week given. */
  offset: number;
  x: number;
  y: number;
  value: number;
}

/** Whole weeks from one Monday to another. */
export function weeksBetween(first: string, later: string): number {
  return Math.round(daysBetween(first, later) / 7);
}

/** The x of each week, spaced by time so a gap of quiet weeks shows as a gap. */
export function weekXs(weeks: readonly string[], box: Box): number[] {
  const first = weeks[0];
  if (first === undefined) return [];
  const left = box.left + INSET;
  const right = box.width - box.right - INSET;
  const span = weeksBetween(first, weeks.at(-1) ?? first);
  if (span <= 0) return weeks.map(() => (left + right) / 2);
  return weeks.map((week) => left + (weeksBetween(first, week) / span) * (right - left));
}

/** The y of a 0–10 rating (values outside are kept on the chart). */
export function intensityY(value: number, box: Box): number {
  const clamped = Math.min(INTENSITY_MAX, Math.max(0, value));
  const bottom = box.height - box.bottom;
  return bottom - (clamped / INTENSITY_MAX) * (bottom - box.top);
}

/** One point per week that has a value; weeks without one are left out. */
export function seriesPoints(
  weeks: readonly string[],
  values: readonly (number | null)[],
  box: Box,
): WeekPoint[] {
  const xs = weekXs(weeks, box);
  const first = weeks[0] ?? '';
  return weeks.flatMap((weekOf, index) => {
    const value = values[index];
    const x = xs[index];
    if (value === null || value === undefined || x === undefined) return [];
    return [
      { index, weekOf, offset: weeksBetween(first, weekOf), x, y: intensityY(value, box), value },
    ];
  });
}

/** Runs of points in consecutive weeks: the line is not drawn across a week with no value. */
export function lineSegments(points: readonly WeekPoint[]): WeekPoint[][] {
  const runs: WeekPoint[][] = [];
  let run: WeekPoint[] = [];
  for (const point of points) {
    const previous = run.at(-1);
    if (previous && point.offset - previous.offset > 1) {
      runs.push(run);
      run = [];
    }
    run.push(point);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The `points` attribute of a polyline. */
export function pointsAttr(points: readonly { x: number; y: number }[]): string {
  return points.map((p) => `${String(p.x)},${String(p.y)}`).join(' ');
}

/** A square centred on (x, y), as a path. */
export function squarePath(x: number, y: number, half: number): string {
  const side = half * 2;
  return `M ${String(x - half)} ${String(y - half)} h ${String(side)} v ${String(side)} h ${String(-side)} Z`;
}

/** A bar's length as a percentage of the longest; anything above zero stays visible. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(2, Math.min(100, (value / max) * 100));
}

/** The largest of some values, or zero. */
export function largest(values: readonly number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0);
}

/** An average to at most one decimal place: 3.1, 4. */
export function formatMean(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A local calendar date (YYYY-MM-DD) as a short date, the same wherever the reader is. */
export function shortDate(date: string, locale: string, withYear = false): string {
  const at = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(at);
}

/** Whether dates in a list fall in more than one year (so their labels need it). */
export function spansYears(dates: readonly string[]): boolean {
  return new Set(dates.map((d) => d.slice(0, 4))).size > 1;
}

export type Change = 'fell' | 'rose' | 'same' | 'unrated';

/** Which way a feeling moved on average (a positive drop is a fall). */
export function changeOf(meanDrop: number | null): Change {
  if (meanDrop === null) return 'unrated';
  if (meanDrop > 0) return 'fell';
  if (meanDrop < 0) return 'rose';
  return 'same';
}

export interface EmotionStory {
  weeks: number;
  first: { weekOf: string; value: number } | null;
  last: { weekOf: string; value: number } | null;
  /** The latest week's feeling afterwards, when it was rated. */
  lastAfter: number | null;
}

/** What the caption says: the first and latest weekly strongest-feeling averages. */
export function emotionStory(
  weeks: readonly { weekOf: string; peakMean: number | null; afterMean: number | null }[],
): EmotionStory {
  const rated = weeks.filter((w) => w.peakMean !== null);
  const first = rated[0];
  const last = rated.at(-1);
  return {
    weeks: weeks.length,
    first: first ? { weekOf: first.weekOf, value: first.peakMean ?? 0 } : null,
    last: last ? { weekOf: last.weekOf, value: last.peakMean ?? 0 } : null,
    lastAfter: last?.afterMean ?? null,
  };
}
