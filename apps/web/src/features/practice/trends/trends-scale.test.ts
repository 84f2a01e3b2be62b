import { describe, expect, it } from 'vitest';
import {
  barPercent,
  changeOf,
  emotionStory,
  formatMean,
  intensityY,
  largest,
  lineSegments,
  pointsAttr,
  seriesPoints,
  shortDate,
  spansYears,
  squarePath,
  weekXs,
  weeksBetween,
} from './trends-scale';

const box = { width: 440, height: 220, top: 20, right: 20, bottom: 40, left: 40 };

describe('weeks along the x axis', () => {
  it('counts whole weeks between Mondays', () => {
    expect(weeksBetween('2026-01-05', '2026-01-05')).toBe(0);
    expect(weeksBetween('2026-01-05', '2026-01-19')).toBe(2);
    expect(weeksBetween('2025-12-29', '2026-01-05')).toBe(1);
  });
  it('spaces weeks by time, inside the axes, and centres a single week', () => {
    expect(weekXs(['2026-01-05', '2026-01-12', '2026-02-02'], box)).toEqual([60, 145, 400]);
    expect(weekXs(['2026-01-05'], box)).toEqual([230]);
    expect(weekXs([], box)).toEqual([]);
  });
});

describe('ratings up the y axis', () => {
  it('puts 0 at the bottom and 10 at the top, and keeps stray values on the chart', () => {
    expect(intensityY(0, box)).toBe(180);
    expect(intensityY(10, box)).toBe(20);
    expect(intensityY(5, box)).toBe(100);
    expect(intensityY(12, box)).toBe(20);
    expect(intensityY(-1, box)).toBe(180);
  });
});

describe('series and lines', () => {
  const weeks = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-02-02'];
  it('leaves out weeks with no value', () => {
    const points = seriesPoints(weeks, [7, null, 5, 4], box);
    expect(points.map((p) => [p.index, p.offset, p.value])).toEqual([
      [0, 0, 7],
      [2, 2, 5],
      [3, 4, 4],
    ]);
    expect(points[0]?.y).toBe(intensityY(7, box));
  });
  it('breaks the line across a week with no value or a quiet week', () => {
    const all = seriesPoints(weeks, [7, 6, 5, 4], box);
    expect(lineSegments(all).map((run) => run.map((p) => p.index))).toEqual([[0, 1, 2], [3]]);
    const gappy = seriesPoints(weeks, [7, null, 5, null], box);
    expect(lineSegments(gappy).map((run) => run.map((p) => p.index))).toEqual([[0], [2]]);
    expect(lineSegments([])).toEqual([]);
  });
  it('writes polyline points and a square marker', () => {
    expect(
      pointsAttr([
        { x: 1, y: 2 },
        { x: 3, y: 4 },
      ]),
    ).toBe('1,2 3,4');
    expect(squarePath(10, 10, 4)).toBe('M 6 6 h 8 v 8 h -8 Z');
  });
});

describe('bars', () => {
  it('scales to the longest and keeps small values visible', () => {
    expect(barPercent(5, 10)).toBe(50);
    expect(barPercent(10, 10)).toBe(100);
    expect(barPercent(1, 1000)).toBe(2);
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(3, 0)).toBe(0);
    expect(largest([3, 9, 2])).toBe(9);
    expect(largest([])).toBe(0);
  });
});

describe('words and numbers', () => {
  it('says which way a feeling moved', () => {
    expect(changeOf(3.1)).toBe('fell');
    expect(changeOf(-1)).toBe('rose');
    expect(changeOf(0)).toBe('same');
    expect(changeOf(null)).toBe('unrated');
  });
  it('formats averages and local dates', () => {
    expect(formatMean(3.14, 'en')).toBe('3.1');
    expect(formatMean(4, 'en')).toBe('4');
    expect(shortDate('2026-01-18', 'en-GB')).toBe('18 Jan');
    expect(shortDate('2026-01-18', 'en-GB', true)).toBe('18 Jan 2026');
    expect(shortDate('not a date', 'en-GB')).toBe('not a date');
    expect(spansYears(['2025-12-29', '2026-01-05'])).toBe(true);
    expect(spansYears(['2026-01-05', '2026-01-12'])).toBe(false);
  });
  it('finds the first and latest rated weeks for the caption', () => {
    expect(
      emotionStory([
        { weekOf: '2026-01-05', peakMean: null, afterMean: null },
        { weekOf: '2026-01-12', peakMean: 7.5, afterMean: 5 },
        { weekOf: '2026-01-19', peakMean: 6, afterMean: 3.5 },
      ]),
    ).toEqual({
      weeks: 3,
      first: { weekOf: '2026-01-12', value: 7.5 },
      last: { weekOf: '2026-01-19', value: 6 },
      lastAfter: 3.5,
    });
    expect(emotionStory([])).toEqual({ weeks: 0, first: null, last: null, lastAfter: null });
  });
});
