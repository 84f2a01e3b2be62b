/**
 * Pure geometry of the history chart: time along x, the score's own range along y (min at the
 * bottom), ticks, band edges and label thinning. No DOM (unit-tested).
 */

export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartPointInput {
  at: string;
  value: number;
}

export interface PlacedPoint extends ChartPointInput {
  x: number;
  y: number;
}

/** Maps `value` in [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle. */
export function scaleLinear(value: number, d0: number, d1: number, r0: number, r1: number) {
  if (d1 === d0) return (r0 + r1) / 2;
  return r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** The y range: the score's declared min and max, widened only if a value falls outside. */
export function yDomain(
  min: number | null,
  max: number | null,
  values: readonly number[],
): [number, number] {
  const lo = Math.min(min ?? Infinity, ...values);
  const hi = Math.max(max ?? -Infinity, ...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** Places the points: oldest on the left by time, one point in the middle. */
export function placePoints(
  points: readonly ChartPointInput[],
  box: Box,
  domain: [number, number],
) {
  const times = points.map((point) => Date.parse(point.at));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x0 = box.left;
  const x1 = box.width - box.right;
  const y0 = box.height - box.bottom;
  const y1 = box.top;
  return points.map((point, index): PlacedPoint => ({
    ...point,
    x: scaleLinear(times[index] ?? t0, t0, t1, x0, x1),
    y: scaleLinear(point.value, domain[0], domain[1], y0, y1),
  }));
}

/** Round tick values (steps of 1, 2, 2.5 or 5 × 10ⁿ) inside [min, max], about `target` of them. */
export function niceTicks(min: number, max: number, target = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw * 0.75) ?? raw;
  const ticks: number[] = [];
  const first = Math.ceil(min / step) * step;
  for (let value = first; value <= max + step * 1e-9; value += step) {
    ticks.push(Number(value.toFixed(6)));
  }
  return ticks;
}

/** Indexes of x labels to draw so that no two are closer than `minGap` (the last always kept). */
export function thinLabels(xs: readonly number[], minGap: number): number[] {
  const kept: number[] = [];
  const lastIndex = xs.length - 1;
  xs.forEach((x, index) => {
    const previous = kept.at(-1);
    if (previous === undefined || x - (xs[previous] ?? -Infinity) >= minGap) kept.push(index);
  });
  if (lastIndex >= 0 && kept.at(-1) !== lastIndex) {
    const lastX = xs[lastIndex] ?? 0;
    while (kept.length > 0 && lastX - (xs[kept.at(-1) ?? 0] ?? 0) < minGap) kept.pop();
    kept.push(lastIndex);
  }
  return kept;
}

export interface BandInput {
  min: number;
  max: number;
  label: string;
}

export interface PlacedBand extends BandInput {
  /** Top and bottom edges in pixels (top < bottom). */
  y0: number;
  y1: number;
}

/**
 * Bands as horizontal strips: each from its `min` to the next band's `min` (bands are half-open),
 * clipped to the domain.
 */
export function placeBands(bands: readonly BandInput[], box: Box, domain: [number, number]) {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const bottom = box.height - box.bottom;
  return sorted.map((band, index): PlacedBand => {
    const from = Math.max(domain[0], band.min);
    const to = Math.min(domain[1], sorted[index + 1]?.min ?? domain[1]);
    return {
      ...band,
      y0: scaleLinear(to, domain[0], domain[1], bottom, box.top),
      y1: scaleLinear(from, domain[0], domain[1], bottom, box.top),
    };
  });
}

/** The band a value falls in (the last whose `min` it reaches), or null. */
export function bandFor(value: number, bands: readonly BandInput[]): string | null {
  let found: string | null = null;
  for (const band of [...bands].sort((a, b) => a.min - b.min)) {
    if (value >= band.min) found = band.label;
  }
  return found;
}

/** A value for display: whole numbers as they are, others to two decimals at most. */
export function formatScore(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * Where a band's name fits inside the plot without covering a point or its value: at the right
 * edge, else at the left edge, else nowhere (the band is still named in the table and summary).
 */
export function bandLabelSide(
  band: PlacedBand,
  points: readonly { x: number; y: number }[],
  box: Box,
  charWidth = 6.5,
): 'right' | 'left' | null {
  const height = band.y1 - band.y0;
  if (height < 14) return null;
  const width = band.label.length * charWidth + 8;
  const centre = (band.y0 + band.y1) / 2;
  const plotRight = box.width - box.right;
  const clashes = (x0: number, x1: number) =>
    points.some(
      (p) => p.x + 10 >= x0 && p.x - 10 <= x1 && p.y + 10 >= centre - 8 && p.y - 26 <= centre + 8,
    );
  if (width > plotRight - box.left) return null;
  if (!clashes(plotRight - width, plotRight)) return 'right';
  if (!clashes(box.left, box.left + width)) return 'left';
  return null;
}

/**
 * How strongly a band is shaded, 0 (lightest) to 1 (darkest): the darker, the more concerning
 * the end of the scale. Null where higher or lower is neither better nor worse (bands then
 * simply alternate). `index` counts bands from the lowest.
 */
export function bandShade(index: number, count: number, direction: string): number | null {
  if (direction !== 'higher_is_worse' && direction !== 'higher_is_better') return null;
  const position = count > 1 ? index / (count - 1) : 0;
  return direction === 'higher_is_worse' ? position : 1 - position;
}

/** True when two of these instants fall on the same local calendar day (then show the time). */
export function sharesADay(isos: readonly string[]): boolean {
  const days = isos.map((iso) => new Date(iso).toDateString());
  return new Set(days).size < days.length;
}
