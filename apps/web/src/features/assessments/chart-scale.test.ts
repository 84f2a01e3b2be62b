import { describe, expect, it } from 'vitest';
import {
  bandFor,
  bandLabelSide,
  bandShade,
  niceTicks,
  placeBands,
  placePoints,
  scaleLinear,
  sharesADay,
  thinLabels,
  yDomain,
} from './chart-scale';

const box = { width: 600, height: 200, top: 10, right: 20, bottom: 30, left: 40 };

describe('chart scaling', () => {
  it('puts the minimum at the bottom and the maximum at the top', () => {
    const [low, high] = placePoints(
      [
        { at: '2025-01-01T00:00:00Z', value: 0 },
        { at: '2025-01-15T00:00:00Z', value: 27 },
      ],
      box,
      [0, 27],
    );
    expect(low).toMatchObject({ x: 40, y: 170 });
    expect(high).toMatchObject({ x: 580, y: 10 });
  });
  it('spaces points by time and centres a single point', () => {
    const placed = placePoints(
      [
        { at: '2025-01-01T00:00:00Z', value: 5 },
        { at: '2025-01-02T00:00:00Z', value: 5 },
        { at: '2025-01-11T00:00:00Z', value: 5 },
      ],
      box,
      [0, 10],
    );
    expect(placed.map((p) => p.x)).toEqual([40, 94, 580]);
    const [only] = placePoints([{ at: '2025-01-01T00:00:00Z', value: 5 }], box, [0, 10]);
    expect(only?.x).toBe(310);
    expect(only?.y).toBe(90);
    expect(scaleLinear(3, 3, 3, 0, 10)).toBe(5);
  });
  it('uses the declared range and widens it only for values outside', () => {
    expect(yDomain(0, 27, [14, 10, 6])).toEqual([0, 27]);
    expect(yDomain(1, 7, [8])).toEqual([1, 8]);
    expect(yDomain(null, null, [4])).toEqual([3, 5]);
    expect(yDomain(null, null, [])).toEqual([0, 1]);
  });
  it('makes round ticks inside the range', () => {
    expect(niceTicks(0, 27)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(0, 21)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(0, 27, 3)).toEqual([0, 10, 20]);
    expect(niceTicks(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(niceTicks(0, 40)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });
  it('drops crowded labels but keeps the latest', () => {
    expect(thinLabels([0, 10, 100, 105], 40)).toEqual([0, 3]);
    expect(thinLabels([0, 50, 100], 40)).toEqual([0, 1, 2]);
    expect(thinLabels([], 40)).toEqual([]);
  });
  it('draws bands from each minimum to the next and finds a value’s band', () => {
    const bands = [
      { min: 0, max: 4, label: 'Minimal' },
      { min: 5, max: 9, label: 'Mild' },
      { min: 10, max: 27, label: 'Moderate+' },
    ];
    const placed = placeBands(bands, { ...box, top: 0, bottom: 0, height: 100 }, [0, 20]);
    expect(placed.map((b) => [b.y0, b.y1])).toEqual([
      [75, 100],
      [50, 75],
      [0, 50],
    ]);
    expect(bandFor(4, bands)).toBe('Minimal');
    expect(bandFor(5, bands)).toBe('Mild');
    expect(bandFor(4.5, bands)).toBe('Minimal');
    expect(bandFor(-1, bands)).toBeNull();
  });
});

describe('bandLabelSide', () => {
  const plot = { width: 400, height: 200, top: 0, right: 0, bottom: 0, left: 0 };
  const band = { min: 0, max: 10, label: 'Mild', y0: 100, y1: 140 };
  it('prefers the right, moves left around a point, hides when both clash', () => {
    expect(bandLabelSide(band, [{ x: 200, y: 20 }], plot)).toBe('right');
    expect(bandLabelSide(band, [{ x: 395, y: 125 }], plot)).toBe('left');
    expect(
      bandLabelSide(
        band,
        [
          { x: 395, y: 125 },
          { x: 5, y: 120 },
        ],
        plot,
      ),
    ).toBeNull();
    expect(bandLabelSide({ ...band, y1: 105 }, [], plot)).toBeNull();
  });
});

describe('band shading', () => {
  it('darkens towards the worse end of a directional score', () => {
    expect([0, 1, 2, 3, 4].map((i) => bandShade(i, 5, 'higher_is_worse'))).toEqual([
      0, 0.25, 0.5, 0.75, 1,
    ]);
    expect([0, 1, 2].map((i) => bandShade(i, 3, 'higher_is_better'))).toEqual([1, 0.5, 0]);
  });
  it('does not shade by meaning where higher is neither better nor worse', () => {
    expect(bandShade(1, 3, 'not_directional')).toBeNull();
  });
  it('copes with a single band', () => {
    expect(bandShade(0, 1, 'higher_is_worse')).toBe(0);
  });
});

describe('sharesADay', () => {
  it('is true when two administrations fall on the same day', () => {
    expect(sharesADay(['2025-03-03T09:00:00', '2025-03-03T09:05:00'])).toBe(true);
    expect(sharesADay(['2025-03-03T09:00:00', '2025-03-10T09:00:00'])).toBe(false);
    expect(sharesADay([])).toBe(false);
  });
});
