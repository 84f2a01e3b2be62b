/**
 * Pure layout of the lifeline: one lane per kind of entry (in a fixed, meaningful order), rows
 * inside a lane so that no two bars, markers or labels overlap, and the geometry of each bar,
 * marker and label. No DOM (unit-tested).
 */
import type { HistoryKind } from '@securebase/contracts';

/** Lanes from top to bottom: the people first, then what happened, then what changed. */
export const LANE_ORDER: readonly HistoryKind[] = [
  'caregiver',
  'significant_relationship',
  'move',
  'separation',
  'loss',
  'adverse_experience',
  'turning_point',
];

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star';

/** Each event kind has its own shape, so the lanes read without colour. */
export const MARKER_SHAPES: Record<HistoryKind, MarkerShape> = {
  caregiver: 'circle',
  significant_relationship: 'circle',
  move: 'square',
  separation: 'circle',
  loss: 'diamond',
  adverse_experience: 'triangle',
  turning_point: 'star',
};

/** One entry ready to lay out: its place already in pixels. */
export interface LaneItem {
  id: string;
  kind: HistoryKind;
  label: string;
  /** Drawn as a bar (caregivers, relationships) rather than a marker. */
  span: boolean;
  x: number;
  /** The end in pixels, for a bar or an event that lasted. */
  x2: number | null;
}

export interface LabelPlace {
  x: number;
  anchor: 'start' | 'end';
  /** Written inside its bar. */
  inside: boolean;
  /** The horizontal extent the label covers. */
  from: number;
  to: number;
}

export interface PlacedItem extends LaneItem {
  row: number;
  /** The vertical centre of the item's row. */
  y: number;
  label: string;
  labelPlace: LabelPlace;
}

export interface Lane {
  kind: HistoryKind;
  top: number;
  height: number;
  rows: number;
  items: PlacedItem[];
}

export interface LaneMetrics {
  /** The plot's horizontal extent in pixels. */
  left: number;
  right: number;
  /** Where the first lane starts. */
  top: number;
  /** Room for the lane's name above its rows. */
  headerHeight: number;
  rowHeight: number;
  laneGap: number;
  fontSize: number;
  /** Labels longer than this are shortened with an ellipsis. */
  maxLabelChars: number;
}

export const MARKER_RADIUS = 6;
const LABEL_PAD = 6;
const MIN_BAR = 6;
const GAP = 10;

/** A rough width of a label in pixels (the system font averages about 0.55 em a character). */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.55);
}

/** "A very long title" → "A very lo…" when longer than `max` characters. */
export function shortLabel(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  return `${clean.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** The bar's right end: never thinner than a few pixels, so a short span still shows. */
export function barEnd(item: Pick<LaneItem, 'x' | 'x2'>): number {
  return Math.max(item.x2 ?? item.x, item.x + MIN_BAR);
}

/**
 * Where a label goes: inside its bar when it fits, otherwise after the bar or marker, or before
 * it when the plot ends first.
 */
export function placeLabel(item: LaneItem, width: number, left: number, right: number): LabelPlace {
  const end = item.span ? barEnd(item) : Math.max(item.x2 ?? item.x, item.x) + MARKER_RADIUS;
  const start = item.span ? item.x : item.x - MARKER_RADIUS;
  if (item.span && end - start >= width + 2 * LABEL_PAD) {
    const x = start + LABEL_PAD;
    return { x, anchor: 'start', inside: true, from: x, to: x + width };
  }
  const after = end + LABEL_PAD;
  if (after + width <= right || start - LABEL_PAD - width < left) {
    return { x: after, anchor: 'start', inside: false, from: after, to: after + width };
  }
  const before = start - LABEL_PAD;
  return { x: before, anchor: 'end', inside: false, from: before - width, to: before };
}

/** The horizontal extent an item covers, its label included. */
export function extentOf(item: LaneItem, label: LabelPlace): [number, number] {
  const start = item.span ? item.x : item.x - MARKER_RADIUS;
  const end = item.span ? barEnd(item) : Math.max(item.x2 ?? item.x, item.x) + MARKER_RADIUS;
  return [Math.min(start, label.from), Math.max(end, label.to)];
}

/**
 * Greedy interval packing: each extent (in the order given, sorted by start) takes the first row
 * where it clears the previous one by `gap`. Returns each extent's row.
 */
export function packRows(extents: readonly [number, number][], gap: number): number[] {
  const rowEnds: number[] = [];
  return extents.map(([start, end]) => {
    let row = rowEnds.findIndex((rowEnd) => rowEnd + gap <= start);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(end);
    } else {
      rowEnds[row] = end;
    }
    return row;
  });
}

/** Lays the items out in lanes by kind; lanes with no items are left out. */
export function layoutLanes(items: readonly LaneItem[], metrics: LaneMetrics): Lane[] {
  const lanes: Lane[] = [];
  let top = metrics.top;
  for (const kind of LANE_ORDER) {
    const own = items.filter((item) => item.kind === kind).sort((a, b) => a.x - b.x);
    if (own.length === 0) continue;
    const labelled = own.map((item) => {
      const label = shortLabel(item.label, metrics.maxLabelChars);
      const place = placeLabel(
        item,
        textWidth(label, metrics.fontSize),
        metrics.left,
        metrics.right,
      );
      return { item, label, place, extent: extentOf(item, place) };
    });
    const order = labelled
      .map((entry, index) => ({ index, start: entry.extent[0] }))
      .sort((a, b) => a.start - b.start);
    const rowsInOrder = packRows(
      order.map(({ index }) => labelled[index]?.extent ?? [0, 0]),
      GAP,
    );
    const rowOf = new Map(order.map(({ index }, n) => [index, rowsInOrder[n] ?? 0]));
    const rows = Math.max(1, ...rowsInOrder.map((row) => row + 1));
    const rowsTop = top + metrics.headerHeight;
    const placed = labelled.map(({ item, label, place }, index): PlacedItem => {
      const row = rowOf.get(index) ?? 0;
      return {
        ...item,
        label,
        labelPlace: place,
        row,
        y: rowsTop + row * metrics.rowHeight + metrics.rowHeight / 2,
      };
    });
    const height = metrics.headerHeight + rows * metrics.rowHeight;
    lanes.push({ kind, top, height, rows, items: placed });
    top += height + metrics.laneGap;
  }
  return lanes;
}

/** The bottom of the last lane (where the axis goes). */
export function lanesBottom(lanes: readonly Lane[], fallback: number): number {
  const last = lanes.at(-1);
  return last ? last.top + last.height : fallback;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** An SVG path for a marker of the given shape centred on (cx, cy), about `r` in radius. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const pts = (points: [number, number][]) =>
    `M${points.map(([x, y]) => `${fmt(cx + x)} ${fmt(cy + y)}`).join(' L')} Z`;
  switch (shape) {
    case 'square': {
      const s = r * 0.85;
      return pts([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case 'diamond':
      return pts([
        [0, -r * 1.15],
        [r * 1.15, 0],
        [0, r * 1.15],
        [-r * 1.15, 0],
      ]);
    case 'triangle':
      return pts([
        [0, -r * 1.15],
        [r * 1.1, r * 0.85],
        [-r * 1.1, r * 0.85],
      ]);
    case 'star': {
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i += 1) {
        const radius = i % 2 === 0 ? r * 1.25 : r * 0.55;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
      }
      return pts(points);
    }
    case 'circle':
      return `M${fmt(cx - r)} ${fmt(cy)} a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0 a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0 Z`;
  }
}
