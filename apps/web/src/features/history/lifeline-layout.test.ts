import { describe, expect, it } from 'vitest';
import {
  barEnd,
  extentOf,
  LANE_ORDER,
  layoutLanes,
  lanesBottom,
  markerPath,
  packRows,
  placeLabel,
  shortLabel,
  textWidth,
  type LaneItem,
  type LaneMetrics,
} from './lifeline-layout';

const metrics: LaneMetrics = {
  left: 0,
  right: 600,
  top: 10,
  headerHeight: 20,
  rowHeight: 28,
  laneGap: 8,
  fontSize: 12,
  maxLabelChars: 30,
};

const item = (over: Partial<LaneItem>): LaneItem => ({
  id: 'x',
  kind: 'move',
  label: 'Moved',
  span: false,
  x: 100,
  x2: null,
  ...over,
});

describe('labels', () => {
  it('shortens long labels with an ellipsis and tidies spaces', () => {
    expect(shortLabel('  Grandmother   Lin ', 30)).toBe('Grandmother Lin');
    expect(shortLabel('The summer my father left', 10)).toBe('The summe…');
  });
  it('estimates width from the number of characters', () => {
    expect(textWidth('abcd', 10)).toBe(22);
  });
  it('writes a label inside a bar when it fits', () => {
    const place = placeLabel(item({ span: true, x: 100, x2: 300 }), 60, 0, 600);
    expect(place).toEqual({ x: 106, anchor: 'start', inside: true, from: 106, to: 166 });
  });
  it('writes it after a short bar or a marker', () => {
    expect(placeLabel(item({ span: true, x: 100, x2: 120 }), 60, 0, 600)).toMatchObject({
      x: 126,
      anchor: 'start',
      inside: false,
    });
    expect(placeLabel(item({ x: 100 }), 60, 0, 600)).toMatchObject({ x: 112, anchor: 'start' });
  });
  it('writes it before the marker when the plot ends first', () => {
    expect(placeLabel(item({ x: 580 }), 60, 0, 600)).toEqual({
      x: 568,
      anchor: 'end',
      inside: false,
      from: 508,
      to: 568,
    });
  });
});

describe('span and marker geometry', () => {
  it('never draws a bar thinner than a few pixels', () => {
    expect(barEnd({ x: 100, x2: 100 })).toBe(106);
    expect(barEnd({ x: 100, x2: null })).toBe(106);
    expect(barEnd({ x: 100, x2: 250 })).toBe(250);
  });
  it('covers the marker or bar and its label', () => {
    const marker = item({ x: 100 });
    expect(extentOf(marker, placeLabel(marker, 60, 0, 600))).toEqual([94, 172]);
    const bar = item({ span: true, x: 50, x2: 400 });
    expect(extentOf(bar, placeLabel(bar, 60, 0, 600))).toEqual([50, 400]);
  });
  it('draws each marker shape as a closed path around its centre', () => {
    for (const shape of ['circle', 'square', 'diamond', 'triangle', 'star'] as const) {
      const d = markerPath(shape, 50, 20, 6);
      expect(d.startsWith('M')).toBe(true);
      expect(d.endsWith('Z')).toBe(true);
    }
    expect(markerPath('square', 10, 10, 10)).toBe('M1.5 1.5 L18.5 1.5 L18.5 18.5 L1.5 18.5 Z');
    expect(markerPath('star', 0, 0, 4).match(/L/g)).toHaveLength(9);
  });
});

describe('packRows', () => {
  it('puts items side by side when they clear each other, else on a new row', () => {
    expect(
      packRows(
        [
          [0, 100],
          [50, 120],
          [115, 200],
          [130, 300],
        ],
        10,
      ),
    ).toEqual([0, 1, 0, 1]);
  });
  it('reuses the first row that has room', () => {
    expect(
      packRows(
        [
          [0, 500],
          [10, 50],
          [20, 40],
          [60, 80],
        ],
        5,
      ),
    ).toEqual([0, 1, 2, 1]);
  });
});

describe('layoutLanes', () => {
  it('gives each kind present its own lane, in the lane order, and skips the rest', () => {
    const lanes = layoutLanes(
      [
        item({ id: 't', kind: 'turning_point', x: 300 }),
        item({ id: 'c', kind: 'caregiver', span: true, x: 0, x2: 200 }),
      ],
      metrics,
    );
    expect(lanes.map((lane) => lane.kind)).toEqual(['caregiver', 'turning_point']);
    expect(LANE_ORDER.indexOf('caregiver')).toBeLessThan(LANE_ORDER.indexOf('turning_point'));
    expect(lanes[0]).toMatchObject({ top: 10, height: 48, rows: 1 });
    expect(lanes[1]?.top).toBe(10 + 48 + 8);
    expect(lanesBottom(lanes, 0)).toBe(66 + 48);
    expect(lanesBottom([], 42)).toBe(42);
  });
  it('stacks overlapping caregivers on separate rows, centred in their row', () => {
    const [lane] = layoutLanes(
      [
        item({ id: 'mother', kind: 'caregiver', label: 'Mother', span: true, x: 0, x2: 500 }),
        item({ id: 'gran', kind: 'caregiver', label: 'Grandmother', span: true, x: 40, x2: 200 }),
        item({ id: 'aunt', kind: 'caregiver', label: 'Aunt', span: true, x: 300, x2: 400 }),
      ],
      metrics,
    );
    const rows = Object.fromEntries((lane?.items ?? []).map((i) => [i.id, i.row]));
    expect(rows).toEqual({ mother: 0, gran: 1, aunt: 1 });
    expect(lane?.rows).toBe(2);
    expect(lane?.items.find((i) => i.id === 'gran')?.y).toBe(10 + 20 + 28 + 14);
  });
  it('moves a marker down a row when its label would run into the next one', () => {
    const [lane] = layoutLanes(
      [
        item({ id: 'a', label: 'Moved to Leeds', x: 100 }),
        item({ id: 'b', label: 'Moved back', x: 130 }),
        item({ id: 'c', label: 'New flat', x: 400 }),
      ],
      metrics,
    );
    expect(lane?.items.map((i) => [i.id, i.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
  });
  it('shortens labels to the maximum length', () => {
    const [lane] = layoutLanes([item({ label: 'x'.repeat(50) })], { ...metrics, maxLabelChars: 8 });
    expect(lane?.items[0]?.label).toBe('xxxxxxx…');
  });
});
